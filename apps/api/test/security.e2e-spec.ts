import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, asAdmin, createInstitution, createUser, expectProblem, rawApi } from './support/api';

interface Operation {
  operationId?: string;
  security?: unknown[];
  'x-permission'?: string;
  tags?: string[];
  summary?: string;
}
type Spec = { paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const SAMPLE_ID = '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b';

async function liveSpec(): Promise<Spec> {
  const res = await rawApi().get('/api/docs-json');
  expect(res.status).toBe(200);
  return res.body;
}

function operations(spec: Spec) {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ method, path, op, url: path.replace(/\{[^}]+\}/g, SAMPLE_ID) })),
  );
}

describe('deny by default', () => {
  it('the committed spec is the one the API serves', async () => {
    const committed = JSON.parse(
      readFileSync(join(__dirname, '../../../libs/api-client/openapi.json'), 'utf8'),
    );
    expect(await liveSpec()).toEqual(committed);
  });

  it('only login, refresh and health are public', async () => {
    const open = operations(await liveSpec())
      .filter(({ op }) => !op.security?.length)
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`)
      .sort();
    expect(open).toEqual(['GET /api/health', 'POST /api/auth/login', 'POST /api/auth/refresh']);
  });

  it('every operation has an id, a tag, a summary, and secured ones name their permission', async () => {
    for (const { method, path, op } of operations(await liveSpec())) {
      const where = `${method} ${path}`;
      expect({
        where,
        id: typeof op.operationId,
        tags: op.tags?.length,
        summary: typeof op.summary,
      }).toEqual({
        where,
        id: 'string',
        tags: 1,
        summary: 'string',
      });
      if (op.security?.length)
        expect({ where, permission: typeof op['x-permission'] }).toEqual({
          where,
          permission: 'string',
        });
    }
  });

  it('every secured route answers 401 problem+json without a token and with a bad one', async () => {
    const secured = operations(await liveSpec()).filter(({ op }) => op.security?.length);
    expect(secured.length).toBeGreaterThan(10);
    for (const { method, url } of secured) {
      const call = (api() as unknown as Record<string, (u: string) => import('supertest').Test>)[
        method
      ](url);
      const res = await call.send({});
      expect({ route: `${method} ${url}`, status: res.status }).toEqual({
        route: `${method} ${url}`,
        status: 401,
      });
      expectProblem(res, 401, 'unauthorized');
      const bad = await (
        api() as unknown as Record<string, (u: string) => import('supertest').Test>
      )
        [method](url)
        .auth('bad.token.value', { type: 'bearer' });
      expect({ route: `${method} ${url}`, status: bad.status }).toEqual({
        route: `${method} ${url}`,
        status: 401,
      });
    }
  });

  it('a curator (fewest permissions) gets 404 on every route needing a permission they lack: the rest of the API does not exist for them', async () => {
    const institution = await createInstitution();
    const curator = await createUser('curator', institution.id);
    const me = await api().get('/api/auth/me').auth(curator.token, { type: 'bearer' });
    const granted: string[] = me.body.permissions;
    const denied = operations(await liveSpec()).filter(
      ({ op }) => op['x-permission'] && !granted.includes(op['x-permission']),
    );
    expect(denied.length).toBeGreaterThan(5);
    for (const { method, url } of denied) {
      const res = await (
        api() as unknown as Record<string, (u: string) => import('supertest').Test>
      )
        [method](url)
        .auth(curator.token, { type: 'bearer' })
        .send({});
      expect({ route: `${method} ${url}`, status: res.status }).toEqual({
        route: `${method} ${url}`,
        status: 404,
      });
      expectProblem(res, 404, 'not-found');
    }
  });
});

describe('HTTP basics', () => {
  it('health checks the database', async () => {
    const res = await api().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('unknown API routes answer 404 problem+json', async () => {
    expectProblem(
      await rawApi()
        .get('/api/no-such-thing')
        .auth(await asAdmin(), { type: 'bearer' }),
      404,
    );
  });

  it('keeps a valid client request id as the correlation id', async () => {
    const res = await api()
      .post('/api/auth/login')
      .set('X-Request-Id', 'client-req-12345')
      .send({});
    expect(res.headers['x-request-id']).toBe('client-req-12345');
    expect(res.body.correlationId).toBe('client-req-12345');
  });

  it('sends security headers', async () => {
    const res = await api().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('serves Swagger UI', async () => {
    const res = await rawApi().get('/api/docs').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });

  it('serves the SPA with client-side routes falling back to index.html', async () => {
    const root = await rawApi().get('/');
    expect(root.status).toBe(200);
    expect(root.text).toContain('<div id="root">');
    const deep = await rawApi().get('/admin/users');
    expect(deep.status).toBe(200);
    expect(deep.text).toBe(root.text);
  });
});
