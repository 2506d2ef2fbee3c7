// What the pages' own modules (the rules bench, the designer toolbar) need from the impact panel,
// without loading it: the report a publish was shown, and telling the panel a draft was saved.

export const DRAFT_SAVED = 'pathway:draft-saved';

/** The report the panel shows for the draft as saved, which a publish from this page records; none when no current report is shown. */
export function shownImpactReport(): number | undefined {
  const id = document.querySelector<HTMLElement>('[data-impact-panel][data-shown-report]')?.dataset.shownReport;
  return id ? Number(id) : undefined;
}

/** Called after a draft is saved: a report on the old content no longer describes it, so the panel looks again. */
export function draftSaved(): void {
  document.dispatchEvent(new CustomEvent(DRAFT_SAVED));
}
