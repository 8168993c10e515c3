import { Client as PgClient } from 'pg';
import {
  api,
  asAdmin,
  auditEntries,
  createGraduate,
  createInstitution,
  createUser,
  daysAgo,
  dictionaryIds,
  expectProblem,
  rawApi,
  TestGraduate,
  TestUser,
  unique,
} from './support/api';

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const db = new PgClient({ connectionString: process.env.POSTCARE_DB_URL });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}

interface CreatedClient {
  client: { id: string; userId: string; version: number; institutionId: string };
  key: { id: string; prefix: string; secret: string };
}

const CASE_READER = [
  'graduates.read',
  'graduates.all-in-institution',
  'appeals.read',
  'appeals.write',
  'dictionaries.read',
];

describe('API clients and keys', () => {
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let curator: TestUser;
  let strangerHead: TestUser;
  let graduate: TestGraduate;
  let strangerGraduate: TestGraduate;
  let problems: Record<string, string>;

  beforeAll(async () => {
    home = (await createInstitution()).id;
    const other = (await createInstitution()).id;
    head = await createUser('head', home);
    specialist = await createUser('specialist', home);
    curator = await createUser('curator', home);
    strangerHead = await createUser('head', other);
    graduate = await createGraduate(head.token);
    strangerGraduate = await createGraduate(strangerHead.token);
    problems = await dictionaryIds(head.token, 'problem');
  });

  const createClient = async (token: string, body: object = {}): Promise<CreatedClient> => {
    const res = await api()
      .post('/api/integrations/clients')
      .auth(token, { type: 'bearer' })
      .send({ name: unique('МИС '), permissions: CASE_READER, ...body });
    if (res.status !== 201) throw new Error(`create client: ${res.status} ${res.text}`);
    return res.body;
  };
  const withKey = (key: string, url: string) => api().get(url).set('X-API-Key', key);
  const appeal = (overrides: object = {}) => ({
    graduateId: graduate.id,
    registeredAt: `${daysAgo(1)}T12:00:00Z`,
    channel: 'phone',
    problemIds: [problems.documents_lost],
    description: 'Обращение из внешней системы',
    ...overrides,
  });

  it('a head creates a client for their institution; the key is shown once and stored hashed', async () => {
    const { client, key } = await createClient(head.token);
    expect(client.institutionId).toBe(home);
    expect(key.secret).toMatch(/^pck_[A-Za-z0-9_-]{43}$/);
    expect(key.secret.startsWith(key.prefix)).toBe(true);
    const [row] = await sql<{ hash: string }>('SELECT hash FROM api_keys WHERE id = $1', [key.id]);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.hash).not.toContain(key.secret);
    const shown = await api()
      .get(`/api/integrations/clients/${client.id}`)
      .auth(head.token, { type: 'bearer' });
    expect(shown.status).toBe(200);
    expect(JSON.stringify(shown.body)).not.toContain(key.secret);
    expect(shown.body.keys).toEqual([expect.objectContaining({ id: key.id, prefix: key.prefix })]);
  });

  it('the key works as X-API-Key and as a bearer token, inside the client’s institution and permissions only', async () => {
    const { key } = await createClient(head.token);
    expect((await withKey(key.secret, `/api/graduates/${graduate.id}`)).status).toBe(200);
    const bearer = await api()
      .get(`/api/graduates/${graduate.id}`)
      .auth(key.secret, { type: 'bearer' });
    expect(bearer.status).toBe(200);
    expectProblem(await withKey(key.secret, `/api/graduates/${strangerGraduate.id}`), 404);
    expectProblem(await withKey(key.secret, '/api/contracts'), 403, 'forbidden');
    expectProblem(await withKey(key.secret, '/api/users'), 403, 'forbidden');
    expectProblem(await withKey(key.secret, '/api/integrations/clients'), 403, 'forbidden');
  });

  it('what the client does is audited under its own account', async () => {
    const { client, key } = await createClient(head.token);
    const res = await api().post('/api/appeals').set('X-API-Key', key.secret).send(appeal());
    expect(res.status).toBe(201);
    const entries = await auditEntries('appeal', res.body.id);
    expect(entries[0]).toMatchObject({ action: 'create', user_id: client.userId });
  });

  it('a revoked, expired or archived key is refused at once with 401', async () => {
    const created = await createClient(head.token);
    const second = await api()
      .post(`/api/integrations/clients/${created.client.id}/keys`)
      .auth(head.token, { type: 'bearer' })
      .send({});
    expect(second.status).toBe(201);
    const revoked = await api()
      .post(`/api/integrations/clients/${created.client.id}/keys/${created.key.id}/revoke`)
      .auth(head.token, { type: 'bearer' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expectProblem(await withKey(created.key.secret, '/api/appeals'), 401, 'unauthorized');
    // Rotation: the other key still works.
    expect((await withKey(second.body.secret, '/api/appeals')).status).toBe(200);

    await sql(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      second.body.id,
    ]);
    expectProblem(await withKey(second.body.secret, '/api/appeals'), 401, 'unauthorized');

    const other = await createClient(head.token);
    expectProblem(
      await api()
        .post(`/api/integrations/clients/${other.client.id}/archive`)
        .auth(head.token, { type: 'bearer' })
        .send({ version: other.client.version + 5 }),
      409,
      'stale-version',
    );
    const archived = await api()
      .post(`/api/integrations/clients/${other.client.id}/archive`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: other.client.version });
    expect(archived.status).toBe(200);
    expect(archived.body.active).toBe(false);
    expectProblem(await withKey(other.key.secret, '/api/appeals'), 401, 'unauthorized');
    expectProblem(await withKey('pck_' + 'x'.repeat(43), '/api/appeals'), 401, 'unauthorized');
  });

  it('a key is refused from outside the client’s address ranges', async () => {
    const outside = await createClient(head.token, { allowedCidrs: ['10.0.0.0/8'] });
    expectProblem(await withKey(outside.key.secret, '/api/appeals'), 401);
    const inside = await createClient(head.token, { allowedCidrs: ['127.0.0.0/8', '::1/128'] });
    expect((await withKey(inside.key.secret, '/api/appeals')).status).toBe(200);
    expectProblem(
      await api()
        .post('/api/integrations/clients')
        .auth(head.token, { type: 'bearer' })
        .send({ name: 'МИС', permissions: [], allowedCidrs: ['10.0.0.0/33'] }),
      400,
    );
  });

  it('the client’s technical account cannot log in', async () => {
    const { client } = await createClient(head.token);
    const [user] = await sql<{ login: string; role: string }>(
      'SELECT login, role FROM users WHERE id = $1',
      [client.userId],
    );
    expect(user.role).toBe('integration');
    expectProblem(
      await api().post('/api/auth/login').send({ login: user.login, password: '!api-client' }),
      401,
    );
  });

  it('never grants account or deployment management, nor more than the head has', async () => {
    for (const permission of ['users.manage', 'users.read', 'scope.all-institutions']) {
      expectProblem(
        await api()
          .post('/api/integrations/clients')
          .auth(head.token, { type: 'bearer' })
          .send({ name: 'МИС', permissions: [permission] }),
        400,
        'validation',
      );
    }
    expectProblem(
      await api()
        .post('/api/integrations/clients')
        .auth(head.token, { type: 'bearer' })
        .send({ name: 'МИС', permissions: ['reports.review-department'] }),
      403,
    );
  });

  it('administrators name the institution; others may not manage clients', async () => {
    const admin = await asAdmin();
    expectProblem(
      await api()
        .post('/api/integrations/clients')
        .auth(admin, { type: 'bearer' })
        .send({ name: 'МИС', permissions: ['appeals.read'] }),
      400,
    );
    expectProblem(
      await api()
        .post('/api/integrations/clients')
        .auth(admin, { type: 'bearer' })
        .send({
          name: 'МИС',
          permissions: ['appeals.read'],
          institutionId: '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b',
        }),
      422,
    );
    const made = await createClient(admin, { institutionId: home });
    expect(made.client.institutionId).toBe(home);

    expectProblem(
      await api().get('/api/integrations/clients').auth(specialist.token, { type: 'bearer' }),
      403,
    );
    expectProblem(
      await api().get('/api/integrations/clients').auth(curator.token, { type: 'bearer' }),
      404,
    );
    expectProblem(await api().get('/api/integrations/clients'), 401);
    expectProblem(
      await api()
        .get(`/api/integrations/clients/${made.client.id}`)
        .auth(strangerHead.token, { type: 'bearer' }),
      404,
    );
    const own = await api().get('/api/integrations/clients').auth(head.token, { type: 'bearer' });
    expect(own.status).toBe(200);
    expect(own.body.map((c: { id: string }) => c.id)).toContain(made.client.id);
    const stranger = await api()
      .get('/api/integrations/clients')
      .auth(strangerHead.token, { type: 'bearer' });
    expect(stranger.body.map((c: { id: string }) => c.id)).not.toContain(made.client.id);
  });

  describe('rate limits', () => {
    it('every answer carries the RateLimit headers, errors too', async () => {
      for (const res of [
        await api().get('/api/health'),
        await api().get('/api/appeals').auth(head.token, { type: 'bearer' }),
        await api().get('/api/appeals'),
      ]) {
        expect(Number(res.headers['ratelimit-limit'])).toBeGreaterThan(0);
        expect(Number(res.headers['ratelimit-remaining'])).toBeGreaterThanOrEqual(0);
        expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThan(0);
        expect(res.headers['ratelimit-policy']).toMatch(/^\d+;w=60$/);
      }
    });

    it('a key over its budget gets 429 problem+json with Retry-After', async () => {
      const { key } = await createClient(head.token, { rateLimitPerMinute: 2 });
      const first = await withKey(key.secret, '/api/appeals');
      expect(first.headers['ratelimit-limit']).toBe('2');
      let limited;
      for (let i = 0; i < 6 && !limited; i += 1) {
        const res = await withKey(key.secret, '/api/appeals');
        if (res.status === 429) limited = res;
      }
      expect(limited).toBeDefined();
      expectProblem(limited!, 429, 'rate-limited');
      expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited!.headers['ratelimit-remaining']).toBe('0');
      // Another key of the same institution has a budget of its own.
      const other = await createClient(head.token);
      expect((await withKey(other.key.secret, '/api/appeals')).status).toBe(200);
    });
  });

  describe('Idempotency-Key', () => {
    const post = (key: string, body: object) =>
      api()
        .post('/api/appeals')
        .auth(head.token, { type: 'bearer' })
        .set('Idempotency-Key', key)
        .send(body);
    const appealsWith = async (description: string) =>
      sql('SELECT id FROM appeals WHERE description = $1', [description]);

    it('a repeat gets the first answer and creates nothing new', async () => {
      const key = unique('create-appeal-');
      const body = appeal({ description: unique('Повтор ') });
      const first = await post(key, body);
      expect(first.status).toBe(201);
      const again = await post(key, body);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await appealsWith(body.description)).toHaveLength(1);
    });

    it('the same key with another body is refused with 422', async () => {
      const key = unique('create-appeal-');
      expect((await post(key, appeal({ description: unique('Первое ') }))).status).toBe(201);
      const other = appeal({ description: unique('Другое ') });
      expectProblem(await post(key, other), 422, 'idempotency-key-reused');
      expect(await appealsWith(other.description)).toHaveLength(0);
    });

    it('keys are per caller: another user’s same key is a new request', async () => {
      const key = unique('shared-');
      const mine = await post(key, appeal({ description: unique('Моё ') }));
      const theirs = await api()
        .post('/api/appeals')
        .auth(specialist.token, { type: 'bearer' })
        .set('Idempotency-Key', key)
        .send(appeal({ description: unique('Чужое ') }));
      expect(mine.status).toBe(201);
      expect(theirs.status).toBe(201);
      expect(theirs.body.id).not.toBe(mine.body.id);
    });

    it('concurrent duplicates do not both run', async () => {
      const key = unique('race-');
      const body = appeal({ description: unique('Гонка ') });
      const answers = await Promise.all([post(key, body), post(key, body), post(key, body)]);
      for (const res of answers) expect([201, 409]).toContain(res.status);
      expect(answers.some((res) => res.status === 201)).toBe(true);
      const ids = new Set(answers.filter((r) => r.status === 201).map((r) => r.body.id));
      expect(ids.size).toBe(1);
      expect(await appealsWith(body.description)).toHaveLength(1);
    });

    it('a failed request is not remembered, and a bad key is a 400', async () => {
      const key = unique('retry-');
      const body = appeal({ description: unique('После ошибки ') });
      expectProblem(await post(key, { ...body, channel: 'pigeon' }), 400);
      expect((await post(key, body)).status).toBe(201);
      expectProblem(await post('x'.repeat(256), body), 400);
    });
  });

  describe('conditional requests', () => {
    it('a single record has an ETag from its version; If-Match stands for the body version', async () => {
      const created = await api()
        .post('/api/appeals')
        .auth(head.token, { type: 'bearer' })
        .send(appeal());
      expect(created.headers.etag).toBe(`"${created.body.version}"`);
      const read = await api()
        .get(`/api/appeals/${created.body.id}`)
        .auth(head.token, { type: 'bearer' });
      expect(read.headers.etag).toBe(`"${read.body.version}"`);
      const list = await api().get('/api/appeals').auth(head.token, { type: 'bearer' });
      // A page is no single record: at most Express's own content hash, never a version.
      expect(list.headers.etag ?? '').not.toMatch(/^"\d+"$/);

      const changed = await api()
        .patch(`/api/appeals/${created.body.id}`)
        .auth(head.token, { type: 'bearer' })
        .set('If-Match', read.headers.etag)
        .send({ description: 'Уточнено внешней системой' });
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).toBe(`"${changed.body.version}"`);
      expect(changed.body.version).toBeGreaterThan(read.body.version);

      // The old tag no longer matches: 412, and nothing is written.
      expectProblem(
        await api()
          .patch(`/api/appeals/${created.body.id}`)
          .auth(head.token, { type: 'bearer' })
          .set('If-Match', read.headers.etag)
          .send({ description: 'Поверх чужой правки' }),
        412,
        'precondition-failed',
      );
      expectProblem(
        await api()
          .patch(`/api/appeals/${created.body.id}`)
          .auth(head.token, { type: 'bearer' })
          .set('If-Match', changed.headers.etag)
          .send({ description: 'Несогласованная версия', version: read.body.version }),
        412,
        'precondition-failed',
      );
      expectProblem(
        await api()
          .patch(`/api/appeals/${created.body.id}`)
          .auth(head.token, { type: 'bearer' })
          .set('If-Match', 'not-a-tag')
          .send({ description: 'Ошибка' }),
        412,
      );
      const after = await api()
        .get(`/api/appeals/${created.body.id}`)
        .auth(head.token, { type: 'bearer' });
      expect(after.body.description).toBe('Уточнено внешней системой');
    });
  });

  describe('change feed', () => {
    it('reports created, changed and archived records after the cursor, in the client’s institution and permissions only', async () => {
      const reader = await createClient(head.token, {
        permissions: ['appeals.read', 'changes.read'],
      });
      const feed = (since?: string) =>
        withKey(reader.key.secret, `/api/changes${since ? `?since=${since}` : ''}`);
      const start = (await feed()).body;
      let cursor: string = start.next;
      for (
        let page = (await feed(cursor)).body;
        page.items.length;
        page = (await feed(cursor)).body
      )
        cursor = page.next;

      const created = await api()
        .post('/api/appeals')
        .auth(head.token, { type: 'bearer' })
        .send(appeal());
      const changed = await api()
        .patch(`/api/appeals/${created.body.id}`)
        .auth(head.token, { type: 'bearer' })
        .send({ description: 'Изменено', version: created.body.version });
      expect(changed.status).toBe(200);
      await createGraduate(head.token); // graduates are not the reader's to see
      await api()
        .post('/api/appeals')
        .auth(strangerHead.token, { type: 'bearer' })
        .send(appeal({ graduateId: strangerGraduate.id }));

      const res = await feed(cursor);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        expect.objectContaining({
          resource: 'appeal',
          resourceId: created.body.id,
          action: 'created',
          version: created.body.version,
        }),
        expect.objectContaining({
          resource: 'appeal',
          resourceId: created.body.id,
          action: 'changed',
          version: changed.body.version,
        }),
      ]);
      expect(res.body.next).toBe(res.body.items[1].id);
      expect((await feed(res.body.next)).body.items).toEqual([]);
    });

    it('needs changes.read, and refuses a malformed cursor', async () => {
      const { key } = await createClient(head.token, { permissions: ['appeals.read'] });
      expectProblem(await withKey(key.secret, '/api/changes'), 403);
      expectProblem(
        await api().get('/api/changes?since=abc').auth(head.token, { type: 'bearer' }),
        400,
      );
      expectProblem(await api().get('/api/changes'), 401);
    });
  });

  it('strings and arrays longer than the spec’s global caps are refused', async () => {
    const res = await rawApi()
      .post('/api/appeals')
      .auth(head.token, { type: 'bearer' })
      .send(appeal({ description: 'я'.repeat(100_001) }));
    expectProblem(res, 400, 'too-long');
    const many = await rawApi()
      .post('/api/appeals')
      .auth(head.token, { type: 'bearer' })
      .send(appeal({ problemIds: Array.from({ length: 10_001 }, () => problems.documents_lost) }));
    expectProblem(many, 400, 'too-long');
  });
});
