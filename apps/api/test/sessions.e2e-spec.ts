import { Client as PgClient } from 'pg';
import request from 'supertest';
import {
  api,
  asAdmin,
  auditEntries,
  createInstitution,
  createUser,
  expectProblem,
  login,
  refreshCookieOf,
  refreshWith,
} from './support/api';
// Plain CommonJS helpers shared with the jest global setup.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDatabase, startApi } = require('../../../tools/testing/server.cjs');

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const me = (token: string) => api().get('/api/auth/me').set(bearer(token));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('access tokens end at once with their session', () => {
  let institutionId: string;
  let admin: string;
  beforeAll(async () => {
    institutionId = (await createInstitution()).id;
    admin = await asAdmin();
  });

  it('when an administrator changes the role (no refresh, no waiting for expiry)', async () => {
    const user = await createUser('specialist', institutionId);
    expect((await me(user.token)).status).toBe(200);
    const changed = await api()
      .patch(`/api/users/${user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ version: user.version, role: 'head' });
    expect(changed.status).toBe(200);
    expectProblem(await me(user.token), 401);
    // A change that does not touch the rights keeps the sessions.
    const fresh = await login(user.login, user.password);
    const renamed = await api()
      .patch(`/api/users/${user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ version: changed.body.version, position: 'Руководитель' });
    expect(renamed.status).toBe(200);
    expect((await me(fresh.accessToken)).body.role).toBe('head');
  });

  it('when the account is blocked', async () => {
    const user = await createUser('specialist', institutionId);
    expect((await me(user.token)).status).toBe(200);
    await api()
      .post(`/api/users/${user.id}/deactivate`)
      .auth(admin, { type: 'bearer' })
      .send({ version: user.version })
      .expect(200);
    expectProblem(await api().get('/api/graduates').set(bearer(user.token)), 401);
  });

  it('when an administrator resets the password', async () => {
    const user = await createUser('specialist', institutionId);
    expect((await me(user.token)).status).toBe(200);
    const reset = await api()
      .post(`/api/users/${user.id}/reset-password`)
      .auth(admin, { type: 'bearer' });
    expect(reset.status).toBe(200);
    expectProblem(await me(user.token), 401);
  });
});

describe('one-time password after an administrator reset', () => {
  it('admits only the password change until a new password is set', async () => {
    const institutionId = (await createInstitution()).id;
    const admin = await asAdmin();
    const user = await createUser('head', institutionId);
    const reset = await api()
      .post(`/api/users/${user.id}/reset-password`)
      .auth(admin, { type: 'bearer' });
    const oneTime = reset.body.temporaryPassword as string;
    expect(oneTime).toMatch(/^[A-Za-z0-9]{16}$/);
    // The old password no longer works.
    expectProblem(
      await api().post('/api/auth/login').send({ login: user.login, password: user.password }),
      401,
    );
    const session = await login(user.login, oneTime);
    const profile = await me(session.accessToken);
    expect(profile.status).toBe(200);
    expect(profile.body.mustChangePassword).toBe(true);
    for (const call of [
      api().get('/api/graduates').set(bearer(session.accessToken)),
      api().get(`/api/institutions/${institutionId}`).set(bearer(session.accessToken)),
    ]) {
      const refused = await call;
      expectProblem(refused, 403, 'password-change-required');
      expect(refused.body.type).toMatch(/password-change-required$/);
      expect(refused.body.detail).toMatch(/Смените пароль/);
    }
    // Refresh still works, and so does the change itself.
    const renewed = await refreshWith(session.refreshToken);
    expect(renewed.status).toBe(200);
    expectProblem(
      await api().get('/api/graduates').set(bearer(renewed.body.accessToken)),
      403,
      'password-change-required',
    );
    const changed = await api()
      .post('/api/auth/password')
      .set(bearer(renewed.body.accessToken))
      .send({ currentPassword: oneTime, newPassword: 'Tochno-Nadejniy-42' });
    expect(changed.status).toBe(204);
    const after = await login(user.login, 'Tochno-Nadejniy-42');
    expect((await me(after.accessToken)).body.mustChangePassword).toBe(false);
    expect((await api().get('/api/graduates').set(bearer(after.accessToken))).status).toBe(200);

    const actions = (await auditEntries('user', user.id)).map((e) => [e.action, e.user_id]);
    expect(actions).toEqual(
      expect.arrayContaining([
        [
          'password-reset',
          (JSON.parse(Buffer.from(admin.split('.')[1], 'base64url').toString()) as { sub: string })
            .sub,
        ],
        ['password-change', user.id],
      ]),
    );
  });

  it('logout stays open while the password change is pending', async () => {
    const institutionId = (await createInstitution()).id;
    const user = await createUser('specialist', institutionId);
    const reset = await api()
      .post(`/api/users/${user.id}/reset-password`)
      .auth(await asAdmin(), { type: 'bearer' });
    const session = await login(user.login, reset.body.temporaryPassword);
    const out = await api()
      .post('/api/auth/logout')
      .set(bearer(session.accessToken))
      .set('X-Requested-With', 'XMLHttpRequest');
    expect(out.status).toBe(204);
  });
});

