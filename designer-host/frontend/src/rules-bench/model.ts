// A rule set as rows a service designer edits: name, condition, outputs, description. Read from
// and written back to the RulesEngine workflow JSON (the advanced view), keeping any field the
// table does not show. Free of the DOM so vitest runs it in node.

export type OutputValue = string | number | boolean | null;

export interface RuleRow {
  name: string;
  condition: string;
  description: string;
  outputs: Record<string, OutputValue>;
  /** RulesEngine's SuccessEvent repeats the description in the shipped rule sets; it keeps following it. */
  successMirrorsDescription: boolean;
  /** Everything else on the rule (SuccessEvent, Properties.redFlag, Actions...), written back as it came. */
  rest: Record<string, unknown>;
}

export interface RuleTable {
  workflowName: string;
  rows: RuleRow[];
  /** The workflow's other fields, kept. */
  rest: Record<string, unknown>;
  /** Stored rule sets may be one workflow or an array holding one. */
  asArray: boolean;
}

export type FactType = 'boolean' | 'number' | 'text';
export interface Fact { name: string; type: FactType }

export interface Vocabulary {
  facts: Fact[];
  roles: Array<{ id: string; name: string }>;
  standards: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the JSON into rows; throws with a sentence when it is not a workflow with rules. */
export function readTable(json: string): RuleTable {
  const parsed: unknown = JSON.parse(json);
  const asArray = Array.isArray(parsed);
  const workflow = asArray ? (parsed as unknown[])[0] : parsed;
  if (!isObject(workflow) || !Array.isArray(workflow.Rules)) throw new Error('The JSON is not a RulesEngine workflow with a "Rules" list.');
  const { WorkflowName, Rules, ...rest } = workflow;
  const rows = (Rules as unknown[]).map((rule, i) => {
    if (!isObject(rule)) throw new Error(`Rule ${i + 1} is not an object.`);
    const { RuleName, Expression, Properties, SuccessEvent, ...ruleRest } = rule;
    const properties = isObject(Properties) ? Properties : {};
    const { description, outputs, ...propertiesRest } = properties;
    const text = typeof description === 'string' ? description : '';
    const mirrors = SuccessEvent !== undefined && SuccessEvent === text;
    const row: RuleRow = {
      name: typeof RuleName === 'string' ? RuleName : '',
      condition: typeof Expression === 'string' ? Expression : '',
      description: text,
      outputs: isObject(outputs) ? { ...(outputs as Record<string, OutputValue>) } : {},
      successMirrorsDescription: mirrors,
      rest: {
        ...(SuccessEvent !== undefined && !mirrors ? { SuccessEvent } : {}),
        ...ruleRest,
        ...(Object.keys(propertiesRest).length > 0 ? { Properties: propertiesRest } : {})
      }
    };
    return row;
  });
  return { workflowName: typeof WorkflowName === 'string' ? WorkflowName : '', rows, rest, asArray };
}

/** Writes the rows back as the workflow JSON, in row order. SuccessEvent follows the description it mirrored. */
export function writeTable(table: RuleTable): string {
  const rules = table.rows.map(row => {
    const { Properties: keptProperties, SuccessEvent, ...rest } = row.rest as { Properties?: Json; SuccessEvent?: unknown };
    const successEvent = row.successMirrorsDescription ? row.description : SuccessEvent;
    return {
      RuleName: row.name,
      ...(successEvent === undefined ? {} : { SuccessEvent: successEvent }),
      ...rest,
      Expression: row.condition,
      Properties: { description: row.description, ...(keptProperties ?? {}), outputs: row.outputs }
    };
  });
  const workflow = { WorkflowName: table.workflowName, ...table.rest, Rules: rules };
  return JSON.stringify(table.asArray ? [workflow] : workflow, null, 2);
}

export function moveRow(rows: RuleRow[], from: number, to: number): RuleRow[] {
  if (from === to || from < 0 || from >= rows.length || to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

export interface ConditionProblem { message: string }

/**
 * Checks a condition as it is typed, before the server compiles it: something there, brackets
 * and quotes closed, == not =, and every referral.fact a known fact (with the nearest name offered).
 */
export function checkCondition(condition: string, facts: Fact[]): ConditionProblem[] {
  const text = condition.trim();
  if (text === '') return [{ message: 'Add a condition, or write true for a rule that always applies.' }];
  const problems: ConditionProblem[] = [];
  const withoutStrings = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  if ((text.replace(/\\./g, '').match(/"/g) ?? []).length % 2 === 1) problems.push({ message: 'A quoted text is not closed: add the closing ".' });
  let depth = 0;
  for (const ch of withoutStrings) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) break;
  }
  if (depth > 0) problems.push({ message: `${depth} bracket${depth === 1 ? ' is' : 's are'} not closed: add ).` });
  if (depth < 0) problems.push({ message: 'A ) has no ( before it.' });
  if (/(^|[^=!<>])=($|[^=])/.test(withoutStrings)) problems.push({ message: 'Use == to compare (a single = sets a value).' });
  const known = new Map(facts.map(f => [f.name.toLowerCase(), f.name]));
  for (const match of withoutStrings.matchAll(/(?<![\w.])referral\s*\.\s*([A-Za-z_]\w*)/g)) {
    const name = match[1];
    if (known.has(name.toLowerCase())) continue;
    const nearest = nearestFact(name, facts);
    problems.push({ message: `"${name}" is not a known fact${nearest ? `; did you mean ${nearest}?` : '.'}` });
  }
  if (/&&\s*$|\|\|\s*$|^\s*(&&|\|\|)/.test(withoutStrings)) problems.push({ message: 'The condition starts or ends with && or ||: finish it.' });
  return problems;
}

function nearestFact(name: string, facts: Fact[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const fact of facts) {
    const distance = editDistance(name.toLowerCase(), fact.name.toLowerCase());
    if (!best || distance < best.distance) best = { name: fact.name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export type Comparison = '==' | '!=' | '>=' | '<=' | '>' | '<' | 'is true' | 'is false';

/** One clause from the builder: referral.age >= 65, referral.longLie, !referral.endOfLife, referral.setting == "care-home". */
export function clause(fact: Fact, comparison: Comparison, value: string): string {
  const member = `referral.${fact.name}`;
  if (comparison === 'is true') return member;
  if (comparison === 'is false') return `!${member}`;
  const literal = fact.type === 'number' ? String(Number(value)) : fact.type === 'boolean' ? String(value === 'true') : JSON.stringify(value);
  return `${member} ${comparison} ${literal}`;
}

/** A rule to fill in, named so it does not clash. */
export function newRow(existing: RuleRow[]): RuleRow {
  let n = existing.length + 1;
  while (existing.some(r => r.name === `new-rule-${n}`)) n++;
  // Every rule in a set must decide the same case variables, so a new rule starts with the first one's.
  const outputs = { ...(existing[0]?.outputs ?? {}) };
  return { name: `new-rule-${n}`, condition: '', description: '', outputs, successMirrorsDescription: true, rest: {} };
}

/** Adds a clause to a condition with "and" (&&); an empty condition becomes the clause. */
export function addClause(condition: string, addition: string): string {
  const text = condition.trim();
  if (text === '' || text === 'true') return addition;
  return /\|\|/.test(text) ? `(${text}) && ${addition}` : `${text} && ${addition}`;
}

/** How an output is edited: by the role, standard, duration or yes/no picker, or as text or a number. */
export type OutputKind = 'role' | 'standard' | 'duration' | 'boolean' | 'number' | 'text';

export function outputKind(name: string, value: OutputValue): OutputKind {
  // The same naming rules the server's validator applies to outputs.
  if (name.endsWith('Role')) return 'role';
  if (name === 'responseStandard') return 'standard';
  if (name.endsWith('Window') || name.endsWith('After')) return 'duration';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  return 'text';
}

/** The outputs the shipped rule sets write, offered when adding one. */
export const KNOWN_OUTPUTS: Array<{ name: string; label: string; initial: OutputValue }> = [
  { name: 'assessorRole', label: 'Best-placed assessor', initial: 'crisis-response-nurse' },
  { name: 'responseStandard', label: 'Response standard', initial: '2-hour' },
  { name: 'responseWindow', label: 'Respond within', initial: 'PT2H' },
  { name: 'outsideCommunityCare', label: 'Outside community care', initial: false },
  { name: 'outsideReason', label: 'Reason it is outside community care', initial: '' },
  { name: 'mdtNeeded', label: 'MDT review needed', initial: true },
  { name: 'mdtPriority', label: 'MDT priority', initial: 1 },
  { name: 'mdtReason', label: 'Reason for MDT review', initial: '' },
  { name: 'mdtReviewWindow', label: 'MDT review within', initial: 'P1D' },
  { name: 'assessmentEscalateAfter', label: 'Escalate the assessment after', initial: 'PT4H' },
  { name: 'escalationRole', label: 'Escalate to', initial: 'coordinator' },
  { name: 'handoverAcceptWindow', label: 'Handover to be accepted within', initial: 'P1D' }
];

export function outputLabel(name: string): string {
  return KNOWN_OUTPUTS.find(o => o.name === name)?.label ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, c => c.toUpperCase()).toLowerCase().replace(/^./, c => c.toUpperCase());
}
