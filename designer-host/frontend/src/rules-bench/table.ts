// The rule set as an editable table: a row per rule (name, condition, outputs, description),
// rows dragged (or moved with buttons) to change the order in which rules are tried.
import { DURATION_UNITS, parseDuration, toIso } from '../shared/duration';
import {
  addClause, checkCondition, clause, KNOWN_OUTPUTS, moveRow, newRow, outputKind, outputLabel,
  type Comparison, type Fact, type OutputValue, type RuleRow, type RuleTable, type Vocabulary
} from './model';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];
  node.append(...children);
  return node;
}

const hidden = (text: string) => el('span', { className: 'nhsuk-u-visually-hidden', textContent: text });

/** Text naming the rule, written from a template ("Condition of rule {rule}") so a rename can rewrite it. */
function naming<T extends HTMLElement>(node: T, template: string, rule: string): T {
  node.dataset.namesRule = template;
  node.textContent = template.replace('{rule}', rule);
  return node;
}

const COMPARISONS: Record<Fact['type'], Comparison[]> = {
  boolean: ['is true', 'is false'],
  number: ['>=', '>', '==', '!=', '<=', '<'],
  text: ['==', '!=']
};

export class RulesTable {
  private dragging: number | undefined;
  private serverProblems = new Map<string, string[]>();

  constructor(private body: HTMLTableSectionElement, private table: RuleTable, private vocabulary: Vocabulary, private changed: () => void) {
    this.render();
  }

  get rules(): RuleTable {
    return this.table;
  }

  /** Replaces the rows (the advanced JSON view was edited). */
  load(table: RuleTable): void {
    this.table = table;
    this.render();
  }

  /** The server's problems by rule name, shown under each row until the next check. */
  showServerProblems(byRule: Map<string, string[]>): void {
    this.serverProblems = byRule;
    this.table.rows.forEach((row, i) => this.renderProblems(i, row));
  }

  addRule(): void {
    this.table.rows.push(newRow(this.table.rows));
    this.structureChanged();
    this.body.querySelector<HTMLInputElement>(`#rule-${this.table.rows.length - 1}-name`)?.focus();
  }

  private structureChanged(): void {
    this.render();
    this.changed();
  }

  private move(from: number, to: number, focus?: string): void {
    this.table.rows = moveRow(this.table.rows, from, to);
    this.structureChanged();
    if (focus) this.body.querySelector<HTMLElement>(`#rule-${to}-${focus}`)?.focus();
  }

  render(): void {
    this.body.replaceChildren(...this.table.rows.map((row, i) => this.renderRow(row, i)));
  }

  private renderRow(row: RuleRow, i: number): HTMLTableRowElement {
    const tr = el('tr', { className: 'nhsuk-table__row pw-rule-row' });
    tr.dataset.rule = row.name;
    // Only the handle drags, so text in the fields can still be selected with the mouse.
    const handle = el('span', { className: 'pw-drag-handle', title: 'Drag to change the order', draggable: true }, `${i + 1}`);
    handle.addEventListener('dragstart', event => {
      this.dragging = i;
      event.dataTransfer?.setData('text/plain', row.name);
      event.dataTransfer?.setDragImage(tr, 20, 20);
      tr.classList.add('pw-rule-row--dragging');
    });
    handle.addEventListener('dragend', () => { this.dragging = undefined; tr.classList.remove('pw-rule-row--dragging'); });
    tr.addEventListener('dragover', event => { if (this.dragging !== undefined) event.preventDefault(); });
    tr.addEventListener('drop', event => {
      if (this.dragging === undefined) return;
      event.preventDefault();
      const from = this.dragging;
      this.dragging = undefined;
      this.move(from, i);
    });

    const up = el('button', { type: 'button', className: 'pw-link-button', disabled: i === 0, id: `rule-${i}-up` }, 'Up', naming(hidden(''), ': move {rule} up', row.name));
    up.addEventListener('click', () => this.move(i, i - 1, 'up'));
    const down = el('button', { type: 'button', className: 'pw-link-button', disabled: i === this.table.rows.length - 1, id: `rule-${i}-down` }, 'Down', naming(hidden(''), ': move {rule} down', row.name));
    down.addEventListener('click', () => this.move(i, i + 1, 'down'));
    const remove = el('button', { type: 'button', className: 'pw-link-button pw-link-button--warning' }, 'Delete', naming(hidden(''), ' rule {rule}', row.name));
    remove.addEventListener('click', () => {
      if (!window.confirm(`Delete the rule ${row.name}?`)) return;
      this.table.rows.splice(i, 1);
      this.structureChanged();
    });
    const order = el('td', { className: 'nhsuk-table__cell pw-rule-row__order' },
      handle, up, down, remove);

    const name = el('input', { className: 'nhsuk-input', id: `rule-${i}-name`, value: row.name, autocomplete: 'off', spellcheck: false });
    name.addEventListener('input', () => {
      row.name = name.value.trim();
      tr.dataset.rule = row.name;
      // Labels and hidden button text name the rule; keep them saying its new name.
      for (const node of tr.querySelectorAll<HTMLElement>('[data-names-rule]')) node.textContent = node.dataset.namesRule!.replace('{rule}', row.name);
      this.changed();
    });
    const nameCell = el('td', { className: 'nhsuk-table__cell' }, el('label', { className: 'nhsuk-u-visually-hidden', htmlFor: name.id, textContent: `Name of rule ${i + 1}` }), name);

    const description = el('textarea', { className: 'nhsuk-textarea', id: `rule-${i}-description`, rows: 3, value: row.description });
    description.addEventListener('input', () => { row.description = description.value; this.changed(); });
    const descriptionCell = el('td', { className: 'nhsuk-table__cell' },
      naming(el('label', { className: 'nhsuk-u-visually-hidden', htmlFor: description.id }), 'What rule {rule} means', row.name), description);

    tr.append(order, nameCell, this.conditionCell(row, i), this.outputsCell(row, i), descriptionCell);
    queueMicrotask(() => this.renderProblems(i, row));
    return tr;
  }

