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

const NOON = 'T12:00:00Z';

describe('appeals', () => {
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  let strangerHead: TestUser;
  let ownGraduate: TestGraduate;
  let colleagueGraduate: TestGraduate;
  let problems: Record<string, string>;

  beforeAll(async () => {
    home = (await createInstitution()).id;
    const other = (await createInstitution()).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    colleague = await createUser('specialist', home, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home);
    curator = await createUser('curator', home);
    strangerHead = await createUser('head', other);
    ownGraduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    colleagueGraduate = await createGraduate(head.token, { responsibleSpecialistId: colleague.id });
    problems = await dictionaryIds(head.token, 'problem');
  });

  const post = (token: string, body: object) =>
    api().post('/api/appeals').auth(token, { type: 'bearer' }).send(body);
  const get = (token: string, id: string) =>
    api().get(`/api/appeals/${id}`).auth(token, { type: 'bearer' });
  const patch = (token: string, id: string, body: object) =>
    api().patch(`/api/appeals/${id}`).auth(token, { type: 'bearer' }).send(body);
  const list = (token: string, query: object = {}) =>
    api().get('/api/appeals').query(query).auth(token, { type: 'bearer' });
  const valid = (overrides: object = {}) => ({
    graduateId: ownGraduate.id,
    registeredAt: `${daysAgo(3)}${NOON}`,
    channel: 'phone',
    problemIds: [problems.documents_lost],
    description: 'Потерян паспорт',
    ...overrides,
  });

  it('registers an appeal with its problems and specialist; reading it back is logged', async () => {
    const res = await post(head.token, {
      ...valid(),
      problemIds: [problems.housing_preservation, problems.documents_lost],
      assignedSpecialistId: specialist.id,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      registeredAt: `${daysAgo(3)}T12:00:00.000Z`,
      channel: 'phone',
      graduate: {
        id: ownGraduate.id,
        fullName: `${ownGraduate.lastName} Иван Петрович`,
        birthDate: ownGraduate.birthDate,
      },
      description: 'Потерян паспорт',
      assignedSpecialist: { id: specialist.id, fullName: 'Социальный Педагог' },
      status: 'new',
      outcome: '',
      referredTo: '',
      version: 1,
    });
    expect(res.body.problems.map((p: { id: string }) => p.id).sort()).toEqual(
      [problems.housing_preservation, problems.documents_lost].sort(),
    );
    expect(res.body.problems[0]).toEqual({
      id: expect.any(String),
      code: expect.any(String),
      name: expect.stringMatching(/[А-Яа-я]/),
      retired: false,
    });

    const read = await get(specialist.token, res.body.id);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(res.body);
    const log = await auditEntries('appeal', res.body.id);
    expect(log.map((e) => [e.action, e.user_id])).toEqual([
      ['create', head.id],
      ['read', specialist.id],
    ]);
    expect(log[0].changed_fields).toEqual(
      expect.arrayContaining(['graduateId', 'channel', 'problemIds', 'assignedSpecialistId']),
    );
    expect(log[0].details).toEqual({ graduateId: ownGraduate.id });
  });

  it('defaults: registered now, status new, in the intake queue; may be closed at once', async () => {
    const before = Date.now();
    const res = await post(specialist.token, {
      graduateId: ownGraduate.id,
      channel: 'in_person',
      problemIds: [problems.employment],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'new', assignedSpecialist: null, description: '' });
    expect(new Date(res.body.registeredAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const closed = await post(specialist.token, {
      ...valid(),
      status: 'referred',
      outcome: 'Направлен в центр занятости',
      referredTo: 'КГКУ «Центр занятости населения»',
    });
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({
      status: 'referred',
      referredTo: 'КГКУ «Центр занятости населения»',
    });
  });

  it.each([
    ['missing graduate', { graduateId: undefined }, 'graduateId'],
    ['graduate id not a UUID', { graduateId: 'abc' }, 'graduateId'],
    ['unknown channel', { channel: 'pigeon' }, 'channel'],
    ['no problems', { problemIds: [] }, 'problemIds'],
    ['problems not a list', { problemIds: 'housing' }, 'problemIds'],
    ['problem id not a UUID', { problemIds: ['housing'] }, 'problemIds'],
    ['time without a zone', { registeredAt: '2026-01-10T10:00:00' }, 'registeredAt'],
    ['a date instead of a moment', { registeredAt: '2026-01-10' }, 'registeredAt'],
    [
      'a moment in the future',
      { registeredAt: dayjs().add(2, 'day').toISOString() },
      'registeredAt',
    ],
    ['unknown status', { status: 'closed' }, 'status'],
    ['resolved without an outcome', { status: 'resolved' }, 'outcome'],
    ['referred without where to', { status: 'referred', outcome: 'Направлен' }, 'referredTo'],
    ['too long a description', { description: 'я'.repeat(4001) }, 'description'],
    ['specialist id not a UUID', { assignedSpecialistId: 'me' }, 'assignedSpecialistId'],
    ['unknown field', { priority: 'high' }, 'priority'],
  ])('400 for %s', async (_case, overrides, field) => {
    const res = await post(head.token, valid(overrides));
    expectProblem(res, 400, 'validation');
    expect(res.body.errors[field]).toBeDefined();
  });

  it('422 for references that do not exist for the caller, 400 for staff who cannot take cases', async () => {
    const stranger = await createGraduate(strangerHead.token);
    // Missing (or another institution's) records: 422; staff who cannot take case work: 400.
    const MISSING = [422, 'reference-not-found'] as const;
    const NOT_STAFF = [400, 'validation'] as const;
    const cases: [object, string, readonly [number, string]][] = [
      [{ graduateId: stranger.id }, 'graduateId', MISSING],
      [{ problemIds: ['7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b'] }, 'problemIds', MISSING],
      [{ assignedSpecialistId: curator.id }, 'assignedSpecialistId', NOT_STAFF],
      [{ assignedSpecialistId: supervisor.id }, 'assignedSpecialistId', NOT_STAFF],
      [{ assignedSpecialistId: strangerHead.id }, 'assignedSpecialistId', MISSING],
    ];
    const serviceKind = (
      await api().get('/api/dictionaries/service-kind').auth(head.token, { type: 'bearer' })
    ).body[0].id;
    cases.push([{ problemIds: [serviceKind] }, 'problemIds', MISSING]);
    for (const [overrides, field, [status, code]] of cases) {
      const res = await post(head.token, valid(overrides));
      expectProblem(res, status, code);
      expect(res.body.errors[field]).toBeDefined();
    }
    // A specialist cannot register an appeal for a colleague's graduate either.
    expectProblem(
      await post(specialist.token, valid({ graduateId: colleagueGraduate.id })),
      422,
      'reference-not-found',
    );
  });

  it('409 not-eligible for a person of 24 without study or an order (001 §4.1)', async () => {
    const older = await createGraduate(head.token, {
      birthDate: dayjs().subtract(24, 'year').subtract(10, 'day').format('YYYY-MM-DD'),
    });
    const res = await post(head.token, valid({ graduateId: older.id }));
    expectProblem(res, 409, 'not-eligible');
    expect(res.body.detail).toMatch(/23/);
    // Eligible on an earlier day, when still 22: that appeal may be registered.
    const earlier = dayjs().subtract(2, 'year').format('YYYY-MM-DD');
    expect(
      (await post(head.token, valid({ graduateId: older.id, registeredAt: `${earlier}${NOON}` })))
        .status,
    ).toBe(201);
  });

  it('409 retired-entry for a retired problem; an appeal that already names it keeps it', async () => {
    const admin = await asAdmin();
    const entry = await api()
      .post('/api/dictionaries/problem')
      .auth(admin, { type: 'bearer' })
      .send({ code: unique('retired_').toLowerCase(), name: 'Устаревшая проблема' });
    const appeal = await post(head.token, valid({ problemIds: [entry.body.id] }));
    expect(appeal.status).toBe(201);
    await api()
      .post(`/api/dictionaries/problem/${entry.body.id}/retire`)
      .auth(admin, { type: 'bearer' })
      .send({ version: entry.body.version });

    const refused = await post(head.token, valid({ problemIds: [entry.body.id] }));
    expectProblem(refused, 409, 'retired-entry');
    const shown = await get(head.token, appeal.body.id);
    expect(shown.body.problems).toEqual([
      { id: entry.body.id, code: entry.body.code, name: 'Устаревшая проблема', retired: true },
    ]);
    const kept = await patch(head.token, appeal.body.id, {
      version: 1,
      problemIds: [entry.body.id, problems.health],
      description: 'Уточнено',
    });
    expect(kept.status).toBe(200);
    expect(kept.body.problems).toHaveLength(2);
  });

  it('moves through statuses with optimistic locking and logs the changed fields', async () => {
    const created = (await post(head.token, valid())).body;
    const started = await patch(specialist.token, created.id, {
      version: 1,
      status: 'in_progress',
      assignedSpecialistId: specialist.id,
    });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'in_progress', version: 2 });

    expectProblem(
      await patch(head.token, created.id, { version: 1, channel: 'letter' }),
      409,
      'stale-version',
    );
    expectProblem(
      await patch(head.token, created.id, { version: 2, status: 'new' }),
      409,
      'invalid-transition',
    );
    const noOutcome = await patch(head.token, created.id, { version: 2, status: 'resolved' });
    expectProblem(noOutcome, 400, 'validation');
    expect(noOutcome.body.errors.outcome).toBeDefined();

    const resolved = await patch(head.token, created.id, {
      version: 2,
      status: 'resolved',
      outcome: 'Паспорт восстановлен',
    });
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      outcome: 'Паспорт восстановлен',
      version: 3,
    });
    const reopened = await patch(head.token, created.id, { version: 3, status: 'in_progress' });
    expect(reopened.body).toMatchObject({ status: 'in_progress', version: 4 });

    // Changing only the problems is a new version too.
    const reworded = await patch(head.token, created.id, {
      version: 4,
      problemIds: [problems.health],
    });
    expect(reworded.body.version).toBe(5);
    expect(reworded.body.problems.map((p: { id: string }) => p.id)).toEqual([problems.health]);

    const updates = (await auditEntries('appeal', created.id)).filter((e) => e.action === 'update');
    expect(updates.map((e) => e.changed_fields)).toEqual([
      ['assignedSpecialistId', 'status'],
      ['status', 'outcome'],
      ['status'],
      ['problemIds'],
    ]);
  });

  it('400 for bad edits', async () => {
    const created = (await post(head.token, valid())).body;
    for (const [body, field] of [
      [{ status: 'in_progress' }, 'version'],
      [{ version: 1, channel: 'fax' }, 'channel'],
      [{ version: 1, problemIds: [] }, 'problemIds'],
      [{ version: 1, registeredAt: 'yesterday' }, 'registeredAt'],
      [{ version: 1, graduateId: colleagueGraduate.id }, 'graduateId'],
      [{ version: 1, assignedSpecialistId: curator.id }, 'assignedSpecialistId'],
    ] as [object, string][]) {
      const res = await patch(head.token, created.id, body);
      expectProblem(res, 400, 'validation');
      expect(res.body.errors[field]).toBeDefined();
    }
    const unassigned = await patch(head.token, created.id, {
      version: 1,
      assignedSpecialistId: null,
    });
    expect(unassigned.status).toBe(200);
  });

  it('403 for roles without the permission', async () => {
    const created = (await post(head.token, valid())).body;
    expectProblem(await post(supervisor.token, valid()), 403, 'forbidden');
    expectProblem(
      await patch(supervisor.token, created.id, { version: 1, channel: 'letter' }),
      403,
    );
    expectProblem(await list(curator.token), 404);
    expectProblem(await get(curator.token, created.id), 404);
    expectProblem(await list(await asAdmin()), 403);
    expect((await get(supervisor.token, created.id)).status).toBe(200);
  });

  it('404 across institutions and for a colleague’s assigned appeal', async () => {
    const ofColleague = (
      await post(
        head.token,
        valid({ graduateId: colleagueGraduate.id, assignedSpecialistId: colleague.id }),
      )
    ).body;
    expectProblem(await get(strangerHead.token, ofColleague.id), 404, 'not-found');
    expectProblem(
      await patch(strangerHead.token, ofColleague.id, { version: 1, channel: 'letter' }),
      404,
    );
    expectProblem(await get(specialist.token, ofColleague.id), 404, 'not-found');
    expectProblem(
      await patch(specialist.token, ofColleague.id, { version: 1, channel: 'letter' }),
      404,
    );
    expectProblem(await get(head.token, 'not-a-uuid'), 404);
    expectProblem(await get(head.token, '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b'), 404);
    expect((await get(colleague.token, ofColleague.id)).status).toBe(200);
  });

  it('lists what the caller may see, newest first, with filters and pages', async () => {
    const home2 = (await createInstitution()).id;
    const boss = await createUser('head', home2);
    const [mine, theirs] = [
      await createUser('specialist', home2),
      await createUser('specialist', home2),
    ];
    const myGraduate = await createGraduate(boss.token, { responsibleSpecialistId: mine.id });
    const theirGraduate = await createGraduate(boss.token, { responsibleSpecialistId: theirs.id });
    const make = async (overrides: object) =>
      (await post(boss.token, valid({ graduateId: myGraduate.id, ...overrides }))).body
        .id as string;
    const a1 = await make({
      registeredAt: `${daysAgo(10)}${NOON}`,
      problemIds: [problems.health, problems.employment],
      assignedSpecialistId: mine.id,
    });
    const a2 = await make({
      registeredAt: `${daysAgo(5)}${NOON}`,
      assignedSpecialistId: theirs.id,
    });
    const a3 = await make({
      registeredAt: `${daysAgo(1)}${NOON}`,
      status: 'resolved',
      outcome: 'Готово',
      assignedSpecialistId: mine.id,
    });
    const queued = await make({
      graduateId: theirGraduate.id,
      registeredAt: `${daysAgo(2)}${NOON}`,
    });
    const hidden = await make({
      graduateId: theirGraduate.id,
      registeredAt: `${daysAgo(4)}${NOON}`,
      assignedSpecialistId: theirs.id,
    });
    const ids = async (token: string, query: object = {}) =>
      ((await list(token, query)).body.items as { id: string }[]).map((i) => i.id);

    expect(await ids(boss.token)).toEqual([a3, queued, hidden, a2, a1]);
    // Own graduate's appeals (even assigned to a colleague); not a colleague's case, nor an
    // unassigned appeal of a colleague's graduate.
    expect(await ids(mine.token)).toEqual([a3, a2, a1]);
    expectProblem(await get(mine.token, queued), 404);
    expect(await ids(theirs.token)).toEqual([queued, hidden, a2]);
    expect(await ids(mine.token, { specialistId: theirs.id })).toEqual([a2]);
    // «Без специалиста»: the intake queue, for the head and the specialists who may see it.
    expect(await ids(boss.token, { unassigned: true })).toEqual([queued]);
    expect(await ids(theirs.token, { unassigned: true })).toEqual([queued]);
    expect(await ids(mine.token, { unassigned: true })).toEqual([]);
    expect(await ids(theirs.token, { unassigned: 'true', status: 'resolved' })).toEqual([]);
    expect(await ids(head.token)).not.toEqual(expect.arrayContaining([a1]));

    expect(await ids(boss.token, { status: 'resolved' })).toEqual([a3]);
    expect(await ids(boss.token, { graduateId: theirGraduate.id })).toEqual([queued, hidden]);
    expect(await ids(boss.token, { from: daysAgo(5), to: daysAgo(2) })).toEqual([
      queued,
      hidden,
      a2,
    ]);
    const byProblem = await list(boss.token, { problemId: problems.employment });
    expect(byProblem.body.items.map((i: { id: string }) => i.id)).toEqual([a1]);
    expect(byProblem.body.items[0].problems).toHaveLength(2);

    const page = await list(boss.token, { page: 2, pageSize: 2 });
    expect(page.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.body.items.map((i: { id: string }) => i.id)).toEqual([hidden, a2]);

    for (const query of [
      { from: '2026-13-01' },
      { status: 'open' },
      { specialistId: 'me' },
      { problemId: 'x' },
      { pageSize: 500 },
      { sort: 'name' },
    ]) {
      expectProblem(await list(boss.token, query), 400, 'validation');
    }
  });
  describe('registered with the help given at once', () => {
    const withHelp = (token: string, body: object) =>
      api().post('/api/appeals/with-help').auth(token, { type: 'bearer' }).send(body);
    let kinds: Record<string, string>;
    const help = (overrides: object = {}) => ({
      providedOn: daysAgo(3),
      kindId: kinds.document_recovery,
      form: 'individual',
      delivery: 'remote',
      durationMinutes: 30,
      result: 'Подано заявление на восстановление паспорта',
      ...overrides,
    });
    const appealsOf = async (graduateId: string) =>
      (await list(head.token, { graduateId })).body.items as { id: string }[];

    beforeAll(async () => {
      kinds = await dictionaryIds(head.token, 'service-kind');
    });

    it('saves the appeal resolved with the help’s result, and the help for it', async () => {
      const res = await withHelp(specialist.token, { ...valid(), help: help() });
      expect(res.status).toBe(201);
      expect(res.body.appeal).toMatchObject({
        graduate: { id: ownGraduate.id },
        status: 'resolved',
        outcome: 'Подано заявление на восстановление паспорта',
        referredTo: '',
      });
      expect(res.body.service).toMatchObject({
        appealId: res.body.appeal.id,
        providedOn: daysAgo(3),
        durationMinutes: 30,
        result: 'Подано заявление на восстановление паспорта',
        kind: { id: kinds.document_recovery },
        specialist: { id: specialist.id },
      });
      // The journal shows it resolved: what the graduate asked for was done.
      const read = await get(head.token, res.body.appeal.id);
      expect(read.body).toMatchObject({ status: 'resolved', outcome: res.body.appeal.outcome });
      const services = await api()
        .get('/api/services')
        .query({ appealId: res.body.appeal.id })
        .auth(head.token, { type: 'bearer' });
      expect(services.body.items.map((s: { id: string }) => s.id)).toEqual([res.body.service.id]);
      expect((await auditEntries('appeal', res.body.appeal.id))[0].action).toBe('create');
    });

    it('saves neither when the help is refused, so no appeal is left «new»', async () => {
      const graduate = await createGraduate(head.token, {
        responsibleSpecialistId: specialist.id,
      });
      const refused = [
        // A problem is no kind of help (the service's own check, after the appeal's insert).
        [{ kindId: problems.documents_lost }, 422, 'reference-not-found'],
        // Help before the appeal was made.
        [{ providedOn: daysAgo(5) }, 400, 'validation'],
      ] as const;
      for (const [overrides, status, code] of refused) {
        const res = await withHelp(specialist.token, {
          ...valid({ graduateId: graduate.id }),
          help: help(overrides),
        });
        expectProblem(res, status, code);
      }
      expect(await appealsOf(graduate.id)).toEqual([]);
    });

    it.each([
      ['no help', {}, 'help'],
      ['help without a result', { help: { result: '' } }, 'help.result'],
      ['a status of its own', { status: 'new' }, 'status'],
    ])('400 for %s', async (_case, overrides, field) => {
      const body: Record<string, unknown> = { ...valid(), ...overrides };
      if ('help' in overrides) body.help = help(overrides.help as object);
      const res = await withHelp(head.token, body);
      expectProblem(res, 400, 'validation');
      expect(Object.keys(res.body.errors).join()).toContain(field);
    });

    it('403 for roles that may not register appeals, 422 for a graduate they cannot see, 401 signed out', async () => {
      expectProblem(await withHelp(supervisor.token, { ...valid(), help: help() }), 403);
      expectProblem(await withHelp(await asAdmin(), { ...valid(), help: help() }), 403);
      expectProblem(
        await withHelp(specialist.token, {
          ...valid({ graduateId: colleagueGraduate.id }),
          help: help(),
        }),
        422,
        'reference-not-found',
      );
      const res = await api()
        .post('/api/appeals/with-help')
        .send({ ...valid(), help: help() });
      expectProblem(res, 401);
    });
  });
});
