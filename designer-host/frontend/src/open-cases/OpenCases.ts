// The cases still running on a pathway, beside the designer: how many on which version (they stay
// there unless moved), a dry run of moving them to the draft where they stand, and the move itself
// to the published version. The server decides everything; this only shows its answers.

export interface OpenCasesOnVersion { version: number; locality: string; status: string; cases: number }
export interface OpenCaseCounts { key: string; locality: string; cases: number; versions: OpenCasesOnVersion[] }
export interface MigrationTarget { version: number; locality: string; status: string }
export interface CaseMigrationCheck {
  caseId: string; locality: string; version: number; waitingAt: string[]; alreadyThere: boolean; canMove: boolean; reasons: string[];
}
export interface MigrationDryRun {
  key: string; target: MigrationTarget; cases: CaseMigrationCheck[]; canMove: number; cannotMove: number; alreadyThere: number;
  reasons: Array<{ reason: string; cases: number }>;
}
export interface MigrationRun {
  target: MigrationTarget; moved: Array<{ caseId: string; fromVersion: number; toVersion: number }>; alreadyThere: number;
  refused: Array<{ caseId: string; code: string; reason: string }>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const versionName = (v: { version: number; locality: string; status: string }) =>
  `version ${v.version} (${v.locality}, ${v.status.toLowerCase()})`;

/** "3 cases are still running: 2 on version 1 (national, superseded), 1 on version 2 (national, published)." */
export function describeCounts(counts: OpenCaseCounts): string {
  if (counts.cases === 0) return 'No cases of this pathway are running here.';
  const parts = counts.versions.map(v => `${v.cases} on ${versionName(v)}`);
  return `${plural(counts.cases, 'case is', 'cases are')} still running: ${parts.join(', ')}. Each stays on its version unless moved.`;
}

export function describeDryRun(dryRun: MigrationDryRun): string {
  return `Moving to ${versionName(dryRun.target)}: ${plural(dryRun.canMove, 'case can', 'cases can')} move where ${dryRun.canMove === 1 ? 'it stands' : 'they stand'}, `
    + `${dryRun.cannotMove} cannot, ${dryRun.alreadyThere} already ${dryRun.alreadyThere === 1 ? 'runs' : 'run'} on it.`;
}

/** What the designer can do next: move the cases to a published version, or publish the draft first. */
export function nextStep(dryRun: MigrationDryRun): { canMigrate: boolean; label: string } {
  if (dryRun.target.status === 'Draft')
    return { canMigrate: false, label: 'Cases move only to a published version: publish the draft, then run the dry run again to move them.' };
  return dryRun.canMove > 0
    ? { canMigrate: true, label: `Move ${plural(dryRun.canMove, 'case', 'cases')} to version ${dryRun.target.version}` }
    : { canMigrate: false, label: 'No case can move.' };
}

export function describeRun(run: MigrationRun): string {
  return `Moved ${plural(run.moved.length, 'case', 'cases')} to ${versionName(run.target)}; ${run.alreadyThere} already there; ${run.refused.length} could not move.`;
}

/** One row per case: its id, the version it runs on, where it waits, and whether it can move (or why not). */
export function dryRunTable(dryRun: MigrationDryRun, doc: Document = document): HTMLTableElement {
  const table = doc.createElement('table');
  table.className = 'nhsuk-table';
  table.dataset.openCasesTable = '';
  const caption = doc.createElement('caption');
  caption.className = 'nhsuk-table__caption nhsuk-u-visually-hidden';
  caption.textContent = 'Running cases and whether each can move';
  const head = doc.createElement('thead');
  head.className = 'nhsuk-table__head';
  head.append(row(doc, 'th', ['Case', 'Version', 'Waiting at', 'Can move', 'Why not']));
  const body = doc.createElement('tbody');
  body.className = 'nhsuk-table__body';
  for (const c of dryRun.cases) {
    const verdict = c.alreadyThere ? 'Already there' : c.canMove ? 'Yes' : 'No';
    body.append(row(doc, 'td', [c.caseId, String(c.version), c.waitingAt.join(', '), verdict, c.reasons.join('; ')]));
  }
  table.append(caption, head, body);
  return table;
}

function row(doc: Document, cell: 'th' | 'td', texts: string[]): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  tr.className = 'nhsuk-table__row';
  for (const text of texts) {
    const element = doc.createElement(cell);
    element.className = cell === 'th' ? 'nhsuk-table__header' : 'nhsuk-table__cell';
    if (cell === 'th') element.setAttribute('scope', 'col');
    element.textContent = text;
    tr.append(element);
  }
  return tr;
}
