// Entry "charts": draws every canvas[data-chart]. The spec is the attribute's JSON, or, when the
// attribute is empty, the next <script type="application/json"> sibling.
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend,
  LineController, LineElement, LinearScale, PointElement, Tooltip
} from 'chart.js';
import { parseSpec, toChartConfig } from './spec';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend,
  LineController, LineElement, LinearScale, PointElement, Tooltip);
Chart.defaults.font.family = '"Frutiger W01", arial, sans-serif';
Chart.defaults.color = '#212b32';

function specText(canvas: HTMLCanvasElement): string | null {
  const inline = canvas.getAttribute('data-chart');
  if (inline && inline.trim() !== '') return inline;
  let sibling = canvas.nextElementSibling;
  while (sibling && !(sibling instanceof HTMLScriptElement && sibling.type === 'application/json')) sibling = sibling.nextElementSibling;
  return sibling?.textContent ?? null;
}

export function mountChart(canvas: HTMLCanvasElement): Chart | undefined {
  try {
    const spec = parseSpec(specText(canvas));
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', spec.label);
    return new Chart(canvas, toChartConfig(spec));
  } catch (error) {
    console.error('chart not drawn', canvas, error);
    return undefined;
  }
}

document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach(mountChart);
