// Entry "app": NHS.UK frontend styles and components for every server-rendered page.
import './app.scss';
import { initAll } from 'nhsuk-frontend';
import { startCountdowns } from './countdown';
import { labelTableCells } from './responsive-tables';
import { watchPolicyChecks } from './policy-checks';
// Puts back a form whose session ended before it arrived.
import '../form-keeper';

// NHS.UK frontend only initialises where the page marks support; a browser running this ES
// module qualifies, so mark it here rather than relying on each layout's inline snippet.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
startCountdowns();
labelTableCells(document);
watchPolicyChecks();
