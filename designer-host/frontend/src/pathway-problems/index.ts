import { ProblemsPanel } from './ProblemsPanel';

export { ProblemsPanel };
export * from './problems';

/** The problems list beside the canvas; attach it with `modeler.get('problemsPanel').attachTo(el)`. */
export default {
  __init__: ['problemsPanel'],
  problemsPanel: ['type', ProblemsPanel]
};