describe('two tabs refreshing at the same moment', () => {
  it('both get a working session within the grace window; the session goes on', async () => {
    const institutionId = (await createInstitution()).id;
    const user = await createUser('head', institutionId);
    const session = await login(user.login, user.password);
    const [a, b] = await Promise.all([
      refreshWith(session.refreshToken),
      refreshWith(session.refreshToken),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    for (const tab of [a, b]) {
      expect((await me(tab.body.accessToken)).status).toBe(200);
      expect((await refreshWith(refreshCookieOf(tab)!)).status).toBe(200);
    }
  });

  it('a rotated token cannot bring back a session ended meanwhile', async () => {
    const institutionId = (await createInstitution()).id;
    const user = await createUser('head', institutionId);
    const session = await login(user.login, user.password);
    const next = await refreshWith(session.refreshToken);
    await api()
      .post('/api/auth/logout')
      .set(bearer(next.body.accessToken))
      .set('X-Requested-With', 'XMLHttpRequest')
      .expect(204);
    expectProblem(await refreshWith(session.refreshToken), 401, 'invalid-refresh-token');
  });
});

describe('audit of sign-ins', () => {
  it('records logins, failures (nobody for an unknown login, never the password) and logouts', async () => {
    const institutionId = (await createInstitution()).id;
    const user = await createUser('specialist', institutionId);
    const secret = 'Zq81-wx-secret-typed';
    await api().post('/api/auth/login').send({ login: user.login, password: secret });
    await api().post('/api/auth/login').send({ login: 'no-such-person', password: secret });
    const session = await login(user.login, user.password);
    await api()
      .post('/api/auth/logout')
      .set(bearer(session.accessToken))
      .set('X-Requested-With', 'XMLHttpRequest')
      .expect(204);
    const own = (await auditEntries('user', user.id)).map((e) => [e.action, e.user_id]);
    expect(own).toEqual(
      expect.arrayContaining([
        ['login', user.id],
        ['login-failed', null],
        ['logout', user.id],
      ]),
    );
    const db = new PgClient({ connectionString: process.env.POSTCARE_DB_URL });
    await db.connect();
    try {
      const unknown = await db.query(
        `SELECT user_id FROM audit_log WHERE action = 'login-failed' AND entity_id IS NULL`,
      );
      expect(unknown.rows.length).toBeGreaterThan(0);
      expect(unknown.rows.every((r) => r.user_id === null)).toBe(true);
      const leaked = await db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE details::text LIKE $1`,
        [`%${secret}%`],
      );
      expect(leaked.rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
  });
});

describe('HTTP answers of the API', () => {
  it('are never cached (personal data), errors included', async () => {
    const user = await createUser('head', (await createInstitution()).id);
    expect((await me(user.token)).headers['cache-control']).toBe('no-store');
    const missing = await api()
      .get('/api/graduates/7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b')
      .set(bearer(user.token));
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
  });
});

describe('an instance with a configured SPA origin, a short grace window and a low rate limit', () => {
  let server: { url: string; stop(): Promise<void>; settings: Record<string, string> };
  let database: { url: string; drop(): Promise<void> };
  const SPA = 'http://spa.example';
  beforeAll(async () => {
    database = await createDatabase(process.env.POSTCARE_PG_SERVER_URL);
    server = await startApi(database.url, {
      CORS_ORIGIN: SPA,
      REFRESH_GRACE_SECONDS: '1',
      LOGIN_RATE_LIMIT_PER_MINUTE: '6',
    });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });
  const raw = () => request(server.url);
  const refresh = (token: string) =>
    raw()
      .post('/api/auth/refresh')
      .set('Cookie', `postcare_refresh=${token}`)
      .set('X-Requested-With', 'XMLHttpRequest');

  it('reuse after the grace window ends the whole session, access tokens included, at once', async () => {
    const signedIn = await raw()
      .post('/api/auth/login')
      .send({ login: server.settings.ADMIN_LOGIN, password: server.settings.ADMIN_PASSWORD })
      .expect(200);
    const first = refreshCookieOf(signedIn)!;
    const next = await refresh(first).expect(200);
    const access = next.body.accessToken as string;
    expect((await raw().get('/api/auth/me').set(bearer(access))).status).toBe(200);
    await sleep(1300);
    expect((await refresh(first)).status).toBe(401);
    expect((await raw().get('/api/auth/me').set(bearer(access))).status).toBe(401);
    expect((await refresh(refreshCookieOf(next)!)).status).toBe(401);
  });

  it('allows CORS with credentials for the configured origin only', async () => {
    const preflight = (origin: string) =>
      raw()
        .options('/api/auth/refresh')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'x-requested-with');
    const allowed = await preflight(SPA);
    expect(allowed.headers['access-control-allow-origin']).toBe(SPA);
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const foreign = await preflight('http://evil.example');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    expect(foreign.headers['access-control-allow-credentials']).toBeUndefined();
    const get = await raw().get('/api/health').set('Origin', 'http://evil.example');
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers the rate limit with problem+json in Russian and Retry-After, naming no framework class', async () => {
    let limited: request.Response | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const res = await refresh('made-up');
      if (res.status === 429) limited = res;
    }
    expect(limited).toBeDefined();
    expect(limited!.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited!.body.detail).toMatch(/Слишком много запросов/);
    expect(JSON.stringify(limited!.body)).not.toMatch(/Exception|Throttler/);
  });
});
