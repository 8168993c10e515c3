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
  TestUser,
} from './support/api';
import { assertMatchesSpec } from './support/openapi-validator';
import { startSmtpSink, SmtpSink } from './support/smtp-sink';
// Plain CommonJS helpers shared with the jest global setup.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDatabase, startApi } = require('../../../tools/testing/server.cjs');

/*
 * In-app notifications (the bell): who is told what, in the same transaction as the change;
 * reading one's own only; the daily pass (overdue items, once per due date) and its e-mail
 * digest, received by a real SMTP server.
 */

const ZONE = 'Asia/Vladivostok';
const day = (offset = 0) => dayIn(ZONE, offset);

interface Notification {
  id: string;
  kind: string;
  title: string;
  link: string;
  entityType: string;
  entityId: string | null;
  createdAt: string;
  readAt: string | null;
}
interface Page<T> {
  items: T[];
  total: number;
}
interface PassResult {
  institutions: number;
  failed: number;
  overdueActivities: number;
  overdueNotices: number;
  emailsQueued: number;
  emailsSent: number;
}

const bearer = { type: 'bearer' } as const;
const as = (token: string) => ({
  get: (path: string, query: object = {}) => api().get(path).query(query).auth(token, bearer),
  post: (path: string, body: object = {}) => api().post(path).auth(token, bearer).send(body),
  patch: (path: string, body: object = {}) => api().patch(path).auth(token, bearer).send(body),
});

function bodyOf<T>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Every notification of a user, newest first. */
const notificationsOf = async (user: TestUser, query: object = {}) =>
  bodyOf<Page<Notification>>(
    await as(user.token).get('/api/notifications', { pageSize: 100, ...query }),
  );
/** A user's notifications about one record. */
const about = async (user: TestUser, entityId: string) =>
  (await notificationsOf(user)).items.filter((n) => n.entityId === entityId);
const unreadCount = async (user: TestUser) =>
  bodyOf<{ count: number }>(await as(user.token).get('/api/notifications/unread-count')).count;

const runPass = async (institutionId: string) =>
  bodyOf<PassResult>(
    await as(await asAdmin()).post('/api/notifications/digest/run', { institutionId }),
  );

