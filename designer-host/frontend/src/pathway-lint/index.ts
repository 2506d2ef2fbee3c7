import lintModule from 'bpmn-js-bpmnlint';

export { pathwayLintBundle } from './config';

/** bpmn-js module for live linting; configure with `linting: { bpmnlint: pathwayLintBundle, active: true }`. */
export default lintModule;
