export { Toolbar } from './Toolbar';
export type { DesignerView } from './view';
