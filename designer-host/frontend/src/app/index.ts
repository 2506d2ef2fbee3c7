// Entry "app": NHS.UK frontend styles and components for every server-rendered page.
import './app.scss';
import { initAll } from 'nhsuk-frontend';

initAll();
