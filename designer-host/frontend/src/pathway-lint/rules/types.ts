// The slice of bpmnlint's rule contract these rules use.
export interface ModdleNode {
  id?: string;
  $type: string;
  $instanceOf(type: string): boolean;
  get(name: string): any;
  $attrs?: Record<string, string>;
  [key: string]: any;
}

export interface Reporter {
  report(id: string, message: string, path?: Array<string | number>): void;
}

export interface Rule {
  check(node: ModdleNode, reporter: Reporter): void;
}

export type RuleFactory = (config?: unknown) => Rule;

export function eventDefinitionType(node: ModdleNode): string | undefined {
  const definitions: ModdleNode[] = node.eventDefinitions ?? [];
  return definitions[0]?.$type;
}
