import { start } from './FormKeeper';

start(document, window.sessionStorage, () => Date.now());
