import { APPEND_SPECS, filterContextPadEntries, filterPaletteEntries, filterReplaceEntries, filterReplaceHeaderEntries, paletteCreateSpecs, type CreateSpec } from './filter';
import { replaceTargets } from './replace-targets';

type Entries = Record<string, any>;

// Runs after the built-in providers (lower priority than their 1000) and rewrites their entries.
const PRIORITY = 500;

export class SubsetPalette {
  static $inject = ['palette', 'create', 'elementFactory', 'translate'];

  constructor(palette: any, private create: any, private elementFactory: any, private translate: (s: string) => string) {
    palette.registerProvider(PRIORITY, this);
  }

  getPaletteEntries() {
    return (entries: Entries) => {
      const kept = filterPaletteEntries(entries);
      for (const spec of paletteCreateSpecs()) kept[spec.id] = this.createEntry(spec);
      return kept;
    };
  }

  private createEntry(spec: CreateSpec) {
    const start = (event: Event) => {
      const shape = this.elementFactory.createShape({ type: spec.type, eventDefinitionType: spec.eventDefinitionType });
      this.create.start(event, shape);
    };
    return { group: spec.group, className: spec.className, title: this.translate(spec.title), action: { dragstart: start, click: start } };
  }
}

export class SubsetContextPad {
  static $inject = ['contextPad', 'elementFactory', 'autoPlace', 'create', 'translate'];

  constructor(contextPad: any, private elementFactory: any, private autoPlace: any, private create: any, private translate: (s: string) => string) {
    contextPad.registerProvider(PRIORITY, this);
  }

  getContextPadEntries(element: any) {
    return (entries: Entries) => {
      const kept = filterContextPadEntries(entries);
      // Only offer our appends where bpmn-js offered appends at all (flow nodes that can have outgoing flow).
      if (entries['append.end-event']) {
        for (const spec of APPEND_SPECS) kept[spec.id] = this.appendEntry(element, spec);
      }
      return kept;
    };
  }

  private appendEntry(source: any, spec: CreateSpec) {
    const shapeFor = () => this.elementFactory.createShape({ type: spec.type, eventDefinitionType: spec.eventDefinitionType });
    return {
      group: spec.group,
      className: spec.className,
      title: this.translate(spec.title),
      action: {
        dragstart: (event: Event) => this.create.start(event, shapeFor(), { source }),
        click: () => this.autoPlace.append(source, shapeFor())
      }
    };
  }
}

export class SubsetReplaceMenu {
  static $inject = ['popupMenu'];
  private targets = replaceTargets();

  constructor(popupMenu: any) {
    popupMenu.registerProvider('bpmn-replace', PRIORITY, this);
  }

  getPopupMenuEntries() {
    return (entries: Entries) => filterReplaceEntries(entries, this.targets);
  }

  getPopupMenuHeaderEntries() {
    return (entries: Entries) => filterReplaceHeaderEntries(entries);
  }
}
