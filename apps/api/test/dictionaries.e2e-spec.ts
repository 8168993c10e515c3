import {
  api,
  asAdmin,
  createInstitution,
  createUser,
  expectProblem,
  TestUser,
  unique,
} from './support/api';

interface Entry {
  id: string;
  kind: string;
  code: string;
  name: string;
  sortOrder: number;
  retired: boolean;
  version: number;
}

/** A code of its own per test: the lists are shared by every test file of the run. */
const code = (prefix: string) => unique(`${prefix}_`).toLowerCase();

describe('dictionaries', () => {
  let admin: string;
  let head: TestUser;
  let specialist: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  beforeAll(async () => {
    admin = await asAdmin();
    const home = (await createInstitution()).id;
    [head, specialist, supervisor, curator] = await Promise.all(
      ['head', 'specialist', 'supervisor', 'curator'].map((role) => createUser(role, home)),
    );
  });

  const list = (token: string, kind: string, query: object = {}) =>
    api().get(`/api/dictionaries/${kind}`).query(query).auth(token, { type: 'bearer' });
  const create = (kind: string, body: object, token = admin) =>
    api().post(`/api/dictionaries/${kind}`).auth(token, { type: 'bearer' }).send(body);
  const patch = (kind: string, id: string, body: object, token = admin) =>
    api().patch(`/api/dictionaries/${kind}/${id}`).auth(token, { type: 'bearer' }).send(body);
  const act = (kind: string, id: string, action: string, body: object, token = admin) =>
    api()
      .post(`/api/dictionaries/${kind}/${id}/${action}`)
      .auth(token, { type: 'bearer' })
      .send(body);

  it('comes seeded with the kinds of help and the problems named in the regulations', async () => {
    const kinds = await list(specialist.token, 'service-kind');
    expect(kinds.status).toBe(200);
    const byCode = new Map((kinds.body as Entry[]).map((e) => [e.code, e]));
    expect(byCode.get('social_pedagogical_consulting')?.name).toBe(
      'Социально-педагогическое консультирование',
    );
    expect(byCode.get('psychological_consulting')?.name).toBe('Психологическое консультирование');
    for (const seeded of [
      'information',
      'legal_aid',
      'medical_social_aid',
      'employment_assistance',
      'housing_assistance',
      'document_recovery',
      'social_support_measures',
      'material_aid',
      'psychological_diagnostics',
      'education_liaison',
      'leisure_organisation',
    ]) {
      expect(byCode.get(seeded)).toMatchObject({ kind: 'service_kind', retired: false });
    }
    const problems = await list(supervisor.token, 'problem');
    const codes = (problems.body as Entry[]).map((e) => e.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'housing_preservation',
        'documents_lost',
        'education_difficulties',
        'employment',
        'finances_debts',
        'health',
        'family_children',
        'legal_issues',
        'psychological_crisis',
        'risk_behaviour',
        'leisure_isolation',
        'everyday_skills',
      ]),
    );
    for (const entry of problems.body as Entry[]) {
      expect(entry.code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(entry.name).toMatch(/[А-Яа-яЁё]/);
    }
    // In display order.
    const orders = (problems.body as Entry[]).map((e) => e.sortOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('an unknown list is 404; a caller without the permission is 403', async () => {
    expectProblem(await list(head.token, 'colours'), 404, 'not-found');
    expectProblem(await list(curator.token, 'problem'), 404, 'not-found');
  });

  it('an administrator adds, renames, retires and restores an entry', async () => {
    const entryCode = code('exit_interview');
    const created = await create('service-kind', {
      code: entryCode,
      name: '  Итоговая беседа  ',
      sortOrder: 500,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'service_kind',
      code: entryCode,
      name: 'Итоговая беседа',
      sortOrder: 500,
      retired: false,
      retiredAt: null,
      version: 1,
    });
    const id = created.body.id;

    const renamed = await patch('service-kind', id, { version: 1, name: 'Итоговая консультация' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: 'Итоговая консультация',
      sortOrder: 500,
      version: 2,
    });

    const retired = await act('service-kind', id, 'retire', { version: 2 });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ retired: true, version: 3 });
    expect(retired.body.retiredAt).toEqual(expect.any(String));
    const active = await list(head.token, 'service-kind');
    expect((active.body as Entry[]).some((e) => e.id === id)).toBe(false);
    const all = await list(head.token, 'service-kind', { includeRetired: true });
    expect((all.body as Entry[]).find((e) => e.id === id)).toMatchObject({ retired: true });

    // Retiring again changes nothing.
    expect((await act('service-kind', id, 'retire', { version: 3 })).body.version).toBe(3);

    const restored = await act('service-kind', id, 'restore', { version: 3 });
    expect(restored.body).toMatchObject({ retired: false, retiredAt: null, version: 4 });
    expect(
      ((await list(head.token, 'service-kind')).body as Entry[]).some((e) => e.id === id),
    ).toBe(true);
  });

  it('refuses a code already in the same list with 409, but not in the other list', async () => {
    const shared = code('dup');
    expect((await create('problem', { code: shared, name: 'Проблема' })).status).toBe(201);
    expectProblem(await create('problem', { code: shared, name: 'Ещё раз' }), 409, 'code-taken');
    expect((await create('service-kind', { code: shared, name: 'Помощь' })).status).toBe(201);
  });

  it.each([
    ['missing code', { name: 'Имя' }, 'code'],
    ['code in Cyrillic', { code: 'жильё', name: 'Имя' }, 'code'],
    ['code not snake_case', { code: 'HousingIssue', name: 'Имя' }, 'code'],
    ['code with a dash', { code: 'housing-issue', name: 'Имя' }, 'code'],
    ['missing name', { code: 'valid_code' }, 'name'],
    ['blank name', { code: 'valid_code', name: '   ' }, 'name'],
    ['fractional sort order', { code: 'valid_code', name: 'Имя', sortOrder: 1.5 }, 'sortOrder'],
    ['negative sort order', { code: 'valid_code', name: 'Имя', sortOrder: -1 }, 'sortOrder'],
    ['unknown field', { code: 'valid_code', name: 'Имя', colour: 'red' }, 'colour'],
  ])('400 on create for %s', async (_case, body, field) => {
    const res = await create('problem', body);
    expectProblem(res, 400, 'validation');
    expect(res.body.errors[field]).toBeDefined();
  });

  it('400 for a bad edit, a bad includeRetired and a missing version', async () => {
    const entry = (await create('problem', { code: code('edit'), name: 'Проблема' })).body as Entry;
    const bad = await patch('problem', entry.id, { version: 1, name: 'x' });
    expectProblem(bad, 400, 'validation');
    expect(bad.body.errors.name).toBeDefined();
    expectProblem(await patch('problem', entry.id, { name: 'Без версии' }), 400, 'validation');
    expectProblem(await patch('problem', entry.id, { version: 1, code: 'other' }), 400);
    expectProblem(await act('problem', entry.id, 'retire', {}), 400, 'validation');
    expectProblem(await list(head.token, 'problem', { includeRetired: 'maybe' }), 400);
  });

  it('a stale version answers 409 and changes nothing', async () => {
    const entry = (await create('problem', { code: code('stale'), name: 'Первое имя' })).body;
    expect((await patch('problem', entry.id, { version: 1, name: 'Второе имя' })).status).toBe(200);
    expectProblem(
      await patch('problem', entry.id, { version: 1, name: 'Третье' }),
      409,
      'stale-version',
    );
    expectProblem(await act('problem', entry.id, 'retire', { version: 1 }), 409, 'stale-version');
    expectProblem(await act('problem', entry.id, 'restore', { version: 1 }), 409, 'stale-version');
    const all = await list(head.token, 'problem', { includeRetired: true });
    expect((all.body as Entry[]).find((e) => e.id === entry.id)).toMatchObject({
      name: 'Второе имя',
      retired: false,
      version: 2,
    });
  });

  it('an entry is found only in its own list and by a UUID (404)', async () => {
    const entry = (await create('problem', { code: code('own'), name: 'Проблема' })).body;
    expectProblem(await patch('service-kind', entry.id, { version: 1, name: 'Чужая' }), 404);
    expectProblem(await act('service-kind', entry.id, 'retire', { version: 1 }), 404);
    expectProblem(await act('service-kind', entry.id, 'restore', { version: 1 }), 404);
    expectProblem(await patch('problem', 'not-a-uuid', { version: 1, name: 'Имя' }), 404);
    expectProblem(
      await patch('problem', '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b', { version: 1, name: 'Имя' }),
      404,
    );
  });

  it('only administrators manage the lists (403 for heads, specialists, supervisors)', async () => {
    const entry = (await create('problem', { code: code('perm'), name: 'Проблема' })).body;
    for (const user of [head, specialist, supervisor]) {
      expectProblem(await create('problem', { code: code('x'), name: 'Имя' }, user.token), 403);
      expectProblem(await patch('problem', entry.id, { version: 1, name: 'Имя' }, user.token), 403);
      expectProblem(await act('problem', entry.id, 'retire', { version: 1 }, user.token), 403);
      expectProblem(await act('problem', entry.id, 'restore', { version: 1 }, user.token), 403);
    }
  });
});