  private conditionCell(row: RuleRow, i: number): HTMLTableCellElement {
    const id = `rule-${i}-condition`;
    const input = el('textarea', { className: 'nhsuk-textarea pw-code', id, rows: 2, value: row.condition, spellcheck: false });
    input.setAttribute('aria-describedby', `${id}-problems`);
    input.addEventListener('input', () => {
      row.condition = input.value;
      this.renderProblems(i, row);
      this.changed();
    });
    const problems = el('ul', { className: 'nhsuk-list pw-rule-problems', id: `${id}-problems` });
    problems.setAttribute('aria-live', 'polite');

    // The builder: a known fact, how it compares, a value; "Add" joins it with "and".
    const facts = [...this.vocabulary.facts].sort((a, b) => a.name.localeCompare(b.name));
    const factSelect = el('select', { className: 'nhsuk-select', id: `${id}-fact` }, ...facts.map(f => new Option(`${f.name} (${f.type === 'boolean' ? 'yes or no' : f.type})`, f.name)));
    const comparison = el('select', { className: 'nhsuk-select', id: `${id}-comparison` });
    const value = el('input', { className: 'nhsuk-input', id: `${id}-value`, autocomplete: 'off' });
    const fill = () => {
      const fact = facts.find(f => f.name === factSelect.value);
      comparison.replaceChildren(...(fact ? COMPARISONS[fact.type] : []).map(c => new Option(c, c)));
      value.disabled = fact?.type === 'boolean';
      value.type = fact?.type === 'number' ? 'number' : 'text';
    };
    factSelect.addEventListener('change', fill);
    fill();
    const add = el('button', { type: 'button', className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small' }, 'Add to condition');
    add.addEventListener('click', () => {
      const fact = facts.find(f => f.name === factSelect.value);
      if (!fact) return;
      input.value = addClause(input.value, clause(fact, comparison.value as Comparison, value.value));
      input.dispatchEvent(new Event('input'));
      input.focus();
    });
    const builder = el('details', { className: 'pw-condition-builder' },
      el('summary', {}, 'Build from facts'),
      el('div', { className: 'pw-condition-builder__row' },
        el('label', { className: 'nhsuk-label', htmlFor: factSelect.id, textContent: 'Fact' }), factSelect,
        el('label', { className: 'nhsuk-label', htmlFor: comparison.id, textContent: 'Is' }), comparison,
        el('label', { className: 'nhsuk-label', htmlFor: value.id, textContent: 'Value' }), value, add));
    return el('td', { className: 'nhsuk-table__cell' },
      naming(el('label', { className: 'nhsuk-u-visually-hidden', htmlFor: id }), 'Condition of rule {rule}', row.name), input, problems, builder);
  }

  private renderProblems(i: number, row: RuleRow): void {
    const list = this.body.querySelector<HTMLElement>(`#rule-${i}-condition-problems`);
    const input = this.body.querySelector<HTMLElement>(`#rule-${i}-condition`);
    if (!list || !input) return;
    const messages = [...checkCondition(row.condition, this.vocabulary.facts).map(p => p.message), ...(this.serverProblems.get(row.name) ?? [])];
    list.replaceChildren(...messages.map(m => el('li', { className: 'nhsuk-error-message', textContent: m })));
    input.setAttribute('aria-invalid', String(messages.length > 0));
    input.classList.toggle('nhsuk-textarea--error', messages.length > 0);
  }

  private outputsCell(row: RuleRow, i: number): HTMLTableCellElement {
    const list = el('div', { className: 'pw-outputs' });
    for (const [name, value] of Object.entries(row.outputs)) list.append(this.outputField(row, i, name, value));
    const missing = KNOWN_OUTPUTS.filter(o => !(o.name in row.outputs));
    const cell = el('td', { className: 'nhsuk-table__cell' }, list);
    if (missing.length > 0) {
      const pick = el('select', { className: 'nhsuk-select', id: `rule-${i}-new-output` }, ...missing.map(o => new Option(o.label, o.name)));
      const add = el('button', { type: 'button', className: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small' }, 'Add output');
      add.addEventListener('click', () => {
        const known = KNOWN_OUTPUTS.find(o => o.name === pick.value)!;
        row.outputs[known.name] = known.initial;
        this.structureChanged();
      });
      cell.append(el('div', { className: 'pw-outputs__add' }, naming(el('label', { className: 'nhsuk-u-visually-hidden', htmlFor: pick.id }), 'Output to add to rule {rule}', row.name), pick, add));
    }
    return cell;
  }

  private outputField(row: RuleRow, i: number, name: string, value: OutputValue): HTMLElement {
    const id = `rule-${i}-output-${name}`;
    const set = (v: OutputValue) => { row.outputs[name] = v; this.changed(); };
    const label = el('label', { className: 'nhsuk-label pw-outputs__label', htmlFor: id, textContent: outputLabel(name) });
    const remove = el('button', { type: 'button', className: 'pw-link-button' }, 'Remove', hidden(` ${outputLabel(name)}`));
    remove.addEventListener('click', () => { delete row.outputs[name]; this.structureChanged(); });
    let control: HTMLElement;
    switch (outputKind(name, value)) {
      case 'role': {
        const roles = this.vocabulary.roles;
        const select = el('select', { className: 'nhsuk-select', id }, ...roles.map(r => new Option(r.name, r.id, false, r.id === value)));
        if (typeof value === 'string' && !roles.some(r => r.id === value)) select.append(new Option(`${value} (not a known role)`, value, false, true));
        select.addEventListener('change', () => set(select.value));
        control = select;
        break;
      }
      case 'standard': {
        const select = el('select', { className: 'nhsuk-select', id }, ...this.vocabulary.standards.map(s => new Option(s, s, false, s === value)));
        select.addEventListener('change', () => set(select.value));
        control = select;
        break;
      }
      case 'duration':
        control = durationPicker(id, outputLabel(name), typeof value === 'string' ? value : '', set);
        break;
      case 'boolean': {
        const select = el('select', { className: 'nhsuk-select', id }, new Option('Yes', 'true', false, value === true), new Option('No', 'false', false, value !== true));
        select.addEventListener('change', () => set(select.value === 'true'));
        control = select;
        break;
      }
      case 'number': {
        const input = el('input', { className: 'nhsuk-input nhsuk-input--width-3', id, type: 'number', value: String(value ?? '') });
        input.addEventListener('input', () => set(input.value === '' ? null : Number(input.value)));
        control = input;
        break;
      }
      default: {
        const input = el('input', { className: 'nhsuk-input', id, value: value === null ? '' : String(value) });
        input.addEventListener('input', () => set(input.value === '' ? null : input.value));
        control = input;
      }
    }
    return el('div', { className: 'pw-outputs__field' }, label, control, remove);
  }
}

/** A number and a unit ("2" "hours"), written back as ISO 8601 (PT2H). */
export function durationPicker(id: string, label: string, iso: string, set: (iso: string) => void): HTMLElement {
  const parsed = parseDuration(iso) ?? { amount: 2, unit: 'hours' as const };
  const amount = el('input', { className: 'nhsuk-input nhsuk-input--width-3', id, type: 'number', min: '0', value: String(parsed.amount) });
  const unit = el('select', { className: 'nhsuk-select', id: `${id}-unit` }, ...DURATION_UNITS.map(u => new Option(u, u, false, u === parsed.unit)));
  unit.setAttribute('aria-label', `Unit for ${label.toLowerCase()}`);
  const update = () => set(toIso({ amount: Number(amount.value || 0), unit: unit.value as typeof parsed.unit }));
  amount.addEventListener('input', update);
  unit.addEventListener('change', update);
  return el('span', { className: 'pw-duration' }, amount, unit);
}
