import { PathwayCatalog } from './catalog';
import { PathwayPropertiesProvider } from './PathwayPropertiesProvider';

export { PathwayCatalog };

/** The "Pathway" properties group and the role/rule-set catalog it picks from. */
export default {
  __init__: ['pathwayPropertiesProvider'],
  pathwayPropertiesProvider: ['type', PathwayPropertiesProvider],
  pathwayCatalog: ['type', PathwayCatalog]
};
