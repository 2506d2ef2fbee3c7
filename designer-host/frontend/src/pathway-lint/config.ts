// A bpmnlint config packed by hand: the rules are compiled into the bundle and resolved
// from this map, so the designer needs no bpmnlint-loader or .bpmnlintrc at run time.
import callActivityPathway from './rules/call-activity-pathway';
import callActivitySettings from './rules/call-activity-settings';
import eventGatewayTargets from './rules/event-gateway-targets';
import exclusiveGatewayDefault from './rules/exclusive-gateway-default';
import executableSubset from './rules/executable-subset';
import gatewayOutgoing from './rules/gateway-outgoing';
import linkTarget from './rules/link-target';
import messageCorrelation from './rules/message-correlation';
import messageStartUnique from './rules/message-start-unique';
import multiInstanceCollection from './rules/multi-instance-collection';
import reachable from './rules/reachable';
import requiredAttributes from './rules/required-attributes';
import timerDuration from './rules/timer-duration';
import type { RuleFactory } from './rules/types';
import userTaskRole from './rules/user-task-role';

const PLUGIN = 'bpmnlint-plugin-pathway';

export const pathwayRules: Record<string, RuleFactory> = {
  'executable-subset': executableSubset,
  'user-task-role': userTaskRole,
  'required-attributes': requiredAttributes,
  'timer-duration': timerDuration,
  'gateway-outgoing': gatewayOutgoing,
  'reachable': reachable,
  'exclusive-gateway-default': exclusiveGatewayDefault,
  'multi-instance-collection': multiInstanceCollection,
  'event-gateway-targets': eventGatewayTargets,
  'link-target': linkTarget,
  'call-activity-pathway': callActivityPathway,
  'call-activity-settings': callActivitySettings,
  'message-correlation': messageCorrelation,
  'message-start-unique': messageStartUnique
};

// The server refuses a pathway for every rule here except a missing default flow, which is advice:
// the two must agree on what stops a pathway being published.
const ADVICE = new Set(['exclusive-gateway-default']);

export const lintConfig = {
  rules: Object.fromEntries(Object.keys(pathwayRules).map(name => [`pathway/${name}`, ADVICE.has(name) ? 'warn' : 'error']))
};

export const lintResolver = {
  resolveRule(pkg: string, ruleName: string): RuleFactory {
    const rule = pkg === PLUGIN ? pathwayRules[ruleName] : undefined;
    if (!rule) throw new Error(`unknown lint rule ${pkg}/${ruleName}`);
    return rule;
  },
  resolveConfig(pkg: string, configName: string): never {
    throw new Error(`unknown lint config ${pkg}/${configName}`);
  }
};

/** The shape bpmn-js-bpmnlint expects as `linting.bpmnlint`. */
export const pathwayLintBundle = { config: lintConfig, resolver: lintResolver };
