// The spec editor's text arithmetic, kept free of the DOM so vitest runs it in node: which
// line the caret is on, where a line starts (to move the caret to a problem), the gutter's
// numbers with each problem line marked, and the server's problems read and ordered by line.

/** One finding about a feature: Gherkin that does not parse (PW5001/PW5003) or a step nothing matches (PW5002). */
export interface SpecProblem { code?: string; line?: number; step?: string; message: string; fix?: string }

/** The number of lines in the text, counting an empty last line (a caret can sit there). */
export function lineCount(text: string): number {
  return text.split('\n').length;
}

/** The 1-based line holding the character at offset. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, Math.min(offset, text.length))).split('\n').length;
}

/** Where a 1-based line starts and ends (before its newline); a line past the end is the last line. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  const lines = text.split('\n');
  const target = Math.min(Math.max(1, line), lines.length);
  let start = 0;
  for (let i = 1; i < target; i++) start += lines[i - 1].length + 1;
  return { start, end: start + lines[target - 1].length };
}

/** The gutter: one entry per line, with the problems on that line. */
export function gutter(text: string, problems: SpecProblem[]): Array<{ line: number; problems: SpecProblem[] }> {
  const byLine = new Map<number, SpecProblem[]>();
  for (const p of problems) if (p.line) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  return Array.from({ length: lineCount(text) }, (_, i) => ({ line: i + 1, problems: byLine.get(i + 1) ?? [] }));
}

/**
 * Reads what the server answers: the check's list, a saved draft's `problems`, or a refusal's
 * problem details (`problems`, else the single problem it describes); ordered by line, unlined last.
 */
export function readProblems(body: unknown): SpecProblem[] {
  const source = Array.isArray(body) ? body
    : body && typeof body === 'object' && Array.isArray((body as { problems?: unknown }).problems) ? (body as { problems: unknown[] }).problems
      : [];
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return source.filter(p => p && typeof p === 'object').map(p => {
    const r = p as Record<string, unknown>;
    const problem: SpecProblem = { message: text(r.message) ?? 'Unknown problem' };
    if (text(r.code)) problem.code = text(r.code);
    if (typeof r.line === 'number') problem.line = r.line;
    if (text(r.element)) problem.step = text(r.element);
    if (text(r.fix)) problem.fix = text(r.fix);
    return problem;
  }).sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
}

/** A problem as a sentence: "Line 4: PW5002 no step definition matches '...'. Fix: ...". */
export function describeProblem(p: SpecProblem): string {
  return `${p.line ? `Line ${p.line}: ` : ''}${p.code ? `${p.code} ` : ''}${p.message}${p.fix ? `. Fix: ${p.fix}` : ''}`;
}

/** One scenario's result in a draft run, as the runner reports it. */
export interface ScenarioResult { feature: string; scenario: string; example?: Record<string, string> | null; passed: boolean; failedStep?: string | null; message?: string | null }

/** The scenario's name with its example row, as the Policy page and the gate name it. */
export function scenarioTitle(r: ScenarioResult): string {
  const row = r.example ? Object.entries(r.example).map(([k, v]) => `${k}: ${v}`).join(', ') : '';
  return row ? `${r.scenario} [${row}]` : r.scenario;
}

/** The run in one sentence: how many scenarios passed and failed. */
export function summariseRun(results: ScenarioResult[]): string {
  const failed = results.filter(r => !r.passed).length;
  if (results.length === 0) return 'The draft has no scenarios to run.';
  return failed === 0
    ? `All ${results.length} ${results.length === 1 ? 'scenario passes' : 'scenarios pass'} against the published definitions.`
    : `${failed} of ${results.length} ${results.length === 1 ? 'scenario fails' : 'scenarios fail'} against the published definitions.`;
}
