// Entry "viewer": a read-only case diagram on [data-case-diagram data-xml-url data-state-url].
import './viewer.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { pathwayModdleExtensions } from '../pathway-moddle';
import { describeError, getJson, getText } from '../shared/api';
import { markersFor, type CaseDiagramState } from './state';

export async function mountCaseDiagram(element: HTMLElement): Promise<void> {
  const { xmlUrl, stateUrl } = element.dataset;
  if (!xmlUrl) return;
  element.classList.add('pw-case-diagram');
  const viewer = new NavigatedViewer({ container: element, moddleExtensions: pathwayModdleExtensions });
  try {
    const [xml, state] = await Promise.all([
      getText(xmlUrl),
      stateUrl ? getJson<CaseDiagramState>(stateUrl) : Promise.resolve({} as Partial<CaseDiagramState>)
    ]);
    await viewer.importXML(xml);
    const canvas = viewer.get<any>('canvas');
    const registry = viewer.get<any>('elementRegistry');
    for (const [id, marker] of markersFor(state)) {
      if (registry.get(id)) canvas.addMarker(id, marker);
    }
    canvas.zoom('fit-viewport');
    // On a phone the whole pathway is too small to read: start at the current step, readable.
    const current = (state.activeNodeIds ?? []).map(id => registry.get(id)).find(Boolean);
    if (current && element.clientWidth < 600 && canvas.zoom() < 0.6) {
      canvas.zoom(0.75);
      canvas.scrollToElement(current);
    }
    element.append(zoomControls(canvas));
    panByTouch(element, canvas);
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'nhsuk-error-message';
    message.textContent = `The case diagram could not be shown: ${describeError(error)}`;
    element.replaceChildren(message);
  }
}

/**
 * Buttons to zoom and fit, for touch screens and keyboards; the diagram also pans by dragging
 * and zooms with Ctrl and the mouse wheel.
 */
function zoomControls(canvas: any): HTMLElement {
  const controls = document.createElement('div');
  controls.className = 'pw-zoom';
  controls.setAttribute('role', 'group');
  controls.setAttribute('aria-label', 'Zoom the diagram');
  const button = (label: string, text: string, act: () => void) => {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'pw-zoom__button', textContent: text, title: label });
    b.setAttribute('aria-label', label);
    b.addEventListener('click', act);
    return b;
  };
  const step = (factor: number) => canvas.zoom(Math.min(4, Math.max(0.2, canvas.zoom() * factor)), 'auto');
  controls.append(
    button('Zoom in', '+', () => step(1.25)),
    button('Zoom out', '\u2212', () => step(0.8)),
    button('Fit the whole diagram', 'Fit', () => canvas.zoom('fit-viewport', 'auto')));
  return controls;
}

/**
 * A finger dragged sideways pans the diagram (the mouse pans it already); an up-and-down drag is
 * left to the browser, so the page still scrolls past the diagram on a phone.
 */
function panByTouch(element: HTMLElement, canvas: any): void {
  let last: number | undefined;
  element.addEventListener('pointerdown', e => { if (e.pointerType === 'touch') last = e.clientX; });
  element.addEventListener('pointermove', e => {
    if (e.pointerType !== 'touch' || last === undefined) return;
    canvas.scroll({ dx: e.clientX - last, dy: 0 });
    last = e.clientX;
  });
  for (const end of ['pointerup', 'pointercancel', 'pointerleave'] as const) element.addEventListener(end, () => { last = undefined; });
}

document.querySelectorAll<HTMLElement>('[data-case-diagram]').forEach(element => void mountCaseDiagram(element));
