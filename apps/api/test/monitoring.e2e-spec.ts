import dayjs from 'dayjs';
import request from 'supertest';
import {
  api,
  asAdmin,
  auditEntries,
  createGraduate,
  createInstitution,
  createUser,
  dayIn,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';

/*
 * The social map (DOMAIN.md workflow 5): scored assessments with revisions and dynamics, the
 * assessment schedule, the dated situation history, the case log and the independence
 * checklist. Every "today" is the institution's (Vladivostok, UTC+10), never the machine's.
 */

const ZONE = 'Asia/Vladivostok';
const day = (offset = 0) => dayIn(ZONE, offset);
const fmt = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
const plusDays = (from: string, days: number) => fmt(dayjs(from).add(days, 'day'));
const plusMonths = (from: string, months: number) => fmt(dayjs(from).add(months, 'month'));
/** A birth date that makes the person `years` old (plus `days`) today in ZONE. */
const bornYearsAgo = (years: number, days = 0) =>
  fmt(dayjs(day()).subtract(years, 'year').subtract(days, 'day'));

const DOMAINS = [
  'housing',
  'documents',
  'education',
  'employment',
  'health',
  'family',
  'finances',
  'legal',
  'leisure',
  'risk_behaviour',
] as const;
type Domain = (typeof DOMAINS)[number];

const MILESTONES = [
  'passport',
  'snils',
  'medical_policy',
  'inn',
  'registration',
  'military_registration',
  'bank_account',
  'housing',
  'housing_queue',
  'income',
  'health_check',
  'education_finished',
  'trusted_adult',
];

interface Score {
  domain: Domain;
  score: number;
  note: string;
  facts: string;
}
interface Assessment {
  id: string;
  revision: number;
  current: boolean;
  assessedOn: string;
  scores: Score[];
  correctionReason: string;
  assessedBy: { id: string; fullName: string } | null;
  recordedAt: string;
  suggestedNotices: { trigger: string; domain: string; finding: string }[];
}
interface Series {
  domain: Domain;
  points: { assessmentId: string; assessedOn: string; score: number }[];
  changeSinceFirst: number | null;
  changeSincePrevious: number | null;
}
interface DueItem {
  graduateId: string;
  fullName: string;
  lastAssessedOn: string | null;
  dueOn: string;
  overdue: boolean;
  responsibleSpecialist: { id: string; fullName: string } | null;
}
interface Contact {
  id: string;
  occurredAt: string;
  kind: string;
  outcome: string;
  participants: { id: string; fullName: string }[];
  summary: string;
  appealId: string | null;
  activityIds: string[];
  version: number;
}

/** A score for every domain: `base` unless `set` says otherwise, with a note and facts each. */
const scoresOf = (set: Partial<Record<Domain, number>> = {}, base = 3): Score[] =>
  DOMAINS.map((domain) => ({
    domain,
    score: set[domain] ?? base,
    note: `Заметка ${domain}`,
    facts: `Факты ${domain}`,
  }));

const bearer = { type: 'bearer' } as const;
const as = (user: TestUser | string) => {
  const token = typeof user === 'string' ? user : user.token;
  return {
    get: (path: string, query: object = {}) => api().get(path).query(query).auth(token, bearer),
    post: (path: string, body: object = {}) => api().post(path).auth(token, bearer).send(body),
    put: (path: string, body: object = {}) => api().put(path).auth(token, bearer).send(body),
    patch: (path: string, body: object = {}) => api().patch(path).auth(token, bearer).send(body),
  };
};

/** The body of an answer with the expected status; otherwise fails naming what came back. */
function bodyOf<T>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** A validation problem naming `field`. */
function expectInvalid(res: request.Response, field: string) {
  expectProblem(res, 400, 'validation');
  expect(Object.keys(res.body.errors ?? {})).toContain(field);
}

/** A reference to a record that is missing for the caller (or another institution's). */
function expectMissing(res: request.Response, field: string) {
  expectProblem(res, 422, 'reference-not-found');
  expect(Object.keys(res.body.errors ?? {})).toContain(field);
}

describe('monitoring: the social map', () => {
  let home: { id: string; version: number };
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  let strangerHead: TestUser;

  beforeAll(async () => {
    home = await createInstitution({ timeZone: ZONE });
    head = await createUser('head', home.id, 'Руководитель Службы');
    specialist = await createUser('specialist', home.id, 'Социальный Педагог');
    colleague = await createUser('specialist', home.id, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home.id, 'Заместитель Директора');
    curator = await createUser('curator', home.id, 'Куратор Выпускника');
    strangerHead = await createUser(
      'head',
      (await createInstitution({ timeZone: ZONE })).id,
      'Чужой Руководитель',
    );
  });

  /** A graduate of `specialist` (19 unless overridden). */
  const assigned = (overrides: object = {}) =>
    createGraduate(head.token, { responsibleSpecialistId: specialist.id, ...overrides });

  const assess = async (
    graduate: { id: string },
    assessedOn: string,
    scores: Score[],
    user: TestUser = specialist,
  ) =>
    bodyOf<Assessment>(
      await as(user).post(`/api/graduates/${graduate.id}/assessments`, { assessedOn, scores }),
      201,
    );

  // -------------------------------------------------------------------------------------
  describe('assessments', () => {
    it('scores every life domain with a note and facts, names who assessed; newest first; logged', async () => {
      const graduate = await assigned();
      const sent = scoresOf({ housing: 2, employment: 4 }).reverse();
      sent[sent.length - 1] = { ...sent[sent.length - 1], note: '  Общежитие до июня  ' };
      const first = await as(specialist).post(`/api/graduates/${graduate.id}/assessments`, {
        assessedOn: day(-5),
        scores: sent,
      });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        id: expect.any(String),
        revision: 1,
        current: true,
        assessedOn: day(-5),
        scores: scoresOf({ housing: 2, employment: 4 }).map((s) =>
          s.domain === 'housing' ? { ...s, note: 'Общежитие до июня' } : s,
        ),
        correctionReason: '',
        assessedBy: { id: specialist.id, fullName: 'Социальный Педагог' },
        recordedAt: expect.any(String),
        suggestedNotices: [],
      });
      expect(Math.abs(Date.parse(first.body.recordedAt) - Date.now())).toBeLessThan(60_000);

      const second = await assess(graduate, day(-1), scoresOf({}, 4), head);
      expect(second.assessedBy).toEqual({ id: head.id, fullName: 'Руководитель Службы' });
      const listed = bodyOf<Assessment[]>(
        await as(supervisor).get(`/api/graduates/${graduate.id}/assessments`),
      );
      expect(listed.map((a) => [a.id, a.assessedOn])).toEqual([
        [second.id, day(-1)],
        [first.body.id, day(-5)],
      ]);

      expect(await auditEntries('assessment', first.body.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          user_id: specialist.id,
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
      ]);
      expect(await auditEntries('assessment', graduate.id)).toEqual([
        expect.objectContaining({
          action: 'read',
          user_id: supervisor.id,
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
      ]);
    });

    it('refuses a missing or repeated domain, a score outside 1–4, a future day and unknown fields (400)', async () => {
      const graduate = await assigned();
      const post = (body: object) =>
        as(specialist).post(`/api/graduates/${graduate.id}/assessments`, {
          assessedOn: day(),
          scores: scoresOf(),
          ...body,
        });
      expectInvalid(await post({ scores: scoresOf().slice(0, 9) }), 'scores');
      const repeated = scoresOf().map((s) =>
        s.domain === 'risk_behaviour' ? { ...s, domain: 'housing' as Domain } : s,
      );
      expectProblem(await post({ scores: repeated }), 400, 'validation');
      expectProblem(await post({ scores: scoresOf({ health: 0 }) }), 400, 'validation');
      expectProblem(await post({ scores: scoresOf({ health: 5 }) }), 400, 'validation');
      expectProblem(
        await post({ scores: [...scoresOf().slice(1), { domain: 'hobby', score: 3 }] }),
        400,
        'validation',
      );
      expectInvalid(await post({ assessedOn: day(1) }), 'assessedOn');
      expectInvalid(await post({ assessedBy: head.id }), 'assessedBy');
      expect(
        bodyOf<Assessment[]>(await as(head).get(`/api/graduates/${graduate.id}/assessments`)),
      ).toEqual([]);
    });

    it('a correction is a new revision; the corrected revision stays readable as it was', async () => {
      const graduate = await assigned();
      const original = await assess(graduate, day(-10), scoresOf({ housing: 2 }));
      const path = `/api/graduates/${graduate.id}/assessments/${original.id}`;
      const corrected = await as(head).post(`${path}/corrections`, {
        revision: 1,
        reason: 'Уточнены сведения о жилье',
        assessedOn: day(-9),
        scores: scoresOf({ housing: 3 }),
      });
      expect(corrected.status).toBe(201);
      expect(corrected.body).toMatchObject({
        id: original.id,
        revision: 2,
        current: true,
        assessedOn: day(-9),
        correctionReason: 'Уточнены сведения о жилье',
        assessedBy: { id: head.id, fullName: 'Руководитель Службы' },
      });
      expect(corrected.body.scores.find((s: Score) => s.domain === 'housing').score).toBe(3);

      const revisions = bodyOf<Assessment[]>(await as(specialist).get(`${path}/revisions`));
      expect(revisions).toEqual([
        { ...original, current: false, suggestedNotices: [] },
        corrected.body,
      ]);
      const listed = bodyOf<Assessment[]>(
        await as(head).get(`/api/graduates/${graduate.id}/assessments`),
      );
      expect(listed).toEqual([corrected.body]);

      expectProblem(
        await as(head).post(`${path}/corrections`, {
          revision: 1,
          reason: 'Повторное исправление',
          assessedOn: day(-9),
          scores: scoresOf({ housing: 4 }),
        }),
        409,
        'stale-version',
      );
      expectInvalid(
        await as(head).post(`${path}/corrections`, {
          revision: 2,
          reason: 'x',
          assessedOn: day(-9),
          scores: scoresOf(),
        }),
        'reason',
      );
      expectInvalid(
        await as(head).post(`${path}/corrections`, {
          revision: 2,
          reason: 'Будущая дата',
          assessedOn: day(1),
          scores: scoresOf(),
        }),
        'assessedOn',
      );
      // Another graduate's path does not reach this assessment.
      const other = await assigned();
      expectProblem(
        await as(head).get(`/api/graduates/${other.id}/assessments/${original.id}/revisions`),
        404,
      );
      expectProblem(
        await as(head).post(`/api/graduates/${other.id}/assessments/${original.id}/corrections`, {
          revision: 2,
          reason: 'Не тот выпускник',
          assessedOn: day(-9),
          scores: scoresOf(),
        }),
        404,
      );
      // Nothing was overwritten by the refused attempts.
      expect(bodyOf<Assessment[]>(await as(head).get(`${path}/revisions`))).toEqual(revisions);

      const audit = await auditEntries('assessment', original.id);
      expect(audit.filter((e) => e.action !== 'read')).toEqual([
        expect.objectContaining({
          action: 'create',
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
        expect.objectContaining({
          action: 'update',
          user_id: head.id,
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
      ]);
      expect(audit).toContainEqual(
        expect.objectContaining({ action: 'read', user_id: specialist.id }),
      );
    });

    it('dynamics over three assessments: the change since the first and since the previous', async () => {
      const graduate = await assigned();
      const series = async () =>
        Object.fromEntries(
          bodyOf<{ series: Series[] }>(
            await as(supervisor).get(`/api/graduates/${graduate.id}/dynamics`),
          ).series.map((s) => [s.domain, s]),
        ) as Record<Domain, Series>;

      const empty = await series();
      expect(Object.keys(empty)).toEqual([...DOMAINS]);
      expect(empty.housing).toEqual({
        domain: 'housing',
        points: [],
        changeSinceFirst: null,
        changeSincePrevious: null,
      });

      // Recorded out of order: the series follows the assessment days.
      const latest = await assess(
        graduate,
        day(-1),
        scoresOf({ housing: 4, employment: 3, health: 3 }, 2),
      );
      const one = await series();
      expect(one.housing).toMatchObject({ changeSinceFirst: null, changeSincePrevious: null });
      const first = await assess(
        graduate,
        day(-60),
        scoresOf({ housing: 1, employment: 2, health: 4 }, 2),
      );
      const middle = await assess(
        graduate,
        day(-30),
        scoresOf({ housing: 2, employment: 4, health: 3 }, 2),
      );

      const three = await series();
      expect(Object.keys(three)).toEqual([...DOMAINS]);
      expect(three.housing).toEqual({
        domain: 'housing',
        points: [
          { assessmentId: first.id, assessedOn: day(-60), score: 1 },
          { assessmentId: middle.id, assessedOn: day(-30), score: 2 },
          { assessmentId: latest.id, assessedOn: day(-1), score: 4 },
        ],
        changeSinceFirst: 3,
        changeSincePrevious: 2,
      });
      const summary = (s: Series) => ({
        scores: s.points.map((p) => p.score),
        first: s.changeSinceFirst,
        previous: s.changeSincePrevious,
      });
      expect(summary(three.employment)).toEqual({ scores: [2, 4, 3], first: 1, previous: -1 });
      expect(summary(three.health)).toEqual({ scores: [4, 3, 3], first: -1, previous: 0 });
      expect(summary(three.documents)).toEqual({ scores: [2, 2, 2], first: 0, previous: 0 });

      // A correction replaces the corrected revision in the dynamics; it is not counted twice.
      bodyOf(
        await as(specialist).post(
          `/api/graduates/${graduate.id}/assessments/${middle.id}/corrections`,
          {
            revision: 1,
            reason: 'Ошибка в оценке жилья',
            assessedOn: day(-30),
            scores: scoresOf({ housing: 3, employment: 4, health: 3 }, 2),
          },
        ),
        201,
      );
      const corrected = await series();
      expect(summary(corrected.housing)).toEqual({ scores: [1, 3, 4], first: 3, previous: 1 });
      expect(summary(corrected.employment)).toEqual({ scores: [2, 4, 3], first: 1, previous: -1 });

      expect(await auditEntries('assessment', graduate.id)).toContainEqual(
        expect.objectContaining({
          action: 'read',
          user_id: supervisor.id,
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
      );
    });

    it('suggests notices for crisis scores: housing, health, and risk behaviour of a minor only', async () => {
      const bySort = (list: Assessment['suggestedNotices']) =>
        [...list].sort((a, b) => a.domain.localeCompare(b.domain));
      const adult = await assigned({ birthDate: bornYearsAgo(19) });
      const crisis = scoresOf({ housing: 1, health: 1, risk_behaviour: 1 }).map((s) =>
        s.domain === 'housing'
          ? { ...s, note: 'Выселяют из квартиры', facts: 'Долг за коммунальные услуги' }
          : s,
      );
      const adultAssessment = await assess(adult, day(), crisis);
      expect(bySort(adultAssessment.suggestedNotices)).toEqual([
        {
          trigger: 'threat_life_health',
          domain: 'health',
          finding: expect.stringContaining('Заметка health'),
        },
        {
          trigger: 'housing',
          domain: 'housing',
          finding: expect.stringContaining('Выселяют из квартиры'),
        },
      ]);
      expect(
        adultAssessment.suggestedNotices.find((n) => n.domain === 'housing')?.finding,
      ).toContain('Долг за коммунальные услуги');

      const minor = await assigned({ birthDate: bornYearsAgo(17) });
      const minorAssessment = await assess(minor, day(), scoresOf({ risk_behaviour: 1 }));
      expect(minorAssessment.suggestedNotices).toEqual([
        {
          trigger: 'threat_life_health',
          domain: 'risk_behaviour',
          finding: expect.stringContaining('Заметка risk_behaviour'),
        },
      ]);

      // Turned 18 today: a minor on yesterday's assessment, an adult on today's.
      const eighteen = await assigned({ birthDate: bornYearsAgo(18) });
      const yesterday = await assess(eighteen, day(-1), scoresOf({ risk_behaviour: 1 }));
      expect(yesterday.suggestedNotices.map((n) => n.trigger)).toEqual(['threat_life_health']);
      const today = await assess(eighteen, day(), scoresOf({ risk_behaviour: 1 }));
      expect(today.suggestedNotices).toEqual([]);

      expect((await assess(adult, day(), scoresOf({}, 2))).suggestedNotices).toEqual([]);
    });

    it('is seen by the head, the assigned specialist and the supervisor; writes need the permission', async () => {
      const graduate = await assigned();
      const assessment = await assess(graduate, day(-3), scoresOf());
      const list = `/api/graduates/${graduate.id}/assessments`;
      const revisions = `${list}/${assessment.id}/revisions`;
      const dynamics = `/api/graduates/${graduate.id}/dynamics`;
      const body = { assessedOn: day(), scores: scoresOf() };
      const correction = {
        revision: 1,
        reason: 'Уточнение',
        assessedOn: day(-3),
        scores: scoresOf(),
      };

      for (const path of [list, revisions, dynamics]) {
        expect((await as(head).get(path)).status).toBe(200);
        expect((await as(supervisor).get(path)).status).toBe(200);
        expectProblem(await as(colleague).get(path), 404, 'not-found');
        expectProblem(await as(strangerHead).get(path), 404, 'not-found');
        expectProblem(await as(curator).get(path), 404);
        expectProblem(await api().get(path), 401);
      }
      expectProblem(await as(colleague).post(list, body), 404);
      expectProblem(await as(strangerHead).post(list, body), 404);
      expectProblem(await as(supervisor).post(list, body), 403);
      expectProblem(await as(curator).post(list, body), 404);
      expectProblem(await api().post(list).send(body), 401);
      expectProblem(
        await as(supervisor).post(`${list}/${assessment.id}/corrections`, correction),
        403,
      );
      expectProblem(
        await as(colleague).post(`${list}/${assessment.id}/corrections`, correction),
        404,
      );
      expectProblem(await as(head).get('/api/graduates/not-a-uuid/assessments'), 404);
      expectProblem(await as(head).get(`${list}/not-a-uuid/revisions`), 404);
      expectProblem(
        await as(head).get(`${list}/00000000-0000-4000-8000-000000000000/revisions`),
        404,
      );
      // The intake queue (nobody assigned yet) is open to every specialist.
      const queued = await createGraduate(head.token);
      expect(
        (await as(colleague).post(`/api/graduates/${queued.id}/assessments`, body)).status,
      ).toBe(201);
      // Nothing the refused writes tried was stored.
      expect(bodyOf<Assessment[]>(await as(head).get(list)).map((a) => a.revision)).toEqual([1]);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('the assessment schedule', () => {
    let own: { id: string; version: number };
    let h: TestUser;
    let s: TestUser;
    let other: TestUser;

    beforeAll(async () => {
      own = await createInstitution({ timeZone: ZONE });
      h = await createUser('head', own.id, 'Руководитель Графика');
      s = await createUser('specialist', own.id, 'Специалист Графика');
      other = await createUser('specialist', own.id, 'Другой Специалист');
    });

    /** A graduate of `specialist` under support by a contract signed on `signedOn`. */
    async function underSupport(
      signedOn: string,
      overrides: object = {},
      head_ = h,
      specialist_: TestUser | null = s,
    ): Promise<TestGraduate> {
      const graduate = await createGraduate(head_.token, {
        ...(specialist_ ? { responsibleSpecialistId: specialist_.id } : {}),
        ...overrides,
      });
      const draft = bodyOf<{ id: string; version: number }>(
        await as(head_).post('/api/contracts', {
          graduateId: graduate.id,
          kind: 'support',
          startsOn: signedOn,
        }),
        201,
      );
      bodyOf(
        await as(head_).post(`/api/contracts/${draft.id}/activate`, {
          version: draft.version,
          signedOn,
          scanLater: true,
        }),
      );
      return graduate;
    }

    const due = async (user: TestUser, state?: 'due' | 'overdue') =>
      new Map(
        bodyOf<{ items: DueItem[] }>(
          await as(user).get('/api/assessments/due', {
            pageSize: 100,
            ...(state ? { state } : {}),
          }),
        ).items.map((i) => [i.graduateId, i]),
      );

    it('the first assessment is due 30 days after signing; "due" looks 14 days ahead, "overdue" back', async () => {
      const in14 = await underSupport(day(-16));
      const in15 = await underSupport(day(-15));
      const today = await underSupport(day(-30));
      const late = await underSupport(day(-31));
      const assessedLate = await underSupport(day(-40));
      await assess(assessedLate, day(), scoresOf(), s);
      const noContract = await createGraduate(h.token, { responsibleSpecialistId: s.id });

      const dueList = await due(h, 'due');
      expect(dueList.get(in14.id)).toEqual({
        graduateId: in14.id,
        fullName: `${in14.lastName} Иван Петрович`,
        lastAssessedOn: null,
        dueOn: day(14),
        overdue: false,
        responsibleSpecialist: { id: s.id, fullName: 'Специалист Графика' },
      });
      expect(dueList.get(today.id)).toMatchObject({ dueOn: day(), overdue: false });
      expect(dueList.get(late.id)).toMatchObject({ dueOn: day(-1), overdue: true });
      expect(dueList.has(in15.id)).toBe(false);
      expect(dueList.has(assessedLate.id)).toBe(false);
      expect(dueList.has(noContract.id)).toBe(false);
      // "due" is the default state.
      expect([...(await due(h)).keys()].sort()).toEqual([...dueList.keys()].sort());

      const overdue = await due(h, 'overdue');
      expect(overdue.get(late.id)).toMatchObject({ dueOn: day(-1), overdue: true });
      expect(overdue.has(today.id)).toBe(false);
      expect(overdue.has(in14.id)).toBe(false);
    });

    it('then every 3 months while the last assessment is within a year of leaving care, 6 months after', async () => {
      // Assessed a little less than 3 (or 6) months ago: the next one is due within days.
      const a3 = plusDays(plusMonths(day(), -3), 5);
      const a6 = plusDays(plusMonths(day(), -6), 5);
      const firstYear = await underSupport(day(-200), { leftCareOn: day(-250) });
      await assess(firstYear, a3, scoresOf(), s);
      const later = await underSupport(day(-200), { leftCareOn: day(-800) });
      await assess(later, a3, scoresOf(), s);
      const laterDue = await underSupport(day(-300), { leftCareOn: day(-800) });
      await assess(laterDue, a6, scoresOf(), s);
      // The year after leaving care ends the day before the anniversary.
      const lastDayOfYear = await underSupport(day(-200), {
        leftCareOn: plusDays(plusMonths(a3, -12), 1),
      });
      await assess(lastDayOfYear, a3, scoresOf(), s);
      const anniversary = await underSupport(day(-200), { leftCareOn: plusMonths(a3, -12) });
      await assess(anniversary, a3, scoresOf(), s);

      const list = await due(s);
      expect(list.get(firstYear.id)).toMatchObject({
        lastAssessedOn: a3,
        dueOn: plusMonths(a3, 3),
        overdue: false,
      });
      expect(list.get(laterDue.id)).toMatchObject({
        lastAssessedOn: a6,
        dueOn: plusMonths(a6, 6),
        overdue: false,
      });
      expect(list.get(lastDayOfYear.id)).toMatchObject({ dueOn: plusMonths(a3, 3) });
      expect(list.has(later.id)).toBe(false);
      expect(list.has(anniversary.id)).toBe(false);

      // Only the current revision counts: a correction moving the day makes it overdue.
      const moved = await underSupport(day(-200), { leftCareOn: day(-250) });
      const assessment = await assess(moved, day(), scoresOf(), s);
      expect((await due(s)).has(moved.id)).toBe(false);
      const earlier = plusDays(plusMonths(day(), -3), -2);
      bodyOf(
        await as(s).post(`/api/graduates/${moved.id}/assessments/${assessment.id}/corrections`, {
          revision: 1,
          reason: 'Неверная дата оценки',
          assessedOn: earlier,
          scores: scoresOf(),
        }),
        201,
      );
      expect((await due(s, 'overdue')).get(moved.id)).toMatchObject({
        lastAssessedOn: earlier,
        dueOn: plusMonths(earlier, 3),
        overdue: true,
      });
    });

    it('follows the intervals the institution sets', async () => {
      const inst = await createInstitution({ timeZone: ZONE });
      const ih = await createUser('head', inst.id);
      const saved = await as(ih).patch(`/api/institutions/${inst.id}/settings`, {
        version: inst.version,
        assessmentMonthsFirstYear: 1,
        assessmentMonthsLater: 2,
      });
      expect(saved.body.monitoring).toMatchObject({
        assessmentMonthsFirstYear: 1,
        assessmentMonthsLater: 2,
      });
      const a1 = plusDays(plusMonths(day(), -1), 3);
      const a2 = plusDays(plusMonths(day(), -2), 3);
      const firstYear = await underSupport(day(-100), { leftCareOn: day(-100) }, ih, null);
      await assess(firstYear, a1, scoresOf(), ih);
      const later = await underSupport(day(-100), { leftCareOn: day(-800) }, ih, null);
      await assess(later, a2, scoresOf(), ih);
      const laterNotYet = await underSupport(day(-100), { leftCareOn: day(-800) }, ih, null);
      await assess(laterNotYet, a1, scoresOf(), ih);

      const list = await due(ih);
      expect(list.get(firstYear.id)).toMatchObject({ dueOn: plusMonths(a1, 1) });
      expect(list.get(later.id)).toMatchObject({ dueOn: plusMonths(a2, 2) });
      expect(list.has(laterNotYet.id)).toBe(false);
    });

    it('a specialist sees the own graduates and the intake queue; the supervisor reads; others refused', async () => {
      const mine = await underSupport(day(-20));
      const theirs = await underSupport(day(-20), {}, h, other);
      const queued = await underSupport(day(-20), {}, h, null);
      const supervisorOf = await createUser('supervisor', own.id);
      const curatorOf = await createUser('curator', own.id);

      const seenBySpecialist = await due(s);
      expect(seenBySpecialist.has(mine.id)).toBe(true);
      expect(seenBySpecialist.has(queued.id)).toBe(true);
      expect(seenBySpecialist.has(theirs.id)).toBe(false);
      expect((await due(other)).has(theirs.id)).toBe(true);
      const seenBySupervisor = await due(supervisorOf);
      expect([mine.id, theirs.id, queued.id].every((id) => seenBySupervisor.has(id))).toBe(true);
      expect((await due(head)).has(mine.id)).toBe(false);

      expectProblem(await as(curatorOf).get('/api/assessments/due'), 404);
      expectProblem(await api().get('/api/assessments/due'), 401);
      expectProblem(await as(h).get('/api/assessments/due', { state: 'soon' }), 400, 'validation');
    });
  });

  // -------------------------------------------------------------------------------------
  describe('assessment guidance', () => {
    it('lists what every score means in every domain: 40 texts in Russian', async () => {
      const rows = bodyOf<{ domain: string; score: number; text: string; version: number }[]>(
        await as(specialist).get('/api/assessment-guidance'),
      );
      expect(rows).toHaveLength(40);
      expect(rows.map((r) => `${r.domain}:${r.score}`)).toEqual(
        DOMAINS.flatMap((d) => [1, 2, 3, 4].map((n) => `${d}:${n}`)),
      );
      for (const r of rows) expect(r.text).toMatch(/^[А-ЯЁ][^a-zA-Z]*[а-яё][^a-zA-Z]*$/);
      expect(rows.find((r) => r.domain === 'housing' && r.score === 1)?.text).toMatch(/жиль/i);
      expect((await as(supervisor).get('/api/assessment-guidance')).status).toBe(200);
      expectProblem(await as(curator).get('/api/assessment-guidance'), 404);
      expectProblem(await api().get('/api/assessment-guidance'), 401);
    });

    it('administrators reword a text with optimistic locking; staff cannot', async () => {
      const admin = await asAdmin();
      const current = () =>
        as(specialist)
          .get('/api/assessment-guidance')
          .then((res) =>
            (res.body as { domain: string; score: number; text: string; version: number }[]).find(
              (r) => r.domain === 'leisure' && r.score === 2,
            )!,
          );
      const before = await current();
      const path = '/api/assessment-guidance/leisure/2';
      const text = 'Узкий круг общения; досуг не организован (уточнено методистом)';

      expectProblem(await as(specialist).put(path, { version: before.version, text }), 403);
      expectProblem(await as(head).put(path, { version: before.version, text }), 403);
      expectProblem(await api().put(path).send({ version: before.version, text }), 401);
      expectInvalid(await as(admin).put(path, { version: before.version, text: 'ок' }), 'text');
      expectInvalid(
        await as(admin).put(path, { version: before.version, text, score: 3 }),
        'score',
      );
      expectProblem(
        await as(admin).put('/api/assessment-guidance/hobby/2', { version: 1, text }),
        404,
      );
      expectProblem(
        await as(admin).put('/api/assessment-guidance/leisure/5', { version: 1, text }),
        404,
      );
      expect(await current()).toEqual(before);

      const saved = await as(admin).put(path, { version: before.version, text });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({
        domain: 'leisure',
        score: 2,
        text,
        version: before.version + 1,
      });
      expect(await current()).toEqual(saved.body);
      expectProblem(
        await as(admin).put(path, { version: before.version, text: 'Другая формулировка' }),
        409,
        'stale-version',
      );
      expect((await current()).text).toBe(text);
      expect(await auditEntries('assessment_guidance', null)).toContainEqual(
        expect.objectContaining({
          action: 'update',
          details: expect.objectContaining({ domain: 'leisure', score: 2 }),
        }),
      );
      // Put the seeded wording back.
      bodyOf(await as(admin).put(path, { version: saved.body.version, text: before.text }));
    });
  });

  // -------------------------------------------------------------------------------------
  describe('situation history', () => {
    interface SituationRecord {
      validFrom: string;
      situation: Record<string, unknown>;
      changedParts: string[];
      recordedBy: { id: string; fullName: string } | null;
      recordedAt: string;
    }
    const withConsent = async (overrides: object = {}) => {
      const graduate = await assigned(overrides);
      bodyOf(
        await as(head).post(`/api/graduates/${graduate.id}/consents`, {
          signedOn: day(),
          allowsProcessing: true,
        }),
        201,
      );
      return graduate;
    };
    const versionOf = async (id: string) =>
      (await as(head).get(`/api/graduates/${id}`)).body.version as number;
    const setSituation = async (
      graduate: { id: string },
      situation: object,
      validFrom?: string,
      user: TestUser = specialist,
    ) =>
      as(user).patch(`/api/graduates/${graduate.id}`, {
        version: await versionOf(graduate.id),
        situation,
        ...(validFrom ? { situationValidFrom: validFrom } : {}),
      });
    const history = async (id: string, user: TestUser = head) =>
      bodyOf<SituationRecord[]>(await as(user).get(`/api/graduates/${id}/situation-history`));
    const eligibility = async (id: string, on: string) =>
      bodyOf<{ on: string; eligible: boolean; basis: string | null; age: number }>(
        await as(head).get(`/api/graduates/${id}/eligibility`, { on }),
      );
    const STUDENT = {
      institution: 'КГБ ПОУ ХТК',
      fullTime: true,
      firstProfessional: true,
      studying: true,
    };

    it('every change of the situation adds a dated record: from when, by whom, which parts', async () => {
      const graduate = await withConsent();
      expect(await history(graduate.id)).toEqual([]);
      bodyOf(await setSituation(graduate, { education: STUDENT }));
      // Moved into a dormitory: only the housing part changed.
      bodyOf(
        await setSituation(
          graduate,
          { education: STUDENT, housing: { type: 'dormitory' } },
          undefined,
          head,
        ),
      );

      const records = await history(graduate.id, supervisor);
      expect((await auditEntries('situation_history', graduate.id)).at(-1)).toMatchObject({
        action: 'read',
        user_id: supervisor.id,
      });
      expect(
        (await auditEntries('graduate', graduate.id)).filter(
          (e) => e.action === 'update' && e.changed_fields.includes('situation'),
        ),
      ).toHaveLength(2);
      expect(records).toEqual([
        {
          validFrom: day(),
          situation: expect.objectContaining({
            education: STUDENT,
            housing: expect.objectContaining({ type: 'dormitory' }),
          }),
          changedParts: ['housing'],
          recordedBy: { id: head.id, fullName: 'Руководитель Службы' },
          recordedAt: expect.any(String),
        },
        {
          validFrom: day(),
          situation: { education: STUDENT },
          changedParts: ['education'],
          recordedBy: { id: specialist.id, fullName: 'Социальный Педагог' },
          recordedAt: expect.any(String),
        },
      ]);
    });

    it('an edit that leaves the situation as it was adds no record', async () => {
      const graduate = await withConsent();
      bodyOf(await setSituation(graduate, { education: STUDENT }));
      const saved = bodyOf<{ situation: object }>(
        await as(specialist).patch(`/api/graduates/${graduate.id}`, {
          version: await versionOf(graduate.id),
          situation: { education: STUDENT },
          leftCareOn: day(-100),
        }),
      );
      expect(saved.situation).toEqual({ education: STUDENT });
      expect((await history(graduate.id)).map((r) => r.changedParts)).toEqual([['education']]);
    });

    it('eligibility on a past day reads the study facts valid that day', async () => {
      const graduate = await withConsent({ birthDate: bornYearsAgo(24, 60) });
      expect(await eligibility(graduate.id, day(-10))).toMatchObject({
        eligible: false,
        age: 24,
      });
      bodyOf(await setSituation(graduate, { education: STUDENT }, day(-30)));

      expect(await eligibility(graduate.id, day(-31))).toMatchObject({
        on: day(-31),
        eligible: false,
        basis: null,
      });
      expect(await eligibility(graduate.id, day(-30))).toMatchObject({
        eligible: true,
        basis: 'full_time_student',
      });
      expect(await eligibility(graduate.id, day(-10))).toMatchObject({
        eligible: true,
        basis: 'full_time_student',
      });

      // Expelled five days ago, learnt today.
      bodyOf(await setSituation(graduate, { education: { ...STUDENT, studying: false } }, day(-5)));
      expect(await eligibility(graduate.id, day(-10))).toMatchObject({ eligible: true });
      expect(await eligibility(graduate.id, day(-6))).toMatchObject({ eligible: true });
      expect(await eligibility(graduate.id, day(-5))).toMatchObject({ eligible: false });
      expect(await eligibility(graduate.id, day())).toMatchObject({ eligible: false });
      expect((await history(graduate.id)).map((r) => [r.validFrom, r.changedParts])).toEqual([
        [day(-5), ['education']],
        [day(-30), ['education']],
      ]);

      // Signing a contract on a past day judges that day's facts too.
      const draft = bodyOf<{ id: string; version: number }>(
        await as(head).post('/api/contracts', {
          graduateId: graduate.id,
          kind: 'support',
          startsOn: day(-31),
          endsOn: day(200),
        }),
        201,
      );
      const sign = (signedOn: string) =>
        as(head).post(`/api/contracts/${draft.id}/activate`, {
          version: draft.version,
          signedOn,
          scanLater: true,
        });
      expectProblem(await sign(day(-31)), 409, 'not-eligible');
      expectProblem(await sign(day(-5)), 409, 'not-eligible');
      expect((await sign(day(-20))).body).toMatchObject({
        status: 'active',
        concludedOn: day(-20),
      });
    });

    it('a change cannot hold from a future day nor from before the newest recorded state (400)', async () => {
      const graduate = await withConsent();
      bodyOf(await setSituation(graduate, { education: STUDENT }, day(-5)));
      const before = (await as(head).get(`/api/graduates/${graduate.id}`)).body;

      const moved = { education: STUDENT, housing: { type: 'rented' } };
      expectInvalid(await setSituation(graduate, moved, day(1)), 'situationValidFrom');
      expectInvalid(await setSituation(graduate, moved, day(-6)), 'situationValidFrom');
      expectInvalid(await setSituation(graduate, moved, 'вчера'), 'situationValidFrom');
      const after = (await as(head).get(`/api/graduates/${graduate.id}`)).body;
      expect(after.situation).toEqual(before.situation);
      expect(after.version).toBe(before.version);
      expect(await history(graduate.id)).toHaveLength(1);

      // The same day as the newest state is fine.
      bodyOf(await setSituation(graduate, moved, day(-5)));
      const records = await history(graduate.id);
      expect(records.map((r) => r.validFrom)).toEqual([day(-5), day(-5)]);
      expect(records[0].situation).toMatchObject({ housing: { type: 'rented' } });
    });

    it('is read like the personal file: assigned specialist, head, supervisor; no one else', async () => {
      const graduate = await withConsent();
      const path = `/api/graduates/${graduate.id}/situation-history`;
      expect((await as(specialist).get(path)).status).toBe(200);
      expectProblem(await as(colleague).get(path), 404);
      expectProblem(await as(strangerHead).get(path), 404);
      expectProblem(await as(curator).get(path), 404);
      expectProblem(await api().get(path), 401);
      expectProblem(await as(head).get('/api/graduates/not-a-uuid/situation-history'), 404);
      expectProblem(
        await as(supervisor).patch(`/api/graduates/${graduate.id}`, {
          version: await versionOf(graduate.id),
          situation: { education: STUDENT },
        }),
        403,
      );
      expect(await history(graduate.id)).toEqual([]);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('the case log', () => {
    const contactsOf = (id: string) => `/api/graduates/${id}/contacts`;
    const at = (d: string, time = '10:30') => `${d}T${time}:00+10:00`;

    /** A graduate of `specialist` with an appeal and a draft plan holding one activity. */
    async function withCase() {
      const graduate = await assigned();
      const problems = bodyOf<{ code: string; id: string }[]>(
        await as(head).get('/api/dictionaries/problem'),
      );
      const appeal = bodyOf<{ id: string }>(
        await as(specialist).post('/api/appeals', {
          graduateId: graduate.id,
          registeredAt: at(day(-3)),
          channel: 'phone',
          problemIds: [problems[0].id],
          description: 'Просит помочь с учёбой',
        }),
        201,
      );
      const contract = bodyOf<{ id: string; version: number }>(
        await as(head).post('/api/contracts', {
          graduateId: graduate.id,
          kind: 'support',
          startsOn: day(-10),
        }),
        201,
      );
      const signed = bodyOf<{ id: string }>(
        await as(head).post(`/api/contracts/${contract.id}/activate`, {
          version: contract.version,
          signedOn: day(-10),
          scanLater: true,
        }),
      );
      let plan = bodyOf<{ id: string; version: number; activities: { id: string }[] }>(
        await as(specialist).post('/api/plans', { contractId: signed.id }),
        201,
      );
      plan = bodyOf(
        await as(specialist).post(`/api/plans/${plan.id}/activities`, {
          version: plan.version,
          domain: 'education',
          title: 'Встреча с куратором группы',
          dueOn: day(20),
        }),
        201,
      );
      return { graduate, appealId: appeal.id, activityId: plan.activities[0].id };
    }

    it('logs a visit with its participants, the appeal and the plan activities it served', async () => {
      const { graduate, appealId, activityId } = await withCase();
      const res = await as(specialist).post(contactsOf(graduate.id), {
        occurredAt: at(day(-1)),
        kind: 'study_visit',
        outcome: 'held',
        summary: '  Посетил колледж, поговорил с куратором группы  ',
        participantIds: [specialist.id, head.id],
        appealId,
        activityIds: [activityId],
        nextSteps: 'Проверить посещаемость через месяц',
        attendance: 'Пропустил 12 часов',
        results: 'Долг по математике',
        counterpartView: 'Куратор считает, что справится',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        occurredAt: new Date(at(day(-1))).toISOString(),
        kind: 'study_visit',
        outcome: 'held',
        participants: [
          { id: specialist.id, fullName: 'Социальный Педагог' },
          { id: head.id, fullName: 'Руководитель Службы' },
        ],
        curators: [],
        summary: 'Посетил колледж, поговорил с куратором группы',
        nextSteps: 'Проверить посещаемость через месяц',
        appealId,
        activityIds: [activityId],
        attendance: 'Пропустил 12 часов',
        results: 'Долг по математике',
        counterpartView: 'Куратор считает, что справится',
        createdAt: expect.any(String),
        version: 1,
      });

      // A refused visit; the caller is the participant unless others are named.
      const refused = bodyOf<Contact>(
        await as(specialist).post(contactsOf(graduate.id), {
          occurredAt: at(day(), '00:05'),
          kind: 'home_visit',
          outcome: 'refused',
          summary: 'Не открыл дверь, отказался от встречи',
        }),
        201,
      );
      expect(refused).toMatchObject({
        outcome: 'refused',
        participants: [{ id: specialist.id, fullName: 'Социальный Педагог' }],
        appealId: null,
        activityIds: [],
      });
      const failed = bodyOf<Contact>(
        await as(head).post(contactsOf(graduate.id), {
          occurredAt: at(day(-2)),
          kind: 'phone_call',
          outcome: 'failed',
          summary: 'Телефон выключен',
        }),
        201,
      );
      expect(failed.outcome).toBe('failed');
      expect(
        bodyOf<Contact>(
          await as(head).post(contactsOf(graduate.id), {
            occurredAt: at(day(-2), '11:00'),
            kind: 'message',
            summary: 'Написал в мессенджер',
          }),
          201,
        ).outcome,
      ).toBe('held');

      const page = bodyOf<{ items: Contact[]; total: number }>(
        await as(supervisor).get(contactsOf(graduate.id)),
      );
      expect(page.total).toBe(4);
      expect(page.items.map((c) => c.summary)).toEqual([
        'Не открыл дверь, отказался от встречи',
        'Посетил колледж, поговорил с куратором группы',
        'Написал в мессенджер',
        'Телефон выключен',
      ]);

      expect(await auditEntries('case_contact', res.body.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          user_id: specialist.id,
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
      ]);
      expect(await auditEntries('case_contact', graduate.id)).toEqual([
        expect.objectContaining({
          action: 'read',
          user_id: supervisor.id,
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
      ]);
    });

    it('refuses outside participants, another graduate’s appeal or activity, a future time, unknown fields (400; outsiders 422)', async () => {
      const { graduate, appealId, activityId } = await withCase();
      const other = await withCase();
      const post = (body: object) =>
        as(specialist).post(contactsOf(graduate.id), {
          occurredAt: at(day(-1)),
          kind: 'office_meeting',
          summary: 'Встреча в службе',
          ...body,
        });
      expectMissing(
        await post({ participantIds: [specialist.id, strangerHead.id] }),
        'participantIds',
      );
      expectInvalid(await post({ participantIds: ['not-a-uuid'] }), 'participantIds');
      expectInvalid(await post({ appealId: other.appealId }), 'appealId');
      expectInvalid(await post({ appealId: '00000000-0000-4000-8000-000000000000' }), 'appealId');
      expectInvalid(await post({ activityIds: [activityId, other.activityId] }), 'activityIds');
      const inAnHour = dayjs().add(1, 'hour').toISOString();
      expectInvalid(await post({ occurredAt: inAnHour }), 'occurredAt');
      expectInvalid(await post({ occurredAt: `${day(-1)}T10:30:00` }), 'occurredAt');
      expectInvalid(await post({ kind: 'telepathy' }), 'kind');
      expectInvalid(await post({ outcome: 'postponed' }), 'outcome');
      expectInvalid(await post({ summary: '' }), 'summary');
      expectInvalid(await post({ mood: 'хорошее' }), 'mood');
      expect(bodyOf<{ total: number }>(await as(head).get(contactsOf(graduate.id))).total).toBe(0);
      // The own appeal and activity are accepted.
      expect((await post({ appealId, activityIds: [activityId] })).status).toBe(201);
    });

    it('filters by kind, appeal and days of the institution’s calendar', async () => {
      const { graduate, appealId } = await withCase();
      const add = async (occurredAt: string, kind: string, summary: string, extra = {}) =>
        bodyOf<Contact>(
          await as(specialist).post(contactsOf(graduate.id), {
            occurredAt,
            kind,
            summary,
            ...extra,
          }),
          201,
        );
      await add(at(day(-10)), 'home_visit', 'Визит домой');
      // 23:30 in Vladivostok and 00:30 the next day there: the same UTC day.
      await add(at(day(-3), '23:30'), 'phone_call', 'Поздний звонок', { appealId });
      await add(at(day(-2), '00:30'), 'phone_call', 'Ночной звонок');
      await add(`${day(-2)}T01:00:00Z`, 'work_visit', 'Визит на работу');

      const summaries = async (query: object) =>
        bodyOf<{ items: Contact[] }>(
          await as(specialist).get(contactsOf(graduate.id), query),
        ).items.map((c) => c.summary);
      expect(await summaries({ kind: 'phone_call' })).toEqual(['Ночной звонок', 'Поздний звонок']);
      expect(await summaries({ appealId })).toEqual(['Поздний звонок']);
      expect(await summaries({ from: day(-2), to: day(-2) })).toEqual([
        'Визит на работу',
        'Ночной звонок',
      ]);
      expect(await summaries({ from: day(-3), to: day(-3) })).toEqual(['Поздний звонок']);
      expect(await summaries({ to: day(-4) })).toEqual(['Визит домой']);
      expect(await summaries({ from: day(-3), kind: 'phone_call' })).toEqual([
        'Ночной звонок',
        'Поздний звонок',
      ]);
      expect(await summaries({ pageSize: 2, page: 2 })).toEqual(['Поздний звонок', 'Визит домой']);
      expectInvalid(await as(specialist).get(contactsOf(graduate.id), { kind: 'x' }), 'kind');
      expectInvalid(
        await as(specialist).get(contactsOf(graduate.id), { from: '2026-13-01' }),
        'from',
      );
    });

    it('corrects an entry with optimistic locking; a stale version changes nothing (409)', async () => {
      const { graduate, appealId } = await withCase();
      const other = await withCase();
      const contact = bodyOf<Contact>(
        await as(specialist).post(contactsOf(graduate.id), {
          occurredAt: at(day(-1)),
          kind: 'home_visit',
          summary: 'Визит',
        }),
        201,
      );
      const path = `${contactsOf(graduate.id)}/${contact.id}`;
      const edited = await as(specialist).patch(path, {
        version: contact.version,
        summary: 'Визит: дома не застал',
        outcome: 'failed',
        appealId,
        participantIds: [specialist.id, colleague.id],
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        id: contact.id,
        summary: 'Визит: дома не застал',
        outcome: 'failed',
        kind: 'home_visit',
        appealId,
        participants: [
          { id: specialist.id, fullName: 'Социальный Педагог' },
          { id: colleague.id, fullName: 'Педагог Психолог' },
        ],
        version: contact.version + 1,
      });
      expectProblem(
        await as(specialist).patch(path, { version: contact.version, summary: 'Другое' }),
        409,
        'stale-version',
      );
      expectInvalid(
        await as(specialist).patch(path, {
          version: edited.body.version,
          appealId: other.appealId,
        }),
        'appealId',
      );
      expectInvalid(
        await as(specialist).patch(path, { version: edited.body.version, mood: 'хорошее' }),
        'mood',
      );
      expectProblem(
        await as(head).patch(`${contactsOf(other.graduate.id)}/${contact.id}`, {
          version: edited.body.version,
          summary: 'Не тот выпускник',
        }),
        404,
      );
      const [stored] = bodyOf<{ items: Contact[] }>(
        await as(head).get(contactsOf(graduate.id)),
      ).items;
      expect(stored).toEqual(edited.body);

      const update = (await auditEntries('case_contact', contact.id)).find(
        (e) => e.action === 'update',
      );
      expect(update).toMatchObject({
        user_id: specialist.id,
        details: expect.objectContaining({ graduateId: graduate.id }),
      });
      expect(update?.changed_fields).toEqual(
        expect.arrayContaining(['summary', 'outcome', 'appealId', 'participantIds']),
      );
    });

    it('corrects a wrongly entered time and kind; a time in the future is refused', async () => {
      const { graduate } = await withCase();
      const contact = bodyOf<Contact>(
        await as(specialist).post(contactsOf(graduate.id), {
          occurredAt: at(day(-2)),
          kind: 'phone_call',
          summary: 'Звонок',
        }),
        201,
      );
      const path = `${contactsOf(graduate.id)}/${contact.id}`;
      const fixed = await as(specialist).patch(path, {
        version: contact.version,
        occurredAt: at(day(-1), '09:15'),
        kind: 'office_meeting',
      });
      expect(fixed.status).toBe(200);
      expect(fixed.body).toMatchObject({
        kind: 'office_meeting',
        occurredAt: new Date(at(day(-1), '09:15')).toISOString(),
      });
      expectProblem(
        await as(specialist).patch(path, {
          version: fixed.body.version,
          occurredAt: at(day(2)),
        }),
        400,
        'validation',
      );
    });

    it('is kept by the head and the assigned specialist; the supervisor reads; others are refused', async () => {
      const graduate = await assigned();
      const contact = bodyOf<Contact>(
        await as(specialist).post(contactsOf(graduate.id), {
          occurredAt: at(day(-1)),
          kind: 'phone_call',
          summary: 'Звонок',
        }),
        201,
      );
      const list = contactsOf(graduate.id);
      const body = { occurredAt: at(day(-1)), kind: 'phone_call', summary: 'Звонок' };
      const path = `${list}/${contact.id}`;
      expect((await as(head).get(list)).status).toBe(200);
      expect((await as(supervisor).get(list)).status).toBe(200);
      expectProblem(await as(colleague).get(list), 404);
      expectProblem(await as(strangerHead).get(list), 404);
      expectProblem(await as(curator).get(list), 404);
      expectProblem(await api().get(list), 401);
      expectProblem(await as(colleague).post(list, body), 404);
      expectProblem(await as(strangerHead).post(list, body), 404);
      expectProblem(await as(supervisor).post(list, body), 403);
      expectProblem(await as(curator).post(list, body), 404);
      expectProblem(await as(colleague).patch(path, { version: 1, summary: 'Чужое' }), 404);
      expectProblem(await as(supervisor).patch(path, { version: 1, summary: 'Чужое' }), 403);
      expectProblem(await as(head).get('/api/graduates/not-a-uuid/contacts'), 404);
      expectProblem(await as(head).patch(`${list}/not-a-uuid`, { version: 1 }), 404);
      expectProblem(
        await as(head).patch(`${list}/00000000-0000-4000-8000-000000000000`, { version: 1 }),
        404,
      );
      const stored = bodyOf<{ items: Contact[]; total: number }>(await as(head).get(list));
      expect(stored.total).toBe(1);
      expect(stored.items[0]).toMatchObject({ summary: 'Звонок', version: 1 });
    });
  });

  // -------------------------------------------------------------------------------------
  describe('the independence checklist', () => {
    interface Milestone {
      milestone: string;
      label: string;
      status: string;
      on: string | null;
      note: string;
      version: number | null;
      updatedAt: string | null;
    }
    const checklistOf = (id: string) => `/api/graduates/${id}/checklist`;
    const read = async (id: string, user: TestUser = head) =>
      bodyOf<Milestone[]>(await as(user).get(checklistOf(id)));

    it('lists every milestone, not started and never set; military registration for men only', async () => {
      const man = await assigned({ sex: 'male' });
      const list = await read(man.id, specialist);
      expect(list.map((m) => m.milestone)).toEqual(MILESTONES);
      for (const m of list)
        expect(m).toEqual({
          milestone: m.milestone,
          label: expect.stringMatching(/[А-Яа-яЁё]/),
          status: 'not_started',
          on: null,
          note: '',
          version: null,
          updatedAt: null,
        });
      expect(list.find((m) => m.milestone === 'passport')?.label).toBe('Паспорт');
      expect(list.find((m) => m.milestone === 'military_registration')?.label).toBe(
        'Воинский учёт',
      );

      const woman = await assigned({ sex: 'female', firstName: 'Анна', patronymic: 'Петровна' });
      expect((await read(woman.id)).map((m) => m.milestone)).toEqual(
        MILESTONES.filter((m) => m !== 'military_registration'),
      );
      expect(await auditEntries('checklist', man.id)).toEqual([
        expect.objectContaining({
          action: 'read',
          user_id: specialist.id,
          details: expect.objectContaining({ graduateId: man.id }),
        }),
      ]);
    });

    it('sets a milestone: no version the first time, then the version read; stale is 409', async () => {
      const graduate = await assigned();
      const path = `${checklistOf(graduate.id)}/passport`;
      const first = await as(specialist).put(path, {
        status: 'done',
        on: day(-3),
        note: '  Паспорт получен  ',
      });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        milestone: 'passport',
        label: 'Паспорт',
        status: 'done',
        on: day(-3),
        note: 'Паспорт получен',
        version: 1,
        updatedAt: expect.any(String),
      });
      expectProblem(
        await as(specialist).put(path, { status: 'in_progress' }),
        409,
        'stale-version',
      );
      expectProblem(
        await as(specialist).put(path, { version: 2, status: 'in_progress' }),
        409,
        'stale-version',
      );
      // A milestone never set refuses a version it cannot have.
      expectProblem(
        await as(specialist).put(`${checklistOf(graduate.id)}/snils`, {
          version: 1,
          status: 'done',
        }),
        409,
        'stale-version',
      );
      const second = await as(head).put(path, {
        version: 1,
        status: 'done',
        on: day(-2),
        note: 'Паспорт получен повторно',
      });
      expect(second.body).toMatchObject({
        status: 'done',
        on: day(-2),
        note: 'Паспорт получен повторно',
        version: 2,
      });
      const queue = bodyOf<Milestone>(
        await as(head).put(`${checklistOf(graduate.id)}/housing_queue`, {
          status: 'in_progress',
          note: 'Номер в очереди: 1234',
        }),
      );
      expect(queue).toMatchObject({ status: 'in_progress', on: null, version: 1 });

      const list = await read(graduate.id);
      expect(list.find((m) => m.milestone === 'passport')).toEqual(second.body);
      expect(list.find((m) => m.milestone === 'housing_queue')).toEqual(queue);
      expect(list.filter((m) => m.version === null)).toHaveLength(MILESTONES.length - 2);

      const changes = (await auditEntries('checklist', graduate.id)).filter(
        (e) => e.action !== 'read',
      );
      expect(changes).toEqual([
        expect.objectContaining({
          action: 'create',
          user_id: specialist.id,
          details: expect.objectContaining({ graduateId: graduate.id, milestone: 'passport' }),
        }),
        expect.objectContaining({
          action: 'update',
          user_id: head.id,
          details: expect.objectContaining({ graduateId: graduate.id, milestone: 'passport' }),
        }),
        expect.objectContaining({
          action: 'create',
          user_id: head.id,
          details: expect.objectContaining({ graduateId: graduate.id, milestone: 'housing_queue' }),
        }),
      ]);
    });

    it('refuses an unknown milestone (404), military registration of a woman, future days, unknown fields (400)', async () => {
      const woman = await assigned({ sex: 'female', firstName: 'Анна', patronymic: 'Петровна' });
      const man = await assigned();
      expectProblem(
        await as(specialist).put(`${checklistOf(man.id)}/driving_licence`, { status: 'done' }),
        404,
      );
      expectProblem(
        await as(specialist).put(`${checklistOf(woman.id)}/military_registration`, {
          status: 'done',
        }),
        400,
        'validation',
      );
      expect(
        (
          await as(specialist).put(`${checklistOf(man.id)}/military_registration`, {
            status: 'done',
          })
        ).status,
      ).toBe(200);
      const path = `${checklistOf(man.id)}/inn`;
      expectInvalid(await as(specialist).put(path, { status: 'done', on: day(1) }), 'on');
      expectInvalid(await as(specialist).put(path, { status: 'finished' }), 'status');
      expectInvalid(await as(specialist).put(path, {}), 'status');
      expectInvalid(await as(specialist).put(path, { status: 'done', doneBy: 'я' }), 'doneBy');
      expect((await read(man.id)).find((m) => m.milestone === 'inn')).toMatchObject({
        status: 'not_started',
        version: null,
      });
      expect((await read(woman.id)).some((m) => m.milestone === 'military_registration')).toBe(
        false,
      );
    });

    it('a wrongly entered date can be cleared', async () => {
      const graduate = await assigned();
      const path = `${checklistOf(graduate.id)}/snils`;
      const first = bodyOf<Milestone>(
        await as(specialist).put(path, { status: 'done', on: day(-3) }),
      );
      const cleared = bodyOf<Milestone>(
        await as(specialist).put(path, { version: first.version, status: 'done', on: null }),
      );
      expect(cleared).toMatchObject({ status: 'done', on: null });
    });

    it('is kept by the head and the assigned specialist; the supervisor reads; others are refused', async () => {
      const graduate = await assigned();
      const list = checklistOf(graduate.id);
      const path = `${list}/bank_account`;
      expect((await as(supervisor).get(list)).status).toBe(200);
      expectProblem(await as(colleague).get(list), 404);
      expectProblem(await as(strangerHead).get(list), 404);
      expectProblem(await as(curator).get(list), 404);
      expectProblem(await api().get(list), 401);
      expectProblem(await as(colleague).put(path, { status: 'done' }), 404);
      expectProblem(await as(strangerHead).put(path, { status: 'done' }), 404);
      expectProblem(await as(supervisor).put(path, { status: 'done' }), 403);
      expectProblem(await as(curator).put(path, { status: 'done' }), 404);
      expectProblem(await api().put(path).send({ status: 'done' }), 401);
      expectProblem(await as(head).get('/api/graduates/not-a-uuid/checklist'), 404);
      expect((await read(graduate.id)).find((m) => m.milestone === 'bank_account')).toMatchObject({
        status: 'not_started',
        version: null,
      });
    });
  });
});
