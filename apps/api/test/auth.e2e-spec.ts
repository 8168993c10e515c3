import { createHmac } from 'node:crypto';
import {
  api,
  asAdmin,
  createInstitution,
  createUser,
  expectProblem,
  login,
  refreshCookieOf,
  refreshWith,
} from './support/api';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Builds an HS256 token by hand, so tests can forge every kind of bad token. */
function forge(payload: object, options: { secret?: string; alg?: string } = {}): string {
  const header = b64({ alg: options.alg ?? 'HS256', typ: 'JWT' });
  const body = b64(payload);
  if (options.alg === 'none') return `${header}.${body}.`;
  const hash = options.alg === 'HS512' ? 'sha512' : 'sha256';
  const signature = createHmac(hash, options.secret ?? process.env.POSTCARE_JWT_SECRET!)
    .update(`${header}.${body}`)
    .digest('base64url');
  return `${header}.${body}.${signature}`;
}

const claims = (sub: string, sid: string, overrides: object = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return { sub, sid, iat: now, exp: now + 600, iss: 'postcare', aud: 'postcare-api', ...overrides };
};

/** The claims of a real access token. */
const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

const wrongLogin = (loginName: string, password = 'not-the-password') =>
  api().post('/api/auth/login').send({ login: loginName, password });

describe('login', () => {
  let institutionId: string;
  beforeAll(async () => {
    institutionId = (await createInstitution()).id;
  });

  it('answers the access token and its lifetime; the refresh token only as an httpOnly cookie', async () => {
    const user = await createUser('specialist', institutionId);
    const res = await api()
      .post('/api/auth/login')
      .send({ login: user.login, password: user.password });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
    expect(res.headers['cache-control']).toBe('no-store');
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join('\n');
    expect(cookie).toMatch(/^postcare_refresh=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api/auth;');
    // The tests talk plain HTTP: Secure would make the browser drop the cookie.
    expect(cookie).not.toContain('Secure');
    const sent = payloadOf(res.body.accessToken);
    expect(sent.exp).toBe((sent.iat as number) + 900);
    expect(sent.sid).toEqual(expect.any(String));
    const me = await api().get('/api/auth/me').auth(res.body.accessToken, { type: 'bearer' });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      login: user.login,
      role: 'specialist',
      institution: { id: institutionId },
    });
    expect(me.body.permissions).toContain('account.self');
    expect(me.body.permissions).not.toContain('users.manage');
  });

  it('accepts the login in any letter case', async () => {
    const user = await createUser('specialist', institutionId);
    const res = await api()
      .post('/api/auth/login')
      .send({ login: user.login.toUpperCase(), password: user.password });
    expect(res.status).toBe(200);
  });

  it('refuses a wrong password and an unknown login alike, in answer and in time', async () => {
    const user = await createUser('specialist', institutionId);
    const wrong = await wrongLogin(user.login);
    expectProblem(wrong, 401, 'invalid-credentials');
    const unknown = await wrongLogin('nobody-here');
    expectProblem(unknown, 401, 'invalid-credentials');
    const withoutId = ({ correlationId: _id, ...body }: Record<string, unknown>) => body;
    expect(withoutId(unknown.body)).toEqual(withoutId(wrong.body));
    expect(refreshCookieOf(wrong)).toBeNull();
    // Both hash a password: an unknown login is not answered markedly faster.
    const timed = async (loginName: string) => {
      const started = performance.now();
      await wrongLogin(loginName);
      return performance.now() - started;
    };
    const known = await timed(user.login);
    const other = await timed('nobody-there');
    expect(other).toBeGreaterThan(known / 4);
  });

  it('validates the body and refuses unknown fields', async () => {
    const missing = await api().post('/api/auth/login').send({ login: 'admin' });
    expectProblem(missing, 400, 'validation');
    expect(Object.keys(missing.body.errors)).toEqual(['password']);
    const extra = await api()
      .post('/api/auth/login')
      .send({ login: 'admin', password: 'x', role: 'admin' });
    expectProblem(extra, 400, 'validation');
    expect(extra.body.errors.role).toBeDefined();
    const malformed = await api()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"login":');
    expectProblem(malformed, 400);
  });

  it('slows down guessing after 5 wrong passwords with 429 and Retry-After, then lets the owner in', async () => {
    const user = await createUser('specialist', institutionId);
    for (let i = 0; i < 5; i++) expectProblem(await wrongLogin(user.login), 401);
    const slowed = await api()
      .post('/api/auth/login')
      .send({ login: user.login, password: user.password });
    expectProblem(slowed, 429, 'too-many-attempts');
    expect(slowed.body.detail).toMatch(/Повторите через 1 с/);
    expect(slowed.headers['retry-after']).toBe('1');
    // The wait expires: no account (not even the administrator's) can be locked out for good.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await login(user.login, user.password);
    // A success starts the count again.
    expectProblem(await wrongLogin(user.login), 401);
  });

  it('slows down an unknown login exactly like a known one', async () => {
    for (let i = 0; i < 5; i++) expectProblem(await wrongLogin('nobody-at-all'), 401);
    expectProblem(await wrongLogin('nobody-at-all'), 429, 'too-many-attempts');
  });
});

