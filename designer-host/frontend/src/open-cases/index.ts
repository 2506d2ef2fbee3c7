import { describeError, getJson, postJson } from '../shared/api';
import {
  describeCounts, describeDryRun, describeRun, dryRunTable,
  type MigrationDryRun, type MigrationRun, type OpenCaseCounts
} from './OpenCases';

// Wires the designer page's "Open cases" section: counts on load, a dry run against the draft,
// and the move to the published version after the designer confirms.

const section = document.querySelector<HTMLElement>('[data-open-cases]');
if (section) {
  const key = section.dataset.key ?? '';
  const locality = section.dataset.locality ?? 'national';
  const base = `/api/pathways/${encodeURIComponent(key)}`;
  const where = `locality=${encodeURIComponent(locality)}`;
  const counts = section.querySelector<HTMLElement>('[data-open-cases-counts]')!;
  const result = section.querySelector<HTMLElement>('[data-open-cases-result]')!;
  const status = section.querySelector<HTMLElement>('[data-open-cases-status]')!;
  const dryRunButton = section.querySelector<HTMLButtonElement>('[data-open-cases-dry-run]')!;
  const migrateButton = section.querySelector<HTMLButtonElement>('[data-open-cases-migrate]')!;

  const show = (text: string, error = false) => {
    status.textContent = text;
    status.className = error ? 'nhsuk-error-message' : 'nhsuk-body-s';
  };
  const refresh = async () => {
    try {
      counts.textContent = describeCounts(await getJson<OpenCaseCounts>(`${base}/open-cases?${where}`));
    } catch (error) {
      show(describeError(error), true);
    }
  };

  dryRunButton.addEventListener('click', async () => {
    show('Checking each running case against the draft…');
    try {
      const dryRun = await postJson<MigrationDryRun>(`${base}/migrations/dry-run?${where}`);
      show(describeDryRun(dryRun));
      result.replaceChildren(dryRunTable(dryRun));
      migrateButton.hidden = false;
    } catch (error) {
      show(describeError(error), true);
    }
  });

  migrateButton.addEventListener('click', async () => {
    if (!window.confirm('Move every running case that can move to the published version? Each move is journalled; cases that cannot move stay where they are.')) return;
    migrateButton.disabled = true;
    try {
      const run = await postJson<MigrationRun>(`${base}/migrations?${where}`);
      show(describeRun(run));
      await refresh();
    } catch (error) {
      show(describeError(error), true);
    } finally {
      migrateButton.disabled = false;
    }
  });

  void refresh();
}
