import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { api, asAdmin, createGraduate, createInstitution, createUser, rawApi } from './support/api';
import { BAD_BODIES, BAD_QUERY, badValues, Schema, SchemaResolver } from './support/fuzz-values';

/*
 * Every operation of the committed spec that takes a body or a query gets a bounded set of
 * bad inputs; whatever it answers, it is never a 5xx. Requests run a few at a time so the
 * whole pass stays within a minute.
 */

interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  'x-permission'?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

interface Attempt {
  method: string;
  url: string;
  token: string;
  body?: unknown;
}

const spec: Spec = JSON.parse(
  readFileSync(join(__dirname, '../../../libs/api-client/openapi.json'), 'utf8'),
);
const schemas = new SchemaResolver(spec.components.schemas);
/** Bad inputs per operation: enough to reach every property of most bodies. */
const PER_OPERATION = 24;
const CONCURRENCY = 4;
/** Operations that end the caller's session: the rest of the pass needs it. */
const SKIPPED = new Set(['logout']);

/** `encodeURIComponent`, also for text it refuses (a lone surrogate goes as CESU-8 bytes). */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\uD800-\uDFFF]/g, '%ED%A0%80');
  }
};

/** One mutation per (property, bad value), taken in turns so every property gets some. */
function bodyAttempts(schema: Schema): unknown[] {
  const resolved = schemas.resolve(schema);
  const base = schemas.body(resolved);
  const props = Object.entries(resolved.properties ?? {}).map(([name, p]) => ({
    name,
    values: badValues(schemas.resolve(p).type),
  }));
  const out: unknown[] = [...BAD_BODIES];
  for (
    let round = 0;
    out.length < PER_OPERATION && props.some((p) => round < p.values.length);
    round++
  ) {
    for (const { name, values } of props) {
      if (round < values.length) out.push({ ...base, [name]: values[round] });
    }
  }
  return out.slice(0, PER_OPERATION);
}

function queryAttempts(params: Parameter[]): string[] {
  const out: string[] = [];
  for (let round = 0; round < BAD_QUERY.length; round++) {
    for (const { name } of params) out.push(`${name}=${encode(BAD_QUERY[round])}`);
  }
  // The same name twice arrives as an array.
  out.push(params.map(({ name }) => `${name}=a&${name}=b`).join('&'));
  return out.slice(0, PER_OPERATION);
}

async function run(attempts: Attempt[]): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < attempts.length) {
      const { method, url, token, body } = attempts[next++];
      const call = (rawApi() as unknown as Record<string, (u: string) => import('supertest').Test>)
        [method](url)
        .auth(token, { type: 'bearer' });
      const sent = body === undefined ? call : call.set('Content-Type', 'application/json');
      const where = `${method.toUpperCase()} ${url.slice(0, 200)} ${JSON.stringify(body)?.slice(0, 160)}`;
      try {
        const res = await (body === undefined ? sent : sent.send(JSON.stringify(body)));
        if (res.status >= 500) failures.push(`${res.status} ${where}`);
      } catch (error) {
        failures.push(`${(error as { code?: string }).code ?? String(error)} ${where}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return failures;
}

describe('schema-driven fuzzing', () => {
  it('no bad input to any operation gives a 5xx', async () => {
    const institution = await createInstitution();
    const head = await createUser('head', institution.id);
    const spare = await createUser('specialist', institution.id);
    const graduate = await createGraduate(head.token);
    const admin = await asAdmin();
    const me = await api().get('/api/auth/me').auth(head.token, { type: 'bearer' });
    const headCan = new Set<string>(me.body.permissions);

    /** Ids of real rows where they are cheap to have; a random id elsewhere. */
    const idFor = (path: string, name: string, schema?: Schema) => {
      const resolved = schemas.resolve(schema);
      if (resolved.enum?.length) return String(resolved.enum[0]);
      if (resolved.type === 'number') return '1';
      if (path.startsWith('/api/graduates/{') && ['id', 'graduateId'].includes(name))
        return graduate.id;
      if (path.startsWith('/api/institutions/{')) return institution.id;
      if (path.startsWith('/api/users/{')) return spare.id;
      return randomUUID();
    };

    const attempts: Attempt[] = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (SKIPPED.has(op.operationId)) continue;
        const params = op.parameters ?? [];
        const url = path.replace(/\{([^}]+)\}/g, (_, name: string) =>
          idFor(path, name, params.find((p) => p.name === name)?.schema),
        );
        const permission = op['x-permission'];
        const token = !permission || headCan.has(permission) ? head.token : admin;
        const json = op.requestBody?.content['application/json']?.schema;
        const query = params.filter((p) => p.in === 'query');
        if (json)
          for (const body of bodyAttempts(json)) attempts.push({ method, url, token, body });
        else if (op.requestBody) attempts.push({ method, url, token, body: { file: 'x' } });
        for (const q of query.length ? queryAttempts(query) : [])
          attempts.push({ method, url: `${url}?${q}`, token });
        if (params.some((p) => p.in === 'path'))
          for (const bad of ['%00', '1e20', encode('\uD800'), 'x'.repeat(2000)])
            attempts.push({ method, url: path.replace(/\{[^}]+\}/g, bad), token });
      }
    }
    expect(attempts.length).toBeGreaterThan(1000);
    expect(await run(attempts)).toEqual([]);
  });
});
