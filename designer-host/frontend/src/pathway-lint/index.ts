import lintModule from 'bpmn-js-bpmnlint';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';

export { pathwayLintBundle } from './config';

/** bpmn-js module for live linting; configure with `linting: { bpmnlint: pathwayLintBundle, active: true }`. */
export default lintModule;
