import { api, asAdmin, createInstitution, createUser, expectProblem, unique } from './support/api';

describe('users', () => {
  let admin: string;
  let homeA: string;
  let homeB: string;
  beforeAll(async () => {
    admin = await asAdmin();
    homeA = (await createInstitution()).id;
    homeB = (await createInstitution()).id;
  });

  const create = (token: string, body: object) =>
    api().post('/api/users').auth(token, { type: 'bearer' }).send(body);

  it('an administrator creates an account with a generated one-time password', async () => {
    const login = unique('Ivanova.');
    const res = await create(admin, {
      login,
      fullName: 'Иванова Мария Петровна',
      position: 'Социальный педагог',
      role: 'specialist',
      institutionId: homeA,
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      login: login.toLowerCase(),
      role: 'specialist',
      institutionId: homeA,
      active: true,
      version: 1,
      mustChangePassword: true,
    });
    expect(res.body.user.passwordHash).toBeUndefined();
    expect(res.body.temporaryPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    const session = await api()
      .post('/api/auth/login')
      .send({ login, password: res.body.temporaryPassword });
    expect(session.status).toBe(200);
    const me = await api().get('/api/auth/me').auth(session.body.accessToken, { type: 'bearer' });
    expect(me.body.mustChangePassword).toBe(true);
  });

  it('refuses a duplicate login (any letter case) with 409', async () => {
    const login = unique('dup.');
    expect(
      (await create(admin, { login, fullName: 'Первый', role: 'head', institutionId: homeA }))
        .status,
    ).toBe(201);
    const again = await create(admin, {
      login: login.toUpperCase(),
      fullName: 'Второй',
      role: 'head',
      institutionId: homeB,
    });
    expectProblem(again, 409, 'login-taken');
  });

  it.each([
    ['missing full name', { login: 'x-valid', role: 'head' }, 'fullName'],
    ['bad login characters', { login: 'иванова', fullName: 'Иванова', role: 'head' }, 'login'],
    ['unknown role', { login: 'x-valid2', fullName: 'Иванова', role: 'boss' }, 'role'],
    [
      'institution not a uuid',
      { login: 'x-valid3', fullName: 'Иванова', role: 'head', institutionId: '42' },
      'institutionId',
    ],
    [
      'unknown field',
      { login: 'x-valid4', fullName: 'Иванова', role: 'head', isAdmin: true },
      'isAdmin',
    ],
    [
      'too short password',
      { login: 'x-valid5', fullName: 'Иванова', role: 'head', password: 'Zq81-wx-Lp' },
      'password',
    ],
    [
      'common password',
      { login: 'x-valid6', fullName: 'Иванова', role: 'head', password: 'password1234' },
      'password',
    ],
    [
      'password with the login',
      { login: 'x-valid7', fullName: 'Иванова', role: 'head', password: 'x-valid7-Zq81-wx' },
      'password',
    ],
    [
      'password with the name',
      { login: 'x-valid8', fullName: 'Иванова Мария', role: 'head', password: 'Мария-Zq81-wxLp' },
      'password',
    ],
  ])('400 for %s, naming the field', async (_name, body, field) => {
    const res = await create(admin, { institutionId: homeA, ...body });
    expectProblem(res, 400, 'validation');
    expect(res.body.errors[field]).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it('400 when a staff role has no institution, 422 for an unknown one', async () => {
    const none = await create(admin, {
      login: unique('noinst.'),
      fullName: 'Без учреждения',
      role: 'head',
    });
    expectProblem(none, 400, 'validation');
    expect(none.body.errors.institutionId).toBeDefined();
    const unknown = await create(admin, {
      login: unique('noinst.'),
      fullName: 'Нет такого',
      role: 'head',
      institutionId: '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b',
    });
    expectProblem(unknown, 422, 'reference-not-found');
    expect(unknown.body.errors.institutionId).toBeDefined();
  });

  it('400 naming role for the integration role: those accounts come only with an API client', async () => {
    const res = await create(admin, {
      login: unique('robot.'),
      fullName: 'Техническая учётная запись',
      role: 'integration',
      institutionId: homeA,
    });
    expectProblem(res, 400, 'validation');
    expect(Object.keys(res.body.errors)).toEqual(['role']);
    const user = await createUser('specialist', homeA);
    const fresh = await api().get(`/api/users/${user.id}`).auth(admin, { type: 'bearer' });
    const changed = await api()
      .patch(`/api/users/${user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ version: fresh.body.version, role: 'integration' });
    expectProblem(changed, 400, 'validation');
    expect(Object.keys(changed.body.errors)).toEqual(['role']);
  });

  it('a head sees the staff of the own institution only', async () => {
    const head = await createUser('head', homeA);
    const colleague = await createUser('specialist', homeA, 'Коллега Из Учреждения');
    const stranger = await createUser('specialist', homeB, 'Чужой Сотрудник');
    const list = await api()
      .get('/api/users')
      .query({ pageSize: 100 })
      .auth(head.token, { type: 'bearer' });
    expect(list.status).toBe(200);
    const ids = list.body.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(colleague.id);
    expect(ids).not.toContain(stranger.id);
    expect(list.body.items.every((u: { institutionId: string }) => u.institutionId === homeA)).toBe(
      true,
    );
    // Asking for another institution by filter does not widen the scope.
    const filtered = await api()
      .get('/api/users')
      .query({ institutionId: homeB })
      .auth(head.token, { type: 'bearer' });
    expect(filtered.body.total).toBe(0);
    expect(
      (await api().get(`/api/users/${colleague.id}`).auth(head.token, { type: 'bearer' })).status,
    ).toBe(200);
    expectProblem(
      await api().get(`/api/users/${stranger.id}`).auth(head.token, { type: 'bearer' }),
      404,
      'not-found',
    );
  });

  it('lists with search, filters and pagination', async () => {
    const home = (await createInstitution()).id;
    const marker = unique('Маркерова');
    for (const n of [1, 2, 3]) await createUser('specialist', home, `${marker} ${n}`);
    await createUser('head', home, `${marker} глава`);
    const page1 = await api()
      .get('/api/users')
      .query({ q: marker.toLowerCase(), role: 'specialist', pageSize: 2 })
      .auth(admin, { type: 'bearer' });
    expect(page1.status).toBe(200);
    expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.body.items).toHaveLength(2);
    const page2 = await api()
      .get('/api/users')
      .query({ q: marker, role: 'specialist', pageSize: 2, page: 2 })
      .auth(admin, { type: 'bearer' });
    expect(page2.body.items).toHaveLength(1);
    expectProblem(
      await api().get('/api/users').query({ pageSize: 1000 }).auth(admin, { type: 'bearer' }),
      400,
      'validation',
    );
    expectProblem(
      await api().get('/api/users').query({ role: 'boss' }).auth(admin, { type: 'bearer' }),
      400,
      'validation',
    );
  });

  it('only administrators manage accounts; curators cannot even list them (404: not there for them)', async () => {
    const head = await createUser('head', homeA);
    const specialist = await createUser('specialist', homeA);
    const curator = await createUser('curator', homeA);
    expectProblem(
      await create(specialist.token, {
        login: unique('x.'),
        fullName: 'Кто-то',
        role: 'head',
        institutionId: homeA,
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await create(head.token, {
        login: unique('x.'),
        fullName: 'Кто-то',
        role: 'specialist',
        institutionId: homeA,
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await api().get('/api/users').auth(curator.token, { type: 'bearer' }),
      404,
      'not-found',
    );
    expectProblem(
      await api()
        .patch(`/api/users/${specialist.id}`)
        .auth(head.token, { type: 'bearer' })
        .send({ version: 1, role: 'head' }),
      403,
    );
  });

  it('changes role and institution with optimistic locking (409 on a stale version)', async () => {
    const user = await createUser('specialist', homeA);
    const update = (body: object) =>
      api().patch(`/api/users/${user.id}`).auth(admin, { type: 'bearer' }).send(body);
    const changed = await update({
      version: user.version,
      role: 'head',
      institutionId: homeB,
      position: 'Руководитель службы',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      role: 'head',
      institutionId: homeB,
      position: 'Руководитель службы',
      version: user.version + 1,
    });
    const stale = await update({ version: user.version, fullName: 'Опоздавшее Изменение' });
    expectProblem(stale, 409, 'stale-version');
    const reread = await api().get(`/api/users/${user.id}`).auth(admin, { type: 'bearer' });
    expect(reread.body.fullName).not.toBe('Опоздавшее Изменение');
    expectProblem(await update({ fullName: 'Без версии' }), 400, 'validation');
    expectProblem(
      await update({ version: changed.body.version, login: 'renamed' }),
      400,
      'validation',
    );
  });

  it('404 for an unknown or malformed id', async () => {
    expectProblem(
      await api()
        .get('/api/users/7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b')
        .auth(admin, { type: 'bearer' }),
      404,
    );
    expectProblem(await api().get('/api/users/not-a-uuid').auth(admin, { type: 'bearer' }), 404);
    expectProblem(
      await api()
        .patch('/api/users/7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b')
        .auth(admin, { type: 'bearer' })
        .send({ version: 1 }),
      404,
    );
    expectProblem(
      await api()
        .post('/api/users/7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b/reset-password')
        .auth(admin, { type: 'bearer' }),
      404,
    );
  });

  it('deactivates and reactivates an account; an administrator cannot deactivate themself', async () => {
    const user = await createUser('specialist', homeA);
    const off = await api()
      .post(`/api/users/${user.id}/deactivate`)
      .auth(admin, { type: 'bearer' })
      .send({ version: user.version });
    expect(off.body).toMatchObject({ active: false, version: user.version + 1 });
    expectProblem(
      await api()
        .post(`/api/users/${user.id}/activate`)
        .auth(admin, { type: 'bearer' })
        .send({ version: user.version }),
      409,
      'stale-version',
    );
    const on = await api()
      .post(`/api/users/${user.id}/activate`)
      .auth(admin, { type: 'bearer' })
      .send({ version: off.body.version });
    expect(on.body.active).toBe(true);
    expect(
      (await api().post('/api/auth/login').send({ login: user.login, password: user.password }))
        .status,
    ).toBe(200);

    const me = await api().get('/api/auth/me').auth(admin, { type: 'bearer' });
    const self = await api().get(`/api/users/${me.body.id}`).auth(admin, { type: 'bearer' });
    const selfOff = await api()
      .post(`/api/users/${me.body.id}/deactivate`)
      .auth(admin, { type: 'bearer' })
      .send({ version: self.body.version });
    expectProblem(selfOff, 409, 'own-account');
  });
});