describe('refresh tokens', () => {
  let institutionId: string;
  beforeAll(async () => {
    institutionId = (await createInstitution()).id;
  });

  it('rotate on every use: the new pair works, the old refresh token does not', async () => {
    const user = await createUser('head', institutionId);
    const first = await login(user.login, user.password);
    const second = await refreshWith(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
    const secondToken = refreshCookieOf(second)!;
    expect(secondToken).not.toBe(first.refreshToken);
    expect(
      (await api().get('/api/auth/me').auth(second.body.accessToken, { type: 'bearer' })).status,
    ).toBe(200);
    const third = await refreshWith(secondToken);
    expect(third.status).toBe(200);
  });

  it('refuse an unknown token and a call without the cookie', async () => {
    expectProblem(await refreshWith('made-up'), 401, 'invalid-refresh-token');
    const noCookie = await api()
      .post('/api/auth/refresh')
      .set('X-Requested-With', 'XMLHttpRequest');
    expectProblem(noCookie, 401, 'invalid-refresh-token');
  });

  it('refuse a cross-site call: without the custom header or from a foreign origin (403)', async () => {
    const user = await createUser('head', institutionId);
    const session = await login(user.login, user.password);
    const noHeader = await api()
      .post('/api/auth/refresh')
      .set('Cookie', `postcare_refresh=${session.refreshToken}`);
    expectProblem(noHeader, 403, 'csrf');
    const foreign = await refreshWith(session.refreshToken).set('Origin', 'http://evil.example');
    expectProblem(foreign, 403, 'csrf');
    // Neither attempt used the token up.
    expect(
      (await refreshWith(session.refreshToken).set('Origin', process.env.POSTCARE_URL!)).status,
    ).toBe(200);
    const logoutNoHeader = await api()
      .post('/api/auth/logout')
      .auth(session.accessToken, { type: 'bearer' });
    expectProblem(logoutNoHeader, 403, 'csrf');
  });

  it('end on logout, and the access token stops working at once', async () => {
    const user = await createUser('head', institutionId);
    const session = await login(user.login, user.password);
    const other = await login(user.login, user.password);
    const noToken = await api().post('/api/auth/logout').set('X-Requested-With', 'XMLHttpRequest');
    expectProblem(noToken, 401);
    // Seen once, so the session is in the server's short-lived cache.
    expect(
      (await api().get('/api/auth/me').auth(session.accessToken, { type: 'bearer' })).status,
    ).toBe(200);
    const out = await api()
      .post('/api/auth/logout')
      .auth(session.accessToken, { type: 'bearer' })
      .set('X-Requested-With', 'XMLHttpRequest');
    expect(out.status).toBe(204);
    expect(([] as string[]).concat(out.headers['set-cookie'] ?? []).join()).toMatch(
      /^postcare_refresh=;.*Expires=Thu, 01 Jan 1970/,
    );
    expectProblem(
      await api().get('/api/auth/me').auth(session.accessToken, { type: 'bearer' }),
      401,
    );
    expectProblem(await refreshWith(session.refreshToken), 401);
    // Only this session ended.
    expect(
      (await api().get('/api/auth/me').auth(other.accessToken, { type: 'bearer' })).status,
    ).toBe(200);
    expect((await refreshWith(other.refreshToken)).status).toBe(200);
  });

  it('end when the password is changed (access tokens at once), and the new password works', async () => {
    const user = await createUser('head', institutionId);
    const session = await login(user.login, user.password);
    expect(
      (await api().get('/api/auth/me').auth(session.accessToken, { type: 'bearer' })).status,
    ).toBe(200);
    const wrongCurrent = await api()
      .post('/api/auth/password')
      .auth(session.accessToken, { type: 'bearer' })
      .send({ currentPassword: 'nope', newPassword: 'Another-password-1' });
    expectProblem(wrongCurrent, 400, 'validation');
    expect(wrongCurrent.body.errors.currentPassword).toBeDefined();
    const tooShort = await api()
      .post('/api/auth/password')
      .auth(session.accessToken, { type: 'bearer' })
      .send({ currentPassword: user.password, newPassword: 'short' });
    expectProblem(tooShort, 400, 'validation');
    expect(tooShort.body.errors.newPassword).toBeDefined();
    for (const weak of ['password1234', `${user.login}-Zq81-wx`, 'Пользователь-2024']) {
      const refused = await api()
        .post('/api/auth/password')
        .auth(session.accessToken, { type: 'bearer' })
        .send({ currentPassword: user.password, newPassword: weak });
      expectProblem(refused, 400, 'validation');
      expect(Object.keys(refused.body.errors)).toEqual(['newPassword']);
      expect(refused.body.detail).toMatch(/[а-яё]/i);
    }
    const changed = await api()
      .post('/api/auth/password')
      .auth(session.accessToken, { type: 'bearer' })
      .send({ currentPassword: user.password, newPassword: 'Another-password-1' });
    expect(changed.status).toBe(204);
    expectProblem(
      await api().get('/api/auth/me').auth(session.accessToken, { type: 'bearer' }),
      401,
    );
    expectProblem(await refreshWith(session.refreshToken), 401);
    expectProblem(
      await api().post('/api/auth/login').send({ login: user.login, password: user.password }),
      401,
    );
    await login(user.login, 'Another-password-1');
  });

  it('end when the account is deactivated, and its access token stops working at once', async () => {
    const user = await createUser('specialist', institutionId);
    const session = await login(user.login, user.password);
    const admin = await asAdmin();
    const off = await api()
      .post(`/api/users/${user.id}/deactivate`)
      .auth(admin, { type: 'bearer' })
      .send({ version: user.version });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expectProblem(
      await api().get('/api/auth/me').auth(session.accessToken, { type: 'bearer' }),
      401,
    );
    expectProblem(await refreshWith(session.refreshToken), 401);
    expectProblem(
      await api().post('/api/auth/login').send({ login: user.login, password: user.password }),
      401,
    );
  });
});

describe('access tokens', () => {
  let userId: string;
  let sid: string;
  beforeAll(async () => {
    const institution = await createInstitution();
    const user = await createUser('head', institution.id);
    userId = user.id;
    sid = payloadOf(user.token).sid as string;
  });

  const me = (token: string) => api().get('/api/auth/me').auth(token, { type: 'bearer' });

  it('a correctly signed token works (control case for the forgeries below)', async () => {
    expect((await me(forge(claims(userId, sid)))).status).toBe(200);
  });

  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ['alg none', () => forge(claims(userId, sid), { alg: 'none' })],
    [
      'wrong signature',
      () => forge(claims(userId, sid), { secret: 'another-secret-another-secret-123' }),
    ],
    ['wrong audience', () => forge(claims(userId, sid, { aud: 'another-api' }))],
    ['wrong issuer', () => forge(claims(userId, sid, { iss: 'someone-else' }))],
    ['expired', () => forge(claims(userId, sid, { exp: now() - 5 }))],
    ['HS512 instead of the pinned HS256', () => forge(claims(userId, sid), { alg: 'HS512' })],
    ['without exp', () => forge(claims(userId, sid, { exp: undefined }))],
    ['without iat', () => forge(claims(userId, sid, { iat: undefined }))],
    ['living longer than the access TTL', () => forge(claims(userId, sid, { exp: now() + 3600 }))],
    [
      'issued in the future',
      () => forge(claims(userId, sid, { iat: now() + 600, exp: now() + 900 })),
    ],
    ['without a session', () => forge(claims(userId, sid, { sid: undefined }))],
    ['of an unknown session', () => forge(claims(userId, '00000000-0000-4000-8000-000000000000'))],
    ['of another user’s session', () => forge(claims('00000000-0000-4000-8000-000000000000', sid))],
    ['garbage', () => 'not.a.token'],
  ])('%s is refused with 401 problem+json', async (_name, token) => {
    expectProblem(await me(token()), 401);
  });
});
