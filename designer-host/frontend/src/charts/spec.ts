import type { ChartConfiguration } from 'chart.js';

/**
 * What a page puts in data-chart (or a JSON script beside the canvas). `label` is the accessible
 * name; the page shows the same numbers in a table.
 */
export interface ChartSpec {
  type: 'line' | 'bar' | 'doughnut' | 'stacked-bar';
  label: string;
  labels: string[];
  series: Array<{ label: string; data: number[] }>;
  /** For trend lines: draws a dashed reference line (e.g. 70 for the 70% ambition). */
  ambition?: number;
  ambitionLabel?: string;
  /** Appended to axis ticks and tooltips, e.g. "%". */
  unit?: string;
  yMax?: number;
}

export const NHS_COLOURS = ['#005eb8', '#007f3b', '#ffb81c', '#d5281b', '#330072', '#768692', '#41b6e6', '#ae2573'];

export function parseSpec(text: string | null | undefined): ChartSpec {
  if (!text) throw new Error('chart has no spec');
  const spec = JSON.parse(text) as ChartSpec;
  if (!spec || !['line', 'bar', 'doughnut', 'stacked-bar'].includes(spec.type)) throw new Error(`unknown chart type ${String(spec?.type)}`);
  if (!Array.isArray(spec.labels) || !Array.isArray(spec.series)) throw new Error('chart spec needs labels and series');
  if (!spec.label) throw new Error('chart spec needs a label for screen readers');
  return spec;
}

export function toChartConfig(spec: ChartSpec): ChartConfiguration {
  const unit = spec.unit ?? '';
  const tick = (value: string | number) => `${value}${unit}`;
  if (spec.type === 'doughnut') {
    return {
      type: 'doughnut',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(s => ({ label: s.label, data: s.data, backgroundColor: spec.labels.map((_, i) => NHS_COLOURS[i % NHS_COLOURS.length]) }))
      },
      options: { responsive: true, plugins: { legend: { position: 'bottom' } } }
    };
  }
  const stacked = spec.type === 'stacked-bar';
  const datasets: any[] = spec.series.map((s, i) => ({
    label: s.label,
    data: s.data,
    borderColor: NHS_COLOURS[i % NHS_COLOURS.length],
    backgroundColor: NHS_COLOURS[i % NHS_COLOURS.length],
    tension: 0.2
  }));
  if (spec.type === 'line' && spec.ambition !== undefined) {
    datasets.push({
      label: spec.ambitionLabel ?? `Ambition (${spec.ambition}${unit})`,
      data: spec.labels.map(() => spec.ambition),
      borderColor: '#425563',
      backgroundColor: '#425563',
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: 0
    });
  }
  return {
    type: spec.type === 'line' ? 'line' : 'bar',
    data: { labels: spec.labels, datasets },
    options: {
      responsive: true,
      scales: {
        x: { stacked },
        y: { stacked, beginAtZero: true, max: spec.yMax, ticks: { callback: tick } }
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: ctx => `${ctx.dataset.label}: ${ctx.formattedValue}${unit}` } }
      }
    }
  };
}
