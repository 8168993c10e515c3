import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { Client as PgClient } from 'pg';
import PizZip from 'pizzip';
import request from 'supertest';
import {
  api,
  auditEntries,
  createGraduate,
  createInstitution,
  createUser,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';
import { itReadsPdf, pdfText } from './support/pdf-text';

dayjs.extend(utc);
dayjs.extend(timezone);

// ---------------------------------------------------------------------------------------
// Days: "today" is always the institution's, never the machine's.

/** The main institution's zone (Khabarovsk time). */
const ZONE = 'Asia/Vladivostok';
/** UTC+14 and UTC−11: their calendar dates always differ, by one or two days. */
const KIRITIMATI = 'Pacific/Kiritimati';
const PAGO_PAGO = 'Pacific/Pago_Pago';

/** The calendar day `offset` days from today in `zone`. */
const dayIn = (zone: string, offset = 0) =>
  dayjs(dayjs().tz(zone).format('YYYY-MM-DD')).add(offset, 'day').format('YYYY-MM-DD');
/** A day of the main institution, `offset` days from its today. */
const day = (offset = 0) => dayIn(ZONE, offset);
const plusMonths = (from: string, months: number) =>
  dayjs(from).add(months, 'month').format('YYYY-MM-DD');
const plusDays = (from: string, days: number) => dayjs(from).add(days, 'day').format('YYYY-MM-DD');

// ---------------------------------------------------------------------------------------
// What the API answers (only the fields the tests read).

interface StaffRef {
  id: string;
  fullName: string;
}
interface Activity {
  id: string;
  domain: string;
  title: string;
  description: string;
  dueOn: string;
  responsible: StaffRef | null;
  status: string;
  doneOn: string | null;
  result: string;
  cancelReason: string;
  moves: { from: string; to: string; reason: string; at: string }[];
  overdue: boolean;
}
interface Plan {
  id: string;
  contractId: string;
  contractNumber: string;
  graduate: { id: string; fullName: string; birthDate: string };
  periodFrom: string;
  periodTo: string;
  status: string;
  revision: number;
  approvedRevision: number;
  approvedAt: string | null;
  nextReviewOn: string | null;
  pastReview: boolean;
  reviewComment: string;
  version: number;
  goals: { domain: string; goal: string }[];
  activities: Activity[];
  approvedBy: StaffRef | null;
  history: { at: string; user: StaffRef | null; from: string | null; to: string; reason: string }[];
}
interface Contract {
  id: string;
  number: string;
  startsOn: string;
  endsOn: string;
  version: number;
}
interface Change {
  what: string;
  how: string;
  subject: string;
  fields: string[];
}
interface Revision {
  number: number;
  user: StaffRef | null;
  reason: string;
  changes: Change[];
  snapshot: {
    periodFrom: string;
    periodTo: string;
    goals: { domain: string; goal: string }[];
    activities: { id: string; status: string; dueOn: string; doneOn: string | null }[];
  };
}
interface Page<T> {
  items: T[];
  total: number;
}
type ListedActivity = Activity & { planId: string; graduate: { id: string } };

// ---------------------------------------------------------------------------------------
// Requests.

const bearer = { type: 'bearer' } as const;
const get = (token: string, path: string, query: object = {}) =>
  api().get(`/api${path}`).query(query).auth(token, bearer);
const post = (token: string, path: string, body: object = {}) =>
  api().post(`/api${path}`).auth(token, bearer).send(body);
const patch = (token: string, path: string, body: object = {}) =>
  api().patch(`/api${path}`).auth(token, bearer).send(body);

/** The body of an answer with the expected status; otherwise fails with what came back. */
function bodyOf<T = Plan>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Collects the whole body as a Buffer (supertest would otherwise try to parse it). */
function binary(res: unknown, done: (error: Error | null, body: Buffer) => void) {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** A validation problem naming `field`. */
function expectInvalid(res: request.Response, field: string) {
  expectProblem(res, 400, 'validation');
  expect(Object.keys(res.body.errors ?? {})).toContain(field);
}

/** A signed (active) support contract; it is signed on its first day, or today if that is later. */
async function signedContract(
  token: string,
  graduateId: string,
  zone: string,
  terms: { startsOn?: string; endsOn?: string } = {},
): Promise<Contract> {
  const draft = bodyOf<Contract>(
    await post(token, '/contracts', { graduateId, kind: 'support', ...terms }),
    201,
  );
  const today = dayIn(zone);
  const signedOn = terms.startsOn && terms.startsOn < today ? terms.startsOn : today;
  return bodyOf<Contract>(
    await post(token, `/contracts/${draft.id}/activate`, {
      version: draft.version,
      signedOn,
      scanLater: true,
    }),
  );
}

/** The one direct database write of this file (see the past_review test). */
async function setNextReviewOn(planId: string, nextReviewOn: string): Promise<void> {
  const db = new PgClient({ connectionString: process.env.POSTCARE_DB_URL });
  await db.connect();
  try {
    const res = await db.query('UPDATE support_plans SET next_review_on = $2 WHERE id = $1', [
      planId,
      nextReviewOn,
    ]);
    if (res.rowCount !== 1) throw new Error(`plan ${planId} not found in the database`);
  } finally {
    await db.end();
  }
}

const GOALS = [
  { domain: 'housing', goal: 'Оформить регистрацию по месту жительства' },
  { domain: 'employment', goal: 'Устроиться на постоянную работу' },
];

const activity = (domain: string, title: string, dueOn: string, extra: object = {}) => ({
  domain,
  title,
  dueOn,
  ...extra,
});

const byTitle = (plan: Plan, title: string): Activity => {
  const found = plan.activities.find((a) => a.title === title);
  if (!found) throw new Error(`no activity «${title}» in ${JSON.stringify(plan.activities)}`);
  return found;
};

/** Changes with their fields sorted, so the order of the fields does not matter. */
const normalised = (changes: Change[]) =>
  changes.map((c) => ({ ...c, fields: [...c.fields].sort() }));

describe('individual support plans', () => {
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  let strangerHead: TestUser;

  beforeAll(async () => {
    home = (await createInstitution({ timeZone: ZONE })).id;
    const other = (await createInstitution({ timeZone: ZONE })).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    colleague = await createUser('specialist', home, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home, 'Проверяющий Отдела');
    curator = await createUser('curator', home, 'Куратор Выпускника');
    strangerHead = await createUser('head', other, 'Чужой Руководитель');
  });

  /** A new graduate of `specialist` with a contract signed ten days ago (unless `terms` say otherwise). */
  async function newContract(terms: { startsOn?: string; endsOn?: string } = {}) {
    const graduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    const contract = await signedContract(head.token, graduate.id, ZONE, {
      startsOn: day(-10),
      ...terms,
    });
    return { graduate, contract };
  }

  /** A draft plan with the two goals, drafted by `token` (the specialist by default). */
  async function draftPlan(token = specialist.token) {
    const { graduate, contract } = await newContract();
    const plan = bodyOf(
      await post(token, '/plans', { contractId: contract.id, goals: GOALS }),
      201,
    );
    return { graduate, contract, plan };
  }

  const addActivity = async (token: string, plan: Plan, fields: object) =>
    bodyOf(
      await post(token, `/plans/${plan.id}/activities`, { version: plan.version, ...fields }),
      201,
    );

  const submit = async (plan: Plan) =>
    bodyOf(await post(specialist.token, `/plans/${plan.id}/submit`, { version: plan.version }));

  const approve = async (plan: Plan, extra: object = {}) =>
    bodyOf(
      await post(head.token, `/plans/${plan.id}/approve`, { version: plan.version, ...extra }),
    );

  /** A plan with these activities, submitted by the specialist and approved by the head. */
  async function approvedPlan(activities: object[]) {
    const drafted = await draftPlan();
    let plan = drafted.plan;
    for (const a of activities) plan = await addActivity(specialist.token, plan, a);
    plan = await approve(await submit(plan));
    return { ...drafted, plan };
  }

  const activityPath = (plan: Plan, a: Activity, action = '') =>
    `/plans/${plan.id}/activities/${a.id}${action ? `/${action}` : ''}`;

  // -------------------------------------------------------------------------------------
  describe('drafting a plan for a contract', () => {
    it('drafts a year from the contract start, with one goal per life domain', async () => {
      const { graduate, contract } = await newContract();
      const res = await post(specialist.token, '/plans', {
        contractId: contract.id,
        goals: [
          { domain: 'housing', goal: '  Оформить регистрацию по месту жительства ' },
          { domain: 'employment', goal: 'Устроиться на постоянную работу' },
        ],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        contractId: contract.id,
        contractNumber: contract.number,
        graduate: {
          id: graduate.id,
          fullName: `${graduate.lastName} Иван Петрович`,
          birthDate: graduate.birthDate,
        },
        periodFrom: day(-10),
        periodTo: plusDays(plusMonths(day(-10), 12), -1),
        status: 'draft',
        revision: 0,
        approvedRevision: 0,
        approvedAt: null,
        approvedBy: null,
        nextReviewOn: null,
        pastReview: false,
        reviewComment: '',
        activities: [],
        version: 1,
      });
      expect(res.body.goals).toEqual(GOALS);
      expect(res.body.history).toEqual([
        {
          at: expect.any(String),
          user: { id: specialist.id, fullName: 'Социальный Педагог' },
          from: null,
          to: 'draft',
          reason: '',
        },
      ]);

      const read = await get(head.token, `/plans/${res.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(res.body);
    });

    it('ends the default period with the contract when the contract ends within the year', async () => {
      const { contract } = await newContract({ startsOn: day(-10), endsOn: day(80) });
      const plan = bodyOf(await post(head.token, '/plans', { contractId: contract.id }), 201);
      expect(plan).toMatchObject({ periodFrom: day(-10), periodTo: day(80), goals: [] });
    });

    it('keeps a period given explicitly', async () => {
      const { contract } = await newContract();
      const plan = bodyOf(
        await post(head.token, '/plans', {
          contractId: contract.id,
          periodFrom: day(-5),
          periodTo: day(175),
        }),
        201,
      );
      expect(plan).toMatchObject({ periodFrom: day(-5), periodTo: day(175) });
    });

    it('409 plan-exists for a second plan of the same contract, naming the first', async () => {
      const { contract, plan } = await draftPlan();
      const res = await post(head.token, '/plans', { contractId: contract.id });
      expectProblem(res, 409, 'plan-exists');
      expect(res.body.planId).toBe(plan.id);
      expect(res.body.detail).toContain(contract.number);
    });

    describe('400 for an invalid draft, and nothing is created', () => {
      let contract: Contract;
      beforeAll(async () => {
        contract = (await newContract()).contract;
      });
      it.each([
        [
          'the same life domain twice',
          {
            goals: [
              { domain: 'housing', goal: 'Получить жильё' },
              { domain: 'housing', goal: 'Сохранить жильё' },
            ],
          },
          'goals',
        ],
        ['an unknown field', { priority: 'high' }, 'priority'],
        [
          'an unknown life domain',
          { goals: [{ domain: 'space', goal: 'Полёт' }] },
          'goals.0.domain',
        ],
        ['an empty goal', { goals: [{ domain: 'health', goal: '  ' }] }, 'goals.0.goal'],
        ['a period ending before it starts', { periodFrom: day(), periodTo: day(-1) }, 'periodTo'],
        ['a period beyond the contract’s end', { periodTo: '2099-12-31' }, 'periodTo'],
        ['a contract id that is not a UUID', { contractId: 'ДС-1' }, 'contractId'],
      ])('%s', async (_case, overrides, field) => {
        const res = await post(specialist.token, '/plans', {
          contractId: contract.id,
          ...overrides,
        });
        expectInvalid(res, field);
      });

      it('none of them drafted a plan', async () => {
        const plans = await get(head.token, '/plans', { contractId: contract.id });
        expect(plans.body).toMatchObject({ items: [], total: 0 });
      });
    });

    it('409 contract-closed for a discarded or an ended contract; a plan of an ended contract stops changing', async () => {
      const graduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
      const draft = bodyOf<Contract>(
        await post(head.token, '/contracts', { graduateId: graduate.id, kind: 'support' }),
        201,
      );
      bodyOf(await post(head.token, `/contracts/${draft.id}/discard`, { version: draft.version }));
      expectProblem(
        await post(specialist.token, '/plans', { contractId: draft.id }),
        409,
        'contract-closed',
      );

      const { contract: ended } = await newContract();
      bodyOf(
        await post(head.token, `/contracts/${ended.id}/end`, {
          version: ended.version,
          endedOn: day(),
          reason: 'graduate_request',
        }),
      );
      expectProblem(
        await post(specialist.token, '/plans', { contractId: ended.id }),
        409,
        'contract-closed',
      );

      const { contract, plan } = await draftPlan();
      bodyOf(
        await post(head.token, `/contracts/${contract.id}/end`, {
          version: contract.version,
          endedOn: day(),
          reason: 'goals_reached',
        }),
      );
      expectProblem(
        await post(specialist.token, `/plans/${plan.id}/activities`, {
          version: plan.version,
          ...activity('health', 'Пройти диспансеризацию', day(5)),
        }),
        409,
        'contract-closed',
      );
      const after = bodyOf(await get(head.token, `/plans/${plan.id}`));
      expect({ version: after.version, activities: after.activities }).toEqual({
        version: plan.version,
        activities: [],
      });
    });

    it('422 for an unknown contract; 401 without a token', async () => {
      const unknown = await post(head.token, '/plans', {
        contractId: '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b',
      });
      expectProblem(unknown, 422, 'reference-not-found');
      expect(unknown.body.errors).toHaveProperty('contractId');
      const { contract } = await newContract();
      expectProblem(await api().post('/api/plans').send({ contractId: contract.id }), 401);
      expectProblem(await api().get('/api/plans'), 401);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('who may see and change a plan', () => {
    let graduate: TestGraduate;
    let contract: Contract;
    let plan: Plan;
    let item: Activity;

    beforeAll(async () => {
      ({ graduate, contract, plan } = await draftPlan(head.token));
      plan = await addActivity(
        head.token,
        plan,
        activity('documents', 'Восстановить паспорт', day(-1)),
      );
      item = plan.activities[0];
    });

    /** Every write a plan has, with a valid body. */
    const writes = (token: string) => [
      post(token, '/plans', { contractId: contract.id }),
      patch(token, `/plans/${plan.id}`, { version: plan.version, goals: GOALS }),
      post(token, `/plans/${plan.id}/activities`, {
        version: plan.version,
        ...activity('health', 'Пройти диспансеризацию', day(3)),
      }),
      patch(token, activityPath(plan, item), { version: plan.version, title: 'Другое' }),
      post(token, activityPath(plan, item, 'done'), {
        version: plan.version,
        doneOn: day(),
        result: 'Сделано',
      }),
      post(token, activityPath(plan, item, 'move'), {
        version: plan.version,
        dueOn: day(9),
        reason: 'Перенос',
      }),
      post(token, activityPath(plan, item, 'cancel'), { version: plan.version, reason: 'Отмена' }),
      post(token, `/plans/${plan.id}/submit`, { version: plan.version }),
      post(token, `/plans/${plan.id}/approve`, { version: plan.version }),
      post(token, `/plans/${plan.id}/return`, { version: plan.version, comment: 'Доработать' }),
    ];

    /** Every read of this plan. */
    const reads = (token: string) => [
      get(token, `/plans/${plan.id}`),
      get(token, `/plans/${plan.id}/revisions`),
      get(token, `/plans/${plan.id}/document`, { format: 'docx' }),
    ];

    const listedIds = async (token: string) => {
      const plans = bodyOf<Page<Plan>>(await get(token, '/plans', { pageSize: 100 }));
      const activities = bodyOf<Page<ListedActivity>>(
        await get(token, '/plan-activities', { due: 'overdue', pageSize: 100 }),
      );
      return {
        plans: plans.items.map((p) => p.id),
        activities: activities.items.map((a) => a.id),
      };
    };

    it('the head and the graduate’s specialist read the plan and find it in their lists', async () => {
      for (const user of [head, specialist]) {
        const res = await get(user.token, `/plans/${plan.id}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          id: plan.id,
          graduate: { id: graduate.id },
          activities: [{ id: item.id, title: 'Восстановить паспорт' }],
        });
        const listed = await listedIds(user.token);
        expect(listed.plans).toContain(plan.id);
        expect(listed.activities).toContain(item.id);
      }
    });

    it('another specialist of the institution sees neither the graduate nor the plan: 404', async () => {
      expectProblem(await get(colleague.token, `/graduates/${graduate.id}`), 404);
      for (const res of await Promise.all(reads(colleague.token))) expectProblem(res, 404);
      // Approving and returning are the head's: a specialist is refused those with 403 anyway.
      const [create, ...others] = await Promise.all(writes(colleague.token).slice(0, 8));
      // The contract named in a new plan's body is a reference the caller cannot see.
      expectProblem(create, 422, 'reference-not-found');
      for (const res of others) expectProblem(res, 404);
      const listed = await listedIds(colleague.token);
      expect(listed.plans).not.toContain(plan.id);
      expect(listed.activities).not.toContain(item.id);
      const byGraduate = await get(colleague.token, '/plans', { graduateId: graduate.id });
      expect(byGraduate.body).toMatchObject({ items: [], total: 0 });
    });

    it('a head of another institution gets 404 for everything', async () => {
      for (const res of await Promise.all(reads(strangerHead.token))) expectProblem(res, 404);
      const [create, ...others] = await Promise.all(writes(strangerHead.token));
      expectProblem(create, 422, 'reference-not-found');
      for (const res of others) expectProblem(res, 404);
      const listed = await listedIds(strangerHead.token);
      expect(listed.plans).not.toContain(plan.id);
      expect(listed.activities).not.toContain(item.id);
    });

    it('a supervisor reads plans but cannot change them: 403', async () => {
      const [read, revisions, document] = await Promise.all(reads(supervisor.token));
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: plan.id, version: plan.version });
      expect(bodyOf<Revision[]>(revisions)).toEqual([]);
      expect(document.status).toBe(200);
      expect(document.headers['content-type']).toContain('wordprocessingml');
      expect((await listedIds(supervisor.token)).plans).toContain(plan.id);
      for (const res of await Promise.all(writes(supervisor.token))) expectProblem(res, 403);
      const after = bodyOf(await get(head.token, `/plans/${plan.id}`));
      expect(after).toMatchObject({ version: plan.version, status: 'draft' });
    });

    it('a curator has no access to plans: 404', async () => {
      expectProblem(await get(curator.token, `/plans/${plan.id}`), 404);
      expectProblem(await get(curator.token, '/plans'), 404);
      expectProblem(await get(curator.token, '/plan-activities'), 404);
      for (const res of await Promise.all(writes(curator.token))) expectProblem(res, 404);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('activities', () => {
    it('adds activities in three life domains; each change answers the whole plan with a new version', async () => {
      const { plan: drafted } = await draftPlan();
      const housing = await addActivity(
        specialist.token,
        drafted,
        activity('housing', 'Подать заявление на постановку в очередь на жильё', day(20)),
      );
      expect(housing.version).toBeGreaterThan(drafted.version);
      expect(housing.activities).toEqual([
        {
          id: expect.any(String),
          domain: 'housing',
          title: 'Подать заявление на постановку в очередь на жильё',
          description: '',
          dueOn: day(20),
          responsible: { id: specialist.id, fullName: 'Социальный Педагог' },
          responsiblePartner: null,
          responsibleCurator: null,
          status: 'planned',
          doneOn: null,
          result: '',
          cancelReason: '',
          moves: [],
          overdue: false,
        },
      ]);

      const documents = await addActivity(
        specialist.token,
        housing,
        activity('documents', 'Получить СНИЛС', day(5), {
          description: 'Сходить в МФЦ с паспортом',
          responsibleUserId: head.id,
        }),
      );
      expect(documents.version).toBeGreaterThan(housing.version);
      const employment = await addActivity(
        head.token,
        documents,
        activity('employment', 'Встать на учёт в центре занятости', day(40)),
      );
      expect(employment.version).toBeGreaterThan(documents.version);

      // Ordered by due date; the goals and the rest of the plan travel with every answer.
      expect(employment.activities.map((a) => [a.domain, a.dueOn, a.responsible])).toEqual([
        ['documents', day(5), { id: head.id, fullName: 'Руководитель Службы' }],
        ['housing', day(20), { id: specialist.id, fullName: 'Социальный Педагог' }],
        ['employment', day(40), { id: specialist.id, fullName: 'Социальный Педагог' }],
      ]);
      expect(byTitle(employment, 'Получить СНИЛС').description).toBe('Сходить в МФЦ с паспортом');
      expect(employment).toMatchObject({ id: drafted.id, goals: GOALS, status: 'draft' });
      expect(bodyOf(await get(specialist.token, `/plans/${drafted.id}`))).toEqual(employment);
    });

    it('changes an open activity, with a new version', async () => {
      const { plan: drafted } = await draftPlan();
      const plan = await addActivity(
        specialist.token,
        drafted,
        activity('health', 'Пройти диспансеризацию', day(7)),
      );
      const changed = bodyOf(
        await patch(specialist.token, activityPath(plan, plan.activities[0]), {
          version: plan.version,
          title: 'Пройти медосмотр',
          domain: 'leisure',
          responsibleUserId: head.id,
        }),
      );
      expect(changed.version).toBeGreaterThan(plan.version);
      expect(changed.activities).toEqual([
        expect.objectContaining({
          id: plan.activities[0].id,
          title: 'Пройти медосмотр',
          domain: 'leisure',
          dueOn: day(7),
          responsible: { id: head.id, fullName: 'Руководитель Службы' },
        }),
      ]);
    });

    it('422 for a responsible user of another institution, 400 for one who cannot be responsible; nothing is added', async () => {
      const { plan } = await draftPlan();
      for (const [user, status, code] of [
        [strangerHead, 422, 'reference-not-found'],
        [curator, 400, 'validation'],
        [supervisor, 400, 'validation'],
      ] as const) {
        const res = await post(specialist.token, `/plans/${plan.id}/activities`, {
          version: plan.version,
          ...activity('legal', 'Получить юридическую консультацию', day(3), {
            responsibleUserId: user.id,
          }),
        });
        expectProblem(res, status, code);
        expect(Object.keys(res.body.errors ?? {})).toContain('responsibleUserId');
      }
      const after = bodyOf(await get(specialist.token, `/plans/${plan.id}`));
      expect({ version: after.version, activities: after.activities }).toEqual({
        version: plan.version,
        activities: [],
      });
    });

    it('409 stale-version for a change based on an old version, and nothing changes', async () => {
      const { plan: drafted } = await draftPlan();
      const first = await addActivity(
        specialist.token,
        drafted,
        activity('finances', 'Открыть банковский счёт', day(10)),
      );
      const current = await addActivity(
        specialist.token,
        first,
        activity('family', 'Встретиться с братом', day(12)),
      );
      const stale = first.version;
      const a = current.activities[0];
      const attempts = [
        patch(specialist.token, `/plans/${current.id}`, {
          version: stale,
          goals: [{ domain: 'health', goal: 'Здоровье' }],
        }),
        post(specialist.token, `/plans/${current.id}/activities`, {
          version: stale,
          ...activity('health', 'Сходить к врачу', day(3)),
        }),
        patch(specialist.token, activityPath(current, a), { version: stale, title: 'Иначе' }),
        post(specialist.token, activityPath(current, a, 'done'), {
          version: stale,
          doneOn: day(),
          result: 'Готово',
        }),
        post(specialist.token, activityPath(current, a, 'move'), {
          version: stale,
          dueOn: day(30),
          reason: 'Позже',
        }),
        post(specialist.token, activityPath(current, a, 'cancel'), {
          version: stale,
          reason: 'Не нужно',
        }),
        post(specialist.token, `/plans/${current.id}/submit`, { version: stale }),
      ];
      for (const res of await Promise.all(attempts)) expectProblem(res, 409, 'stale-version');
      expect(bodyOf(await get(specialist.token, `/plans/${current.id}`))).toEqual(current);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('a partner responsible for an activity', () => {
    it('names a partner of the directory; another institution’s or an archived one is refused (400)', async () => {
      const { plan } = await draftPlan();
      const centre = bodyOf<{ id: string; version: number; name: string }>(
        await post(head.token, '/partners', {
          name: 'Центр занятости населения',
          kind: 'employment_center',
        }),
        201,
      );
      const withPartner = await addActivity(
        specialist.token,
        plan,
        activity('employment', 'Постановка на учёт в центре занятости', day(10), {
          responsiblePartnerId: centre.id,
        }),
      );
      expect(withPartner.activities[0]).toMatchObject({
        responsible: { id: specialist.id },
        responsiblePartner: {
          id: centre.id,
          name: 'Центр занятости населения',
          kind: 'employment_center',
        },
      });
      const theirs = bodyOf<{ id: string }>(
        await post(strangerHead.token, '/partners', {
          name: 'Чужой центр',
          kind: 'employment_center',
        }),
        201,
      );
      expectInvalid(
        await post(specialist.token, `/plans/${plan.id}/activities`, {
          ...activity('employment', 'Собеседование', day(12), { responsiblePartnerId: theirs.id }),
          version: withPartner.version,
        }),
        'responsiblePartnerId',
      );
      await post(head.token, `/partners/${centre.id}/archive`, { version: centre.version });
      expectInvalid(
        await post(specialist.token, `/plans/${plan.id}/activities`, {
          ...activity('employment', 'Собеседование', day(12), { responsiblePartnerId: centre.id }),
          version: withPartner.version,
        }),
        'responsiblePartnerId',
      );
    });
  });

  describe('approval', () => {
    it('409 plan-empty when submitting a plan without activities', async () => {
      const { plan } = await draftPlan();
      const res = await post(specialist.token, `/plans/${plan.id}/submit`, {
        version: plan.version,
      });
      expectProblem(res, 409, 'plan-empty');
      expect(bodyOf(await get(specialist.token, `/plans/${plan.id}`))).toMatchObject({
        status: 'draft',
        version: plan.version,
      });
    });

    it('409 invalid-transition when the head approves or returns a draft', async () => {
      const { plan: drafted } = await draftPlan();
      const plan = await addActivity(
        specialist.token,
        drafted,
        activity('education', 'Подать документы в колледж', day(15)),
      );
      expectProblem(
        await post(head.token, `/plans/${plan.id}/approve`, { version: plan.version }),
        409,
        'invalid-transition',
      );
      expectProblem(
        await post(head.token, `/plans/${plan.id}/return`, {
          version: plan.version,
          comment: 'Рано',
        }),
        409,
        'invalid-transition',
      );
      expect(bodyOf(await get(head.token, `/plans/${plan.id}`))).toMatchObject({
        status: 'draft',
        revision: 0,
        approvedRevision: 0,
        version: plan.version,
      });
    });

    it('goes draft → submitted → returned → submitted → approved, and the history names who did what', async () => {
      const { plan: drafted } = await draftPlan();
      let plan = await addActivity(
        specialist.token,
        drafted,
        activity('housing', 'Подать заявление на жильё', day(20)),
      );

      plan = await submit(plan);
      expect(plan).toMatchObject({ status: 'submitted', revision: 0, approvedRevision: 0 });

      // Under review: neither the goals nor the activities change.
      const item = plan.activities[0];
      for (const res of await Promise.all([
        patch(specialist.token, `/plans/${plan.id}`, { version: plan.version, goals: [] }),
        post(specialist.token, `/plans/${plan.id}/activities`, {
          version: plan.version,
          ...activity('health', 'Сходить к врачу', day(3)),
        }),
        patch(specialist.token, activityPath(plan, item), {
          version: plan.version,
          title: 'Иначе',
        }),
      ]))
        expectProblem(res, 409, 'plan-under-review');

      // Only the head decides.
      expectProblem(
        await post(specialist.token, `/plans/${plan.id}/approve`, { version: plan.version }),
        403,
      );
      expectProblem(
        await post(specialist.token, `/plans/${plan.id}/return`, {
          version: plan.version,
          comment: 'Сам себе',
        }),
        403,
      );
      expectInvalid(
        await post(head.token, `/plans/${plan.id}/return`, { version: plan.version }),
        'comment',
      );
      expectInvalid(
        await post(head.token, `/plans/${plan.id}/return`, {
          version: plan.version,
          comment: '   ',
        }),
        'comment',
      );
      plan = bodyOf(
        await post(head.token, `/plans/${plan.id}/return`, {
          version: plan.version,
          comment: 'Добавьте мероприятия по трудоустройству',
        }),
      );
      expect(plan).toMatchObject({
        status: 'returned',
        reviewComment: 'Добавьте мероприятия по трудоустройству',
        revision: 0,
      });

      // Corrected and submitted again.
      plan = await addActivity(
        specialist.token,
        plan,
        activity('employment', 'Встать на учёт в центре занятости', day(25)),
      );
      plan = await submit(plan);
      expect(plan.status).toBe('submitted');

      // The next review: at most 6 months ahead, never in the past.
      for (const nextReviewOn of [plusDays(plusMonths(day(), 6), 1), day(-1)])
        expectInvalid(
          await post(head.token, `/plans/${plan.id}/approve`, {
            version: plan.version,
            nextReviewOn,
          }),
          'nextReviewOn',
        );
      const before = Date.now();
      plan = await approve(plan);
      expect(plan).toMatchObject({
        status: 'approved',
        revision: 1,
        approvedRevision: 1,
        nextReviewOn: plusMonths(day(), 6),
        pastReview: false,
        approvedBy: { id: head.id, fullName: 'Руководитель Службы' },
      });
      expect(new Date(plan.approvedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);

      const history = bodyOf(await get(specialist.token, `/plans/${plan.id}`)).history;
      expect(history.map((h) => [h.from, h.to, h.user?.fullName, h.reason])).toEqual([
        [null, 'draft', 'Социальный Педагог', ''],
        ['draft', 'submitted', 'Социальный Педагог', ''],
        ['submitted', 'returned', 'Руководитель Службы', 'Добавьте мероприятия по трудоустройству'],
        ['returned', 'submitted', 'Социальный Педагог', ''],
        ['submitted', 'approved', 'Руководитель Службы', ''],
      ]);
    });

    it('keeps a review date the head chooses within 6 months', async () => {
      const { plan: drafted } = await draftPlan();
      const submitted = await submit(
        await addActivity(
          specialist.token,
          drafted,
          activity('leisure', 'Записаться в секцию', day(9)),
        ),
      );
      const chosen = await approve(submitted, { nextReviewOn: day(90) });
      expect(chosen).toMatchObject({ status: 'approved', nextReviewOn: day(90) });
    });
  });

  // -------------------------------------------------------------------------------------
  describe('changes after approval make revisions', () => {
    const PASSPORT = 'Получить паспорт';
    const QUEUE = 'Встать в очередь на жильё';
    const JOB = 'Встать на учёт в центре занятости';
    const CLINIC = 'Прикрепиться к поликлинике';
    let plan: Plan;

    beforeAll(async () => {
      ({ plan } = await approvedPlan([
        activity('documents', PASSPORT, day(3)),
        activity('housing', QUEUE, day(10)),
        activity('employment', JOB, day(20)),
      ]));
    });

    it('marks an activity done with its date and result', async () => {
      const a = byTitle(plan, PASSPORT);
      expectInvalid(
        await post(specialist.token, activityPath(plan, a, 'done'), {
          version: plan.version,
          doneOn: day(1),
          result: 'Паспорт получен',
        }),
        'doneOn',
      );
      for (const result of [undefined, '  '])
        expectInvalid(
          await post(specialist.token, activityPath(plan, a, 'done'), {
            version: plan.version,
            doneOn: day(),
            result,
          }),
          'result',
        );
      expect(bodyOf(await get(specialist.token, `/plans/${plan.id}`)).version).toBe(plan.version);

      const done = bodyOf(
        await post(specialist.token, activityPath(plan, a, 'done'), {
          version: plan.version,
          doneOn: day(),
          result: 'Паспорт получен',
        }),
      );
      expect(byTitle(done, PASSPORT)).toMatchObject({
        status: 'done',
        doneOn: day(),
        result: 'Паспорт получен',
        overdue: false,
      });
      expect(done).toMatchObject({ status: 'approved', revision: 2, approvedRevision: 1 });
      expect(done.version).toBeGreaterThan(plan.version);
      plan = done;
    });

    it('moves an activity to a new date keeping the old one; a done activity is not moved', async () => {
      const b = byTitle(plan, QUEUE);
      expectInvalid(
        await post(specialist.token, activityPath(plan, b, 'move'), {
          version: plan.version,
          dueOn: day(30),
        }),
        'reason',
      );
      const before = Date.now();
      const moved = bodyOf(
        await post(specialist.token, activityPath(plan, b, 'move'), {
          version: plan.version,
          dueOn: day(30),
          reason: 'Выпускник в больнице',
        }),
      );
      expect(byTitle(moved, QUEUE)).toMatchObject({
        status: 'moved',
        dueOn: day(30),
        moves: [
          { from: day(10), to: day(30), reason: 'Выпускник в больнице', at: expect.any(String) },
        ],
      });
      expect(new Date(byTitle(moved, QUEUE).moves[0].at).getTime()).toBeGreaterThanOrEqual(
        before - 1000,
      );
      expect(moved).toMatchObject({ revision: 3, approvedRevision: 1 });
      plan = moved;

      const res = await post(
        specialist.token,
        activityPath(plan, byTitle(plan, PASSPORT), 'move'),
        {
          version: plan.version,
          dueOn: day(40),
          reason: 'Ещё раз',
        },
      );
      expectProblem(res, 409, 'invalid-transition');
      expect(byTitle(bodyOf(await get(head.token, `/plans/${plan.id}`)), PASSPORT)).toMatchObject({
        status: 'done',
        dueOn: day(3),
        moves: [],
      });
    });

    it('cancels an activity with a reason; a cancelled activity cannot be done', async () => {
      const c = byTitle(plan, JOB);
      expectInvalid(
        await post(specialist.token, activityPath(plan, c, 'cancel'), { version: plan.version }),
        'reason',
      );
      const cancelled = bodyOf(
        await post(specialist.token, activityPath(plan, c, 'cancel'), {
          version: plan.version,
          reason: 'Выпускник уже трудоустроен',
        }),
      );
      expect(byTitle(cancelled, JOB)).toMatchObject({
        status: 'cancelled',
        cancelReason: 'Выпускник уже трудоустроен',
        overdue: false,
      });
      expect(cancelled).toMatchObject({ revision: 4, approvedRevision: 1 });
      plan = cancelled;
      expectProblem(
        await post(specialist.token, activityPath(plan, c, 'done'), {
          version: plan.version,
          doneOn: day(),
          result: 'Всё-таки',
        }),
        409,
        'invalid-transition',
      );
    });

    it('editing the goals or adding an activity after approval makes revisions too', async () => {
      const goals = [
        { domain: 'housing', goal: 'Получить жильё из специализированного фонда' },
        { domain: 'employment', goal: 'Устроиться на постоянную работу' },
        { domain: 'health', goal: 'Встать на учёт в поликлинике' },
      ];
      const edited = bodyOf(
        await patch(specialist.token, `/plans/${plan.id}`, { version: plan.version, goals }),
      );
      expect(edited).toMatchObject({ goals, status: 'approved', revision: 5, approvedRevision: 1 });
      const added = await addActivity(
        specialist.token,
        edited,
        activity('health', CLINIC, day(15)),
      );
      expect(added).toMatchObject({ status: 'approved', revision: 6, approvedRevision: 1 });
      plan = added;
    });

    it('lists the revisions with what changed in each', async () => {
      const revisions = bodyOf<Revision[]>(await get(head.token, `/plans/${plan.id}/revisions`));
      expect(revisions.map((r) => [r.number, r.user?.fullName])).toEqual([
        [1, 'Руководитель Службы'],
        [2, 'Социальный Педагог'],
        [3, 'Социальный Педагог'],
        [4, 'Социальный Педагог'],
        [5, 'Социальный Педагог'],
        [6, 'Социальный Педагог'],
      ]);
      expect(revisions[0]).toMatchObject({ reason: 'Утверждение плана', changes: [] });
      const change = (what: string, how: string, subject: string, fields: string[] = []) => ({
        what,
        how,
        subject,
        fields,
      });
      expect(revisions.slice(1).map((r) => normalised(r.changes))).toEqual([
        [change('activity', 'changed', PASSPORT, ['doneOn', 'result', 'status'])],
        [change('activity', 'changed', QUEUE, ['dueOn', 'status'])],
        [change('activity', 'changed', JOB, ['cancelReason', 'status'])],
        [change('goal', 'changed', 'housing', ['goal']), change('goal', 'added', 'health')],
        [change('activity', 'added', CLINIC)],
      ]);
    });

    it('shows a revision as it stood; 404 for a revision that does not exist', async () => {
      const first = bodyOf<Revision>(await get(head.token, `/plans/${plan.id}/revisions/1`));
      expect(first).toMatchObject({
        number: 1,
        reason: 'Утверждение плана',
        user: { id: head.id, fullName: 'Руководитель Службы' },
        changes: [],
      });
      expect(first.snapshot).toMatchObject({
        periodFrom: plan.periodFrom,
        periodTo: plan.periodTo,
        goals: GOALS,
      });
      expect(first.snapshot.activities.map((a) => [a.status, a.dueOn, a.doneOn])).toEqual([
        ['planned', day(3), null],
        ['planned', day(10), null],
        ['planned', day(20), null],
      ]);
      const second = bodyOf<Revision>(await get(head.token, `/plans/${plan.id}/revisions/2`));
      expect(second.snapshot.activities.map((a) => [a.status, a.doneOn])).toEqual([
        ['done', day()],
        ['planned', null],
        ['planned', null],
      ]);

      for (const number of ['7', '0', '-1', 'abc', '1.5'])
        expectProblem(await get(head.token, `/plans/${plan.id}/revisions/${number}`), 404);
    });

    it('a plan never approved has no revisions', async () => {
      const { plan: drafted } = await draftPlan();
      expect(bodyOf<Revision[]>(await get(head.token, `/plans/${drafted.id}/revisions`))).toEqual(
        [],
      );
      expectProblem(await get(head.token, `/plans/${drafted.id}/revisions/1`), 404);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('overdue activities', () => {
    const T = {
      late: 'Вчерашнее мероприятие',
      lateHead: 'Вчерашнее мероприятие руководителя',
      today: 'Сегодняшнее мероприятие',
      sixDays: 'Мероприятие через шесть дней',
      sevenDays: 'Мероприятие через неделю',
      doneLate: 'Выполненное вчерашнее мероприятие',
      doneToday: 'Выполненное сегодняшнее мероприятие',
    };
    let plan: Plan;

    const listed = async (token: string, query: object) =>
      bodyOf<Page<ListedActivity>>(
        await get(token, '/plan-activities', { pageSize: 100, ...query }),
      ).items;
    const titlesIn = (items: ListedActivity[]) =>
      items.filter((a) => a.planId === plan.id).map((a) => a.title);

    beforeAll(async () => {
      ({ plan } = await draftPlan());
      for (const [title, dueOn, extra] of [
        [T.late, day(-1), {}],
        [T.lateHead, day(-1), { responsibleUserId: head.id }],
        [T.today, day(), {}],
        [T.sixDays, day(6), {}],
        [T.sevenDays, day(7), {}],
        [T.doneLate, day(-2), {}],
        [T.doneToday, day(), {}],
      ] as const)
        plan = await addActivity(
          specialist.token,
          plan,
          activity('documents', title, dueOn, extra),
        );
      for (const [title, doneOn] of [
        [T.doneLate, day(-1)],
        [T.doneToday, day()],
      ])
        plan = bodyOf(
          await post(specialist.token, activityPath(plan, byTitle(plan, title), 'done'), {
            version: plan.version,
            doneOn,
            result: 'Сделано',
          }),
        );
    });

    it('an activity due yesterday and not done is overdue; one due today or done is not', async () => {
      const read = bodyOf(await get(specialist.token, `/plans/${plan.id}`));
      expect(Object.fromEntries(read.activities.map((a) => [a.title, a.overdue]))).toEqual({
        [T.late]: true,
        [T.lateHead]: true,
        [T.today]: false,
        [T.sixDays]: false,
        [T.sevenDays]: false,
        [T.doneLate]: false,
        [T.doneToday]: false,
      });
    });

    it('due=overdue lists the open activities past their date; mine=true only the caller’s own', async () => {
      const forHead = await listed(head.token, { due: 'overdue' });
      expect(titlesIn(forHead).sort()).toEqual([T.late, T.lateHead].sort());
      expect(forHead.find((a) => a.title === T.late)).toMatchObject({
        planId: plan.id,
        graduate: { id: plan.graduate.id, fullName: plan.graduate.fullName },
        dueOn: day(-1),
        status: 'planned',
        overdue: true,
        responsible: { id: specialist.id },
      });
      expect(forHead.every((a) => a.overdue && a.dueOn < day())).toBe(true);

      expect(titlesIn(await listed(specialist.token, { due: 'overdue' })).sort()).toEqual(
        [T.late, T.lateHead].sort(),
      );
      const mine = await listed(specialist.token, { due: 'overdue', mine: true });
      expect(titlesIn(mine)).toEqual([T.late]);
      expect(mine.every((a) => a.responsible?.id === specialist.id)).toBe(true);
      expect(titlesIn(await listed(head.token, { due: 'overdue', mine: true }))).toEqual([
        T.lateHead,
      ]);
    });

    it('due=week lists open activities due today through six days ahead', async () => {
      const week = await listed(head.token, { due: 'week' });
      expect(titlesIn(week)).toEqual([T.today, T.sixDays]);
      expect(week.every((a) => !a.overdue && a.dueOn >= day() && a.dueOn <= day(6))).toBe(true);
      expect(titlesIn(await listed(head.token, { due: 'open' })).sort()).toEqual(
        [T.late, T.lateHead, T.today, T.sixDays, T.sevenDays].sort(),
      );
    });

    it('400 for an unknown due filter', async () => {
      expectInvalid(await get(head.token, '/plan-activities', { due: 'tomorrow' }), 'due');
    });

    it('counts days in the institution’s zone: today in Pago Pago is already past in Kiritimati', async () => {
      const dueOn = dayIn(PAGO_PAGO);
      expect(dayIn(KIRITIMATI) > dueOn).toBe(true);
      const sides = [];
      for (const zone of [KIRITIMATI, PAGO_PAGO]) {
        const institution = (await createInstitution({ timeZone: zone })).id;
        const zoneHead = await createUser('head', institution, 'Руководитель Островной');
        const graduate = await createGraduate(zoneHead.token);
        const contract = await signedContract(zoneHead.token, graduate.id, zone);
        const drafted = bodyOf(
          await post(zoneHead.token, '/plans', { contractId: contract.id }),
          201,
        );
        expect(drafted.periodFrom).toBe(dayIn(zone));
        const withItem = await addActivity(
          zoneHead.token,
          drafted,
          activity('documents', 'Получить паспорт', dueOn),
        );
        sides.push({ zone, head: zoneHead, plan: withItem });
      }
      const [kiritimati, pagoPago] = sides;

      expect(kiritimati.plan.activities[0]).toMatchObject({ dueOn, overdue: true });
      expect(pagoPago.plan.activities[0]).toMatchObject({ dueOn, overdue: false });
      const ids = async (token: string, due: string) =>
        (await listed(token, { due })).map((a) => a.id);
      expect(await ids(kiritimati.head.token, 'overdue')).toEqual([
        kiritimati.plan.activities[0].id,
      ]);
      expect(await ids(kiritimati.head.token, 'week')).toEqual([]);
      expect(await ids(pagoPago.head.token, 'overdue')).toEqual([]);
      expect(await ids(pagoPago.head.token, 'week')).toEqual([pagoPago.plan.activities[0].id]);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('the head’s lists', () => {
    const ids = async (token: string, attention: string) =>
      bodyOf<Page<Plan>>(await get(token, '/plans', { attention, pageSize: 100 })).items.map(
        (p) => p.id,
      );

    it('attention=awaiting_approval lists the submitted plans', async () => {
      const { plan: drafted, contract } = await draftPlan();
      const submitted = await submit(
        await addActivity(specialist.token, drafted, activity('health', 'Сходить к врачу', day(4))),
      );
      const { plan: draft } = await draftPlan();
      const { plan: approved } = await approvedPlan([
        activity('health', 'Пройти диспансеризацию', day(8)),
      ]);

      const res = bodyOf<Page<Plan>>(
        await get(head.token, '/plans', { attention: 'awaiting_approval', pageSize: 100 }),
      );
      const found = res.items.map((p) => p.id);
      expect(found).toContain(submitted.id);
      expect(found).not.toContain(draft.id);
      expect(found).not.toContain(approved.id);
      expect(res.items.every((p) => p.status === 'submitted')).toBe(true);
      expect(res.items.find((p) => p.id === submitted.id)).toEqual({
        id: submitted.id,
        contractId: contract.id,
        contractNumber: contract.number,
        graduate: submitted.graduate,
        periodFrom: submitted.periodFrom,
        periodTo: submitted.periodTo,
        status: 'submitted',
        revision: 0,
        approvedRevision: 0,
        approvedAt: null,
        nextReviewOn: null,
        pastReview: false,
        reviewComment: '',
        updatedAt: expect.any(String),
        version: submitted.version,
      });
      expect(await ids(strangerHead.token, 'awaiting_approval')).not.toContain(submitted.id);
    });

    it('attention=past_review lists approved plans whose review date has passed', async () => {
      const { plan: overdue } = await approvedPlan([
        activity('health', 'Пройти диспансеризацию', day(8)),
      ]);
      const { plan: onTime } = await approvedPlan([activity('health', 'Пройти медосмотр', day(8))]);
      // The only direct database write in this file: the API (rightly) refuses a review date
      // in the past, so a plan whose review is overdue is made by ageing its date in place.
      await setNextReviewOn(overdue.id, day(-1));

      const found = await ids(head.token, 'past_review');
      expect(found).toContain(overdue.id);
      expect(found).not.toContain(onTime.id);
      expect(bodyOf(await get(head.token, `/plans/${overdue.id}`))).toMatchObject({
        status: 'approved',
        nextReviewOn: day(-1),
        pastReview: true,
      });
      expect(bodyOf(await get(head.token, `/plans/${onTime.id}`)).pastReview).toBe(false);
      expect(await ids(strangerHead.token, 'past_review')).not.toContain(overdue.id);
    });

    it('a plan past its review is reviewed: submitted again, approved, and off the list', async () => {
      const { plan: approved } = await approvedPlan([
        activity('family', 'Встретиться с сестрой', day(12)),
      ]);
      // The same direct write as above: the review date has passed.
      await setNextReviewOn(approved.id, day(-3));
      const current = bodyOf(await get(head.token, `/plans/${approved.id}`));
      expect(current.pastReview).toBe(true);

      const resubmitted = await submit(current);
      expect(resubmitted).toMatchObject({ status: 'submitted', pastReview: false });
      expect(await ids(head.token, 'awaiting_approval')).toContain(approved.id);
      expect(await ids(head.token, 'past_review')).not.toContain(approved.id);

      const reviewed = await approve(resubmitted);
      expect(reviewed).toMatchObject({
        status: 'approved',
        revision: 2,
        approvedRevision: 2,
        nextReviewOn: plusMonths(day(), 6),
        pastReview: false,
      });
      expect(await ids(head.token, 'past_review')).not.toContain(approved.id);
      expect(await ids(head.token, 'awaiting_approval')).not.toContain(approved.id);
      const revisions = bodyOf<Revision[]>(
        await get(head.token, `/plans/${approved.id}/revisions`),
      );
      expect(revisions.map((r) => [r.number, r.reason, r.changes])).toEqual([
        [1, 'Утверждение плана', []],
        [2, 'Утверждение плана', []],
      ]);
    });

    it('400 for an unknown attention list', async () => {
      expectInvalid(await get(head.token, '/plans', { attention: 'everything' }), 'attention');
    });
  });

  // -------------------------------------------------------------------------------------
  describe('the printable plan', () => {
    const TITLE = 'Подать заявление на постановку в очередь на жильё';
    let graduate: TestGraduate;
    let contract: Contract;
    let plan: Plan;

    const download = (format: string) =>
      get(specialist.token, `/plans/${plan.id}/document`, { format }).buffer(true).parse(binary);

    beforeAll(async () => {
      ({ graduate, contract, plan } = await approvedPlan([
        activity('housing', TITLE, day(20)),
        activity('documents', 'Получить СНИЛС', day(5)),
      ]));
    });

    it('DOCX: a Word document named in UTF-8 holding the activities', async () => {
      const res = await download('docx');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      const disposition = String(res.headers['content-disposition']);
      expect(disposition).toContain("filename*=UTF-8''");
      const name = decodeURIComponent(disposition.split("filename*=UTF-8''")[1]);
      expect(name).toBe(
        `План сопровождения ${graduate.lastName} И. П. к договору ${contract.number.replace('/', '-')}.docx`,
      );
      const xml = new PizZip(res.body as Buffer).file('word/document.xml')?.asText() ?? '';
      expect(xml).toContain(TITLE);
      expect(xml).toContain(graduate.lastName);

      // Printing is an access to the personal file as well.
      const exports = (await auditEntries('plan', plan.id)).filter((e) => e.action === 'export');
      expect(exports.map((e) => [e.user_id, e.details])).toEqual([
        [specialist.id, { graduateId: graduate.id, format: 'docx' }],
      ]);
    });

    itReadsPdf('PDF: a PDF whose text holds the graduate’s name', async () => {
      const res = await download('pdf');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      const body = res.body as Buffer;
      expect(body.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(pdfText(body)).toContain(graduate.lastName);
    });

    it('400 for another format or none', async () => {
      expectInvalid(
        await get(specialist.token, `/plans/${plan.id}/document`, { format: 'xml' }),
        'format',
      );
      expectInvalid(await get(specialist.token, `/plans/${plan.id}/document`), 'format');
    });
  });

  // -------------------------------------------------------------------------------------
  describe('the access log', () => {
    it('reading a plan is logged as a read of the plan, with the graduate', async () => {
      const { graduate, plan } = await draftPlan();
      bodyOf(await get(head.token, `/plans/${plan.id}`));
      const log = await auditEntries('plan', plan.id);
      expect(log.map((e) => [e.action, e.user_id])).toEqual([
        ['create', specialist.id],
        ['read', head.id],
      ]);
      expect(log[1].details).toMatchObject({ graduateId: graduate.id });
    });

    it('activity changes are logged under plan_activity, with the graduate', async () => {
      const { graduate, plan: drafted } = await draftPlan();
      const plan = await addActivity(
        specialist.token,
        drafted,
        activity('health', 'Пройти диспансеризацию', day(3)),
      );
      const a = plan.activities[0];
      bodyOf(
        await post(head.token, activityPath(plan, a, 'done'), {
          version: plan.version,
          doneOn: day(),
          result: 'Пройдена',
        }),
      );
      const log = await auditEntries('plan_activity', a.id);
      expect(log.map((e) => [e.action, e.user_id])).toEqual([
        ['create', specialist.id],
        ['update', head.id],
      ]);
      expect(log[1].changed_fields).toContain('status');
      for (const entry of log) expect(entry.details).toMatchObject({ graduateId: graduate.id });
    });
  });
});
