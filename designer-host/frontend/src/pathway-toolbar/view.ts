// The designer's surrounding markup, built once: a toolbar over a workspace that fills the window,
// with the versions in a collapsible list on the left, the canvas in the middle, and the problems
// and properties beside it (as in Camunda Modeler). NHS design-system classes match the host pages.
import type { PathwayDiff } from '../pathway-diff';
import type { PathwaySummary } from '../shared/api';

export interface DesignerView {
  root: HTMLElement;
  canvas: HTMLElement;
  properties: HTMLElement;
  problems: HTMLElement;
  versions: HTMLElement;
  keyInput: HTMLInputElement;
  localityInput: HTMLSelectElement;
  fileInput: HTMLInputElement;
  status: HTMLElement;
  gate: HTMLElement;
  findings: HTMLElement;
  compare: HTMLElement;
  button(action: string): HTMLButtonElement;
}

const BUTTONS: Array<[string, string, string?]> = [
  ['save', 'Save draft'],
  ['publish', 'Publish'],
  ['compare', 'Compare with published', 'secondary']
];

const FILE_BUTTONS: Array<[string, string]> = [
  ['import', 'Import .bpmn'],
  ['export-bpmn', 'Export .bpmn'],
  ['export-svg', 'Export SVG'],
  ['export-png', 'Export PNG']
];

export function buildView(root: HTMLElement): DesignerView {
  root.classList.add('pw-designer');
  root.innerHTML = `
    <div class="pw-toolbar" role="toolbar" aria-label="Pathway designer">
      <button type="button" class="nhsuk-button nhsuk-button--small nhsuk-button--secondary" data-action="versions"
        aria-controls="pw-versions" aria-expanded="true">Versions</button>
      <div class="pw-toolbar__field">
        <label class="nhsuk-label" for="pw-key">Key</label>
        <input class="nhsuk-input" id="pw-key" autocomplete="off">
      </div>
      <div class="pw-toolbar__field">
        <label class="nhsuk-label" for="pw-locality">Locality</label>
        <select class="nhsuk-select" id="pw-locality"><option value="national">National</option></select>
      </div>
      <div class="pw-toolbar__buttons">
        ${BUTTONS.map(([action, label, variant]) =>
          `<button type="button" class="nhsuk-button nhsuk-button--small${variant ? ` nhsuk-button--${variant}` : ''}" data-action="${action}">${label}</button>`).join('')}
        <details class="pw-toolbar__files">
          <summary class="nhsuk-button nhsuk-button--small nhsuk-button--secondary">Import and export</summary>
          <div class="pw-toolbar__menu">
            ${FILE_BUTTONS.map(([action, label]) =>
              `<button type="button" class="nhsuk-button nhsuk-button--small nhsuk-button--secondary" data-action="${action}">${label}</button>`).join('')}
          </div>
        </details>
        <input type="file" accept=".bpmn,.xml,application/xml,text/xml" hidden data-file>
      </div>
    </div>
    <div class="pw-status" role="status" aria-live="polite"></div>
    <section class="pw-gate" hidden data-publish-gate aria-label="Policy scenarios that fail"></section>
    <div class="pw-workspace">
      <nav class="pw-versions" id="pw-versions" aria-labelledby="pw-versions-title">
        <h2 class="nhsuk-heading-xs" id="pw-versions-title">Pathways by locality and version</h2>
        <div data-versions-list><p class="nhsuk-body-s">Loading…</p></div>
        <p class="nhsuk-body-s"><a href="/designer?new=true">Start a new pathway</a></p>
      </nav>
      <div class="pw-canvas" role="region" aria-label="Pathway diagram"></div>
      <div class="pw-side">
        <section class="pw-problems" aria-labelledby="pw-problems-title">
          <h2 class="nhsuk-heading-xs" id="pw-problems-title">Problems</h2>
          <div data-problems></div>
        </section>
        <div class="pw-properties" role="region" aria-label="Properties"></div>
      </div>
    </div>
    <section class="pw-compare" hidden aria-labelledby="pw-compare-title">
      <h2 class="nhsuk-heading-s" id="pw-compare-title">Draft compared with published</h2>
      <div></div>
    </section>`;
  const q = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  const view: DesignerView = {
    root,
    canvas: q('.pw-canvas'),
    properties: q('.pw-properties'),
    problems: q('[data-problems]'),
    versions: q('[data-versions-list]'),
    keyInput: q('#pw-key'),
    localityInput: q('#pw-locality'),
    fileInput: q('[data-file]'),
    status: q('.pw-status'),
    gate: q('[data-publish-gate]'),
    findings: q('.pw-findings'),
    compare: q('.pw-compare'),
    button: action => q(`[data-action="${action}"]`)
  };
  // The list starts folded unless the window is wide, so the canvas keeps its room.
  setVersionsOpen(view, Boolean(window.matchMedia?.('(min-width: 1600px)').matches));
  fillWindow(q('.pw-workspace'));
  return view;
}

