// On a phone a wide table becomes one card per row, each value under its column's heading, so
// nothing scrolls sideways. The headings are copied onto the cells here (data-label) so every
// table gets this without its page repeating each heading in its markup; app.scss does the layout.

export function labelTableCells(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table.nhsuk-table:not([data-keep-table])')) {
    const headings = [...table.querySelectorAll<HTMLTableCellElement>('thead th')].map(th => th.textContent?.trim() ?? '');
    if (headings.length === 0) continue;
    table.classList.add('pw-stack-on-phone');
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
      let column = 0;
      for (const cell of row.cells) {
        // A heading only a screen reader sees (the action column) labels nothing on screen either.
        const heading = headings[column] ?? '';
        const visible = table.querySelectorAll('thead th')[column]?.querySelector('.nhsuk-u-visually-hidden') ? '' : heading;
        if (visible && !cell.dataset.label) cell.dataset.label = visible;
        column += cell.colSpan || 1;
      }
    }
  }
}
