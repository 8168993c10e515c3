import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { MAX_ARRAY_ITEMS, MAX_STRING_LENGTH } from '../common/validation/safe-input';

/**
 * Completes the generated spec with what every operation shares, so third-party clients (and
 * Spectral's OWASP rules) see the whole contract:
 * - the rate-limit headers on every 2xx/4xx answer, and a 429 with `Retry-After`;
 * - 401/403 on every secured operation, and the API key as a second security scheme;
 * - the `Idempotency-Key` header on every secured POST;
 * - the length bounds of the DTOs' validators (`@Length`, `@MaxLength`, `@MinLength`), which
 *   Swagger's decorators do not carry over;
 * - `maxLength` on every string and `maxItems` on every array that names no tighter bound:
 *   the caps SafeInputPipe enforces on all input (MAX_STRING_LENGTH, MAX_ARRAY_ITEMS).
 */
export function postProcessSpec(document: OpenAPIObject): OpenAPIObject {
  addSharedComponents(document);
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (operation) {
        completeOperation(method, operation);
        documentConditionalRequests(document, method, operation);
      }
    }
  }
  documentValidatedLengths(document);
  boundSchemas(document);
  return document;
}

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  items?: Schema;
};

/** [min, max] of a string length validator; undefined for other validators. */
function lengthBounds(
  rule: ValidationMetadata,
): [number | undefined, number | undefined] | undefined {
  const [first, second] = (rule.constraints ?? []) as (number | undefined)[];
  if (rule.name === 'isLength') return [first, second];
  if (rule.name === 'maxLength') return [undefined, first];
  if (rule.name === 'minLength') return [first, undefined];
  return undefined;
}

/**
 * Writes the bounds the validators enforce into the component schema of each DTO class
 * (named after the class, as Swagger names it), so the spec states the real limits of
 * `@Length(1, 4000)` rather than the global cap.
 */
function documentValidatedLengths(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const storage = getMetadataStorage();
  const targets = (
    storage as unknown as { validationMetadatas: Map<new (...args: never[]) => unknown, unknown> }
  ).validationMetadatas;
  for (const target of targets.keys()) {
    const properties = schemas[target.name]?.properties;
    if (!properties) continue;
    for (const rule of storage.getTargetValidationMetadatas(target, '', true, false)) {
      const bounds = lengthBounds(rule);
      const property = properties[rule.propertyName];
      const schema = rule.each ? property?.items : property;
      if (!bounds || !schema || schema.type !== 'string') continue;
      const [min, max] = bounds;
      if (max !== undefined && schema.maxLength === undefined) schema.maxLength = max;
      if (min !== undefined && min > 0 && schema.minLength === undefined) schema.minLength = min;
    }
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Response {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, unknown>;
}
interface Operation {
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses: Record<string, Response>;
}

const PROBLEM = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } },
};
const RATE_LIMIT_HEADERS = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimit-Limit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimit-Remaining' },
  'RateLimit-Reset': { $ref: '#/components/headers/RateLimit-Reset' },
  'RateLimit-Policy': { $ref: '#/components/headers/RateLimit-Policy' },
  'Access-Control-Allow-Origin': { $ref: '#/components/headers/Access-Control-Allow-Origin' },
};

function addSharedComponents(document: OpenAPIObject): void {
  const components = (document.components ??= {});
  const count = (description: string) => ({
    description,
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 1_000_000 },
  });
  components.headers = {
    ...components.headers,
    'RateLimit-Limit': count('Requests allowed in the current one-minute window'),
    'RateLimit-Remaining': count('Requests left in the current window'),
    'RateLimit-Reset': count('Seconds until the window starts afresh'),
    'RateLimit-Policy': {
      description: 'The policy, e.g. `600;w=60` (600 requests per 60 seconds)',
      schema: { type: 'string', maxLength: 40, pattern: '^\\d+;w=\\d+$' },
    },
    'Retry-After': count('Seconds to wait before trying again'),
    ETag: {
      description:
        'The record\'s version as a strong entity tag, e.g. `"7"`; send it back in If-Match',
      schema: { type: 'string', maxLength: 12, pattern: '^"\\d+"$' },
    },
    'Access-Control-Allow-Origin': {
      description:
        'Sent only to browsers calling from an origin listed in the CORS_ORIGIN setting ' +
        '(none by default: the SPA is served from the API itself)',
      schema: { type: 'string', maxLength: 2000, format: 'uri' },
    },
  };
  components.securitySchemes = {
    ...components.securitySchemes,
    apiKey: {
      type: 'apiKey',
      in: 'header',
      name: 'X-API-Key',
      description:
        'An API client key (`pck_…`), also accepted as `Authorization: Bearer <key>`. ' +
        'Issued under /api/integrations/clients.',
    },
  };
  components.parameters = {
    ...components.parameters,
    'If-Match': {
      name: 'If-Match',
      in: 'header',
      required: false,
      description:
        "The ETag the change is based on; stands for the body's `version`. If the record " +
        'changed meanwhile (or the body names another version) the answer is 412.',
      schema: { type: 'string', maxLength: 14, pattern: '^(W/)?"\\d+"$' },
    },
    'Idempotency-Key': {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Makes the POST safe to repeat: a repeat with the same key and body gets the first ' +
        'answer again; the same key with another body is refused (422); while the first is ' +
        'still running, 409. Keys are kept at least 24 hours per caller.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
    },
  };
}

