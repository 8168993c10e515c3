import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Every response the API tests receive is checked against the committed OpenAPI spec
 * (libs/api-client/openapi.json): the operation exists, the status code is documented for
 * it, the content type is one it declares, and the body matches the schema. A mismatch
 * fails the test that received the response, naming the operation and the place in the body.
 */

type Schema = Record<string, unknown>;

interface Operation {
  id: string;
  pattern: RegExp;
  method: string;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const SPEC_ID = 'openapi';
const spec = JSON.parse(
  readFileSync(join(__dirname, '../../libs/api-client/openapi.json'), 'utf8'),
) as {
  paths: Record<string, Record<string, Operation['responses'] | unknown>>;
  components: { schemas: Record<string, Schema> };
};

/**
 * OpenAPI 3.0 dialect → JSON Schema: `nullable: true` admits null (also next to `allOf`, where
 * plain JSON Schema would still demand the referenced object), references point into the
 * spec document, and objects with declared properties admit no undeclared ones.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Schema;
  const converted: Schema = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string')
      converted[key] = value.replace(/^#\//, `${SPEC_ID}#/`);
    else if (key === 'properties' && value && typeof value === 'object')
      converted[key] = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]),
      );
    else converted[key] = toJsonSchema(value);
  }
  if (converted.properties && !converted.allOf && converted.additionalProperties === undefined)
    converted.additionalProperties = false;
  return nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('binary', true);
ajv.addSchema({ $id: SPEC_ID, components: toJsonSchema(spec.components) as object });

const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => {
    const op = operation as { operationId: string; responses: Operation['responses'] };
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return { id: op.operationId, pattern, method: method.toUpperCase(), responses: op.responses };
  }),
);

const validators = new Map<Schema, ValidateFunction>();
function validatorOf(schema: Schema): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(toJsonSchema(schema) as Schema);
    validators.set(schema, validate);
  }
  return validate;
}

export interface Exchange {
  method: string;
  /** The request path, with or without the query string. */
  path: string;
  status: number;
  contentType: string;
  /** The parsed JSON body (undefined when there is none). */
  body: unknown;
  /** Whether the response carried any body at all. */
  hasBody: boolean;
}

/** What the response does differently from the spec, or null when it keeps the promise. */
export function specMismatch(x: Exchange): string | null {
  const path = x.path.split('?')[0];
  const method = x.method.toUpperCase();
  const operation = operations.find((o) => o.method === method && o.pattern.test(path));
  if (!operation) return `OpenAPI: ${method} ${path} is not in the spec`;
  const where = `OpenAPI ${operation.id} (${method} ${path}) answered ${x.status}`;
  const documented = operation.responses[String(x.status)] ?? operation.responses.default;
  if (!documented) return `${where}: the status is not documented`;
  const mediaType = x.contentType.split(';')[0].trim();
  if (!documented.content) {
    return mediaType && x.status !== 204 && x.hasBody
      ? `${where}: the spec declares no body, got ${mediaType}`
      : null;
  }
  const media = documented.content[mediaType];
  if (!media)
    return `${where}: content type ${mediaType || '(none)'} is not one of ${Object.keys(documented.content).join(', ')}`;
  const schema = media.schema;
  if (!schema || (schema.type === 'string' && schema.format === 'binary')) return null;
  const validate = validatorOf(schema);
  if (validate(x.body)) return null;
  const problems = (validate.errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `body${e.instancePath || ''} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
  return `${where}: the body does not match the spec:\n  ${problems.join('\n  ')}`;
}

/** True when the spec declares a JSON body for this answer (so the caller should parse it). */
export function isJson(contentType: string): boolean {
  return /^application\/(problem\+)?json/.test(contentType);
}
