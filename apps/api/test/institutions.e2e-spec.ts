import { api, asAdmin, createInstitution, createUser, expectProblem, unique } from './support/api';

describe('institutions', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await asAdmin();
  });

  it('an administrator registers an institution with its guardianship body', async () => {
    const name = unique('КГБОУ Детский дом ');
    const res = await api()
      .post('/api/institutions')
      .auth(admin, { type: 'bearer' })
      .send({
        name: `  ${name}  `,
        kind: 'children_home',
        region: 'Хабаровский край',
        municipality: 'г. Хабаровск',
        guardianshipBody: 'Отдел опеки по г. Хабаровску',
      });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name,
      kind: 'children_home',
      municipality: 'г. Хабаровск',
      guardianshipBody: 'Отдел опеки по г. Хабаровску',
      active: true,
      version: 1,
    });
    const read = await api()
      .get(`/api/institutions/${res.body.id}`)
      .auth(admin, { type: 'bearer' });
    expect(read.body).toEqual(res.body);
  });

  it.each([
    ['missing name', { kind: 'children_home', region: 'Край' }, 'name'],
    ['unknown kind', { name: 'Дом', kind: 'castle', region: 'Край' }, 'kind'],
    ['missing region', { name: 'Дом', kind: 'children_home' }, 'region'],
    [
      'unknown field',
      { name: 'Дом', kind: 'children_home', region: 'Край', director: 'X' },
      'director',
    ],
  ])('400 for %s', async (_name, body, field) => {
    const res = await api().post('/api/institutions').auth(admin, { type: 'bearer' }).send(body);
    expectProblem(res, 400, 'validation');
    expect(res.body.errors[field]).toBeDefined();
  });

  it('explains each invalid field in Russian', async () => {
    const res = await api()
      .post('/api/institutions')
      .auth(admin, { type: 'bearer' })
      .send({ name: 'Д', kind: 'castle', region: 'Край', director: 'X' });
    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toEqual({
      name: ['Не короче 2 символов'],
      kind: ['Недопустимое значение'],
      director: ['Неизвестное поле'],
    });
  });

  it('staff see their own institution only; another one is 404', async () => {
    const own = await createInstitution();
    const other = await createInstitution();
    const specialist = await createUser('specialist', own.id);
    const list = await api().get('/api/institutions').auth(specialist.token, { type: 'bearer' });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([own.id]);
    expect(
      (await api().get(`/api/institutions/${own.id}`).auth(specialist.token, { type: 'bearer' }))
        .status,
    ).toBe(200);
    expectProblem(
      await api().get(`/api/institutions/${other.id}`).auth(specialist.token, { type: 'bearer' }),
      404,
      'not-found',
    );
  });

  it('only administrators create or change institutions (403)', async () => {
    const own = await createInstitution();
    const head = await createUser('head', own.id);
    expectProblem(
      await api()
        .post('/api/institutions')
        .auth(head.token, { type: 'bearer' })
        .send({ name: 'Дом', kind: 'other', region: 'Край' }),
      403,
    );
    expectProblem(
      await api()
        .patch(`/api/institutions/${own.id}`)
        .auth(head.token, { type: 'bearer' })
        .send({ version: own.version, name: 'Переименовано' }),
      403,
    );
  });

  it('edits with optimistic locking: a stale version answers 409 and changes nothing', async () => {
    const inst = await createInstitution();
    const edit = (body: object) =>
      api().patch(`/api/institutions/${inst.id}`).auth(admin, { type: 'bearer' }).send(body);
    const first = await edit({ version: inst.version, municipality: 'г. Амурск', active: false });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      municipality: 'г. Амурск',
      active: false,
      version: inst.version + 1,
      name: inst.name,
    });
    expectProblem(
      await edit({ version: inst.version, municipality: 'г. Бикин' }),
      409,
      'stale-version',
    );
    const read = await api().get(`/api/institutions/${inst.id}`).auth(admin, { type: 'bearer' });
    expect(read.body.municipality).toBe('г. Амурск');
    expectProblem(await edit({ version: first.body.version, kind: 'castle' }), 400, 'validation');
    expectProblem(
      await api()
        .patch('/api/institutions/7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b')
        .auth(admin, { type: 'bearer' })
        .send({ version: 1 }),
      404,
    );
  });

  it('searches by part of the name with pagination', async () => {
    const marker = unique('Звёздочка');
    await createInstitution({ name: `Центр ${marker} 1` });
    await createInstitution({ name: `Центр ${marker} 2` });
    const res = await api()
      .get('/api/institutions')
      .query({ q: marker, pageSize: 1 })
      .auth(admin, { type: 'bearer' });
    expect(res.body).toMatchObject({ total: 2, pageSize: 1 });
    expect(res.body.items).toHaveLength(1);
  });
});
