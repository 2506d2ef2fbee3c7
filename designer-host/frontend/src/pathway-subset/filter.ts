// Pure decisions about which palette, context-pad and replace-menu entries the designer offers:
// only elements in the executable subset can be created.
import { isExecutable, type ElementKind, type ExecutableSubset, executableSubset } from '../shared/subset';

export interface CreateSpec extends ElementKind {
  id: string;
  className: string;
  title: string;
  group: string;
}

/** Icons and titles for the creatable kinds we know how to draw. */
const CREATABLE: CreateSpec[] = [
  { id: 'create.start-event', type: 'bpmn:StartEvent', className: 'bpmn-icon-start-event-none', title: 'Start event', group: 'event' },
  { id: 'create.message-start-event', type: 'bpmn:StartEvent', eventDefinitionType: 'bpmn:MessageEventDefinition', className: 'bpmn-icon-start-event-message', title: 'Message start event', group: 'event' },
  { id: 'create.timer-catch-event', type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition', className: 'bpmn-icon-intermediate-event-catch-timer', title: 'Wait for a duration', group: 'event' },
  { id: 'create.message-catch-event', type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:MessageEventDefinition', className: 'bpmn-icon-intermediate-event-catch-message', title: 'Wait for a message', group: 'event' },
  { id: 'create.signal-catch-event', type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:SignalEventDefinition', className: 'bpmn-icon-intermediate-event-catch-signal', title: 'Wait for a signal (broadcast to every case)', group: 'event' },
  { id: 'create.escalation-throw-event', type: 'bpmn:IntermediateThrowEvent', eventDefinitionType: 'bpmn:EscalationEventDefinition', className: 'bpmn-icon-intermediate-event-throw-escalation', title: 'Escalate', group: 'event' },
  { id: 'create.link-throw-event', type: 'bpmn:IntermediateThrowEvent', eventDefinitionType: 'bpmn:LinkEventDefinition', className: 'bpmn-icon-intermediate-event-throw-link', title: 'Jump to a link', group: 'event' },
  { id: 'create.link-catch-event', type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:LinkEventDefinition', className: 'bpmn-icon-intermediate-event-catch-link', title: 'Link target', group: 'event' },
  { id: 'create.end-event', type: 'bpmn:EndEvent', className: 'bpmn-icon-end-event-none', title: 'End event', group: 'event' },
  { id: 'create.error-end-event', type: 'bpmn:EndEvent', eventDefinitionType: 'bpmn:ErrorEventDefinition', className: 'bpmn-icon-end-event-error', title: 'Error end event', group: 'event' },
  { id: 'create.terminate-end-event', type: 'bpmn:EndEvent', eventDefinitionType: 'bpmn:TerminateEventDefinition', className: 'bpmn-icon-end-event-terminate', title: 'Terminate end event', group: 'event' },
  { id: 'create.exclusive-gateway', type: 'bpmn:ExclusiveGateway', className: 'bpmn-icon-gateway-xor', title: 'Exclusive gateway (one way)', group: 'gateway' },
  { id: 'create.inclusive-gateway', type: 'bpmn:InclusiveGateway', className: 'bpmn-icon-gateway-or', title: 'Inclusive gateway (one or more ways)', group: 'gateway' },
  { id: 'create.parallel-gateway', type: 'bpmn:ParallelGateway', className: 'bpmn-icon-gateway-parallel', title: 'Parallel gateway (every way)', group: 'gateway' },
  { id: 'create.event-based-gateway', type: 'bpmn:EventBasedGateway', className: 'bpmn-icon-gateway-eventbased', title: 'Event-based gateway (whichever happens first)', group: 'gateway' },
  { id: 'create.user-task', type: 'bpmn:UserTask', className: 'bpmn-icon-user-task', title: 'User task (a clinician acts)', group: 'activity' },
  { id: 'create.service-task', type: 'bpmn:ServiceTask', className: 'bpmn-icon-service-task', title: 'Service task (the system acts)', group: 'activity' },
  { id: 'create.business-rule-task', type: 'bpmn:BusinessRuleTask', className: 'bpmn-icon-business-rule-task', title: 'Business rule task (a rule set decides)', group: 'activity' },
  { id: 'create.manual-task', type: 'bpmn:ManualTask', className: 'bpmn-icon-manual-task', title: 'Manual task (done off-system)', group: 'activity' },
  { id: 'create.send-task', type: 'bpmn:SendTask', className: 'bpmn-icon-send-task', title: 'Send task (a message to another service)', group: 'activity' },
  { id: 'create.receive-task', type: 'bpmn:ReceiveTask', className: 'bpmn-icon-receive-task', title: 'Receive task (wait for a message)', group: 'activity' },
  { id: 'create.call-activity', type: 'bpmn:CallActivity', className: 'bpmn-icon-call-activity', title: 'Call activity (run another pathway)', group: 'activity' }
];

/** The palette's built-in entries we keep: tools, and the expanded sub-process (it creates its own start event). */
const KEPT_PALETTE_ENTRIES = new Set(['hand-tool', 'lasso-tool', 'space-tool', 'global-connect-tool', 'tool-separator']);

export function paletteCreateSpecs(subset: ExecutableSubset = executableSubset): CreateSpec[] {
  return CREATABLE.filter(spec => isExecutable(spec, subset));
}

/** Keeps tool entries, drops every built-in `create.*` except those we replace with our own specs. */
export function filterPaletteEntries<T>(entries: Record<string, T>, subset: ExecutableSubset = executableSubset): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const [id, entry] of Object.entries(entries)) {
    if (KEPT_PALETTE_ENTRIES.has(id)) kept[id] = entry;
    if (id === 'create.subprocess-expanded' && isExecutable({ type: 'bpmn:SubProcess' }, subset)) kept[id] = entry;
  }
  return kept;
}

/** What each built-in context-pad `append.*` entry would create. */
const APPEND_KINDS: Record<string, ElementKind> = {
  'append.end-event': { type: 'bpmn:EndEvent' },
  'append.gateway': { type: 'bpmn:ExclusiveGateway' },
  'append.append-task': { type: 'bpmn:Task' },
  'append.intermediate-event': { type: 'bpmn:IntermediateThrowEvent' },
  'append.receive-task': { type: 'bpmn:ReceiveTask' },
  'append.message-intermediate-event': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:MessageEventDefinition' },
  'append.timer-intermediate-event': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' },
  'append.condition-intermediate-event': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:ConditionalEventDefinition' },
  'append.signal-intermediate-event': { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:SignalEventDefinition' },
  'append.compensation-activity': { type: 'bpmn:Task', eventDefinitionType: 'bpmn:CompensateEventDefinition' }
};

/** The append entries we add, so a modeller can chain steps straight from the context pad. */
export const APPEND_SPECS: CreateSpec[] = [
  { id: 'append.user-task', type: 'bpmn:UserTask', className: 'bpmn-icon-user-task', title: 'Append user task', group: 'model' },
  { id: 'append.business-rule-task', type: 'bpmn:BusinessRuleTask', className: 'bpmn-icon-business-rule-task', title: 'Append business rule task', group: 'model' }
];

/** Drops `append.*` entries that would create something outside the subset; other entries stay. */
export function filterContextPadEntries<T>(entries: Record<string, T>, subset: ExecutableSubset = executableSubset): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const [id, entry] of Object.entries(entries)) {
    if (!id.startsWith('append.') || id === 'append.text-annotation') {
      kept[id] = entry;
      continue;
    }
    const kind = APPEND_KINDS[id];
    if (kind && isExecutable(kind, subset)) kept[id] = entry;
  }
  return kept;
}

export interface ReplaceTarget extends ElementKind { isExpanded?: boolean; triggeredByEvent?: boolean }

/**
 * Keeps replace-menu entries whose target is executable. `targets` maps an entry id (bpmn-js's
 * `actionName`) to what it would become; flow entries (default/conditional) have no target and stay.
 */
export function filterReplaceEntries<T>(
  entries: Record<string, T>,
  targets: Map<string, ReplaceTarget>,
  subset: ExecutableSubset = executableSubset
): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const [id, entry] of Object.entries(entries)) {
    const target = targets.get(id);
    if (!target) {
      if (id.endsWith('-flow')) kept[id] = entry;
      continue;
    }
    if (isExecutable(target, subset)) kept[id] = entry;
  }
  return kept;
}

/** Header entries toggle markers: interrupting or not, and multi-instance (parallel or sequential); standard loops do not run. */
const RUNNABLE_TOGGLES = new Set(['toggle-non-interrupting', 'toggle-parallel-mi', 'toggle-sequential-mi']);

export function filterReplaceHeaderEntries<T>(entries: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(entries).filter(([id]) => RUNNABLE_TOGGLES.has(id)));
}
