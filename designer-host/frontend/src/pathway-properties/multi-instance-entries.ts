import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { loopFields, loopOf, settingsOf } from './loop';
import { LOOP_MODES, type LoopMode, loopMode, multiInstanceInWords } from './words';

interface EntryProps { element: any; id: string }

/** Once, once per item at the same time, or once per item in turn: adds, changes or removes the multi-instance loop. */
function ModeSelect({ element, id }: EntryProps) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  return h(SelectEntry, {
    element, id, label: 'How often it runs',
    description: multiInstanceInWords(settingsOf(element)),
    getValue: () => loopMode(loopOf(element)),
    setValue: (value: LoopMode) => {
      const loop = loopOf(element);
      if (value === 'once') modeling.updateProperties(element, { loopCharacteristics: undefined });
      else if (loopMode(loop) === 'once') {
        modeling.updateProperties(element, {
          loopCharacteristics: bpmnFactory.create('bpmn:MultiInstanceLoopCharacteristics', { isSequential: value === 'sequential' })
        });
      } else modeling.updateModdleProperties(element, loop, { isSequential: value === 'sequential' });
    },
    getOptions: () => LOOP_MODES
  });
}

/** A pathway: attribute of the loop, in words. */
function loopText(name: string, label: string, description: string) {
  function Component({ element, id }: EntryProps) {
    const modeling = useService('modeling');
    return h(TextFieldEntry, {
      element, id, label, description,
      getValue: () => (settingsOf(element) as unknown as Record<string, string | undefined>)[name] ?? '',
      setValue: (value: string) => modeling.updateModdleProperties(element, loopOf(element), { [`pathway:${name}`]: value?.trim() || undefined }),
      debounce: useService('debounceInput')
    });
  }
  return (element: any) => ({ id: `pathway-loop-${name}`, element, component: Component, isEdited: isTextFieldEntryEdited });
}

/** bpmn:completionCondition, a condition over case variables and the counters nrOfInstances, nrOfCompletedInstances, nrOfActiveInstances. */
function CompletionCondition({ element, id }: EntryProps) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  return h(TextFieldEntry, {
    element, id, label: 'Finish early when',
    description: 'Leave empty to wait for every run. For example nrOfCompletedInstances >= 2, or approved == true',
    getValue: () => settingsOf(element).completionCondition ?? '',
    setValue: (value: string) => modeling.updateModdleProperties(element, loopOf(element), {
      completionCondition: value?.trim() ? bpmnFactory.create('bpmn:FormalExpression', { body: value.trim() }) : undefined
    }),
    debounce: useService('debounceInput')
  });
}

const factories: Record<string, (element: any) => any> = {
  mode: (element: any) => ({ id: 'pathway-loop-mode', element, component: ModeSelect, isEdited: isSelectEntryEdited }),
  collection: loopText('collection', 'Run once for each item of', 'The case variable holding the list, such as disciplinesToReview'),
  elementVariable: loopText('elementVariable', 'Each run calls its item', 'The name a run sees its own item by, such as discipline; mdtAction.ownerRole then reads a field of it'),
  completionCondition: (element: any) => ({ id: 'pathway-loop-completion', element, component: CompletionCondition, isEdited: isTextFieldEntryEdited }),
  outputCollection: loopText('outputCollection', 'Gather the results into', 'A case variable that gets one result per item, in list order (optional)'),
  outputElement: loopText('outputElement', 'Each run\'s result', 'The variable each run outputs into that list; empty gathers everything it outputs')
};

/** The group's entries: the mode always, the details once the activity runs for each item. */
export const multiInstanceEntries = (element: any): any[] => loopFields(element).map(field => factories[field](element));