describe('notifications', () => {
  let home: { id: string; version: number };
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;

  beforeAll(async () => {
    home = await createInstitution({ timeZone: ZONE });
    head = await createUser('head', home.id, 'Руководитель Службы');
    specialist = await createUser('specialist', home.id, 'Социальный Педагог');
    colleague = await createUser('specialist', home.id, 'Педагог Психолог');
  });

  /** A support contract signed ten days ago for a new graduate of `owner`. */
  async function contractOf(owner: TestUser) {
    const graduate = await createGraduate(head.token, { responsibleSpecialistId: owner.id });
    const draft = bodyOf<{ id: string; version: number }>(
      await as(head.token).post('/api/contracts', {
        graduateId: graduate.id,
        kind: 'support',
        startsOn: day(-10),
      }),
      201,
    );
    await as(head.token).post(`/api/contracts/${draft.id}/activate`, {
      version: draft.version,
      signedOn: day(-10),
      scanLater: true,
    });
    return { graduate, contractId: draft.id };
  }

  interface Plan {
    id: string;
    version: number;
    activities: { id: string; title: string }[];
  }
  /** A draft plan with one activity due on `dueOn`, for a graduate of `owner`. */
  async function planOf(owner: TestUser, dueOn = day(30)) {
    const { graduate, contractId } = await contractOf(owner);
    const draft = bodyOf<Plan>(
      await as(owner.token).post('/api/plans', {
        contractId,
        goals: [{ domain: 'documents', goal: 'Восстановить паспорт' }],
      }),
      201,
    );
    const plan = bodyOf<Plan>(
      await as(owner.token).post(`/api/plans/${draft.id}/activities`, {
        version: draft.version,
        domain: 'documents',
        title: 'Подать заявление на паспорт',
        dueOn,
      }),
      201,
    );
    return { graduate, contractId, plan };
  }

  // -------------------------------------------------------------------------------------
  describe('who is told', () => {
    it('the specialist a file is given to, once; not who takes a file themselves', async () => {
      const graduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
      const [assigned] = await about(specialist, graduate.id);
      expect(await about(specialist, graduate.id)).toHaveLength(1);
      expect(assigned).toMatchObject({
        kind: 'graduate_assigned',
        title: `Вам передано личное дело: ${graduate.lastName} И.П.`,
        link: `/graduates/${graduate.id}`,
        entityType: 'graduate',
        readAt: null,
      });
      expect(await about(head, graduate.id)).toEqual([]);

      // An edit that keeps the specialist tells nobody; a new specialist hears of it.
      const edited = bodyOf<{ version: number }>(
        await as(head.token).patch(`/api/graduates/${graduate.id}`, {
          version: graduate.version,
          contacts: { phones: ['+7 914 000-11-22'] },
        }),
      );
      expect(await about(specialist, graduate.id)).toHaveLength(1);
      bodyOf(
        await as(head.token).patch(`/api/graduates/${graduate.id}`, {
          version: edited.version,
          responsibleSpecialistId: colleague.id,
        }),
      );
      expect(await about(colleague, graduate.id)).toMatchObject([{ kind: 'graduate_assigned' }]);
      expect(await about(specialist, graduate.id)).toHaveLength(1);

      const own = await createGraduate(specialist.token, {
        responsibleSpecialistId: specialist.id,
      });
      expect(await about(specialist, own.id)).toEqual([]);
    });

    it('the specialist an appeal is given to; not who registers an appeal for themselves', async () => {
      const problems = await dictionaryIds(head.token, 'problem');
      const graduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
      const appeal = (user: TestUser, assignedSpecialistId: string) =>
        as(user.token).post('/api/appeals', {
          graduateId: graduate.id,
          channel: 'phone',
          problemIds: [problems.documents_lost],
          assignedSpecialistId,
        });
      const given = bodyOf<{ id: string; version: number }>(await appeal(head, specialist.id), 201);
      expect(await about(specialist, given.id)).toMatchObject([
        {
          kind: 'appeal_assigned',
          title: `Вам передано обращение: ${graduate.lastName} И.П.`,
          link: `/appeals?graduateId=${graduate.id}&appeal=${given.id}`,
          entityType: 'appeal',
        },
      ]);
      const taken = bodyOf<{ id: string }>(await appeal(specialist, specialist.id), 201);
      expect(await about(specialist, taken.id)).toEqual([]);

      // Handing it on tells the new specialist only.
      bodyOf(
        await as(head.token).patch(`/api/appeals/${given.id}`, {
          version: given.version,
          assignedSpecialistId: colleague.id,
        }),
      );
      expect(await about(colleague, given.id)).toHaveLength(1);
      expect(await about(specialist, given.id)).toHaveLength(1);
    });

    it('the plan’s specialist when the head returns it, and again when the head approves it', async () => {
      const { graduate, contractId, plan } = await planOf(specialist);
      const link = `/graduates/${graduate.id}?tab=plan&contract=${contractId}`;
      const submit = async (p: Plan) =>
        bodyOf<Plan>(
          await as(specialist.token).post(`/api/plans/${p.id}/submit`, { version: p.version }),
        );
      const returned = bodyOf<Plan>(
        await as(head.token).post(`/api/plans/${plan.id}/return`, {
          version: (await submit(plan)).version,
          comment: 'Добавьте мероприятия по жилью',
        }),
      );
      expect(await about(specialist, plan.id)).toMatchObject([
        {
          kind: 'plan_returned',
          title: `План сопровождения возвращён на доработку: ${graduate.lastName} И.П. — «Добавьте мероприятия по жилью»`,
          link,
        },
      ]);
      bodyOf(
        await as(head.token).post(`/api/plans/${plan.id}/approve`, {
          version: (await submit(returned)).version,
        }),
      );
      const told = await about(specialist, plan.id);
      expect(told.map((n) => n.kind)).toEqual(['plan_approved', 'plan_returned']);
      expect(told[0]).toMatchObject({
        title: `План сопровождения утверждён: ${graduate.lastName} И.П.`,
        link,
      });
      expect(await about(head, plan.id)).toEqual([]);
    });

    it('nobody when the change is refused (same transaction)', async () => {
      const graduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
      const stale = await as(head.token).patch(`/api/graduates/${graduate.id}`, {
        version: graduate.version + 5,
        responsibleSpecialistId: colleague.id,
      });
      expectProblem(stale, 409, 'stale-version');
      expect(await about(colleague, graduate.id)).toEqual([]);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('reading one’s own', () => {
    let reader: TestUser;
    const given: string[] = [];

    beforeAll(async () => {
      reader = await createUser('specialist', home.id, 'Читающий Специалист');
      for (let i = 0; i < 3; i++)
        given.push((await createGraduate(head.token, { responsibleSpecialistId: reader.id })).id);
    });

    it('needs a token (401)', async () => {
      for (const res of [
        await api().get('/api/notifications'),
        await api().get('/api/notifications/unread-count'),
        await api().post('/api/notifications/read-all'),
      ])
        expectProblem(res, 401);
    });

    it('lists newest first, paged, with an unread filter and the count', async () => {
      const page = await notificationsOf(reader, { pageSize: 2 });
      expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(page.items.map((n) => n.entityId)).toEqual([given[2], given[1]]);
      expect(await unreadCount(reader)).toBe(3);

      const first = page.items[0];
      const read = bodyOf<Notification>(
        await as(reader.token).post(`/api/notifications/${first.id}/read`),
      );
      expect(read).toMatchObject({ id: first.id, readAt: expect.any(String) });
      // Reading again keeps the first moment.
      const again = bodyOf<Notification>(
        await as(reader.token).post(`/api/notifications/${first.id}/read`),
      );
      expect(again.readAt).toBe(read.readAt);
      expect(await unreadCount(reader)).toBe(2);
      const unread = await notificationsOf(reader, { unread: true });
      expect(unread.items.map((n) => n.entityId)).toEqual([given[1], given[0]]);

      expect(
        bodyOf<{ marked: number }>(await as(reader.token).post('/api/notifications/read-all')),
      ).toEqual({ marked: 2 });
      expect(await unreadCount(reader)).toBe(0);
      expect((await notificationsOf(reader, { unread: true })).total).toBe(0);
      expect((await notificationsOf(reader)).total).toBe(3);
    });

    it('someone else’s notification is not found (404), nor is a malformed id', async () => {
      const [mine] = (await notificationsOf(reader)).items;
      expectProblem(await as(colleague.token).post(`/api/notifications/${mine.id}/read`), 404);
      expectProblem(await as(head.token).post(`/api/notifications/${mine.id}/read`), 404);
      expectProblem(await as(reader.token).post('/api/notifications/not-an-id/read'), 404);
      expect((await notificationsOf(colleague)).items.map((n) => n.id)).not.toContain(mine.id);
    });

    it('refuses a bad filter (400)', async () => {
      expectProblem(
        await as(reader.token).get('/api/notifications', { unread: 'perhaps' }),
        400,
        'validation',
      );
    });
  });

  // -------------------------------------------------------------------------------------
  describe('the daily pass', () => {
    it('is run by administrators only; 400 for a malformed institution, 404 for an unknown one', async () => {
      expectProblem(await as(head.token).post('/api/notifications/digest/run'), 403);
      const admin = as(await asAdmin());
      expectProblem(
        await admin.post('/api/notifications/digest/run', { institutionId: 'x' }),
        400,
        'validation',
      );
      expectProblem(
        await admin.post('/api/notifications/digest/run', {
          institutionId: '00000000-0000-4000-8000-000000000000',
        }),
        404,
      );
    });

    it('tells the responsible specialist of an overdue activity once per due date', async () => {
      const owner = await createUser('specialist', home.id, 'Ответственный Специалист');
      const { graduate, contractId, plan } = await planOf(owner, day(-2));
      const activity = plan.activities[0];

      const first = await runPass(home.id);
      expect(first).toMatchObject({ institutions: 1, failed: 0, emailsQueued: 0 });
      expect(first.overdueActivities).toBeGreaterThanOrEqual(1);
      const told = await about(owner, activity.id);
      expect(told).toMatchObject([
        {
          kind: 'activity_overdue',
          title: `Просрочено мероприятие «Подать заявление на паспорт» (срок ${day(-2).split('-').reverse().join('.')}): ${graduate.lastName} И.П.`,
          link: `/graduates/${graduate.id}?tab=plan&contract=${contractId}`,
          entityType: 'plan_activity',
        },
      ]);

      // Again: nothing new for the same due date.
      expect((await runPass(home.id)).overdueActivities).toBe(0);
      expect(await about(owner, activity.id)).toHaveLength(1);

      // Moved to another day that has passed as well: overdue anew, told once more.
      bodyOf(
        await as(owner.token).post(`/api/plans/${plan.id}/activities/${activity.id}/move`, {
          version: plan.version,
          dueOn: day(-1),
          reason: 'Выпускник был в больнице',
        }),
      );
      await runPass(home.id);
      await runPass(home.id);
      expect(await about(owner, activity.id)).toHaveLength(2);
    });

    it('tells the graduate’s specialist of a guardianship notice not sent in time', async () => {
      const owner = await createUser('specialist', home.id, 'Специалист Опеки');
      const graduate = await createGraduate(head.token, { responsibleSpecialistId: owner.id });
      const notice = bodyOf<{ id: string; dueOn: string; overdue: boolean }>(
        await as(head.token).post('/api/notices', {
          graduateId: graduate.id,
          trigger: 'housing',
          foundOn: day(-10),
          finding: 'Закреплённое жильё занято посторонними лицами',
          recipient: 'Отдел опеки и попечительства по г. Хабаровску',
        }),
        201,
      );
      expect(notice.overdue).toBe(true);
      await runPass(home.id);
      await runPass(home.id);
      expect(await about(owner, notice.id)).toMatchObject([
        {
          kind: 'notice_overdue',
          link: `/graduates/${graduate.id}?tab=monitoring`,
          title: expect.stringContaining(`Не отправлено информирование органа опеки`),
        },
      ]);
      expect(await about(head, notice.id)).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------
// The digest needs an API that sends e-mail: one more instance, with SMTP_URL pointing at an
// SMTP server of this test process, on a database of its own.
describe('the daily e-mail digest over SMTP', () => {
  let smtp: SmtpSink;
  let server: { url: string; stop(): Promise<void>; settings: Record<string, string> };
  let database: { url: string; drop(): Promise<void> };

  const call = (token: string | null) => {
    const agent = request(server.url);
    // Checked against the committed spec like every other call of the tests.
    const auth = <T extends request.Test>(test: T) =>
      (token ? test.auth(token, bearer) : test).expect(assertMatchesSpec);
    return {
      get: (path: string) => auth(agent.get(path)),
      post: (path: string, body: object = {}) => auth(agent.post(path)).send(body),
    };
  };
  const login = async (loginName: string, password: string) =>
    bodyOf<{ accessToken: string }>(
      await call(null).post('/api/auth/login', { login: loginName, password }),
    ).accessToken;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    database = await createDatabase(process.env.POSTCARE_PG_SERVER_URL);
    server = await startApi(database.url, {
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Служба сопровождения <postcare@example.org>',
      PUBLIC_URL: 'https://postcare.example.org',
    });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await smtp?.stop();
  });

  it('mails each user their new notifications once, and retries after a refusal', async () => {
    const admin = await login(server.settings.ADMIN_LOGIN, server.settings.ADMIN_PASSWORD);
    const institution = bodyOf<{ id: string }>(
      await call(admin).post('/api/institutions', {
        name: 'Детский дом № 5',
        kind: 'children_home',
        region: 'Хабаровский край',
        timeZone: ZONE,
      }),
      201,
    );
    const user = async (role: string, loginName: string, fullName: string, email = '') => {
      const body = { login: loginName, fullName, role, institutionId: institution.id, email };
      const created = bodyOf<{ user: { id: string; email: string } }>(
        await call(admin).post('/api/users', { ...body, password: 'Walrus-Cinnamon-84' }),
        201,
      );
      expect(created.user.email).toBe(email);
      return { id: created.user.id, token: await login(loginName, 'Walrus-Cinnamon-84') };
    };
    const head = await user('head', 'head.digest', 'Руководитель Службы');
    const mailed = await user(
      'specialist',
      'ivanova',
      'Иванова Мария Петровна',
      'ivanova@example.org',
    );
    const unmailed = await user('specialist', 'petrov', 'Петров Пётр Петрович');
    const graduate = (lastName: string, responsibleSpecialistId: string) =>
      call(head.token)
        .post('/api/graduates', {
          lastName,
          firstName: 'Иван',
          patronymic: 'Петрович',
          sex: 'male',
          birthDate: `${new Date().getFullYear() - 19}-03-15`,
          legalStatus: 'orphan',
          responsibleSpecialistId,
        })
        .expect(201);
    await graduate('Соколов', mailed.id);
    await graduate('Орлов', unmailed.id);

    // The mail server is down at the first try: nothing is lost, the re-run delivers it.
    smtp.refuseNext(1);
    const first = bodyOf<PassResult>(
      await call(admin).post('/api/notifications/digest/run', { institutionId: institution.id }),
    );
    expect(first).toMatchObject({ institutions: 1, emailsQueued: 1, emailsSent: 0 });
    expect(smtp.received).toHaveLength(0);
    const second = bodyOf<PassResult>(await call(admin).post('/api/notifications/digest/run'));
    expect(second).toMatchObject({ emailsQueued: 0, emailsSent: 1 });

    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toMatchObject({ value: [{ address: 'ivanova@example.org' }] });
    expect(mail.from).toMatchObject({
      value: [{ address: 'postcare@example.org', name: 'Служба сопровождения' }],
    });
    expect(mail.subject).toBe('Постинтернатное сопровождение: 1 новое уведомление');
    expect(mail.text).toContain('Здравствуйте, Иванова Мария Петровна!');
    expect(mail.text).toContain('Вам передано личное дело: Соколов И.П.');
    expect(mail.text).toMatch(/https:\/\/postcare\.example\.org\/graduates\/[0-9a-f-]{36}/);
    expect(mail.html).toContain('Вам передано личное дело: Соколов И.П.');
    expect(mail.text).not.toContain('Орлов');

    // Mailed once: another pass has nothing new to send; the bell still counts it unread.
    const third = bodyOf<PassResult>(await call(admin).post('/api/notifications/digest/run'));
    expect(third).toMatchObject({ emailsQueued: 0, emailsSent: 0 });
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received).toHaveLength(1);
    const count = bodyOf<{ count: number }>(
      await call(mailed.token).get('/api/notifications/unread-count'),
    );
    expect(count).toEqual({ count: 1 });
  });
});
