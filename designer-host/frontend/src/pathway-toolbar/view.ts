// The designer's surrounding markup, built once; NHS design-system classes so it matches the host pages.
import type { PathwayDiff } from '../pathway-diff';
import type { ElementError, PathwaySummary } from '../shared/api';

export interface DesignerView {
  root: HTMLElement;
  canvas: HTMLElement;
  properties: HTMLElement;
  pathwaySelect: HTMLSelectElement;
  keyInput: HTMLInputElement;
  localityInput: HTMLInputElement;
  fileInput: HTMLInputElement;
  status: HTMLElement;
  gate: HTMLElement;
  findings: HTMLElement;
  compare: HTMLElement;
  button(action: string): HTMLButtonElement;
}

const BUTTONS: Array<[string, string, string?]> = [
  ['open', 'Open'],
  ['save', 'Save draft'],
  ['compare', 'Compare with published', 'secondary'],
  ['publish', 'Publish'],
  ['import', 'Import .bpmn', 'secondary'],
  ['export-bpmn', 'Export .bpmn', 'secondary'],
  ['export-svg', 'Export SVG', 'secondary'],
  ['export-png', 'Export PNG', 'secondary']
];

export function buildView(root: HTMLElement): DesignerView {
  root.classList.add('pw-designer');
  root.innerHTML = `
    <div class="pw-toolbar" role="toolbar" aria-label="Pathway designer">
      <div class="nhsuk-form-group pw-toolbar__field">
        <label class="nhsuk-label" for="pw-pathway">Pathway, locality and version</label>
        <select class="nhsuk-select" id="pw-pathway"><option value="">Loading…</option></select>
      </div>
      <div class="nhsuk-form-group pw-toolbar__field">
        <label class="nhsuk-label" for="pw-key">Key</label>
        <input class="nhsuk-input nhsuk-input--width-10" id="pw-key" autocomplete="off">
      </div>
      <div class="nhsuk-form-group pw-toolbar__field">
        <label class="nhsuk-label" for="pw-locality">Locality</label>
        <input class="nhsuk-input nhsuk-input--width-10" id="pw-locality" autocomplete="off">
      </div>
      <div class="pw-toolbar__buttons">
        ${BUTTONS.map(([action, label, variant]) =>
          `<button type="button" class="nhsuk-button nhsuk-button--small${variant ? ` nhsuk-button--${variant}` : ''}" data-action="${action}">${label}</button>`).join('')}
        <input type="file" accept=".bpmn,.xml,application/xml,text/xml" hidden data-file>
      </div>
    </div>
    <div class="pw-status" role="status" aria-live="polite"></div>
    <section class="pw-gate" hidden data-publish-gate aria-label="Policy scenarios that fail"></section>
    <div class="pw-workspace">
      <div class="pw-canvas" aria-label="Pathway diagram"></div>
      <div class="pw-properties" aria-label="Properties"></div>
    </div>
    <section class="pw-findings" hidden aria-labelledby="pw-findings-title">
      <h2 class="nhsuk-heading-s" id="pw-findings-title">Problems the server found</h2>
      <ol class="nhsuk-list nhsuk-list--number"></ol>
    </section>
    <section class="pw-compare" hidden aria-labelledby="pw-compare-title">
      <h2 class="nhsuk-heading-s" id="pw-compare-title">Draft compared with published</h2>
      <div></div>
    </section>`;
  const q = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  return {
    root,
    canvas: q('.pw-canvas'),
    properties: q('.pw-properties'),
    pathwaySelect: q('#pw-pathway'),
    keyInput: q('#pw-key'),
    localityInput: q('#pw-locality'),
    fileInput: q('[data-file]'),
    status: q('.pw-status'),
    gate: q('[data-publish-gate]'),
    findings: q('.pw-findings'),
    compare: q('.pw-compare'),
    button: action => q(`[data-action="${action}"]`)
  };
}

export function renderPathwayOptions(select: HTMLSelectElement, pathways: PathwaySummary[], selectedId?: string): void {
  const sorted = [...pathways].sort((a, b) => a.key.localeCompare(b.key) || a.locality.localeCompare(b.locality) || Number(b.version) - Number(a.version));
  select.replaceChildren(new Option('Choose a pathway', ''), ...sorted.map(p =>
    new Option(`${p.key} — ${p.locality} v${p.version} (${p.status})`, String(p.id), false, String(p.id) === selectedId)));
}

export function setStatus(view: DesignerView, message: string, kind: 'info' | 'error' | 'success' = 'info'): void {
  view.status.textContent = message;
  view.status.dataset.kind = kind;
}

export function renderFindings(view: DesignerView, errors: ElementError[], reveal: (elementId: string) => void): void {
  const list = view.findings.querySelector('ol')!;
  list.replaceChildren(...errors.map(error => {
    const item = document.createElement('li');
    const text = [error.code, error.message].filter(Boolean).join(': ') + (error.line ? ` (line ${error.line})` : '');
    if (error.elementId) {
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = `${error.elementId}: ${text}`;
      link.addEventListener('click', event => { event.preventDefault(); reveal(error.elementId!); });
      item.append(link);
    } else {
      item.textContent = text;
    }
    return item;
  }));
  view.findings.hidden = errors.length === 0;
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
