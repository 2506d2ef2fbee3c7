import { publishThroughGate, promptForReason, renderFailures } from '../publish-gate';
import { draftSaved, shownImpactReport } from '../impact-panel/shown';
import { diffPathwayXml } from '../pathway-diff';
import { download, safeFileName, svgToPng } from '../export';
import { fromServer, type ProblemsPanel } from '../pathway-problems';
import type { ServerErrors } from '../server-errors';
import { api, ApiError, describeError, type ElementError, type PathwaySummary } from '../shared/api';
import { forgetUnsaved, keepUnsaved, resumeAfterSignIn, takeUnsaved } from './unsaved';
import { buildView, renderDiff, renderLocalities, renderVersions, setLocality, setStatus, setVersionsOpen, type DesignerView } from './view';

interface ModelerLike {
  importXML(xml: string): Promise<{ warnings: unknown[] }>;
  saveXML(options?: { format?: boolean }): Promise<{ xml?: string }>;
  saveSVG(): Promise<{ svg: string }>;
  createDiagram(): Promise<unknown>;
  get<T = any>(name: string): T;
}

/** Wires the toolbar buttons to the API and the modeler. */
export class Toolbar {
  private pathways: PathwaySummary[] = [];
  private current: PathwaySummary | undefined;
  private openId: string | undefined;
  /** Changes since the diagram was opened or saved; leaving the page asks first. */
  dirty = false;

  constructor(readonly view: DesignerView, private modeler: ModelerLike) {
    const on = (action: string, handler: () => Promise<void>) =>
      view.button(action).addEventListener('click', () => this.run(view.button(action), handler));
    on('versions', async () => setVersionsOpen(view, view.button('versions').getAttribute('aria-expanded') !== 'true'));
    on('save', () => this.saveDraft());
    on('compare', () => this.compare());
    on('publish', () => this.publish());
    on('import', async () => view.fileInput.click());
    on('export-bpmn', () => this.exportBpmn());
    on('export-svg', () => this.exportSvg());
    on('export-png', () => this.exportPng());
    view.fileInput.addEventListener('change', () => this.run(view.button('import'), () => this.importFile()));
    modeler.get('eventBus').on('commandStack.changed', () => { this.dirty = true; });
    this.problems.attachTo(view.problems);
    window.addEventListener('beforeunload', event => {
      if (!this.dirty) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers need a value to show their "leave page?" prompt
    });
  }

  static mount(root: HTMLElement, createModeler: (view: DesignerView) => ModelerLike): Toolbar {
    const view = buildView(root);
    return new Toolbar(view, createModeler(view));
  }

  get serverErrors(): ServerErrors {
    return this.modeler.get<ServerErrors>('serverErrors');
  }

  get problems(): ProblemsPanel {
    return this.modeler.get<ProblemsPanel>('problemsPanel');
  }

  async loadLocalities(): Promise<void> {
    renderLocalities(this.view, await api.localities());
  }

  async loadPathways(selectedId?: string): Promise<void> {
    this.pathways = await api.pathways();
    if (selectedId) this.openId = selectedId;
    renderVersions(this.view, this.pathways, this.openId);
  }

  async open(id: string): Promise<void> {
    const xml = await api.pathwayXml(id);
    await this.show(xml);
    this.openId = id;
    this.current = this.pathways.find(p => String(p.id) === id);
    if (this.current) {
      this.view.keyInput.value = this.current.key;
      setLocality(this.view, this.current.locality);
    }
    setStatus(this.view, `Opened ${this.describe(this.current) ?? id}.`);
  }

  async newDiagram(): Promise<void> {
    await this.modeler.createDiagram();
    this.fit();
    this.dirty = false;
  }

  /**
   * Brings back a diagram kept when the session ended, and saves it now the person is signed in
   * again. Returns false when nothing was kept.
   */
  async resumeUnsaved(): Promise<boolean> {
    const kept = takeUnsaved(window.localStorage);
    if (!kept) return false;
    await this.show(kept.xml);
    this.view.keyInput.value = kept.key;
    setLocality(this.view, kept.locality);
    this.dirty = true;
    setStatus(this.view, `Brought back your unsaved diagram of ${kept.key} (${kept.locality}); saving it…`);
    try {
      await this.saveDraft();
    } catch (error) {
      // Refused for what it holds, not for the session: it is on the screen to fix, and leaving warns.
      forgetUnsaved(window.localStorage);
      this.dirty = true;
      throw error;
    }
    return true;
  }

  private async show(xml: string): Promise<void> {
    await this.modeler.importXML(xml);
    this.fit();
    this.showServerErrors([], undefined);
    renderDiff(this.view, undefined);
    this.dirty = false;
  }

  /**
   * Fits the diagram in the space right of the palette (which floats over the canvas), never
   * blowing a small one up past its natural size.
   */
  private fit(): void {
    const canvas = this.modeler.get('canvas');
    const { inner, outer } = canvas.viewbox();
    if (!inner.width || !inner.height || !outer.width || !outer.height) return;
    const palette = this.view.canvas.querySelector('.djs-palette')?.getBoundingClientRect();
    const left = (palette?.width ?? 0) + 32;
    const scale = Math.min(1, (outer.width - left - 24) / inner.width, (outer.height - 64) / inner.height);
    const top = (outer.height - inner.height * scale) / 2;
    canvas.viewbox({ x: inner.x - left / scale, y: inner.y - top / scale, width: outer.width / scale, height: outer.height / scale });
  }

  private target(): { key: string; locality: string } {
    const key = this.view.keyInput.value.trim();
    const locality = this.view.localityInput.value.trim();
    if (!key || !locality) throw new Error('Enter the pathway key and locality first.');
    return { key, locality };
  }