/** The workspace reaches the bottom of the window, as a desktop modeller does (never under 520 px). */
function fillWindow(workspace: HTMLElement): void {
  const size = () => {
    if (window.matchMedia?.('(max-width: 900px)').matches) return workspace.style.removeProperty('height');
    const top = workspace.getBoundingClientRect().top + window.scrollY;
    workspace.style.height = `${Math.max(520, window.innerHeight - top - 12)}px`;
  };
  size();
  window.addEventListener('resize', size);
}

export function setVersionsOpen(view: DesignerView, open: boolean): void {
  view.root.querySelector('.pw-workspace')!.classList.toggle('pw-workspace--versions-closed', !open);
  view.button('versions').setAttribute('aria-expanded', String(open));
}

/** The versions as links, grouped by pathway, the open one marked. */
export function renderVersions(view: DesignerView, pathways: PathwaySummary[], openId?: string): void {
  const byKey = new Map<string, PathwaySummary[]>();
  const sorted = [...pathways].sort((a, b) => a.key.localeCompare(b.key) || a.locality.localeCompare(b.locality) || Number(b.version) - Number(a.version));
  for (const p of sorted) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  const blocks = [...byKey].map(([key, versions]) => {
    const heading = Object.assign(document.createElement('h3'), { className: 'nhsuk-heading-xs pw-versions__key', textContent: key });
    const list = document.createElement('ul');
    list.className = 'nhsuk-list pw-versions__list';
    list.replaceChildren(...versions.map(v => {
      const item = document.createElement('li');
      const text = `${v.locality} v${v.version}`;
      const status = Object.assign(document.createElement('strong'), {
        className: `nhsuk-tag nhsuk-tag--${v.status.toLowerCase() === 'published' ? 'green' : v.status.toLowerCase() === 'draft' ? 'yellow' : 'grey'}`,
        textContent: v.status
      });
      if (String(v.id) === openId) {
        item.append(Object.assign(document.createElement('span'), { className: 'pw-versions__open', textContent: `${text} (open)` }), ' ', status);
        item.setAttribute('aria-current', 'true');
      } else {
        const link = Object.assign(document.createElement('a'), { href: `/designer?id=${encodeURIComponent(String(v.id))}`, textContent: text });
        item.append(link, ' ', status);
      }
      return item;
    }));
    return [heading, list];
  }).flat();
  view.versions.replaceChildren(...(blocks.length > 0 ? blocks : [Object.assign(document.createElement('p'), { className: 'nhsuk-body-s', textContent: 'No pathways yet.' })]));
}

/** The localities the host serves, by name; the value is kept even if the list does not hold it. */
export function renderLocalities(view: DesignerView, localities: Array<{ code: string; name: string }>): void {
  const current = view.localityInput.value;
  view.localityInput.replaceChildren(new Option('National', 'national'), ...localities.filter(l => l.code !== 'national').map(l => new Option(l.name, l.code)));
  setLocality(view, current);
}

export function setLocality(view: DesignerView, code: string): void {
  if (code && ![...view.localityInput.options].some(o => o.value === code)) view.localityInput.append(new Option(code, code));
  view.localityInput.value = code || 'national';
}

export function setStatus(view: DesignerView, message: string, kind: 'info' | 'error' | 'success' = 'info', link?: { href: string; text: string }): void {
  view.status.textContent = message;
  view.status.dataset.kind = kind;
  if (link) view.status.append(' ', Object.assign(document.createElement('a'), { href: link.href, textContent: link.text }));
}

export function renderDiff(view: DesignerView, diff: PathwayDiff | undefined): void {
  const body = view.compare.querySelector('div')!;
  view.compare.hidden = !diff;
  if (!diff) return body.replaceChildren();
  const label = (e: { id: string; name?: string; type: string }) => `${e.id}${e.name ? ` “${e.name}”` : ''} (${e.type.replace('bpmn:', '')})`;
  const section = (title: string, items: string[]) => {
    const wrapper = document.createElement('div');
    const heading = document.createElement('h3');
    heading.className = 'nhsuk-heading-xs';
    heading.textContent = `${title} (${items.length})`;
    const list = document.createElement('ul');
    list.className = 'nhsuk-list nhsuk-list--bullet';
    list.replaceChildren(...items.map(text => Object.assign(document.createElement('li'), { textContent: text })));
    wrapper.append(heading, list);
    return wrapper;
  };
  const nothing = diff.added.length + diff.removed.length + diff.changed.length === 0;
  body.replaceChildren(nothing
    ? Object.assign(document.createElement('p'), { textContent: 'The draft is the same as the published version.' })
    : section('Added', diff.added.map(label)),
  ...(nothing ? [] : [
    section('Removed', diff.removed.map(label)),
    section('Changed', diff.changed.map(c => `${label(c)}: ${c.fields.join(', ')}`))
  ]));
}
