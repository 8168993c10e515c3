import { createHmac } from 'node:crypto';
import { api, asAdmin, createInstitution, createUser, expectProblem, login } from './support/api';

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

const claims = (sub: string, overrides: object = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return { sub, iat: now, exp: now + 600, iss: 'postcare', aud: 'postcare-api', ...overrides };
};

describe('login', () => {
  let institutionId: string;
  beforeAll(async () => {
    institutionId = (await createInstitution()).id;
  });

  it('answers an access token, a refresh token and the lifetime', async () => {
    const user = await createUser('specialist', institutionId);
    const res = await api()
      .post('/api/auth/login')
      .send({ login: user.login, password: user.password });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
    });
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

  it('refuses a wrong password and an unknown login alike', async () => {
    const user = await createUser('specialist', institutionId);
    const wrong = await api()
      .post('/api/auth/login')
      .send({ login: user.login, password: 'not-the-password' });
    expectProblem(wrong, 401, 'invalid-credentials');
    const unknown = await api()
      .post('/api/auth/login')
      .send({ login: 'nobody-here', password: 'whatever' });
    expectProblem(unknown, 401, 'invalid-credentials');
    expect(unknown.body.detail).toBe(wrong.body.detail);
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

  it('locks the account after 5 wrong passwords, then refuses even the right one with 429', async () => {
    const user = await createUser('specialist', institutionId);
    for (let i = 0; i < 4; i++) {
      expectProblem(
        await api().post('/api/auth/login').send({ login: user.login, password: 'wrong' }),
        401,
      );
    }
    const fifth = await api()
      .post('/api/auth/login')
      .send({ login: user.login, password: 'wrong' });
    expectProblem(fifth, 429, 'account-locked');
    const right = await api()
      .post('/api/auth/login')
      .send({ login: user.login, password: user.password });
    expectProblem(right, 429, 'account-locked');
    const retryAfter = Number(right.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    // An administrator's password reset unlocks the account.
    const reset = await api()
      .post(`/api/users/${user.id}/reset-password`)
      .auth(await asAdmin(), { type: 'bearer' });
    expect(reset.status).toBe(200);
    const again = await api()
      .post('/api/auth/login')
      .send({ login: user.login, password: reset.body.temporaryPassword });
    expect(again.status).toBe(200);
  });

  it('counts only consecutive failures: a success resets the counter', async () => {
    const user = await createUser('specialist', institutionId);
    for (let i = 0; i < 4; i++)
      await api().post('/api/auth/login').send({ login: user.login, password: 'wrong' });
    await login(user.login, user.password);
    for (let i = 0; i < 4; i++) {
      expectProblem(
        await api().post('/api/auth/login').send({ login: user.login, password: 'wrong' }),
        401,
      );
    }
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
    const second = await api().post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(
      (await api().get('/api/auth/me').auth(second.body.accessToken, { type: 'bearer' })).status,
    ).toBe(200);
    const third = await api()
      .post('/api/auth/refresh')
      .send({ refreshToken: second.body.refreshToken });
    expect(third.status).toBe(200);
  });

  it('revoke the whole family when a used token is presented again', async () => {
    const user = await createUser('head', institutionId);
    const first = await login(user.login, user.password);
    const second = await api().post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    const reuse = await api().post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expectProblem(reuse, 401, 'invalid-refresh-token');
    // The legitimate-looking newest token is gone too: the thief and the owner both log in again.
    const next = await api()
      .post('/api/auth/refresh')
      .send({ refreshToken: second.body.refreshToken });
    expectProblem(next, 401, 'invalid-refresh-token');
    // Another login (another family) is not affected.
    const other = await login(user.login, user.password);
    expect(
      (await api().post('/api/auth/refresh').send({ refreshToken: other.refreshToken })).status,
    ).toBe(200);
  });

  it('refuse an unknown token and a malformed body', async () => {
    expectProblem(await api().post('/api/auth/refresh').send({ refreshToken: 'made-up' }), 401);
    expectProblem(await api().post('/api/auth/refresh').send({}), 400, 'validation');
  });

  it('end on logout', async () => {
    const user = await createUser('head', institutionId);
    const session = await login(user.login, user.password);
    const noToken = await api()
      .post('/api/auth/logout')
      .send({ refreshToken: session.refreshToken });
    expectProblem(noToken, 401);
    const out = await api()
      .post('/api/auth/logout')
      .auth(session.accessToken, { type: 'bearer' })
      .send({ refreshToken: session.refreshToken });
    expect(out.status).toBe(204);
    expectProblem(
      await api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }),
      401,
    );
  });

  it('end when the password is changed, and the new password works', async () => {
    const user = await createUser('head', institutionId);
    const session = await login(user.login, user.password);
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
    const changed = await api()
      .post('/api/auth/password')
      .auth(session.accessToken, { type: 'bearer' })
      .send({ currentPassword: user.password, newPassword: 'Another-password-1' });
    expect(changed.status).toBe(204);
    expectProblem(
      await api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }),
      401,
    );
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
    expectProblem(
      await api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }),
      401,
    );
    expectProblem(
      await api().post('/api/auth/login').send({ login: user.login, password: user.password }),
      401,
    );
  });
});

describe('access tokens', () => {
  let userId: string;
  beforeAll(async () => {
    const institution = await createInstitution();
    userId = (await createUser('head', institution.id)).id;
  });

  const me = (token: string) => api().get('/api/auth/me').auth(token, { type: 'bearer' });

  it('a correctly signed token works (control case for the forgeries below)', async () => {
    expect((await me(forge(claims(userId)))).status).toBe(200);
  });

  it.each([
    ['alg none', () => forge(claims(userId), { alg: 'none' })],
    [
      'wrong signature',
      () => forge(claims(userId), { secret: 'another-secret-another-secret-123' }),
    ],
    ['wrong audience', () => forge(claims(userId, { aud: 'another-api' }))],
    ['wrong issuer', () => forge(claims(userId, { iss: 'someone-else' }))],
    ['expired', () => forge(claims(userId, { exp: Math.floor(Date.now() / 1000) - 5 }))],
    ['HS512 instead of the pinned HS256', () => forge(claims(userId), { alg: 'HS512' })],
    ['unknown user', () => forge(claims('00000000-0000-4000-8000-000000000000'))],
    ['garbage', () => 'not.a.token'],
  ])('%s is refused with 401 problem+json', async (_name, token) => {
    expectProblem(await me(token()), 401);
  });
});
