import { randomUUID } from 'node:crypto';

/**
 * Values for the schema-driven fuzz test: a plausible body built from a schema of the
 * committed spec, and the bad values tried in place of each of its properties.
 */

export type Schema = {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minLength?: number;
  minimum?: number;
};

export class SchemaResolver {
  constructor(private readonly schemas: Record<string, Schema>) {}

  /** The schema with references followed and `allOf` parts merged. */
  resolve(schema: Schema | undefined): Schema {
    if (!schema) return {};
    if (schema.$ref) return this.resolve(this.schemas[schema.$ref.split('/').pop()!]);
    const parts = schema.allOf ?? schema.oneOf ?? schema.anyOf;
    if (!parts) return schema;
    const merged = parts.map((part) => this.resolve(part));
    return {
      ...schema,
      ...merged[0],
      properties: Object.assign({}, ...merged.map((m) => m.properties ?? {})),
      required: merged.flatMap((m) => m.required ?? []),
    };
  }

  /** A value the schema would accept as far as types, formats and enums go. */
  plausible(schema: Schema | undefined, depth = 0): unknown {
    const s = this.resolve(schema);
    if (s.example !== undefined) return s.example;
    if (s.enum?.length) return s.enum[0];
    switch (s.type) {
      case 'integer':
      case 'number':
        return Math.max(1, s.minimum ?? 1);
      case 'boolean':
        return true;
      case 'array':
        return depth > 3 ? [] : [this.plausible(s.items, depth + 1)];
      case 'object':
        return depth > 3 ? {} : this.body(s, depth + 1);
      default:
        return plausibleString(s);
    }
  }

  /** An object with every required property (and the optional ones) given a plausible value. */
  body(schema: Schema, depth = 0): Record<string, unknown> {
    const s = this.resolve(schema);
    return Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([name, p]) => [name, this.plausible(p, depth)]),
    );
  }
}

function plausibleString(s: Schema): string {
  if (s.format === 'uuid') return randomUUID();
  if (s.format === 'date') return new Date().toISOString().slice(0, 10);
  if (s.format === 'date-time') return new Date().toISOString();
  if (s.format === 'email') return 'fuzz@example.ru';
  return 'Тест'.padEnd(Math.max(4, s.minLength ?? 0), 'т');
}

const deep = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);
const HUGE = 'ж'.repeat(100_000);

/** Bad values for a property of this type: wrong types, nulls, edge strings and numbers. */
export function badValues(type: string | undefined): unknown[] {
  const common = [null, deep(64), { unexpected: 1 }];
  switch (type) {
    case 'integer':
    case 'number':
      return [...common, '1', 1e20, -1, 1.5, 1e308, ''];
    case 'boolean':
      return [...common, 'yes', 0];
    case 'array':
      return [...common, 'x', [null], [HUGE], [1e20], ['a\u0000']];
    case 'object':
      return [...common, 'x', []];
    default:
      return [...common, 12345, '', HUGE, 'a\u0000b', 'a\uD800b', '\uDC00', [], 1e20];
  }
}

/** Bad query-string values (everything arrives as text), short of the server's URL limit. */
export const BAD_QUERY = [
  '',
  'ж'.repeat(2_000),
  'a\u0000b',
  '1e20',
  '-1',
  '1.5',
  'NaN',
  '\uD800',
  'x',
];

/** Bodies that are wrong as a whole. */
export const BAD_BODIES: unknown[] = [[], 'x', 1, { unexpectedField: 1 }, deep(1000)];
