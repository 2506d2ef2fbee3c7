import { describeGroup, fromLint, fromServer, groupProblems, summarise, type FlowGraph, type LintIssue, type Problem, type ProblemGroup } from './problems';
import type { ElementError } from '../shared/api';

/**
 * The problems beside the canvas: the linter's as you draw and the server's from the last save,
 * each grouped by cause. Clicking a problem selects its element. The server's list is dropped
 * at the next edit, since it describes a diagram that no longer exists.
 */
export class ProblemsPanel {
  static $inject = ['eventBus', 'elementRegistry', 'selection', 'canvas'];
  private container: HTMLElement | undefined;
  private lint: Problem[] = [];
  private server: Problem[] = [];
  private serverSaid: string | undefined;

  constructor(eventBus: any, private elementRegistry: any, private selection: any, private canvas: any) {
    eventBus.on('linting.completed', ({ issues }: { issues: Record<string, LintIssue[]> }) => {
      this.lint = fromLint(issues);
      this.render();
    });
    eventBus.on('commandStack.changed', () => {
      if (this.server.length === 0 && !this.serverSaid) return;
      this.server = [];
      this.serverSaid = undefined;
      this.render();
    });
    eventBus.on('import.done', () => this.showServer([], undefined));
  }

  attachTo(container: HTMLElement): void {
    this.container = container;
    this.render();
  }

  /** The server's answer to a save: what it said, and the problems it listed. */
  showServer(errors: ElementError[], said: string | undefined): void {
    this.server = fromServer(errors);
    this.serverSaid = said;
    this.render();
  }

  groups(problems: Problem[]): ProblemGroup[] {
    return groupProblems(problems, this.graph());
  }

  /** Selects the element and brings it into view; false when it is not on the diagram. */
  reveal(id: string): boolean {
    const element = this.elementRegistry.get(id);
    if (!element) return false;
    this.selection.select(element);
    this.canvas.scrollToElement(element);
    return true;
  }

  private graph(): FlowGraph {
    const flowsOf = (id: string, side: 'incoming' | 'outgoing') =>
      ((this.elementRegistry.get(id)?.businessObject?.[side] ?? []) as any[])
        .map(flow => (side === 'incoming' ? flow.sourceRef : flow.targetRef)?.id).filter(Boolean) as string[];
    // A boundary event is reached with its activity: treat the attachment as a flow.
    const attachedTo = (id: string): string[] => {
      const host = this.elementRegistry.get(id)?.host?.id;
      return host ? [host] : [];
    };
    const attached = (id: string): string[] => ((this.elementRegistry.get(id)?.attachers ?? []) as any[]).map(a => a.id);
    return {
      incoming: id => [...flowsOf(id, 'incoming'), ...attachedTo(id)],
      outgoing: id => [...flowsOf(id, 'outgoing'), ...attached(id)],
      order: id => {
        const shape = this.elementRegistry.get(id);
        return shape && typeof shape.x === 'number' ? shape.x * 10_000 + shape.y : Number.MAX_SAFE_INTEGER;
      }
    };
  }

  private label(id: string): string {
    const name = this.elementRegistry.get(id)?.businessObject?.name;
    return name ? `${name} (${id})` : id;
  }

  private render(): void {
    if (!this.container) return;
    const sections: HTMLElement[] = [];
    if (this.serverSaid || this.server.length > 0) sections.push(this.section('Found by the server when saved', this.groups(this.server), this.serverSaid, 'server'));
    sections.push(this.section('Checked as you draw', this.groups(this.lint), undefined, 'lint'));
    this.container.replaceChildren(...sections);
  }

  private section(title: string, groups: ProblemGroup[], said: string | undefined, source: string): HTMLElement {
    const section = document.createElement('div');
    section.className = 'pw-problems__section';
    section.dataset.problemsSource = source;
    section.append(Object.assign(document.createElement('h3'), { className: 'pw-problems__title', textContent: title }));
    if (said) section.append(Object.assign(document.createElement('p'), { className: 'pw-problems__said', textContent: said }));
    section.append(Object.assign(document.createElement('p'), { className: 'pw-problems__summary', textContent: summarise(groups) }));
    if (groups.length === 0) return section;
    const list = document.createElement('ol');
    list.className = 'pw-problems__list';
    list.replaceChildren(...groups.map(group => this.item(group)));
    section.append(list);
    return section;
  }

  private item(group: ProblemGroup): HTMLLIElement {
    const item = document.createElement('li');
    item.className = `pw-problem pw-problem--${group.cause.severity}`;
    if (group.cause.code) item.append(Object.assign(document.createElement('span'), { className: 'pw-problem__code', textContent: group.cause.code }), ' ');
    // The server's messages already name the element; the linter's do not.
    const text = describeGroup(group, id => (group.cause.message.includes(id) ? '' : this.label(id)));
    const element = group.cause.element;
    if (element && this.elementRegistry.get(element)) {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'pw-problem__link', textContent: text });
      button.dataset.element = element;
      button.addEventListener('click', () => this.reveal(element));
      item.append(button);
    } else {
      item.append(text);
    }
    if (group.cause.fix) item.append(Object.assign(document.createElement('p'), { className: 'pw-problem__fix', textContent: `To fix: ${group.cause.fix}` }));
    const after = group.consequences.filter(c => c.element !== group.cause.element);
    if (after.length > 0) {
      const details = document.createElement('details');
      details.className = 'pw-problem__more';
      details.append(Object.assign(document.createElement('summary'), { textContent: `Show the ${after.length} ${after.length === 1 ? 'step' : 'steps'} it affects` }));
      const list = document.createElement('ul');
      list.replaceChildren(...after.map(c => {
        const li = document.createElement('li');
        const button = Object.assign(document.createElement('button'), { type: 'button', className: 'pw-problem__link', textContent: this.label(c.element!) });
        button.addEventListener('click', () => this.reveal(c.element!));
        li.append(button);
        return li;
      }));
      details.append(list);
      item.append(details);
    }
    return item;
  }
}
