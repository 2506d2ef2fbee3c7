// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { labelTableCells } from './responsive-tables';

describe('tables on a phone', () => {
  it('labels each cell with its column heading, skipping a heading only screen readers see', () => {
    document.body.innerHTML = `
      <table class="nhsuk-table"><thead><tr><th>Person</th><th>Time left</th><th><span class="nhsuk-u-visually-hidden">Action</span></th></tr></thead>
      <tbody><tr><td>Ada</td><td>1 h</td><td><button>Claim</button></td></tr></tbody></table>
      <table class="nhsuk-table" data-keep-table><thead><tr><th>Rule</th></tr></thead><tbody><tr><td>x</td></tr></tbody></table>`;

    labelTableCells(document);

    const [first, second] = document.querySelectorAll('table');
    expect([...first.querySelectorAll('td')].map(td => td.dataset.label)).toEqual(['Person', 'Time left', undefined]);
    expect(first.classList.contains('pw-stack-on-phone')).toBe(true);
    expect(second.classList.contains('pw-stack-on-phone')).toBe(false);
  });
});
