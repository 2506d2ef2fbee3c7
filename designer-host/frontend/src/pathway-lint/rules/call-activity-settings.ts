import { getPathwayAttr } from '../../pathway-moddle';
import { mappingError, versionError } from '../../pathway-properties/words';
import type { RuleFactory } from './types';

/** Mirrors the server reader (PW1007): a pinned version is a version number, and mappings are name=name pairs. */
const callActivitySettings: RuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:CallActivity')) return;
    if (versionError(getPathwayAttr(node, 'version'))) {
      reporter.report(node.id!, 'Call activity pins a version that is not a version number', ['pathway:version']);
    }
    for (const name of ['inputs', 'outputs']) {
      if (mappingError(getPathwayAttr(node, name))) {
        reporter.report(node.id!, `Call activity ${name} are not name=name pairs`, [`pathway:${name}`]);
      }
    }
  }
});

export default callActivitySettings;
