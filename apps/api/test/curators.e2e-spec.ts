import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import {
  api,
  auditEntries,
  createGraduate,
  createInstitution,
  createUser,
  dayIn,
  expectProblem,
  login,
  TestGraduate,
  TestUser,
  unique,
} from './support/api';

const ZONE = 'Asia/Vladivostok';
const day = (offset = 0) => dayIn(ZONE, offset);

const bearer = { type: 'bearer' } as const;
const get = (token: string, path: string, query: object = {}) =>
  api().get(`/api${path}`).query(query).auth(token, bearer);
const post = (token: string, path: string, body: object = {}) =>
  api().post(`/api${path}`).auth(token, bearer).send(body);
const put = (token: string, path: string, body: object = {}) =>
  api().put(`/api${path}`).auth(token, bearer).send(body);
const patch = (token: string, path: string, body: object = {}) =>
  api().patch(`/api${path}`).auth(token, bearer).send(body);

// Answers are read loosely here: the OpenAPI check already validates every body's shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function bodyOf<T = any>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

function expectInvalid(res: request.Response, field: string) {
  expectProblem(res, 400, 'validation');
  expect(Object.keys(res.body.errors ?? {})).toContain(field);
}

/** A reference to a record that is missing for the caller (or another institution's). */
function expectMissing(res: request.Response, field: string) {
  expectProblem(res, 422, 'reference-not-found');
  expect(Object.keys(res.body.errors ?? {})).toContain(field);
}

interface Curator {
  id: string;
  fullName: string;
  status: string;
  trainingHours: number;
  requiredHours: number;
  activeAssignments: number;
  account: { userId: string; login: string; active: boolean } | null;
  version: number;
}

