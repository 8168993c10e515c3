import { randomUUID } from 'node:crypto';
import {
  api,
  asAdmin,
  createGraduate,
  createInstitution,
  createUser,
  expectProblem,
  rawApi,
  TestUser,
} from './support/api';

/** Input no form sends must be answered 4xx problem+json in Russian and change nothing. */
describe('bad input never reaches the database', () => {
  let head: TestUser;

  beforeAll(async () => {
    head = await createUser('head', (await createInstitution()).id);
  });

  const graduatesTotal = async () =>
    (await api().get('/api/graduates').auth(head.token, { type: 'bearer' })).body.total as number;
  const institutionsTotal = async () =>
    (
      await api()
        .get('/api/institutions')
        .auth(await asAdmin(), { type: 'bearer' })
    ).body.total as number;
  const postGraduate = (body: object) =>
    api().post('/api/graduates').auth(head.token, { type: 'bearer' }).send(body);
  const graduate = (overrides: object = {}) => ({
    lastName: 'Иванов',
    firstName: 'Иван',
    sex: 'male',
    birthDate: `${new Date().getFullYear() - 19}-03-15`,
    legalStatus: 'orphan',
    ...overrides,
  });

  /** A problem+json answer whose `detail` is Russian. */
  const expectRussian = (res: { body: { detail?: string } }) =>
    expect(res.body.detail).toMatch(/[а-яё]/i);

  it('400 invalid-characters for a NUL character, in any field and in the login form', async () => {
    const before = await graduatesTotal();
    const res = await postGraduate(graduate({ patronymic: 'Пет\u0000рович' }));
    expectProblem(res, 400, 'invalid-characters');
    expectRussian(res);
    expect(res.body.errors).toEqual({ patronymic: [expect.any(String)] });
    expect(await graduatesTotal()).toBe(before);

    const login = await api().post('/api/auth/login').send({ login: 'ad\u0000min', password: 'x' });
    expectProblem(login, 400, 'invalid-characters');
    expectRussian(login);
    expect(login.body.errors).toEqual({ login: [expect.any(String)] });
  });

  it('400 invalid-characters for a lone UTF-16 surrogate, also in a query or a key', async () => {
    const before = await institutionsTotal();
    const res = await api()
      .post('/api/institutions')
      .auth(await asAdmin(), { type: 'bearer' })
      .send({ name: 'Детский дом', kind: 'children_home', email: 'dd\uD800@example.ru' });
    expectProblem(res, 400, 'invalid-characters');
    expectRussian(res);
    expect(res.body.errors).toEqual({ email: [expect.any(String)] });
    expect(await institutionsTotal()).toBe(before);

    const search = await api()
      .get('/api/graduates')
      .query({ q: 'Ив\u0000' })
      .auth(head.token, { type: 'bearer' });
    expectProblem(search, 400, 'invalid-characters');
    const key = await postGraduate({ ...graduate(), ['x\uDC00']: 1 });
    expectProblem(key, 400, 'invalid-characters');
  });

  it('400 for null in a field the DTO does not document as nullable; nullable ones still clear', async () => {
    const person = await createGraduate(head.token);
    const patch = (body: object) =>
      api()
        .patch(`/api/graduates/${person.id}`)
        .auth(head.token, { type: 'bearer' })
        .send({ version: person.version, ...body });
    const res = await patch({ lastName: null, originInstitutionId: null });
    expectProblem(res, 400, 'validation');
    expectRussian(res);
    expect(Object.keys(res.body.errors).sort()).toEqual(['lastName', 'originInstitutionId']);
    const after = await api()
      .get(`/api/graduates/${person.id}`)
      .auth(head.token, { type: 'bearer' });
    expect(after.body).toMatchObject({ lastName: person.lastName, version: person.version });

    expect((await patch({ responsibleSpecialistId: null })).status).toBe(200);
  });

  it('400 too-deep for deeply nested JSON; 413 for a body over the limit', async () => {
    const before = await graduatesTotal();
    const depth = 100_000;
    const deep = `{"lastName":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const res = await api()
      .post('/api/graduates')
      .auth(head.token, { type: 'bearer' })
      .set('Content-Type', 'application/json')
      .send(deep);
    expectProblem(res, 400, 'too-deep');
    expectRussian(res);
    const huge = await rawApi()
      .post('/api/graduates')
      .auth(head.token, { type: 'bearer' })
      .send(graduate({ patronymic: 'я'.repeat(2_000_000) }));
    expectProblem(huge, 413);
    expect(await graduatesTotal()).toBe(before);
  });

  it('400 for page numbers out of range in a query string', async () => {
    for (const page of ['1e20', '-1', '1.5', '9007199254740993', 'NaN']) {
      const res = await api()
        .get('/api/graduates')
        .query({ page })
        .auth(head.token, { type: 'bearer' });
      expect({ page, status: res.status }).toEqual({ page, status: 400 });
      expectProblem(res, 400, 'validation');
      expectRussian(res);
      expect(Object.keys(res.body.errors)).toEqual(['page']);
    }
  });

  it('422 naming the field for a reference to a row that does not exist', async () => {
    const before = await graduatesTotal();
    const res = await postGraduate(graduate({ originInstitutionId: randomUUID() }));
    expectProblem(res, 422, 'reference-not-found');
    expectRussian(res);
    expect(res.body.errors).toEqual({ originInstitutionId: [expect.any(String)] });
    // Nothing of the statement or its values is given away.
    expect(JSON.stringify(res.body)).not.toMatch(/insert|select|Key \(|institutions"/i);
    expect(await graduatesTotal()).toBe(before);
  });
});
