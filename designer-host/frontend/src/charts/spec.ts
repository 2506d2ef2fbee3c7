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

/**
 * Okabe and Ito's palette, which people with each common colour-vision deficiency can tell apart,
 * led by NHS blue. Green is not in it: a bad thing (overdue) must never look like a good one.
 */
export const SAFE_COLOURS = ['#005eb8', '#e69f00', '#56b4e9', '#cc79a7', '#000000', '#0072b2', '#f0e442', '#999999'];
const BAD = '#d55e00';
const BAD_WORDS = /overdue|breach|late|missed|not met|declined|admitted|escalat/i;

/** The colour of a series: a bad outcome always vermilion, others from the safe palette in turn. */
export function seriesColour(label: string, index: number): string {
  return BAD_WORDS.test(label) ? BAD : SAFE_COLOURS[index % SAFE_COLOURS.length];
}

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
        datasets: spec.series.map(s => ({ label: s.label, data: s.data, backgroundColor: spec.labels.map((label, i) => seriesColour(label, i)) }))
      },
      options: { responsive: true, plugins: { legend: { position: 'bottom' } } }
    };
  }
  const stacked = spec.type === 'stacked-bar';
  const datasets: any[] = spec.series.map((s, i) => ({
    label: s.label,
    data: s.data,
    borderColor: seriesColour(s.label, i),
    backgroundColor: seriesColour(s.label, i),
    // Shapes as well as colours tell the lines apart.
    pointStyle: ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'][i % 6],
    pointRadius: 4,
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
    // A line needs two points: with one month the ambition would vanish, so draw it across the plot.
    plugins: spec.type === 'line' && spec.ambition !== undefined ? [ambitionRule(spec.ambition)] : [],
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

/** Draws the ambition as a dashed rule across the whole plot, however many periods there are. */
export function ambitionRule(ambition: number) {
  return {
    id: 'ambitionRule',
    afterDatasetsDraw(chart: any) {
      const { ctx, chartArea, scales } = chart;
      const y = scales?.y?.getPixelForValue(ambition);
      if (!chartArea || typeof y !== 'number') return;
      ctx.save();
      ctx.strokeStyle = '#425563';
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.restore();
    }
  };
}
