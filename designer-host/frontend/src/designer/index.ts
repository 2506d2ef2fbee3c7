// Entry "designer": mounts the pathway designer on <div id="designer">.
// One stylesheet per entry (designer.css @imports the library CSS), so pages link /dist/designer.css only.
import './designer.css';

import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import lintModule, { pathwayLintBundle } from '../pathway-lint';
import { pathwayModdleExtensions } from '../pathway-moddle';
import pathwayPropertiesModule, { type PathwayCatalog } from '../pathway-properties';
import problemsModule from '../pathway-problems';
import subsetModule from '../pathway-subset';
import { Toolbar } from '../pathway-toolbar';
import { setLocality } from '../pathway-toolbar/view';
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
        subsetModule, lintModule, serverErrorsModule, problemsModule
      ],
      moddleExtensions: pathwayModdleExtensions,
      linting: { bpmnlint: pathwayLintBundle, active: true }
    } as any);
    return modeler as any;
  });

  // data-key / data-locality prefill the save target; data-pathway-id opens that version at once.
  const { pathwayId, key, locality } = root.dataset;
  if (key) (root.querySelector('#pw-key') as HTMLInputElement).value = key;
  if (locality) setLocality(toolbar.view, locality);
  await toolbar.loadLocalities().catch(() => undefined); // the list only names them; any code still saves

  const catalog = modeler.get<PathwayCatalog>('pathwayCatalog');
  catalog.forms = JSON.parse(root.dataset.forms || '[]');
  void catalog.load();
  const status = root.querySelector('.pw-status') as HTMLElement;
  await toolbar.loadPathways(pathwayId).catch(error => {
    status.textContent = `Could not list pathways: ${describeError(error)}`;
  });
  // A diagram kept when the session ended comes back first, and is saved now.
  const resumed = await toolbar.resumeUnsaved().catch(error => {
    status.textContent = describeError(error);
    return true;
  });
  if (!resumed) {
    await (pathwayId ? toolbar.open(pathwayId) : toolbar.newDiagram()).catch(error => {
      status.textContent = describeError(error);
    });
  }
  return toolbar;
}

const root = document.getElementById('designer');
if (root) void mountDesigner(root);
