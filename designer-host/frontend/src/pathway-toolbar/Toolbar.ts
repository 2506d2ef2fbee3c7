import { publishThroughGate, promptForReason, renderFailures } from '../publish-gate';
import { diffPathwayXml } from '../pathway-diff';
import { download, safeFileName, svgToPng } from '../export';
import type { ServerErrors } from '../server-errors';
import { api, ApiError, describeError, type PathwaySummary } from '../shared/api';
import { buildView, renderDiff, renderFindings, renderPathwayOptions, setStatus, type DesignerView } from './view';

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

  constructor(private view: DesignerView, private modeler: ModelerLike) {
    const on = (action: string, handler: () => Promise<void>) =>
      view.button(action).addEventListener('click', () => this.run(view.button(action), handler));
    on('open', () => this.open(view.pathwaySelect.value));
    on('save', () => this.saveDraft());
    on('compare', () => this.compare());
    on('publish', () => this.publish());
    on('import', async () => view.fileInput.click());
    on('export-bpmn', () => this.exportBpmn());
    on('export-svg', () => this.exportSvg());
    on('export-png', () => this.exportPng());
    view.fileInput.addEventListener('change', () => this.run(view.button('import'), () => this.importFile()));
  }

  static mount(root: HTMLElement, createModeler: (view: DesignerView) => ModelerLike): Toolbar {
    const view = buildView(root);
    return new Toolbar(view, createModeler(view));
  }

  get serverErrors(): ServerErrors {
    return this.modeler.get<ServerErrors>('serverErrors');
  }

  async loadPathways(selectedId?: string): Promise<void> {
    this.pathways = await api.pathways();
    renderPathwayOptions(this.view.pathwaySelect, this.pathways, selectedId);
  }

  async open(id: string): Promise<void> {
    if (!id) return setStatus(this.view, 'Choose a pathway to open.', 'error');
    const xml = await api.pathwayXml(id);
    await this.show(xml);
    this.current = this.pathways.find(p => String(p.id) === id);
    if (this.current) {
      this.view.keyInput.value = this.current.key;
      this.view.localityInput.value = this.current.locality;
    }
    setStatus(this.view, `Opened ${this.describe(this.current) ?? id}.`);
  }

  async newDiagram(): Promise<void> {
    await this.modeler.createDiagram();
    this.modeler.get('canvas').zoom('fit-viewport');
  }

  private async show(xml: string): Promise<void> {
    await this.modeler.importXML(xml);
    this.modeler.get('canvas').zoom('fit-viewport');
    renderFindings(this.view, [], () => undefined);
    renderDiff(this.view, undefined);
  }

  private target(): { key: string; locality: string } {
    const key = this.view.keyInput.value.trim();
    const locality = this.view.localityInput.value.trim();
    if (!key || !locality) throw new Error('Enter the pathway key and locality first.');
    return { key, locality };
  }

  private async saveDraft(): Promise<void> {
    const { key, locality } = this.target();
    const xml = await this.xml();
    try {
      await api.saveDraft(key, locality, xml);
    } catch (error) {
      if (error instanceof ApiError) this.showServerErrors(error);
      throw error;
    }
    this.showServerErrors(undefined);
    setStatus(this.view, `Draft of ${key} (${locality}) saved.`, 'success');
    await this.loadPathways(this.current?.id).catch(() => undefined);
  }

  private showServerErrors(error: ApiError | undefined): void {
    const errors = error?.errors ?? [];
    this.serverErrors.show(errors);
    renderFindings(this.view, errors, id => this.serverErrors.reveal(id));
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
    const outcome = await publishThroughGate(`/api/pathways/${encodeURIComponent(key)}/publish?locality=${encodeURIComponent(locality)}`, failures => {
      renderFailures(this.view.gate, failures);
      return promptForReason(failures);
    });
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
