import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';

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
  readFileSync(join(__dirname, '../../../../libs/api-client/openapi.json'), 'utf8'),
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

/** Throws (failing the test) when the response is not what the spec promises. */
export function assertMatchesSpec(res: Response): void {
  const request = (res as unknown as { req: { method: string; path: string } }).req;
  const path = request.path.split('?')[0];
  const operation = operations.find((o) => o.method === request.method && o.pattern.test(path));
  if (!operation) throw new Error(`OpenAPI: ${request.method} ${path} is not in the spec`);
  const where = `OpenAPI ${operation.id} (${request.method} ${path}) answered ${res.status}`;
  const documented = operation.responses[String(res.status)] ?? operation.responses.default;
  if (!documented) throw new Error(`${where}: the status is not documented`);
  const mediaType = String(res.headers['content-type'] ?? '').split(';')[0];
  if (!documented.content) {
    if (mediaType && res.status !== 204 && res.text)
      throw new Error(`${where}: the spec declares no body, got ${mediaType}`);
    return;
  }
  const media = documented.content[mediaType];
  if (!media)
    throw new Error(
      `${where}: content type ${mediaType || '(none)'} is not one of ${Object.keys(documented.content).join(', ')}`,
    );
  const schema = media.schema;
  if (!schema || (schema.type === 'string' && schema.format === 'binary')) return;
  const validate = validatorOf(schema);
  if (!validate(res.body)) {
    const problems = (validate.errors ?? [])
      .slice(0, 5)
      .map(
        (e) =>
          `body${e.instancePath || ''} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
      );
    throw new Error(`${where}: the body does not match the spec:\n  ${problems.join('\n  ')}`);
  }
}
