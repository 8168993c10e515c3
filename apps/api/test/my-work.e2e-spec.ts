import dayjs from 'dayjs';
import request from 'supertest';
import {
  api,
  asAdmin,
  createGraduate,
  createInstitution,
  createUser,
  dayIn,
  dictionaryIds,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';

/** The institution's zone: its "today" decides what is overdue. */
const ZONE = 'Asia/Vladivostok';
const day = (offset = 0) => dayIn(ZONE, offset);
/** A birth date whose 23rd birthday comes in `days` days (in the institution's zone). */
const turning23In = (days: number) => dayjs(day(days)).subtract(23, 'year').format('YYYY-MM-DD');
const bornYearsAgo = (years: number) =>
  dayjs(day(-40)).subtract(years, 'year').format('YYYY-MM-DD');

// ---------------------------------------------------------------------------------------
// What the API answers (only the fields the tests read).

interface Count {
  count: number;
  link: { path: string; query: Record<string, string> };
}
interface CaseloadRow {
  specialist: { id: string; fullName: string; position: string };
  graduatesUnderSupport: Count;
  openAppeals: Count;
  overdueActivities: Count;
}
type Section = Record<string, Count | null> | null;
interface MyWork {
  today: string;
  scope: 'own' | 'institution';
  appeals: Section;
  plans: Section;
  monitoring: Section;
  contracts: Section;
  graduates: Section;
  consents: Section;
  reports: Section;
  approvals: Section;
  caseload: CaseloadRow[] | null;
}
const SECTIONS = [
  'appeals',
  'plans',
  'monitoring',
  'contracts',
  'graduates',
  'consents',
  'reports',
  'approvals',
] as const;
interface Versioned {
  id: string;
  version: number;
}

// ---------------------------------------------------------------------------------------
// Requests.

const bearer = { type: 'bearer' } as const;
const get = (user: TestUser, path: string, query: object = {}) =>
  api().get(`/api${path}`).query(query).auth(user.token, bearer);
const post = (user: TestUser, path: string, body: object = {}) =>
  api().post(`/api${path}`).auth(user.token, bearer).send(body);
const put = (user: TestUser, path: string, body: object = {}) =>
  api().put(`/api${path}`).auth(user.token, bearer).send(body);
const patch = (user: TestUser, path: string, body: object = {}) =>
  api().patch(`/api${path}`).auth(user.token, bearer).send(body);

/** The body of an answer with the expected status; otherwise fails with what came back. */
function bodyOf<T = Versioned>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

const myWork = async (user: TestUser) => bodyOf<MyWork>(await get(user, '/my-work'));

/** Every count as `section.name`, a section the caller may not read as `section: null`. */
function countsOf(work: MyWork): Record<string, number | null> {
  const counts: Record<string, number | null> = {};
  for (const section of SECTIONS) {
    const values = work[section];
    if (!values) counts[section] = null;
    else
      for (const [name, value] of Object.entries(values))
        counts[`${section}.${name}`] = value?.count ?? null;
  }
  return counts;
}

/** The total the list behind a count shows (one-row pages). */
async function listTotal(user: TestUser, path: string, query: object): Promise<number> {
  return bodyOf<{ total: number }>(await get(user, path, { pageSize: 1, ...query })).total;
}

// ---------------------------------------------------------------------------------------
// Case work, registered through the API.

/** The head's helpers for one institution. */
function caseWork(head: TestUser, problemIds: string[]) {
  return {
    appeal: async (graduate: TestGraduate, extra: object = {}) =>
      bodyOf(
        await post(head, '/appeals', {
          graduateId: graduate.id,
          channel: 'phone',
          problemIds,
          description: 'Просит помочь',
          ...extra,
        }),
        201,
      ),

    /** An active support contract signed on its first day, the scan to follow. */
    contract: async (graduate: TestGraduate, startsOn: string, endsOn: string) => {
      const draft = bodyOf(
        await post(head, '/contracts', {
          graduateId: graduate.id,
          kind: 'support',
          startsOn,
          endsOn,
        }),
        201,
      );
      return bodyOf(
        await post(head, `/contracts/${draft.id}/activate`, {
          version: draft.version,
          signedOn: startsOn,
          scanLater: true,
        }),
      );
    },

    /** A plan of the contract with these activities, submitted for approval by `author`. */
    submittedPlan: async (
      author: TestUser,
      contract: Versioned,
      activities: { title: string; dueOn: string; responsibleUserId?: string }[],
    ) => {
      let plan = bodyOf(await post(author, '/plans', { contractId: contract.id }), 201);
      for (const activity of activities)
        plan = bodyOf(
          await post(author, `/plans/${plan.id}/activities`, {
            version: plan.version,
            domain: 'documents',
            ...activity,
          }),
          201,
        );
      return bodyOf(await post(author, `/plans/${plan.id}/submit`, { version: plan.version }));
    },

    notice: async (graduate: TestGraduate, foundOn: string) =>
      bodyOf(
        await post(head, '/notices', {
          graduateId: graduate.id,
          trigger: 'housing',
          foundOn,
          finding: 'Закреплённое жильё занято посторонними лицами',
          recipient: 'Отдел опеки и попечительства администрации г. Хабаровска',
        }),
        201,
      ),

    exceptionOrder: async (by: TestUser, graduate: TestGraduate) =>
      bodyOf(
        await post(by, '/exception-orders', {
          graduateId: graduate.id,
          orderedBy: 'director',
          orderedByName: 'Иванова И. И.',
          number: '42-од',
          orderDate: day(-3),
          grounds: 'Угроза утраты жилья',
        }),
        201,
      ),
  };
}

describe('«Моя работа»: GET /api/my-work', () => {
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  let regional: TestUser;
  let strangerHead: TestUser;
  let strangerSpecialist: TestUser;

  beforeAll(async () => {
    const home = await createInstitution({ timeZone: ZONE });
    head = await createUser('head', home.id, 'Руководитель Службы');
    specialist = await createUser('specialist', home.id, 'Социальный Педагог');
    colleague = await createUser('specialist', home.id, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home.id, 'Заместитель Директора');
    curator = await createUser('curator', home.id, 'Куратор Выпускника');
    regional = await createUser('regional', home.id, 'Региональный Центр');
    // A specialist who left: not in the caseload.
    const departed = await createUser('specialist', home.id, 'Уволившийся Специалист');
    bodyOf(
      await api()
        .post(`/api/users/${departed.id}/deactivate`)
        .auth(await asAdmin(), bearer)
        .send({ version: departed.version }),
    );
    bodyOf(
      await patch(head, `/institutions/${home.id}/settings`, {
        version: home.version,
        curatorTrainingHours: 4,
      }),
    );
    const other = await createInstitution({ timeZone: ZONE });
    strangerHead = await createUser('head', other.id, 'Чужой Руководитель');
    strangerSpecialist = await createUser('specialist', other.id, 'Чужой Специалист');

    const problemIds = [Object.values(await dictionaryIds(head.token, 'problem'))[0]];
    await registerHomeCaseWork(problemIds);
    await registerStrangerCaseWork(problemIds);
  });

  /**
   * The home institution: the specialist's file under support (expiring contract, no scan,
   * no consent, an overdue assessment, an overdue notice, a submitted plan), their file of
   * someone turning 23, a file and appeals of the intake queue, and the colleague's file
   * under support (withdrawn consent, an assessment due soon).
   */
  async function registerHomeCaseWork(problemIds: string[]) {
    const work = caseWork(head, problemIds);
    const supported = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    const contract = await work.contract(supported, day(-40), day(20));
    await work.submittedPlan(specialist, contract, [
      { title: 'Восстановить паспорт', dueOn: day(-2) },
      { title: 'Встать на учёт в центре занятости', dueOn: day(3) },
      { title: 'Записаться к терапевту', dueOn: day(8) },
      // The colleague's activity in a plan of a file they cannot see.
      { title: 'Консультация психолога', dueOn: day(-1), responsibleUserId: colleague.id },
    ]);
    await work.notice(supported, day(-10));
    await work.appeal(supported, {
      assignedSpecialistId: specialist.id,
      status: 'resolved',
      outcome: 'Консультация дана',
    });

    const turning = await createGraduate(head.token, {
      responsibleSpecialistId: specialist.id,
      birthDate: turning23In(30),
    });
    await work.appeal(turning, { assignedSpecialistId: specialist.id });
    const older = await createGraduate(head.token, {
      responsibleSpecialistId: specialist.id,
      birthDate: bornYearsAgo(25),
    });
    await work.exceptionOrder(specialist, older);

    const queued = await createGraduate(head.token, { birthDate: turning23In(60) });
    await work.appeal(queued);
    await work.appeal(queued, { status: 'resolved', outcome: 'Консультация дана' });
    await work.notice(queued, day());

    const colleagues = await createGraduate(head.token, { responsibleSpecialistId: colleague.id });
    await work.contract(colleagues, day(-20), day(300));
    await work.appeal(colleagues, { assignedSpecialistId: colleague.id, status: 'in_progress' });
    await work.appeal(colleagues);
    const consent = bodyOf(
      await post(head, `/graduates/${colleagues.id}/consents`, {
        signedOn: day(-60),
        allowsProcessing: true,
        sharingPartnerKinds: [],
      }),
      201,
    );
    bodyOf(
      await patch(head, `/graduates/${colleagues.id}/consents/${consent.id}`, {
        version: consent.version,
        withdrawnOn: day(-5),
      }),
    );

    // A candidate who attended the required hours: trained, waiting for the head.
    const candidate = bodyOf(
      await post(specialist, '/curators', {
        lastName: 'Петрова',
        firstName: 'Анна',
        patronymic: 'Сергеевна',
        phone: '+7 914 000-00-00',
        occupation: 'Инженер',
        source: 'День открытых дверей',
      }),
      201,
    );
    const session = bodyOf(
      await post(specialist, '/curator-trainings', {
        heldOn: day(-7),
        topic: 'Особенности выпускников',
        trainer: 'Психолог',
        hours: 4,
      }),
      201,
    );
    bodyOf(
      await put(specialist, `/curator-trainings/${session.id}/attendance`, {
        version: session.version,
        curatorIds: [candidate.id],
      }),
    );
  }

  /** Another institution: everything here must stay out of the home institution's counts. */
  async function registerStrangerCaseWork(problemIds: string[]) {
    const work = caseWork(strangerHead, problemIds);
    const assigned = { responsibleSpecialistId: strangerSpecialist.id };
    const graduate = await createGraduate(strangerHead.token, assigned);
    const contract = await work.contract(graduate, day(-5), day(10));
    await work.submittedPlan(strangerSpecialist, contract, [
      { title: 'Чужое мероприятие', dueOn: day(-3) },
    ]);
    await work.appeal(graduate);
    await work.notice(graduate, day(-10));
    await createGraduate(strangerHead.token, { ...assigned, birthDate: turning23In(10) });
    const older = await createGraduate(strangerHead.token, {
      ...assigned,
      birthDate: bornYearsAgo(25),
    });
    await work.exceptionOrder(strangerSpecialist, older);
  }

  // -------------------------------------------------------------------------------------
  it('a specialist: their own work, their files and the intake queue', async () => {
    const work = await myWork(specialist);
    expect(work).toMatchObject({ today: day(), scope: 'own', caseload: null });
    expect(countsOf(work)).toEqual({
      // The queued file's appeal; not the unassigned appeal of the colleague's graduate.
      'appeals.intakeQueue': 1,
      'appeals.open': 1,
      'plans.activitiesOverdue': 1,
      'plans.activitiesDueThisWeek': 1,
      'monitoring.assessmentsDue': 1,
      'monitoring.assessmentsOverdue': 1,
      'monitoring.noticesToSend': 1,
      'monitoring.noticesOverdue': 1,
      'contracts.expiring': 1,
      'contracts.missingScan': 1,
      'graduates.turning23': 2,
      'consents.missing': 1,
      'consents.withdrawn': 0,
      'reports.reportsDue': 0,
      'reports.reportsToReview': 0,
      approvals: null,
    });
  });

  it('a colleague: only what their visibility lets through', async () => {
    const work = await myWork(colleague);
    expect(work).toMatchObject({ scope: 'own', caseload: null });
    expect(countsOf(work)).toEqual({
      'appeals.intakeQueue': 2,
      'appeals.open': 1,
      // Their overdue activity lies in a plan of a file they may not see.
      'plans.activitiesOverdue': 0,
      'plans.activitiesDueThisWeek': 0,
      'monitoring.assessmentsDue': 1,
      'monitoring.assessmentsOverdue': 0,
      'monitoring.noticesToSend': 1,
      'monitoring.noticesOverdue': 0,
      'contracts.expiring': 0,
      'contracts.missingScan': 1,
      'graduates.turning23': 1,
      'consents.missing': 0,
      'consents.withdrawn': 1,
      'reports.reportsDue': 0,
      'reports.reportsToReview': 0,
      approvals: null,
    });
  });

  const INSTITUTION_COUNTS = {
    'appeals.intakeQueue': 2,
    'appeals.open': 4,
    'plans.activitiesOverdue': 2,
    'plans.activitiesDueThisWeek': 1,
    'monitoring.assessmentsDue': 2,
    'monitoring.assessmentsOverdue': 1,
    'monitoring.noticesToSend': 1,
    'monitoring.noticesOverdue': 1,
    'contracts.expiring': 1,
    'contracts.missingScan': 2,
    'graduates.turning23': 2,
    'consents.missing': 1,
    'consents.withdrawn': 1,
    'reports.reportsDue': 0,
    'reports.reportsToReview': 0,
  };

  it('the head: the whole institution and what waits for approval', async () => {
    const work = await myWork(head);
    expect(work.scope).toBe('institution');
    expect(countsOf(work)).toEqual({
      ...INSTITUTION_COUNTS,
      'approvals.plans': 1,
      'approvals.exceptionOrders': 1,
      'approvals.curators': 1,
    });
  });

  it('the head’s caseload: each active specialist’s files, open appeals and overdue activities', async () => {
    const { caseload } = await myWork(head);
    const row = (user: TestUser, fullName: string, counts: [number, number, number]) => ({
      specialist: { id: user.id, fullName, position: '' },
      graduatesUnderSupport: {
        count: counts[0],
        link: { path: '/graduates', query: { specialistId: user.id, status: 'under_support' } },
      },
      openAppeals: {
        count: counts[1],
        link: { path: '/appeals', query: { period: 'all', specialistId: user.id } },
      },
      overdueActivities: { count: counts[2], link: { path: '/plans', query: { view: 'overdue' } } },
    });
    expect(caseload).toEqual([
      row(colleague, 'Педагог Психолог', [1, 1, 1]),
      row(specialist, 'Социальный Педагог', [1, 1, 1]),
    ]);
  });

  it('a supervisor: the institution’s figures, no approvals', async () => {
    const work = await myWork(supervisor);
    expect(work.scope).toBe('institution');
    expect(countsOf(work)).toEqual({ ...INSTITUTION_COUNTS, approvals: null });
    expect(work.caseload).toEqual((await myWork(head)).caseload);
  });

  it('another institution counts only its own work', async () => {
    const work = await myWork(strangerHead);
    expect(countsOf(work)).toEqual({
      'appeals.intakeQueue': 1,
      'appeals.open': 1,
      'plans.activitiesOverdue': 1,
      'plans.activitiesDueThisWeek': 0,
      'monitoring.assessmentsDue': 0,
      'monitoring.assessmentsOverdue': 0,
      'monitoring.noticesToSend': 0,
      'monitoring.noticesOverdue': 1,
      'contracts.expiring': 1,
      'contracts.missingScan': 1,
      'graduates.turning23': 1,
      'consents.missing': 1,
      'consents.withdrawn': 0,
      'reports.reportsDue': 0,
      'reports.reportsToReview': 0,
      'approvals.plans': 1,
      'approvals.exceptionOrders': 1,
      'approvals.curators': 0,
    });
    expect(work.caseload?.map((row) => row.specialist.id)).toEqual([strangerSpecialist.id]);
  });

  it('links each count to the list that shows it, by role', async () => {
    const own = await myWork(specialist);
    const institution = await myWork(head);
    const linkOf = (work: MyWork, section: (typeof SECTIONS)[number], name: string) =>
      work[section]?.[name]?.link;
    expect(linkOf(own, 'plans', 'activitiesOverdue')).toEqual({
      path: '/plans',
      query: { view: 'myOverdue' },
    });
    expect(linkOf(own, 'plans', 'activitiesDueThisWeek')).toEqual({
      path: '/plans',
      query: { view: 'myWeek' },
    });
    expect(linkOf(institution, 'plans', 'activitiesOverdue')).toEqual({
      path: '/plans',
      query: { view: 'overdue' },
    });
    expect(linkOf(own, 'appeals', 'intakeQueue')).toEqual({
      path: '/appeals',
      query: { period: 'all', unassigned: 'true' },
    });
    expect(linkOf(own, 'appeals', 'open')).toEqual({
      path: '/appeals',
      query: { period: 'all', specialistId: specialist.id },
    });
    expect(linkOf(institution, 'appeals', 'open')).toEqual({
      path: '/appeals',
      query: { period: 'all' },
    });
    expect(linkOf(own, 'monitoring', 'noticesOverdue')).toEqual({
      path: '/monitoring',
      query: { view: 'notices', state: 'overdue' },
    });
    expect(linkOf(own, 'contracts', 'missingScan')).toEqual({
      path: '/contracts',
      query: { view: 'missing_scan' },
    });
    expect(linkOf(own, 'graduates', 'turning23')).toEqual({
      path: '/graduates',
      query: { view: 'turning23' },
    });
    expect(linkOf(institution, 'approvals', 'curators')).toEqual({
      path: '/curators',
      query: { status: 'trained' },
    });
  });

  it('counts what the lists behind the links show, for each of them', async () => {
    for (const user of [specialist, colleague, head]) {
      const work = await myWork(user);
      const own = work.scope === 'own';
      const count = (section: (typeof SECTIONS)[number], name: string) =>
        work[section]?.[name]?.count;
      const activities = (due: string) =>
        listTotal(user, '/plan-activities', { due, ...(own ? { mine: true } : {}) });
      expect({
        activitiesOverdue: await activities('overdue'),
        activitiesDueThisWeek: await activities('week'),
        assessmentsDue: await listTotal(user, '/assessments/due', { state: 'due' }),
        assessmentsOverdue: await listTotal(user, '/assessments/due', { state: 'overdue' }),
        noticesToSend: await listTotal(user, '/notices', { state: 'to_send' }),
        noticesOverdue: await listTotal(user, '/notices', { state: 'overdue' }),
        expiring: await listTotal(user, '/contracts', { attention: 'expiring' }),
        missingScan: await listTotal(user, '/contracts', { attention: 'missing_scan' }),
        turning23: bodyOf<unknown[]>(await get(user, '/graduates/turning-23')).length,
      }).toEqual({
        activitiesOverdue: count('plans', 'activitiesOverdue'),
        activitiesDueThisWeek: count('plans', 'activitiesDueThisWeek'),
        assessmentsDue: count('monitoring', 'assessmentsDue'),
        assessmentsOverdue: count('monitoring', 'assessmentsOverdue'),
        noticesToSend: count('monitoring', 'noticesToSend'),
        noticesOverdue: count('monitoring', 'noticesOverdue'),
        expiring: count('contracts', 'expiring'),
        missingScan: count('contracts', 'missingScan'),
        turning23: count('graduates', 'turning23'),
      });
    }
  });

  it('answers 401 without a token, 403 to a role without the permission, 404 to a curator', async () => {
    expectProblem(await api().get('/api/my-work'), 401);
    expectProblem(await get(regional, '/my-work'), 403);
    expectProblem(
      await api()
        .get('/api/my-work')
        .auth(await asAdmin(), bearer),
      403,
    );
    expectProblem(await get(curator, '/my-work'), 404);
  });
});