function completeOperation(method: string, operation: Operation): void {
  const secured = Boolean(operation.security?.length);
  if (secured) {
    operation.security = [{ bearer: [] }, { apiKey: [] }];
    for (const status of ['401', '403']) {
      operation.responses[status] ??= {
        description: status === '401' ? 'Missing or invalid credentials' : 'Not permitted',
        content: PROBLEM,
      };
    }
    if (method === 'post') {
      operation.parameters = [
        ...(operation.parameters ?? []),
        { $ref: '#/components/parameters/Idempotency-Key' },
      ];
    }
  }
  operation.responses['429'] = {
    description: 'Too many requests: wait for `Retry-After` seconds',
    headers: {
      'Retry-After': { $ref: '#/components/headers/Retry-After' },
      'Access-Control-Allow-Origin': RATE_LIMIT_HEADERS['Access-Control-Allow-Origin'],
    },
    content: PROBLEM,
  };
  for (const [status, response] of Object.entries(operation.responses)) {
    if (/^[24]/.test(status)) response.headers = { ...RATE_LIMIT_HEADERS, ...response.headers };
  }
}

/** The schema a `$ref` names, if it is a component. */
function component(document: OpenAPIObject, ref: string | undefined) {
  const name = ref?.startsWith('#/components/schemas/') ? ref.slice(21) : undefined;
  return name ? (document.components?.schemas?.[name] as { properties?: object }) : undefined;
}

const hasVersion = (schema: { properties?: object } | undefined) =>
  Boolean(schema?.properties && 'version' in schema.properties);

/** ETag on answers that are one versioned record; If-Match and 412 on edits that take a version. */
function documentConditionalRequests(
  document: OpenAPIObject,
  method: string,
  operation: Operation,
): void {
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!/^2/.test(status)) continue;
    const schema = (response.content?.['application/json'] as { schema?: { $ref?: string } })
      ?.schema;
    if (hasVersion(component(document, schema?.$ref))) {
      response.headers = { ...response.headers, ETag: { $ref: '#/components/headers/ETag' } };
    }
  }
  const body = operation.requestBody?.content?.['application/json']?.schema;
  if (['patch', 'put', 'post'].includes(method) && hasVersion(component(document, body?.$ref))) {
    operation.parameters = [
      ...(operation.parameters ?? []),
      { $ref: '#/components/parameters/If-Match' },
    ];
    operation.responses['412'] = {
      description: 'If-Match names another version than the record has',
      headers: { ...RATE_LIMIT_HEADERS },
      content: PROBLEM,
    };
  }
}

/** Adds the enforced caps to every string and array schema that states no bound of its own. */
function boundSchemas(document: OpenAPIObject): void {
  const visit = (node: unknown, inExample: boolean): void => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, inExample));
    if (!node || typeof node !== 'object' || inExample) return;
    const schema = node as Record<string, unknown>;
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (
      types.includes('string') &&
      schema.maxLength === undefined &&
      schema.enum === undefined &&
      schema.const === undefined
    ) {
      schema.maxLength = MAX_STRING_LENGTH;
    }
    if (types.includes('array') && schema.maxItems === undefined) {
      schema.maxItems = MAX_ARRAY_ITEMS;
    }
    for (const [key, value] of Object.entries(schema)) {
      visit(value, key === 'example' || key === 'examples');
    }
  };
  visit(document.paths, false);
  visit(document.components, false);
}
