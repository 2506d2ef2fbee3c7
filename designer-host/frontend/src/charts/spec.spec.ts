import { describe, expect, it } from 'vitest';
import { ambitionRule, parseSpec, seriesColour, toChartConfig } from './spec';

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

  it('still draws the ambition across the plot when there is only one month', () => {
    // given a trend with a single period
    const config = toChartConfig({ type: 'line', label: 'Within 2 hours', labels: ['Nov'], series: [{ label: 'Within 2 hours', data: [64] }], ambition: 70, unit: '%' });

    // when the rule is drawn on a chart whose plot runs from x 10 to 300
    const drawn: Array<[string, number, number]> = [];
    const ctx = { save() {}, restore() {}, setLineDash() {}, beginPath() {}, stroke() {},
      moveTo: (x: number, y: number) => drawn.push(['move', x, y]), lineTo: (x: number, y: number) => drawn.push(['line', x, y]) };
    const plugin = (config.plugins as any[]).find(p => p.id === 'ambitionRule');
    plugin.afterDatasetsDraw({ ctx, chartArea: { left: 10, right: 300 }, scales: { y: { getPixelForValue: (v: number) => 200 - v } } });

    // then a rule crosses the whole plot at 70
    expect(drawn).toEqual([['move', 10, 130], ['line', 300, 130]]);
    expect(ambitionRule(70).id).toBe('ambitionRule');
  });

  it('never colours a bad outcome green, and keeps to colour-blind-safe colours', () => {
    const config = toChartConfig({ type: 'stacked-bar', label: 'Status', labels: ['W1'],
      series: [{ label: 'Within 2 hours', data: [5] }, { label: 'Overdue', data: [2] }, { label: 'Not yet due', data: [1] }] });
    const colours = (config.data.datasets as any[]).map(d => d.backgroundColor);
    expect(colours[1]).toBe('#d55e00');
    expect(colours).not.toContain('#007f3b');
    expect(seriesColour('Breached', 0)).toBe('#d55e00');
  });
});