describe('volunteer curators', () => {
  let home: { id: string; version: number };
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let strangerHead: TestUser;

  beforeAll(async () => {
    home = await createInstitution({ timeZone: ZONE });
    head = await createUser('head', home.id, 'Руководитель Службы');
    specialist = await createUser('specialist', home.id, 'Социальный Педагог');
    colleague = await createUser('specialist', home.id, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home.id);
    strangerHead = await createUser('head', (await createInstitution()).id);
    // Four hours of training, at most two graduates per curator.
    const settings = await patch(head.token, `/institutions/${home.id}/settings`, {
      version: home.version,
      curatorTrainingHours: 4,
      curatorMaxGraduates: 2,
    });
    expect(bodyOf(settings).curators).toEqual({ trainingHours: 4, maxGraduates: 2 });
  });

  const candidate = async (body: object = {}, token = specialist.token): Promise<Curator> =>
    bodyOf<Curator>(
      await post(token, '/curators', {
        lastName: 'Петрова',
        firstName: 'Анна',
        patronymic: 'Сергеевна',
        phone: '+7 914 000-00-00',
        occupation: 'Инженер',
        source: 'День открытых дверей',
        ...body,
      }),
      201,
    );

  const session = async (hours: number, heldOn = day(-7)) =>
    bodyOf(
      await post(specialist.token, '/curator-trainings', {
        heldOn,
        topic: 'Особенности выпускников',
        trainer: 'Психолог',
        hours,
      }),
      201,
    );

  const attend = async (s: { id: string; version: number }, curatorIds: string[]) =>
    bodyOf(
      await put(specialist.token, `/curator-trainings/${s.id}/attendance`, {
        version: s.version,
        curatorIds,
      }),
    );

  const current = async (id: string) => bodyOf<Curator>(await get(head.token, `/curators/${id}`));

  /** A candidate who attended the required hours, has the documents and was approved. */
  async function approvedCurator(body: object = {}): Promise<Curator> {
    const c = await candidate({
      recordCheckNumber: '25/1-123',
      recordCheckOn: day(-30),
      consentOn: day(-30),
      ...body,
    });
    await attend(await session(4), [c.id]);
    const trained = await current(c.id);
    return bodyOf<Curator>(
      await post(head.token, `/curators/${c.id}/approve`, { version: trained.version }),
    );
  }

  const assign = (
    curatorId: string,
    graduateId: string,
    extra: object = {},
    token = specialist.token,
  ) =>
    post(token, `/curators/${curatorId}/assignments`, {
      graduateId,
      startsOn: day(-1),
      goal: 'Помощь в поиске работы и в быту',
      ...extra,
    });

  const mine = () => createGraduate(head.token, { responsibleSpecialistId: specialist.id });

  describe('candidates', () => {
    it('registers a candidate, finds them by name and status, edits with optimistic locking; reads are logged', async () => {
      const created = await candidate({
        lastName: 'Смирнова',
        email: 'smirnova@example.ru',
        birthDate: '1990-05-01',
      });
      expect(created).toMatchObject({
        fullName: 'Смирнова Анна Сергеевна',
        status: 'candidate',
        trainingHours: 0,
        requiredHours: 4,
        activeAssignments: 0,
        maxGraduates: 2,
        account: null,
      });
      const found = bodyOf(
        await get(head.token, '/curators', { q: 'смирнова', status: 'candidate' }),
      );
      expect(found.items.map((c: Curator) => c.id)).toContain(created.id);
      expect(
        bodyOf(await get(head.token, '/curators', { q: 'смирнова', status: 'approved' })).items,
      ).toEqual([]);

      const edited = bodyOf<Curator>(
        await patch(specialist.token, `/curators/${created.id}`, {
          version: created.version,
          occupation: 'Учитель',
        }),
      );
      expect(edited).toMatchObject({ occupation: 'Учитель', version: created.version + 1 });
      expectProblem(
        await patch(head.token, `/curators/${created.id}`, {
          version: created.version,
          occupation: 'x',
        }),
        409,
        'stale-version',
      );

      await get(head.token, `/curators/${created.id}`);
      const audit = await auditEntries('curator', created.id);
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['create', 'update', 'read']),
      );
    });

    it('400 for bad or unknown fields and days in the future; nothing is saved', async () => {
      const before = bodyOf(await get(head.token, '/curators', { q: 'Неправильная' })).total;
      for (const [body, field] of [
        [{ lastName: 'Н3правильная' }, 'lastName'],
        [{ lastName: 'Неправильная', phone: 'звоните' }, 'phone'],
        [{ lastName: 'Неправильная', birthDate: day(1) }, 'birthDate'],
        [{ lastName: 'Неправильная', recordCheckOn: day(1) }, 'recordCheckOn'],
        [{ lastName: 'Неправильная', consentOn: '2026-02-31' }, 'consentOn'],
        [{ lastName: 'Неправильная', salary: 1 }, 'salary'],
      ] as const) {
        const res = await post(specialist.token, '/curators', { firstName: 'Анна', ...body });
        expectInvalid(res, field);
      }
      expect(bodyOf(await get(head.token, '/curators', { q: 'Неправильная' })).total).toBe(before);
    });

    it('401 without a token; 403 for a supervisor writing; 404 for another institution', async () => {
      const c = await candidate();
      expectProblem(await api().get('/api/curators'), 401);
      expect(bodyOf(await get(supervisor.token, `/curators/${c.id}`)).id).toBe(c.id);
      expectProblem(
        await post(supervisor.token, '/curators', { lastName: 'А', firstName: 'Б' }),
        403,
        'forbidden',
      );
      expectProblem(await get(strangerHead.token, `/curators/${c.id}`), 404, 'not-found');
      expectProblem(
        await patch(strangerHead.token, `/curators/${c.id}`, { version: c.version, note: 'x' }),
        404,
      );
      expect(bodyOf(await get(strangerHead.token, '/curators', { q: 'Петрова' })).items).toEqual(
        [],
      );
    });
  });

  describe('training and approval', () => {
    it('a candidate becomes trained at the required hours, and back when attendance is corrected', async () => {
      const c = await candidate();
      const first = await session(2);
      await attend(first, [c.id]);
      expect(await current(c.id)).toMatchObject({ status: 'candidate', trainingHours: 2 });
      const second = await session(2, day(-3));
      const attended = await attend(second, [c.id]);
      expect(attended.attendees).toEqual([{ curatorId: c.id, fullName: 'Петрова Анна Сергеевна' }]);
      expect(await current(c.id)).toMatchObject({ status: 'trained', trainingHours: 4 });

      await attend(attended, []);
      expect(await current(c.id)).toMatchObject({ status: 'candidate', trainingHours: 2 });
      const history = bodyOf(await get(head.token, `/curators/${c.id}/history`));
      expect(history.map((h: { to: string }) => h.to)).toEqual([
        'candidate',
        'trained',
        'candidate',
      ]);
      const listed = bodyOf(await get(head.token, '/curator-trainings', { curatorId: c.id }));
      expect(listed.items.map((s: { id: string }) => s.id)).toEqual([first.id]);
    });

    it('409 for attendance at a session not yet held; 400 for a curator of another institution; 409 for a stale session', async () => {
      const c = await candidate();
      const future = await session(2, day(3));
      expectProblem(
        await put(specialist.token, `/curator-trainings/${future.id}/attendance`, {
          version: future.version,
          curatorIds: [c.id],
        }),
        409,
        'session-not-held',
      );
      const held = await session(2);
      const foreign = bodyOf(
        await post(strangerHead.token, '/curators', { lastName: 'Чужая', firstName: 'Анна' }),
        201,
      );
      expectInvalid(
        await put(specialist.token, `/curator-trainings/${held.id}/attendance`, {
          version: held.version,
          curatorIds: [foreign.id],
        }),
        'curatorIds',
      );
      expectInvalid(
        await put(specialist.token, `/curator-trainings/${held.id}/attendance`, {
          version: held.version,
          curatorIds: ['nope'],
        }),
        'curatorIds',
      );
      await attend(held, [c.id]);
      expectProblem(
        await put(specialist.token, `/curator-trainings/${held.id}/attendance`, {
          version: held.version,
          curatorIds: [],
        }),
        409,
        'stale-version',
      );
      expectInvalid(
        await post(specialist.token, '/curator-trainings', {
          heldOn: day(),
          topic: 'Тема',
          hours: 0,
        }),
        'hours',
      );
      expectProblem(await get(strangerHead.token, `/curator-trainings/${held.id}`), 404);
    });

    it('a candidate who left keeps the hours of the sessions they came to, and is never added to another', async () => {
      const gone = await candidate();
      const stays = await candidate();
      const held = await attend(await session(2), [gone.id]);
      const now = await current(gone.id);
      bodyOf(
        await post(specialist.token, `/curators/${gone.id}/leave`, {
          version: now.version,
          reason: 'Передумала',
        }),
      );
      const corrected = await attend(held, [gone.id, stays.id]);
      expect(corrected.attendees.map((a: { curatorId: string }) => a.curatorId).sort()).toEqual(
        [gone.id, stays.id].sort(),
      );
      const next = await session(2, day(-1));
      expectInvalid(
        await put(specialist.token, `/curator-trainings/${next.id}/attendance`, {
          version: next.version,
          curatorIds: [gone.id],
        }),
        'curatorIds',
      );
    });

    it('only the head approves, and only a trained candidate with the certificate and the consent', async () => {
      const c = await candidate();
      expectProblem(
        await post(head.token, `/curators/${c.id}/approve`, { version: c.version }),
        409,
        'invalid-transition',
      );
      await attend(await session(4), [c.id]);
      let trained = await current(c.id);
      expectProblem(
        await post(specialist.token, `/curators/${c.id}/approve`, { version: trained.version }),
        403,
        'forbidden',
      );
      const missing = await post(head.token, `/curators/${c.id}/approve`, {
        version: trained.version,
      });
      expectProblem(missing, 409, 'documents-missing');
      expect(missing.body.fields).toEqual(['recordCheckOn', 'consentOn']);
      trained = bodyOf<Curator>(
        await patch(specialist.token, `/curators/${c.id}`, {
          version: trained.version,
          recordCheckOn: day(-10),
          consentOn: day(-10),
        }),
      );
      const approved = bodyOf<Curator>(
        await post(head.token, `/curators/${c.id}/approve`, { version: trained.version }),
      );
      expect(approved.status).toBe('approved');
      expectProblem(
        await post(head.token, `/curators/${c.id}/approve`, { version: approved.version }),
        409,
        'invalid-transition',
      );
      expectProblem(
        await post(strangerHead.token, `/curators/${c.id}/approve`, { version: approved.version }),
        404,
      );
    });
  });

  describe('assignments', () => {
    it('assigning the first graduate makes the curator active; one curator per graduate; at most the institution’s number per curator', async () => {
      const curator = await approvedCurator();
      const other = await approvedCurator({ lastName: 'Соколова' });
      const [first, second, third] = [await mine(), await mine(), await mine()];

      const assigned = bodyOf(await assign(curator.id, first.id), 201);
      expect(assigned).toMatchObject({
        curator: { id: curator.id, fullName: 'Петрова Анна Сергеевна' },
        graduate: { id: first.id },
        startsOn: day(-1),
        endsOn: null,
        current: true,
        assignedBy: { id: specialist.id },
      });
      expect(await current(curator.id)).toMatchObject({ status: 'active', activeAssignments: 1 });

      const taken = await assign(other.id, first.id, { startsOn: day(5) });
      expectProblem(taken, 409, 'graduate-has-curator');
      expect(taken.body).toMatchObject({
        existingId: assigned.id,
        detail: expect.stringContaining('Петрова'),
      });

      bodyOf(await assign(curator.id, second.id), 201);
      expectProblem(await assign(curator.id, third.id), 409, 'curator-at-capacity');
      // A period after the current ones end is free.
      const ending = bodyOf(
        await get(head.token, '/curator-assignments', { curatorId: curator.id, current: true }),
      );
      expect(ending).toHaveLength(2);

      const listed = bodyOf(
        await get(specialist.token, '/curator-assignments', { graduateId: first.id }),
      );
      expect(listed.map((a: { id: string }) => a.id)).toEqual([assigned.id]);
      // A specialist sees the assignments of their own graduates only.
      expect(
        bodyOf(await get(colleague.token, '/curator-assignments', { curatorId: curator.id })),
      ).toEqual([]);
    });

    it('400 for a period ending before it starts, 422 for a graduate not visible; 409 for a candidate; 404 for another institution’s curator', async () => {
      const curator = await approvedCurator();
      const graduate = await mine();
      expectInvalid(
        await assign(curator.id, graduate.id, { startsOn: day(), endsOn: day() }),
        'endsOn',
      );
      const foreign = await createGraduate(strangerHead.token);
      expectMissing(await assign(curator.id, foreign.id), 'graduateId');
      const colleagues = await createGraduate(head.token, {
        responsibleSpecialistId: colleague.id,
      });
      expectMissing(await assign(curator.id, colleagues.id), 'graduateId');
      expectInvalid(await assign(curator.id, graduate.id, { goal: '' }), 'goal');
      const fresh = await candidate();
      expectProblem(await assign(fresh.id, graduate.id), 409, 'invalid-transition');
      expectProblem(await assign(curator.id, graduate.id, {}, strangerHead.token), 404);
      expectProblem(await assign(curator.id, graduate.id, {}, supervisor.token), 403);
      expect(
        bodyOf(await get(head.token, '/curator-assignments', { graduateId: graduate.id })),
      ).toEqual([]);
    });

    it('ending an assignment: 409 when already over, 400 before its start', async () => {
      const curator = await approvedCurator();
      const graduate = await mine();
      const assigned = bodyOf(await assign(curator.id, graduate.id, { startsOn: day(-10) }), 201);
      expectInvalid(
        await post(specialist.token, `/curator-assignments/${assigned.id}/end`, {
          version: assigned.version,
          endsOn: day(-11),
          reason: 'Ошибка',
        }),
        'endsOn',
      );
      const ended = bodyOf(
        await post(specialist.token, `/curator-assignments/${assigned.id}/end`, {
          version: assigned.version,
          endsOn: day(),
          reason: 'Цель достигнута',
        }),
      );
      expect(ended).toMatchObject({ endsOn: day(), endReason: 'Цель достигнута', current: false });
      expectProblem(
        await post(specialist.token, `/curator-assignments/${assigned.id}/end`, {
          version: ended.version,
          endsOn: day(),
          reason: 'Ещё раз',
        }),
        409,
        'assignment-ended',
      );
      expectProblem(
        await post(strangerHead.token, `/curator-assignments/${assigned.id}/end`, {
          version: ended.version,
          endsOn: day(),
          reason: 'x',
        }),
        404,
      );
    });
  });

  describe('consultations', () => {
    it('logs help given to a curator; 400 for the future; 404 for another institution', async () => {
      const curator = await approvedCurator();
      const added = bodyOf(
        await post(specialist.token, `/curators/${curator.id}/consultations`, {
          heldOn: day(-1),
          topic: 'Как говорить о долгах',
          notes: 'Обсудили',
        }),
        201,
      );
      expect(added).toMatchObject({
        staff: { id: specialist.id, fullName: 'Социальный Педагог' },
        heldOn: day(-1),
      });
      expect(
        bodyOf(await get(head.token, `/curators/${curator.id}/consultations`)).map(
          (c: { id: string }) => c.id,
        ),
      ).toEqual([added.id]);
      expectInvalid(
        await post(specialist.token, `/curators/${curator.id}/consultations`, {
          heldOn: day(1),
          topic: 'Тема',
        }),
        'heldOn',
      );
      expectProblem(await get(strangerHead.token, `/curators/${curator.id}/consultations`), 404);
    });
  });

  describe('a curator’s own account', () => {
    let curator: Curator;
    let curatorUser: { login: string; token: string };
    let assigned: TestGraduate;
    let notAssigned: TestGraduate;
    let assignment: { id: string; version: number };

    beforeAll(async () => {
      curator = await approvedCurator({ lastName: 'Волкова' });
      assigned = await mine();
      // Messengers are kept only under a written consent.
      bodyOf(
        await post(head.token, `/graduates/${assigned.id}/consents`, {
          signedOn: day(-30),
          allowsProcessing: true,
        }),
        201,
      );
      const withContacts = bodyOf(
        await patch(head.token, `/graduates/${assigned.id}`, {
          version: assigned.version,
          contacts: { phones: ['+7 914 111-22-33'], socialNetworks: ['t.me/masha'] },
        }),
      );
      assigned = { ...assigned, version: withContacts.version };
      notAssigned = await mine();
      assignment = bodyOf(await assign(curator.id, assigned.id, { startsOn: day(-3) }), 201);
      curator = await current(curator.id);
      const loginName = unique('volkova.');
      const account = await post(head.token, `/curators/${curator.id}/account`, {
        version: curator.version,
        login: loginName,
      });
      const made = bodyOf(account, 201);
      expect(made.curator.account).toMatchObject({ login: loginName, active: true });
      // The one-time password admits nothing but its own change; then the curator signs in.
      const first = await login(loginName, made.temporaryPassword);
      const newPassword = 'Волонтёр-Сирень-2026';
      const changed = await api()
        .post('/api/auth/password')
        .auth(first.accessToken, bearer)
        .send({ currentPassword: made.temporaryPassword, newPassword });
      expect(changed.status).toBe(204);
      curatorUser = { login: loginName, token: (await login(loginName, newPassword)).accessToken };
      curator = made.curator;
    });

    it('only the head gives an account, once, and only to an approved curator', async () => {
      expectProblem(
        await post(head.token, `/curators/${curator.id}/account`, {
          version: curator.version,
          login: unique('again.'),
        }),
        409,
        'account-exists',
      );
      const fresh = await candidate();
      expectProblem(
        await post(head.token, `/curators/${fresh.id}/account`, {
          version: fresh.version,
          login: unique('c.'),
        }),
        409,
        'invalid-transition',
      );
      expectProblem(
        await post(specialist.token, `/curators/${fresh.id}/account`, {
          version: fresh.version,
          login: unique('c.'),
        }),
        403,
      );
      const approved = await approvedCurator();
      expectInvalid(
        await post(head.token, `/curators/${approved.id}/account`, {
          version: approved.version,
          login: 'имя',
        }),
        'login',
      );
      expectProblem(
        await post(head.token, `/curators/${approved.id}/account`, {
          version: approved.version,
          login: head.login,
        }),
        409,
        'login-taken',
      );
    });

    it('sees only the graduates assigned today, with name, age, phone and messengers', async () => {
      const list = bodyOf(await get(curatorUser.token, '/curator-portal/graduates'));
      expect(list).toEqual([
        {
          id: assigned.id,
          fullName: `${assigned.lastName} Иван Петрович`,
          age: 19 - (day() < `${day().slice(0, 4)}-03-15` ? 1 : 0),
          phones: ['+7 914 111-22-33'],
          messengers: ['t.me/masha'],
          assignment: { startsOn: day(-3), endsOn: null, goal: 'Помощь в поиске работы и в быту' },
          specialist: 'Социальный Педагог',
          openActivities: 0,
          overdueActivities: 0,
        },
      ]);
      const card = bodyOf(await get(curatorUser.token, `/curator-portal/graduates/${assigned.id}`));
      expect(Object.keys(card).sort()).toEqual(
        [
          'activities',
          'age',
          'assignment',
          'fullName',
          'id',
          'messengers',
          'openActivities',
          'overdueActivities',
          'phones',
          'specialist',
        ].sort(),
      );
      expectProblem(
        await get(curatorUser.token, `/curator-portal/graduates/${notAssigned.id}`),
        404,
        'not-found',
      );
      const reads = await auditEntries('graduate', assigned.id);
      expect(reads.some((r) => r.user_id === curator.account!.userId && r.action === 'read')).toBe(
        true,
      );
    });

    it('every other route about the graduate answers 404: consents, files, contracts, plans, assessments, notices, appeals …', async () => {
      const spec = JSON.parse(
        readFileSync(join(__dirname, '../../../libs/api-client/openapi.json'), 'utf8'),
      );
      const routes = Object.entries(
        spec.paths as Record<string, Record<string, { 'x-permission'?: string }>>,
      ).flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .filter(
            ([, op]) =>
              op['x-permission'] &&
              !['account.self', 'curator.portal'].includes(op['x-permission']),
          )
          .map(([method]) => ({ method, url: path.replace(/\{[^}]+\}/g, assigned.id) })),
      );
      expect(routes.length).toBeGreaterThan(50);
      for (const { method, url } of routes) {
        const res = await (api() as unknown as Record<string, (u: string) => request.Test>)
          [method](url)
          .query({ graduateId: assigned.id })
          .auth(curatorUser.token, bearer)
          .send({});
        expect({ route: `${method} ${url}`, status: res.status }).toEqual({
          route: `${method} ${url}`,
          status: 404,
        });
      }
    });

    it('records contacts and visits, sees only their own entries; staff see the entry with the curator named', async () => {
      const staffNote = bodyOf(
        await post(specialist.token, `/graduates/${assigned.id}/contacts`, {
          occurredAt: new Date().toISOString(),
          kind: 'phone_call',
          summary: 'Звонок специалиста: о здоровье',
        }),
        201,
      );
      const visit = bodyOf(
        await post(curatorUser.token, `/curator-portal/graduates/${assigned.id}/contacts`, {
          occurredAt: new Date(Date.now() - 3600_000).toISOString(),
          kind: 'home_visit',
          summary: 'Навестила дома, помогла с резюме',
          nextSteps: 'Сходить в центр занятости',
        }),
        201,
      );
      expect(visit).toMatchObject({
        kind: 'home_visit',
        outcome: 'held',
        summary: 'Навестила дома, помогла с резюме',
      });
      const own = bodyOf(
        await get(curatorUser.token, `/curator-portal/graduates/${assigned.id}/contacts`),
      );
      expect(own.map((c: { id: string }) => c.id)).toEqual([visit.id]);
      expect(own.map((c: { id: string }) => c.id)).not.toContain(staffNote.id);

      const log = bodyOf(await get(specialist.token, `/graduates/${assigned.id}/contacts`));
      const seen = log.items.find((c: { id: string }) => c.id === visit.id);
      expect(seen).toMatchObject({
        curators: [{ id: curator.id, fullName: 'Волкова Анна Сергеевна' }],
        participants: [],
      });

      expectInvalid(
        await post(curatorUser.token, `/curator-portal/graduates/${assigned.id}/contacts`, {
          occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
          kind: 'home_visit',
          summary: 'Завтра',
        }),
        'occurredAt',
      );
      expectInvalid(
        await post(curatorUser.token, `/curator-portal/graduates/${assigned.id}/contacts`, {
          occurredAt: new Date().toISOString(),
          kind: 'employer_contact',
          summary: 'Работодатель',
        }),
        'kind',
      );
      expectProblem(
        await post(curatorUser.token, `/curator-portal/graduates/${notAssigned.id}/contacts`, {
          occurredAt: new Date().toISOString(),
          kind: 'home_visit',
          summary: 'Чужой',
        }),
        404,
      );
      expectProblem(await api().get('/api/curator-portal/graduates'), 401);
      expectProblem(await get(head.token, '/curator-portal/graduates'), 403, 'forbidden');
    });

    it('sees the plan activities given to them and marks them done', async () => {
      const contract = bodyOf(
        await post(head.token, '/contracts', {
          graduateId: assigned.id,
          kind: 'support',
          startsOn: day(-10),
        }),
        201,
      );
      bodyOf(
        await post(head.token, `/contracts/${contract.id}/activate`, {
          version: contract.version,
          signedOn: day(-10),
          scanLater: true,
        }),
      );
      let plan = bodyOf(
        await post(specialist.token, '/plans', {
          contractId: contract.id,
          goals: [{ domain: 'employment', goal: 'Устроиться на работу' }],
        }),
        201,
      );
      const fresh = await candidate();
      expectInvalid(
        await post(specialist.token, `/plans/${plan.id}/activities`, {
          version: plan.version,
          domain: 'employment',
          title: 'Резюме',
          dueOn: day(5),
          responsibleCuratorId: fresh.id,
        }),
        'responsibleCuratorId',
      );
      plan = bodyOf(
        await post(specialist.token, `/plans/${plan.id}/activities`, {
          version: plan.version,
          domain: 'employment',
          title: 'Составить резюме вместе',
          dueOn: day(5),
          responsibleCuratorId: curator.id,
        }),
        201,
      );
      plan = bodyOf(
        await post(specialist.token, `/plans/${plan.id}/activities`, {
          version: plan.version,
          domain: 'health',
          title: 'Диспансеризация',
          dueOn: day(5),
        }),
        201,
      );
      const given = plan.activities.find(
        (a: { title: string }) => a.title === 'Составить резюме вместе',
      );
      const notGiven = plan.activities.find(
        (a: { title: string }) => a.title === 'Диспансеризация',
      );
      expect(given.responsibleCurator).toEqual({
        id: curator.id,
        fullName: 'Волкова Анна Сергеевна',
      });

      const card = bodyOf(await get(curatorUser.token, `/curator-portal/graduates/${assigned.id}`));
      expect(card.activities).toEqual([
        expect.objectContaining({
          id: given.id,
          title: 'Составить резюме вместе',
          status: 'planned',
          overdue: false,
          planVersion: plan.version,
        }),
      ]);
      expect(card.openActivities).toBe(1);

      expectProblem(
        await post(curatorUser.token, `/curator-portal/activities/${notGiven.id}/complete`, {
          version: plan.version,
          doneOn: day(),
          result: 'x',
        }),
        404,
      );
      expectInvalid(
        await post(curatorUser.token, `/curator-portal/activities/${given.id}/complete`, {
          version: plan.version,
          doneOn: day(1),
          result: 'Готово',
        }),
        'doneOn',
      );
      expectProblem(
        await post(curatorUser.token, `/curator-portal/activities/${given.id}/complete`, {
          version: plan.version - 1,
          doneOn: day(),
          result: 'Готово',
        }),
        409,
        'stale-version',
      );
      const done = bodyOf(
        await post(curatorUser.token, `/curator-portal/activities/${given.id}/complete`, {
          version: plan.version,
          doneOn: day(),
          result: 'Резюме отправлено в три компании',
        }),
      );
      expect(done).toMatchObject({
        status: 'done',
        doneOn: day(),
        result: 'Резюме отправлено в три компании',
      });
      const staffView = bodyOf(await get(specialist.token, `/plans/${plan.id}`));
      expect(staffView.activities.find((a: { id: string }) => a.id === given.id)).toMatchObject({
        status: 'done',
      });
      expectProblem(
        await post(curatorUser.token, `/curator-portal/activities/${given.id}/complete`, {
          version: staffView.version,
          doneOn: day(),
          result: 'Ещё раз',
        }),
        409,
        'invalid-transition',
      );
    });

    it('loses access while paused and the day the assignment ends; a curator who leaves is locked out', async () => {
      curator = await current(curator.id);
      curator = bodyOf<Curator>(
        await post(specialist.token, `/curators/${curator.id}/pause`, {
          version: curator.version,
          reason: 'Командировка',
        }),
      );
      expect(bodyOf(await get(curatorUser.token, '/curator-portal/graduates'))).toEqual([]);
      expectProblem(await get(curatorUser.token, `/curator-portal/graduates/${assigned.id}`), 404);
      curator = bodyOf<Curator>(
        await post(specialist.token, `/curators/${curator.id}/resume`, {
          version: curator.version,
        }),
      );
      expect(bodyOf(await get(curatorUser.token, '/curator-portal/graduates'))).toHaveLength(1);

      // Ending tomorrow keeps today's access; ending today removes it at once.
      const current0 = bodyOf(
        await get(head.token, '/curator-assignments', { curatorId: curator.id }),
      )[0];
      expect(current0.id).toBe(assignment.id);
      const tomorrow = bodyOf(
        await post(specialist.token, `/curator-assignments/${assignment.id}/end`, {
          version: current0.version,
          endsOn: day(1),
          reason: 'Переезд',
        }),
      );
      expect(bodyOf(await get(curatorUser.token, '/curator-portal/graduates'))).toHaveLength(1);
      bodyOf(
        await post(specialist.token, `/curator-assignments/${assignment.id}/end`, {
          version: tomorrow.version,
          endsOn: day(),
          reason: 'Переезд раньше',
        }),
      );
      expect(bodyOf(await get(curatorUser.token, '/curator-portal/graduates'))).toEqual([]);
      expectProblem(
        await get(curatorUser.token, `/curator-portal/graduates/${assigned.id}/contacts`),
        404,
      );

      const another = await mine();
      const open = bodyOf(await assign(curator.id, another.id, { startsOn: day(-1) }), 201);
      curator = await current(curator.id);
      const left = bodyOf<Curator>(
        await post(head.token, `/curators/${curator.id}/leave`, {
          version: curator.version,
          reason: 'Переехала в другой город',
        }),
      );
      expect(left).toMatchObject({
        status: 'left',
        activeAssignments: 0,
        account: { active: false },
      });
      const closed = bodyOf(
        await get(head.token, '/curator-assignments', { graduateId: another.id }),
      )[0];
      expect(closed).toMatchObject({
        id: open.id,
        endsOn: day(),
        endReason: expect.stringContaining('Куратор выбыл'),
      });
      expectProblem(await get(curatorUser.token, '/curator-portal/graduates'), 401);
      expectProblem(
        await patch(head.token, `/curators/${curator.id}`, { version: left.version, note: 'x' }),
        409,
        'curator-left',
      );
      expectProblem(
        await post(head.token, `/curators/${curator.id}/leave`, {
          version: left.version,
          reason: 'x',
        }),
        409,
        'invalid-transition',
      );
    });
  });

  describe('curators and partners lead group events', () => {
    it('an event names a working curator or a partner of the directory as its lead', async () => {
      const curator = await approvedCurator({ lastName: 'Орлова' });
      const partner = bodyOf(
        await post(head.token, '/partners', { name: 'Центр занятости', kind: 'employment_center' }),
        201,
      );
      const event = bodyOf(
        await post(specialist.token, '/events', {
          kind: 'training',
          startsAt: `${day(3)}T15:00:00+10:00`,
          durationMinutes: 90,
          topic: 'Как найти первую работу',
          leadCuratorId: curator.id,
          leadPartnerId: partner.id,
        }),
        201,
      );
      expect(event).toMatchObject({
        leadCurator: { id: curator.id, fullName: 'Орлова Анна Сергеевна' },
        leadPartner: { id: partner.id, name: 'Центр занятости', kind: 'employment_center' },
      });
      const fresh = await candidate();
      expectInvalid(
        await post(specialist.token, '/events', {
          kind: 'training',
          startsAt: `${day(3)}T15:00:00+10:00`,
          durationMinutes: 90,
          topic: 'Тема',
          leadCuratorId: fresh.id,
        }),
        'leadCuratorId',
      );
      expectMissing(
        await patch(specialist.token, `/events/${event.id}`, {
          version: event.version,
          leadPartnerId: fresh.id,
        }),
        'leadPartnerId',
      );
    });
  });
});
