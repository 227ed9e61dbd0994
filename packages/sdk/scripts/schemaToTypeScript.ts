/**
 * JSON Schema (the subset TypeBox emits) -> TypeScript type text. Named schemas are referenced by name wherever a
 * structurally identical schema appears, so the generated file reads like hand-written types.
 */
type Schema = Record<string, any>;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const stableKey = (s: unknown): string =>
  JSON.stringify(s, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));

export function schemaToTypeScript(named: Array<[name: string, schema: Schema, doc?: string]>): string {
  const byShape = new Map<string, string>();
  for (const [name, schema] of named) byShape.set(stableKey(schema), name);

  const doc = (s: Schema, indent: string): string => (typeof s.description === 'string' ? `${indent}/** ${s.description.replaceAll('*/', '* /')} */\n` : '');

  const render = (s: Schema, indent: string, top = false): string => {
    if (!top) {
      const ref = byShape.get(stableKey(s));
      if (ref) return ref;
    }
    if (typeof s.$ref === 'string') return s.$ref.replace(/^#\/components\/schemas\//, '');
    if ('const' in s) return JSON.stringify(s.const);
    if (Array.isArray(s.anyOf)) return s.anyOf.map((x: Schema) => render(x, indent)).join(' | ');
    if (Array.isArray(s.oneOf)) return s.oneOf.map((x: Schema) => render(x, indent)).join(' | ');
    if (Array.isArray(s.enum)) return s.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
    switch (s.type) {
      case 'string':
        return 'string';
      case 'number':
      case 'integer':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array': {
        const item = render(s.items ?? {}, indent);
        if (s.minItems !== undefined && s.minItems === s.maxItems && s.minItems <= 8) return `[${Array(s.minItems).fill(item).join(', ')}]`;
        return /[|&]/.test(item) ? `Array<${item}>` : `${item}[]`;
      }
      case 'object': {
        if (s.patternProperties) {
          const [value] = Object.values(s.patternProperties) as Schema[];
          return `Record<string, ${render(value ?? {}, indent)}>`;
        }
        const props = Object.entries((s.properties ?? {}) as Record<string, Schema>);
        if (props.length === 0) return 'Record<string, unknown>';
        const required = new Set<string>(s.required ?? []);
        const inner = indent + '  ';
        const lines = props.map(([k, v]) => `${doc(v, inner)}${inner}${IDENT.test(k) ? k : JSON.stringify(k)}${required.has(k) ? '' : '?'}: ${render(v, inner)};`);
        return `{\n${lines.join('\n')}\n${indent}}`;
      }
    }
    return 'unknown';
  };

  return named
    .map(([name, schema, comment]) => {
      const body = render(schema, '', true);
      const c = comment ?? schema.description;
      return `${c ? `/** ${c} */\n` : ''}export type ${name} = ${body};\n`;
    })
    .join('\n');
}
