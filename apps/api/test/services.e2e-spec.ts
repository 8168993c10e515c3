import dayjs from 'dayjs';
import {
  api,
  asAdmin,
  auditEntries,
  createGraduate,
  createInstitution,
  createUser,
  expectProblem,
  TestGraduate,
  TestUser,
  unique,
  daysAgo,
  dictionaryIds,
} from './support/api';

describe('services (help given)', () => {
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  let strangerHead: TestUser;
  let graduate: TestGraduate;
  let colleagueGraduate: TestGraduate;
  let kinds: Record<string, string>;
  let problems: Record<string, string>;
  let appealId: string;

  beforeAll(async () => {
    const home = (await createInstitution()).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Юрист Консультант');
    colleague = await createUser('specialist', home, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home);
    curator = await createUser('curator', home);
    strangerHead = await createUser('head', (await createInstitution()).id);
    graduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    colleagueGraduate = await createGraduate(head.token, { responsibleSpecialistId: colleague.id });
    kinds = await dictionaryIds(head.token, 'service-kind');
    problems = await dictionaryIds(head.token, 'problem');
    const appeal = await api()
      .post('/api/appeals')
      .auth(head.token, { type: 'bearer' })
      .send({
        graduateId: graduate.id,
        registeredAt: `${daysAgo(10)}T12:00:00Z`,
        channel: 'in_person',
        problemIds: [problems.documents_lost],
        assignedSpecialistId: specialist.id,
      });
    appealId = appeal.body.id;
  });

  const post = (token: string, body: object) =>
    api().post('/api/services').auth(token, { type: 'bearer' }).send(body);
  const get = (token: string, id: string) =>
    api().get(`/api/services/${id}`).auth(token, { type: 'bearer' });
  const patch = (token: string, id: string, body: object) =>
    api().patch(`/api/services/${id}`).auth(token, { type: 'bearer' }).send(body);
  const list = (token: string, query: object = {}) =>
    api().get('/api/services').query(query).auth(token, { type: 'bearer' });
  const valid = (overrides: object = {}) => ({
    graduateId: graduate.id,
    providedOn: daysAgo(7),
    kindId: kinds.document_recovery,
    form: 'individual',
    delivery: 'in_person',
    durationMinutes: 45,
    result: 'Подано заявление на восстановление паспорта',
    ...overrides,
  });

  it('records help for an appeal, given by the caller; reading it back is logged', async () => {
    const res = await post(specialist.token, valid({ appealId }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      providedOn: daysAgo(7),
      graduate: { id: graduate.id, birthDate: graduate.birthDate },
      specialist: { id: specialist.id, fullName: 'Юрист Консультант' },
      kind: { id: kinds.document_recovery, code: 'document_recovery', retired: false },
      form: 'individual',
      delivery: 'in_person',
      durationMinutes: 45,
      result: 'Подано заявление на восстановление паспорта',
      appealId,
      version: 1,
    });
    expect(res.body.kind.name).toMatch(/документ/);
    const read = await get(head.token, res.body.id);
    expect(read.body).toEqual(res.body);
    const log = await auditEntries('service', res.body.id);
    expect(log.map((e) => [e.action, e.user_id])).toEqual([
      ['create', specialist.id],
      ['read', head.id],
    ]);
    expect(log[0].details).toEqual({ graduateId: graduate.id, appealId });
  });

  it('records one-off help without an appeal, on behalf of a colleague', async () => {
    const res = await post(head.token, {
      ...valid({ kindId: kinds.psychological_consulting, delivery: 'remote', form: 'group' }),
      specialistId: colleague.id,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      appealId: null,
      specialist: { id: colleague.id },
      form: 'group',
    });
  });

  it.each([
    ['missing graduate', { graduateId: undefined }, 'graduateId'],
    ['missing day', { providedOn: undefined }, 'providedOn'],
    ['a day in another format', { providedOn: '05.11.2026' }, 'providedOn'],
    ['a moment instead of a day', { providedOn: '2026-11-05T10:00:00Z' }, 'providedOn'],
    [
      'a day in the future',
      { providedOn: dayjs().add(2, 'day').format('YYYY-MM-DD') },
      'providedOn',
    ],
    ['kind not a UUID', { kindId: 'legal' }, 'kindId'],
    ['unknown form', { form: 'pair' }, 'form'],
    ['unknown delivery', { delivery: 'mail' }, 'delivery'],
    ['zero minutes', { durationMinutes: 0 }, 'durationMinutes'],
    ['more than a day', { durationMinutes: 1441 }, 'durationMinutes'],
    ['fractional minutes', { durationMinutes: 30.5 }, 'durationMinutes'],
    ['minutes as text', { durationMinutes: '45' }, 'durationMinutes'],
    ['appeal not a UUID', { appealId: 'first' }, 'appealId'],
    ['unknown field', { cost: 100 }, 'cost'],
  ])('400 for %s', async (_case, overrides, field) => {
    const res = await post(head.token, valid(overrides));
    expectProblem(res, 400, 'validation');
    expect(res.body.errors[field]).toBeDefined();
  });

  it('422 for references to missing records, 400 for those that do not fit', async () => {
    const otherAppeal = await api()
      .post('/api/appeals')
      .auth(head.token, { type: 'bearer' })
      .send({ graduateId: colleagueGraduate.id, channel: 'phone', problemIds: [problems.health] });
    const stranger = await createGraduate(strangerHead.token);
    // Missing (or another institution's) records: 422; records that exist but do not fit: 400.
    const MISSING = [422, 'reference-not-found'] as const;
    const UNFIT = [400, 'validation'] as const;
    for (const [overrides, field, [status, code]] of [
      [{ kindId: problems.health }, 'kindId', MISSING],
      [{ kindId: '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b' }, 'kindId', MISSING],
      [{ graduateId: stranger.id }, 'graduateId', MISSING],
      [{ appealId: otherAppeal.body.id }, 'appealId', UNFIT],
      [{ appealId: '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b' }, 'appealId', MISSING],
      [{ appealId, providedOn: daysAgo(11) }, 'providedOn', UNFIT],
      [{ specialistId: curator.id }, 'specialistId', UNFIT],
      [{ specialistId: strangerHead.id }, 'specialistId', MISSING],
    ] as [object, string, readonly [number, string]][]) {
      const res = await post(head.token, valid(overrides));
      expectProblem(res, status, code);
      expect(res.body.errors[field]).toBeDefined();
    }
  });

  it('409 not-eligible for a person of 24 without study or an order (001 §4.1)', async () => {
    const older = await createGraduate(head.token, {
      birthDate: dayjs().subtract(24, 'year').subtract(1, 'month').format('YYYY-MM-DD'),
    });
    const res = await post(head.token, valid({ graduateId: older.id }));
    expectProblem(res, 409, 'not-eligible');
    expect(res.body.detail).toMatch(/23/);
  });

  it('409 retired-entry for a retired kind of help; existing records keep showing it', async () => {
    const admin = await asAdmin();
    const kind = (
      await api()
        .post('/api/dictionaries/service-kind')
        .auth(admin, { type: 'bearer' })
        .send({ code: unique('old_kind_').toLowerCase(), name: 'Устаревший вид помощи' })
    ).body;
    const given = (await post(head.token, valid({ kindId: kind.id }))).body;
    await api()
      .post(`/api/dictionaries/service-kind/${kind.id}/retire`)
      .auth(admin, { type: 'bearer' })
      .send({ version: 1 });
    expectProblem(await post(head.token, valid({ kindId: kind.id })), 409, 'retired-entry');
    expect((await get(head.token, given.id)).body.kind).toMatchObject({
      id: kind.id,
      retired: true,
    });
    // An edit of another field keeps the retired kind; choosing it anew for another record is refused.
    expect((await patch(head.token, given.id, { version: 1, durationMinutes: 60 })).status).toBe(
      200,
    );
    const other = (await post(head.token, valid())).body;
    expectProblem(
      await patch(head.token, other.id, { version: 1, kindId: kind.id }),
      409,
      'retired-entry',
    );
  });

  it('edits with optimistic locking and logs the changed fields', async () => {
    const created = (await post(specialist.token, valid({ appealId }))).body;
    const edited = await patch(specialist.token, created.id, {
      version: 1,
      durationMinutes: 90,
      result: 'Паспорт получен',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      durationMinutes: 90,
      result: 'Паспорт получен',
      version: 2,
    });
    expectProblem(
      await patch(specialist.token, created.id, { version: 1, durationMinutes: 30 }),
      409,
      'stale-version',
    );
    const detached = await patch(specialist.token, created.id, { version: 2, appealId: null });
    expect(detached.body).toMatchObject({ appealId: null, version: 3 });
    const unchanged = await patch(specialist.token, created.id, {
      version: 3,
      durationMinutes: 90,
    });
    expect(unchanged.body.version).toBe(3);
    for (const [body, field] of [
      [{ durationMinutes: 30 }, 'version'],
      [{ version: 3, durationMinutes: 0 }, 'durationMinutes'],
      [{ version: 3, graduateId: colleagueGraduate.id }, 'graduateId'],
      [{ version: 3, providedOn: dayjs().add(3, 'day').format('YYYY-MM-DD') }, 'providedOn'],
    ] as [object, string][]) {
      const res = await patch(specialist.token, created.id, body);
      expectProblem(res, 400, 'validation');
      expect(res.body.errors[field]).toBeDefined();
    }
    const updates = (await auditEntries('service', created.id)).filter(
      (e) => e.action === 'update',
    );
    expect(updates.map((e) => e.changed_fields)).toEqual([
      ['durationMinutes', 'result'],
      ['appealId'],
    ]);
  });

  it('403 for roles without the permission', async () => {
    const created = (await post(head.token, valid())).body;
    expectProblem(await post(supervisor.token, valid()), 403, 'forbidden');
    expectProblem(
      await patch(supervisor.token, created.id, { version: 1, durationMinutes: 5 }),
      403,
    );
    expectProblem(await list(curator.token), 404);
    expectProblem(await get(curator.token, created.id), 404);
    expect((await get(supervisor.token, created.id)).status).toBe(200);
  });

  it('404 across institutions and for a colleague’s graduate', async () => {
    const theirs = (await post(colleague.token, valid({ graduateId: colleagueGraduate.id }))).body;
    expectProblem(await get(strangerHead.token, theirs.id), 404, 'not-found');
    expectProblem(
      await patch(strangerHead.token, theirs.id, { version: 1, durationMinutes: 5 }),
      404,
    );
    expectProblem(await get(specialist.token, theirs.id), 404, 'not-found');
    expectProblem(
      await patch(specialist.token, theirs.id, { version: 1, durationMinutes: 5 }),
      404,
    );
    expectProblem(await get(head.token, 'nope'), 404);
  });

  it('lists what the caller may see, newest first, with filters', async () => {
    const boss = await createUser('head', (await createInstitution()).id);
    const g = await createGraduate(boss.token);
    const make = async (overrides: object) =>
      (await post(boss.token, valid({ graduateId: g.id, ...overrides }))).body.id as string;
    const s1 = await make({ providedOn: daysAgo(20), kindId: kinds.legal_aid });
    const s2 = await make({ providedOn: daysAgo(12) });
    const s3 = await make({ providedOn: daysAgo(2), kindId: kinds.legal_aid });
    const ids = async (query: object = {}) =>
      ((await list(boss.token, query)).body.items as { id: string }[]).map((i) => i.id);
    expect(await ids()).toEqual([s3, s2, s1]);
    expect(await ids({ kindId: kinds.legal_aid })).toEqual([s3, s1]);
    expect(await ids({ from: daysAgo(15), to: daysAgo(2) })).toEqual([s3, s2]);
    expect(await ids({ graduateId: g.id, pageSize: 1, page: 3 })).toEqual([s1]);
    expect(await ids({ specialistId: boss.id })).toEqual([s3, s2, s1]);

    const mine = (await list(specialist.token, { appealId })).body.items as { appealId: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((s) => s.appealId === appealId)).toBe(true);
    // Nothing of another institution; a specialist does not see a colleague's graduate's help.
    expect((await list(head.token, { graduateId: g.id })).body.total).toBe(0);
    expect((await list(specialist.token, { graduateId: colleagueGraduate.id })).body.total).toBe(0);
    for (const query of [
      { from: 'last week' },
      { kindId: 'legal' },
      { page: 0 },
      { appeal: appealId },
    ]) {
      expectProblem(await list(boss.token, query), 400, 'validation');
    }
  });
});
