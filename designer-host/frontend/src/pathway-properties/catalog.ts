import { api, describeError, type PathwaySummary, type Role, type RuleSetSummary } from '../shared/api';

/**
 * Roles, published rule sets and pathways for the pickers, fetched once per designer. When they arrive
 * the properties panel is asked to re-render so open pickers fill in.
 */
export class PathwayCatalog {
  static $inject = ['eventBus'];
  roles: Role[] = [];
  /** The task forms the host knows (key and title), given by the page. */
  forms: Array<{ key: string; title: string }> = [];
  ruleSets: RuleSetSummary[] = [];
  /** Every pathway version the host holds, for the call activity's pathway and version pickers. */
  pathways: PathwaySummary[] = [];
  loadError: string | undefined;

  constructor(private eventBus: any) {}

  async load(): Promise<void> {
    const [roles, ruleSets, pathways] = await Promise.allSettled([api.roles(), api.ruleSets(), api.pathways()]);
    if (roles.status === 'fulfilled') this.roles = roles.value;
    if (ruleSets.status === 'fulfilled') this.ruleSets = ruleSets.value.filter(r => r.status.toLowerCase() === 'published');
    if (pathways.status === 'fulfilled') this.pathways = pathways.value;
    const failed = [roles, ruleSets, pathways].find(r => r.status === 'rejected') as PromiseRejectedResult | undefined;
    this.loadError = failed ? describeError(failed.reason) : undefined;
    this.eventBus.fire('propertiesPanel.providersChanged');
  }

  /** Distinct published rule-set names, each labelled with where and which version. */
  ruleSetOptions(): Array<{ value: string; label: string }> {
    const byName = new Map<string, RuleSetSummary>();
    for (const ruleSet of this.ruleSets) if (!byName.has(ruleSet.key)) byName.set(ruleSet.key, ruleSet);
    return [...byName.values()].map(r => ({ value: r.key, label: `${r.key} (${r.locality}, v${r.version})` }));
  }
}
