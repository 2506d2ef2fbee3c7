// Entry "designer": mounts the pathway designer on <div id="designer">.
// One stylesheet per entry (designer.css @imports the library CSS), so pages link /dist/designer.css only.
import './designer.css';

import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import lintModule, { pathwayLintBundle } from '../pathway-lint';
import { pathwayModdleExtensions } from '../pathway-moddle';
import pathwayPropertiesModule, { type PathwayCatalog } from '../pathway-properties';
import subsetModule from '../pathway-subset';
import { Toolbar } from '../pathway-toolbar';
import serverErrorsModule from '../server-errors';
import { describeError } from '../shared/api';

export async function mountDesigner(root: HTMLElement): Promise<Toolbar> {
  let modeler!: Modeler;
  const toolbar = Toolbar.mount(root, view => {
    modeler = new Modeler({
      container: view.canvas,
      propertiesPanel: { parent: view.properties },
      additionalModules: [
        BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, pathwayPropertiesModule,
        subsetModule, lintModule, serverErrorsModule
      ],
      moddleExtensions: pathwayModdleExtensions,
      linting: { bpmnlint: pathwayLintBundle, active: true }
    } as any);
    return modeler as any;
  });

  // data-key / data-locality prefill the save target; data-pathway-id opens that version at once.
  const { pathwayId, key, locality } = root.dataset;
  if (key) (root.querySelector('#pw-key') as HTMLInputElement).value = key;
  if (locality) (root.querySelector('#pw-locality') as HTMLInputElement).value = locality;

  void modeler.get<PathwayCatalog>('pathwayCatalog').load();
  await toolbar.loadPathways(pathwayId).catch(error => {
    (root.querySelector('.pw-status') as HTMLElement).textContent = `Could not list pathways: ${describeError(error)}`;
  });
  await (pathwayId ? toolbar.open(pathwayId) : toolbar.newDiagram()).catch(error => {
    (root.querySelector('.pw-status') as HTMLElement).textContent = describeError(error);
  });
  return toolbar;
}

const root = document.getElementById('designer');
if (root) void mountDesigner(root);
