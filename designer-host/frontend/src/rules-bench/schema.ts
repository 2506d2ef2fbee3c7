// A JSON Schema checker for the subset RulesEngine's workflow schema uses ($ref, type, enum,
// required, properties, items, anyOf): enough to say "rule 3 has no Expression" while typing,
// without shipping a full validator. The server still runs the real checks on save.

export interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
  title?: string;
}

export interface SchemaProblem { path: string; message: string }

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

export function validateSchema(value: unknown, schema: SchemaNode, root: SchemaNode = schema, path = ''): SchemaProblem[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/definitions/', '');
    const target = root.definitions?.[name];
    return target ? validateSchema(value, target, root, path) : [{ path, message: `unknown schema reference ${schema.$ref}` }];
  }
  const where = path || 'the workflow';
  if (schema.anyOf) {
    const attempts = schema.anyOf.map(option => validateSchema(value, option, root, path));
    if (attempts.some(problems => problems.length === 0)) return [];
    // The closest option (fewest problems) explains the error best: a leaf rule missing its Expression.
    return attempts.reduce((best, next) => (next.length < best.length ? next : best));
  }
  const actual = typeOf(value);
  if (schema.type && !typeMatches(schema.type, actual)) return [{ path, message: `${where} should be ${schema.type}, not ${actual}` }];
  if (schema.enum && !schema.enum.includes(value)) {
    return [{ path, message: `${where} should be one of ${schema.enum.map(e => JSON.stringify(e)).join(', ')}` }];
  }
  const problems: SchemaProblem[] = [];
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!(name in record)) problems.push({ path, message: `${where} is missing ${name}` });
    }
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      if (name in record) problems.push(...validateSchema(record[name], child, root, path ? `${path}.${name}` : name));
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) => problems.push(...validateSchema(item, schema.items!, root, `${path}[${i}]`)));
  }
  return problems;
}