  /**
   * Saves the diagram as the locality's draft, finished or not; the server lists what must be fixed
   * before publishing. A server that still refuses an unfinished draft (400) lists the same
   * problems, and the draft is not kept; an ended session keeps the diagram in this browser.
   */
  private async saveDraft(): Promise<void> {
    const { key, locality } = this.target();
    const xml = await this.xml();
    let problems: ElementError[];
    try {
      ({ problems } = await api.saveDraft(key, locality, xml));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        keepUnsaved(window.localStorage, { key, locality, xml, keptAt: new Date().toISOString() });
        this.dirty = false;
        setStatus(this.view, 'Your session has ended, so the draft was not saved. The diagram is kept in this browser:', 'error',
          { href: resumeAfterSignIn, text: 'sign in again to save it' });
        return;
      }
      if (error instanceof ApiError && error.errors.length > 0) {
        this.showServerErrors(error.errors, `Not saved: ${error.title}.`);
        const causes = this.problems.groups(fromServer(error.errors)).length;
        throw new Error(`The draft was not saved: the server found ${causes} ${causes === 1 ? 'problem' : 'problems'}, listed beside the diagram.`);
      }
      throw error;
    }
    forgetUnsaved(window.localStorage);
    this.dirty = false;
    draftSaved();
    const savedAs = `Draft of ${key} (${locality}) saved.`;
    if (problems.length === 0) {
      this.showServerErrors([], undefined);
      setStatus(this.view, `${savedAs} The server found nothing to stop it being published.`, 'success');
    } else {
      const causes = this.problems.groups(fromServer(problems)).length;
      this.showServerErrors(problems, savedAs);
      setStatus(this.view, `${savedAs} Fix ${causes} ${causes === 1 ? 'problem' : 'problems'} (listed beside the diagram) before publishing.`, 'success');
    }
    await this.loadPathways().catch(() => undefined);
  }

  private showServerErrors(errors: ElementError[], said: string | undefined): void {
    // Mark only the causes on the diagram: the steps after a gap are listed under it.
    const all = fromServer(errors);
    const causes = new Set(this.problems.groups(all).map(g => g.cause));
    this.serverErrors.show(errors.filter((_, i) => causes.has(all[i]) || !all[i].element));
    this.problems.showServer(errors, said);
  }

  private async compare(): Promise<void> {
    const { key, locality } = this.target();
    const published = this.pathways
      .filter(p => p.key === key && p.locality === locality && p.status.toLowerCase() === 'published')
      .sort((a, b) => Number(b.version) - Number(a.version))[0];
    if (!published) return setStatus(this.view, `No published version of ${key} for ${locality} yet.`, 'error');
    const diff = await diffPathwayXml(await api.pathwayXml(published.id), await this.xml(), this.modeler.get('moddle'));
    renderDiff(this.view, diff);
    setStatus(this.view, `Compared with published v${published.version}.`);
  }

  private async publish(): Promise<void> {
    const { key, locality } = this.target();
    if (!window.confirm(`Publish the saved draft of ${key} for ${locality}? New cases will follow it.`)) return;
    if (this.dirty) return setStatus(this.view, 'Save the draft first: publishing takes the saved draft, not the diagram on the screen.', 'error');
    const outcome = await publishThroughGate(`/api/pathways/${encodeURIComponent(key)}/publish?locality=${encodeURIComponent(locality)}`, failures => {
      renderFailures(this.view.gate, failures);
      return promptForReason(failures);
    }, shownImpactReport());
    if (outcome.kind === 'published') {
      this.view.gate.hidden = true;
      setStatus(this.view, `Published ${key} (${locality}) as version ${outcome.version}.`, 'success');
      await this.loadPathways().catch(() => undefined);
    } else if (outcome.kind === 'refused') {
      setStatus(this.view, 'Not published: the policy scenarios listed below fail.', 'error');
    } else {
      setStatus(this.view, `Not published: ${outcome.detail}`, 'error');
    }
  }

  private async importFile(): Promise<void> {
    const file = this.view.fileInput.files?.[0];
    this.view.fileInput.value = '';
    if (!file) return;
    await this.show(await file.text());
    this.dirty = true;
    setStatus(this.view, `Imported ${file.name}. Save it as a draft to keep it.`);
  }

  private async xml(): Promise<string> {
    const { xml } = await this.modeler.saveXML({ format: true });
    if (!xml) throw new Error('The diagram could not be written as XML.');
    return xml;
  }

  private baseName(): string {
    return safeFileName([this.view.keyInput.value, this.view.localityInput.value].filter(Boolean).join('-'));
  }

  private async exportBpmn(): Promise<void> {
    download(`${this.baseName()}.bpmn`, new Blob([await this.xml()], { type: 'application/xml' }));
  }

  private async exportSvg(): Promise<void> {
    const { svg } = await this.modeler.saveSVG();
    download(`${this.baseName()}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
  }

  private async exportPng(): Promise<void> {
    const { svg } = await this.modeler.saveSVG();
    download(`${this.baseName()}.png`, await svgToPng(svg));
  }

  private describe(p: PathwaySummary | undefined): string | undefined {
    return p && `${p.key} — ${p.locality} v${p.version}`;
  }

  /** Runs one action with its button disabled; any failure lands in the status line. */
  private async run(button: HTMLButtonElement, action: () => Promise<void>): Promise<void> {
    button.disabled = true;
    try {
      await action();
    } catch (error) {
      setStatus(this.view, describeError(error), 'error');
    } finally {
      button.disabled = false;
    }
  }
}
