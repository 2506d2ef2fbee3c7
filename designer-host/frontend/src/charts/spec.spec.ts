import { describe, expect, it } from 'vitest';
import { parseSpec, toChartConfig } from './spec';

describe('chart specs', () => {
  it('adds a dashed ambition line to a trend', () => {
    const config = toChartConfig({ type: 'line', label: 'Admissions avoided', labels: ['Jan', 'Feb'], series: [{ label: 'Avoided', data: [64, 72] }], ambition: 70, unit: '%' });
    const datasets = config.data.datasets as any[];
    expect(datasets).toHaveLength(2);
    expect(datasets[1]).toMatchObject({ label: 'Ambition (70%)', data: [70, 70], borderDash: [6, 4] });
  });

  it('stacks both axes for a stacked bar', () => {
    const config = toChartConfig({ type: 'stacked-bar', label: 'Outcomes', labels: ['W1'], series: [{ label: 'Home', data: [3] }, { label: 'Admitted', data: [1] }] });
    expect(config.type).toBe('bar');
    expect((config.options as any).scales.y.stacked).toBe(true);
  });

  it('rejects a spec without an accessible label', () => {
    expect(() => parseSpec('{"type":"bar","labels":[],"series":[]}')).toThrow('label');
  });
});
