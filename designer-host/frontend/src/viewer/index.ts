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
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'nhsuk-error-message';
    message.textContent = `The case diagram could not be shown: ${describeError(error)}`;
    element.replaceChildren(message);
  }
}

document.querySelectorAll<HTMLElement>('[data-case-diagram]').forEach(element => void mountCaseDiagram(element));
