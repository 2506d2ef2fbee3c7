// The pure half of the rules bench: checks a draft as the designer types, and reads the
// server's answers. Kept free of the DOM so vitest can run it in node.
import schema from './schema-workflow.json';
import { validateSchema, type SchemaNode } from './schema';

export interface DraftProblem { message: string; line?: number; column?: number; path?: string }

/** Line and column (1-based) of a character offset, for "line 4, column 12". */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Browsers word JSON.parse errors differently; find where it stopped if they say. */
function syntaxProblem(text: string, error: SyntaxError): DraftProblem {
  const message = error.message;
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { message: `JSON syntax: ${message}`, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return { message: `JSON syntax: ${message}`, ...lineAndColumn(text, Number(position[1])) };
  return { message: `JSON syntax: ${message}` };
}

/** Syntax first (nothing else can be checked without it), then RulesEngine's workflow schema. */
export function checkDraft(text: string): DraftProblem[] {
  if (text.trim() === '') return [{ message: 'The rule set is empty' }];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [syntaxProblem(text, error as SyntaxError)];
  }
  // A stored rule set is one workflow, or (as RulesEngine's files are) an array of them.
  const workflows = Array.isArray(value) ? value : [value];
  return workflows.flatMap((workflow, i) =>
    validateSchema(workflow, schema as SchemaNode).map(p => ({
      message: p.message,
      path: Array.isArray(value) ? `[${i}]${p.path ? `.${p.path}` : ''}` : p.path
    })));
}

/** One error from the server's rule-set validator: `errors: [{code, ruleSet, rule, expression, message}]`. */
export interface RuleError { code?: string; ruleSet?: string; rule?: string; expression?: string; message: string }

export function ruleErrorsFrom(body: unknown): { title: string; errors: RuleError[] } {
  const problem = (body && typeof body === 'object' ? body : {}) as { title?: unknown; detail?: unknown; errors?: unknown; code?: unknown };
  const title = typeof problem.title === 'string' ? problem.title : 'The server refused the request';
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const errors: RuleError[] = Array.isArray(problem.errors)
    ? problem.errors.filter(e => e && typeof e === 'object').map(e => {
        const r = e as Record<string, unknown>;
        return { code: text(r.code), ruleSet: text(r.ruleSet), rule: text(r.rule), expression: text(r.expression), message: text(r.message) ?? 'Unknown error' };
      })
    : [];
  if (errors.length === 0 && typeof problem.detail === 'string') errors.push({ code: text(problem.code), message: problem.detail });
  return { title, errors };
}

/** "PW3002 in rule 'sepsis': …" — the line a designer reads in the error list. */
export function describeRuleError(error: RuleError): string {
  const where = error.rule ? ` in rule '${error.rule}'` : '';
  return `${error.code ? `${error.code}${where}: ` : where ? `${where.trim()}: ` : ''}${error.message}`;
}
