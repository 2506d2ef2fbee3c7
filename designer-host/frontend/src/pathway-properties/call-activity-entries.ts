import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { getPathwayAttr } from '../pathway-moddle';
import type { PathwayCatalog } from './catalog';
import { calledPathwayOptions, mappingError, mappingsInWords, publishedVersions, versionError, versionInWords } from './words';

interface EntryProps { element: any; id: string }

const attr = (element: any, name: string) => getPathwayAttr(element.businessObject, name) ?? '';
const calledKey = (element: any) => attr(element, 'calledPathway') || element.businessObject.calledElement || '';

function useSetter(element: any, name: string) {
  const modeling = useService('modeling');
  return (value: string) => modeling.updateProperties(element, { [`pathway:${name}`]: value?.trim() || undefined });
}

/** The pathway to run, picked from the pathways the host knows (not this one). */
function CalledPathway({ element, id }: EntryProps) {
  const catalog: PathwayCatalog = useService('pathwayCatalog');
  const canvas = useService('canvas');
  return h(SelectEntry, {
    element, id, label: 'Pathway it runs', description: 'Each case that gets here starts a child case on this pathway and waits for it to end',
    getValue: () => calledKey(element),
    setValue: useSetter(element, 'calledPathway'),
    getOptions: () => calledPathwayOptions(catalog.pathways, calledKey(element), canvas.getRootElement()?.businessObject?.id)
  });
}

/** Latest published, or pinned to one version: the pinned version is picked from those published. */
function VersionPolicy({ element, id }: EntryProps) {
  const catalog: PathwayCatalog = useService('pathwayCatalog');
  const setVersion = useSetter(element, 'version');
  return h(SelectEntry, {
    element, id, label: 'Which version',
    description: versionInWords(calledKey(element) || undefined, attr(element, 'version') || undefined),
    getValue: () => attr(element, 'version'),
    setValue: setVersion,
    getOptions: () => {
      const current = attr(element, 'version');
      const versions = publishedVersions(catalog.pathways, calledKey(element)).map(String);
      if (current && !versions.includes(current)) versions.push(current);
      return [{ value: '', label: 'The latest published version' }, ...versions.map(v => ({ value: v, label: `Always version ${v}` }))];
    }
  });
}

function VersionText({ element, id }: EntryProps) {
  return h(TextFieldEntry, {
    element, id, label: 'Pinned version (other)', description: 'A version number not yet in the list; empty runs the latest',
    validate: versionError,
    getValue: () => attr(element, 'version'),
    setValue: useSetter(element, 'version'),
    debounce: useService('debounceInput')
  });
}

function mappingEntry(name: 'inputs' | 'outputs', label: string) {
  function Component({ element, id }: EntryProps) {
    return h(TextFieldEntry, {
      element, id, label,
      description: mappingsInWords(attr(element, name), name === 'inputs' ? 'in' : 'out'),
      validate: mappingError,
      getValue: () => attr(element, name),
      setValue: useSetter(element, name),
      debounce: useService('debounceInput')
    });
  }
  return (element: any) => ({ id: `pathway-${name}`, element, component: Component, isEdited: isTextFieldEntryEdited });
}

export const calledPathwayEntry = (element: any) => ({ id: 'pathway-calledPathway', element, component: CalledPathway, isEdited: isSelectEntryEdited });

export const versionEntries = (element: any) => [
  { id: 'pathway-version', element, component: VersionPolicy, isEdited: isSelectEntryEdited },
  { id: 'pathway-version-other', element, component: VersionText, isEdited: isTextFieldEntryEdited }
];

export const inputsEntry = mappingEntry('inputs', 'Copied into the child case (child=this case\'s)');
export const outputsEntry = mappingEntry('outputs', 'Copied back when it ends (this case\'s=child\'s)');
