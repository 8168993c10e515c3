import { Workbook } from 'exceljs';
import PizZip from 'pizzip';
import request from 'supertest';
import {
  api,
  auditEntries,
  binary,
  createInstitution,
  createUser,
  expectProblem,
  TestUser,
} from './support/api';
import { itReadsPdf, pdfText } from './support/pdf-text';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface StaffRef {
  id: string;
  fullName: string;
}
interface Item {
  id: string;
  sectionId: string;
  title: string;
  dueMonth: number | null;
  dueOn: string | null;
  due: string;
  responsible: StaffRef | null;
  responsibleName: string;
  expectedResult: string;
  status: string;
  note: string;
  markedAt: string | null;
  annualItemId: string | null;
  movedFromItemId: string | null;
  move: {
    reason: string;
    at: string;
    toYear: number;
    toMonth: number;
    toItemId: string | null;
  } | null;
}
interface Section {
  id: string;
  position: number;
  title: string;
  items: Item[];
}
interface WorkPlan {
  id: string;
  kind: string;
  year: number;
  month: number | null;
  title: string;
  status: string;
  approvedAt: string | null;
  reviewComment: string;
  version: number;
  sections: Section[];
  approvedBy: StaffRef | null;
  annualPlanId: string | null;
  history: { user: StaffRef | null; from: string | null; to: string; reason: string }[];
}
interface Page<T> {
  items: T[];
  total: number;
}

const bearer = { type: 'bearer' } as const;
const get = (token: string, path: string, query: object = {}) =>
  api().get(`/api${path}`).query(query).auth(token, bearer);
const post = (token: string, path: string, body: object = {}) =>
  api().post(`/api${path}`).auth(token, bearer).send(body);
const patch = (token: string, path: string, body: object = {}) =>
  api().patch(`/api${path}`).auth(token, bearer).send(body);
const del = (token: string, path: string, query: object = {}) =>
  api().delete(`/api${path}`).query(query).auth(token, bearer);

function bodyOf<T = WorkPlan>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

function expectInvalid(res: request.Response, field: string) {
  expectProblem(res, 400, 'validation');
  expect(Object.keys(res.body.errors ?? {})).toContain(field);
}

const items = (plan: WorkPlan) => plan.sections.flatMap((s) => s.items);
const byTitle = (plan: WorkPlan, title: string): Item => {
  const found = items(plan).find((i) => i.title === title);
  if (!found) throw new Error(`no item «${title}» in ${JSON.stringify(plan.sections)}`);
  return found;
};

describe('work plans', () => {
  let head: TestUser;
  let specialist: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  let strangerHead: TestUser;

  beforeAll(async () => {
    const home = (await createInstitution({ timeZone: 'Asia/Vladivostok' })).id;
    const other = (await createInstitution()).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    supervisor = await createUser('supervisor', home, 'Проверяющий Отдела');
    curator = await createUser('curator', home, 'Куратор Выпускника');
    strangerHead = await createUser('head', other, 'Чужой Руководитель');
  });

  const createPlan = async (token: string, body: object) =>
    bodyOf(await post(token, '/work-plans', body), 201);

  const addSection = async (plan: WorkPlan, title: string, token = specialist.token) =>
    bodyOf(
      await post(token, `/work-plans/${plan.id}/sections`, { version: plan.version, title }),
      201,
    );

  const addItem = async (plan: WorkPlan, section: Section, fields: object) =>
    bodyOf(
      await post(specialist.token, `/work-plans/${plan.id}/items`, {
        version: plan.version,
        sectionId: section.id,
        ...fields,
      }),
      201,
    );

  const submit = async (plan: WorkPlan) =>
    bodyOf(
      await post(specialist.token, `/work-plans/${plan.id}/submit`, { version: plan.version }),
    );

  const approve = async (plan: WorkPlan) =>
    bodyOf(await post(head.token, `/work-plans/${plan.id}/approve`, { version: plan.version }));

  const mark = async (plan: WorkPlan, item: Item, status: string, note?: string) =>
    bodyOf(
      await post(specialist.token, `/work-plans/${plan.id}/items/${item.id}/mark`, {
        version: plan.version,
        status,
        note,
      }),
    );

  /** An annual plan of `year` with two sections: items in January (a month and a day) and February. */
  async function annualPlan(year: number) {
    let plan = await createPlan(specialist.token, { kind: 'annual', year });
    plan = await addSection(plan, 'Организационно-методическая работа');
    plan = await addSection(plan, 'Групповая работа с выпускниками');
    const [organisation, groups] = plan.sections;
    plan = await addItem(plan, organisation, {
      title: 'Составить график посещений выпускников',
      dueMonth: 1,
      responsibleUserId: specialist.id,
      expectedResult: 'График утверждён',
    });
    plan = await addItem(plan, groups, {
      title: 'Тренинг «Мой бюджет»',
      dueOn: `${year}-01-20`,
      responsibleName: 'педагог-психолог',
      expectedResult: 'Не менее 10 участников',
    });
    plan = await addItem(plan, groups, {
      title: 'Клуб выпускников: встреча к 23 февраля',
      dueMonth: 2,
      responsibleUserId: head.id,
    });
    return plan;
  }

  // -------------------------------------------------------------------------------------
  describe('one annual plan per institution and year', () => {
    it('drafts the annual plan of a year', async () => {
      const res = await post(specialist.token, '/work-plans', { kind: 'annual', year: 2030 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'annual',
        year: 2030,
        month: null,
        title: 'План работы на 2030 год',
        status: 'draft',
        approvedAt: null,
        approvedBy: null,
        annualPlanId: null,
        reviewComment: '',
        sections: [],
        version: 1,
      });
      expect(res.body.history).toEqual([
        {
          at: expect.any(String),
          user: { id: specialist.id, fullName: 'Социальный Педагог' },
          from: null,
          to: 'draft',
          reason: '',
        },
      ]);
      expect(bodyOf(await get(supervisor.token, `/work-plans/${res.body.id}`))).toEqual(res.body);
    });

    it('409 plan-exists for a second annual plan of the year, naming the first; another institution has its own', async () => {
      const first = await createPlan(head.token, { kind: 'annual', year: 2040 });
      const res = await post(specialist.token, '/work-plans', { kind: 'annual', year: 2040 });
      expectProblem(res, 409, 'plan-exists');
      expect(res.body.planId).toBe(first.id);
      expect(res.body.detail).toContain('План работы на 2040 год');
      const theirs = await createPlan(strangerHead.token, { kind: 'annual', year: 2040 });
      expect(theirs.id).not.toBe(first.id);
    });

    it.each([
      ['a monthly plan without a month', { kind: 'monthly', year: 2030 }, 'month'],
      ['an annual plan with a month', { kind: 'annual', year: 2030, month: 3 }, 'month'],
      ['month 13', { kind: 'monthly', year: 2030, month: 13 }, 'month'],
      ['a year out of range', { kind: 'annual', year: 1999 }, 'year'],
      ['an unknown kind', { kind: 'weekly', year: 2030 }, 'kind'],
      ['an unknown field', { kind: 'annual', year: 2030, title: 'План' }, 'title'],
    ])('400 for %s', async (_case, body, field) => {
      expectInvalid(await post(specialist.token, '/work-plans', body), field);
    });

    it('401 without a token; 403 for a supervisor drafting, 404 for a curator reading', async () => {
      expectProblem(await api().post('/api/work-plans').send({ kind: 'annual', year: 2030 }), 401);
      expectProblem(
        await post(supervisor.token, '/work-plans', { kind: 'annual', year: 2050 }),
        403,
      );
      expectProblem(await get(curator.token, '/work-plans'), 404);
    });

    it('404 for a plan of another institution, an unknown id or one that is not a UUID; 401; 403', async () => {
      const plan = await createPlan(head.token, { kind: 'annual', year: 2041 });
      expectProblem(await get(strangerHead.token, `/work-plans/${plan.id}`), 404);
      expectProblem(await get(head.token, '/work-plans/7f1b8f8e-0000-4000-8000-000000000000'), 404);
      expectProblem(await get(head.token, '/work-plans/2041'), 404);
      expectProblem(await api().get(`/api/work-plans/${plan.id}`), 401);
      expectProblem(await get(curator.token, `/work-plans/${plan.id}`), 404);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('sections and items of a draft', () => {
    it('adds sections and items; items are ordered by their term; each change moves the version', async () => {
      const plan = await annualPlan(2032);
      expect(plan.version).toBe(6);
      expect(plan.sections.map((s) => [s.position, s.title])).toEqual([
        [1, 'Организационно-методическая работа'],
        [2, 'Групповая работа с выпускниками'],
      ]);
      expect(plan.sections[0].items).toEqual([
        expect.objectContaining({
          title: 'Составить график посещений выпускников',
          dueMonth: 1,
          dueOn: null,
          due: 'январь',
          responsible: { id: specialist.id, fullName: 'Социальный Педагог' },
          responsibleName: '',
          expectedResult: 'График утверждён',
          status: 'planned',
          note: '',
          markedAt: null,
          annualItemId: null,
          movedFromItemId: null,
          move: null,
        }),
      ]);
      expect(plan.sections[1].items.map((i) => [i.title, i.due])).toEqual([
        ['Тренинг «Мой бюджет»', '20.01.2032'],
        ['Клуб выпускников: встреча к 23 февраля', 'февраль'],
      ]);

      // An earlier date goes first whatever the order of adding.
      const moved = bodyOf(
        await patch(
          specialist.token,
          `/work-plans/${plan.id}/items/${byTitle(plan, 'Клуб выпускников: встреча к 23 февраля').id}`,
          {
            version: plan.version,
            dueOn: '2032-01-05',
            expectedResult: 'Пришли 8 человек',
          },
        ),
      );
      expect(moved.sections[1].items.map((i) => [i.title, i.dueMonth, i.dueOn])).toEqual([
        ['Клуб выпускников: встреча к 23 февраля', null, '2032-01-05'],
        ['Тренинг «Мой бюджет»', null, '2032-01-20'],
      ]);

      const renamed = bodyOf(
        await patch(specialist.token, `/work-plans/${plan.id}/sections/${plan.sections[0].id}`, {
          version: moved.version,
          title: 'Организационная работа',
        }),
      );
      expect(renamed.sections[0].title).toBe('Организационная работа');
      expect(renamed.version).toBe(moved.version + 1);
    });

    it('takes an item out of a draft', async () => {
      const plan = await annualPlan(2033);
      const item = byTitle(plan, 'Тренинг «Мой бюджет»');
      const path = `/work-plans/${plan.id}/items/${item.id}`;
      const after = bodyOf(await del(specialist.token, path, { version: plan.version }));
      expect(items(after).map((i) => i.title)).not.toContain('Тренинг «Мой бюджет»');
      expect(after.version).toBe(plan.version + 1);
      expectProblem(await del(specialist.token, path, { version: after.version }), 404);
      expectInvalid(await del(specialist.token, path), 'version');
      expectProblem(await del(strangerHead.token, path, { version: after.version }), 404);
      expectProblem(await api().delete(`/api${path}`).query({ version: 1 }), 401);
      expectProblem(await del(supervisor.token, path, { version: after.version }), 403);
      expectProblem(
        await del(
          head.token,
          `/work-plans/${plan.id}/items/${byTitle(after, 'Составить график посещений выпускников').id}`,
          { version: 1 },
        ),
        409,
        'stale-version',
      );
    });

    describe('400 for invalid items and sections, and nothing changes', () => {
      let plan: WorkPlan;
      let otherPlan: WorkPlan;
      beforeAll(async () => {
        plan = await annualPlan(2034);
        otherPlan = await addSection(
          await createPlan(specialist.token, { kind: 'annual', year: 2035 }),
          'Чужой раздел',
        );
      });

      it.each([
        ['a day outside the plan’s year', { dueOn: '2035-01-10' }, 'dueOn'],
        ['both a month and a day', { dueMonth: 1, dueOn: '2034-01-10' }, 'dueOn'],
        ['no term in an annual plan', {}, 'dueMonth'],
        ['month 0', { dueMonth: 0 }, 'dueMonth'],
        ['an empty title', { dueMonth: 1, title: ' ' }, 'title'],
        ['an unknown field', { dueMonth: 1, priority: 1 }, 'priority'],
      ])('an item with %s', async (_case, fields, field) => {
        expectInvalid(
          await post(specialist.token, `/work-plans/${plan.id}/items`, {
            version: plan.version,
            sectionId: plan.sections[0].id,
            title: 'Мероприятие',
            ...fields,
          }),
          field,
        );
      });

      it('an item in a section of another plan', async () => {
        expectInvalid(
          await post(specialist.token, `/work-plans/${plan.id}/items`, {
            version: plan.version,
            sectionId: otherPlan.sections[0].id,
            title: 'Мероприятие',
            dueMonth: 3,
          }),
          'sectionId',
        );
      });

      it('a responsible user of another institution or one who cannot be responsible', async () => {
        // Another institution's user is as missing (422); a curator cannot be responsible (400).
        for (const [userId, status, code] of [
          [strangerHead.id, 422, 'reference-not-found'],
          [curator.id, 400, 'validation'],
        ] as const) {
          const res = await post(specialist.token, `/work-plans/${plan.id}/items`, {
            version: plan.version,
            sectionId: plan.sections[0].id,
            title: 'Мероприятие',
            dueMonth: 3,
            responsibleUserId: userId,
          });
          expectProblem(res, status, code);
          expect(Object.keys(res.body.errors ?? {})).toContain('responsibleUserId');
        }
      });

      it('an empty section title', async () => {
        expectInvalid(
          await post(specialist.token, `/work-plans/${plan.id}/sections`, {
            version: plan.version,
            title: '',
          }),
          'title',
        );
        expectInvalid(
          await patch(specialist.token, `/work-plans/${plan.id}/sections/${plan.sections[0].id}`, {
            version: plan.version,
          }),
          'title',
        );
      });

      it('none of them changed the plan', async () => {
        const read = bodyOf(await get(head.token, `/work-plans/${plan.id}`));
        expect(read.version).toBe(plan.version);
        expect(items(read)).toHaveLength(3);
      });
    });

    it('404 for an unknown section or item, or a plan of another institution; 409 stale-version; 401; 403', async () => {
      const plan = await annualPlan(2036);
      const section = plan.sections[0];
      const item = section.items[0];
      const unknown = '7f1b8f8e-0000-4000-8000-000000000000';
      const v = { version: plan.version };
      expectProblem(
        await patch(specialist.token, `/work-plans/${plan.id}/sections/${unknown}`, {
          ...v,
          title: 'x',
        }),
        404,
      );
      expectProblem(
        await patch(specialist.token, `/work-plans/${plan.id}/items/${unknown}`, {
          ...v,
          title: 'x',
        }),
        404,
      );
      expectProblem(
        await post(strangerHead.token, `/work-plans/${plan.id}/sections`, { ...v, title: 'x' }),
        404,
      );
      expectProblem(
        await post(strangerHead.token, `/work-plans/${plan.id}/items`, {
          ...v,
          sectionId: section.id,
          title: 'x',
          dueMonth: 1,
        }),
        404,
      );
      expectProblem(
        await patch(strangerHead.token, `/work-plans/${plan.id}/items/${item.id}`, {
          ...v,
          title: 'x',
        }),
        404,
      );
      expectProblem(
        await patch(strangerHead.token, `/work-plans/${plan.id}/sections/${section.id}`, {
          ...v,
          title: 'x',
        }),
        404,
      );
      expectProblem(
        await post(specialist.token, `/work-plans/${plan.id}/sections`, {
          version: plan.version - 1,
          title: 'Старая версия',
        }),
        409,
        'stale-version',
      );
      expectProblem(
        await patch(specialist.token, `/work-plans/${plan.id}/items/${item.id}`, {
          version: 1,
          title: 'Старая версия',
        }),
        409,
        'stale-version',
      );
      expectProblem(
        await patch(specialist.token, `/work-plans/${plan.id}/sections/${section.id}`, {
          version: 1,
          title: 'Старая',
        }),
        409,
        'stale-version',
      );
      expectProblem(
        await post(specialist.token, `/work-plans/${plan.id}/items`, {
          version: 1,
          sectionId: section.id,
          title: 'x',
          dueMonth: 1,
        }),
        409,
        'stale-version',
      );
      expectProblem(
        await api()
          .post(`/api/work-plans/${plan.id}/sections`)
          .send({ ...v, title: 'x' }),
        401,
      );
      expectProblem(await api().patch(`/api/work-plans/${plan.id}/items/${item.id}`).send(v), 401);
      expectProblem(
        await post(supervisor.token, `/work-plans/${plan.id}/sections`, { ...v, title: 'x' }),
        403,
      );
      expectProblem(
        await patch(supervisor.token, `/work-plans/${plan.id}/sections/${section.id}`, {
          ...v,
          title: 'x',
        }),
        403,
      );
      expectProblem(
        await post(supervisor.token, `/work-plans/${plan.id}/items`, {
          ...v,
          sectionId: section.id,
          title: 'x',
          dueMonth: 1,
        }),
        403,
      );
      expectProblem(
        await patch(curator.token, `/work-plans/${plan.id}/items/${item.id}`, { ...v, title: 'x' }),
        404,
      );
    });
  });

  // -------------------------------------------------------------------------------------
  describe('approval by the head', () => {
    it('409 plan-empty when submitting a plan without items', async () => {
      const plan = await createPlan(specialist.token, { kind: 'annual', year: 2037 });
      expectProblem(
        await post(specialist.token, `/work-plans/${plan.id}/submit`, { version: plan.version }),
        409,
        'plan-empty',
      );
    });

    it('draft → submitted → returned → submitted → approved; only the head decides; the content is frozen under review', async () => {
      let plan = await annualPlan(2038);
      plan = await submit(plan);
      expect(plan.status).toBe('submitted');

      expectProblem(
        await post(specialist.token, `/work-plans/${plan.id}/sections`, {
          version: plan.version,
          title: 'Ещё',
        }),
        409,
        'work-plan-locked',
      );
      expectProblem(
        await patch(specialist.token, `/work-plans/${plan.id}/items/${items(plan)[0].id}`, {
          version: plan.version,
          title: 'Ещё',
        }),
        409,
        'work-plan-locked',
      );
      expectProblem(
        await post(specialist.token, `/work-plans/${plan.id}/approve`, { version: plan.version }),
        403,
      );
      expectProblem(
        await post(specialist.token, `/work-plans/${plan.id}/return`, {
          version: plan.version,
          comment: 'Сам себе',
        }),
        403,
      );
      expectInvalid(
        await post(head.token, `/work-plans/${plan.id}/return`, {
          version: plan.version,
          comment: ' ',
        }),
        'comment',
      );

      plan = bodyOf(
        await post(head.token, `/work-plans/${plan.id}/return`, {
          version: plan.version,
          comment: 'Добавьте профориентацию',
        }),
      );
      expect(plan).toMatchObject({ status: 'returned', reviewComment: 'Добавьте профориентацию' });
      plan = await addItem(plan, plan.sections[1], {
        title: 'Экскурсия на предприятие',
        dueMonth: 4,
      });
      plan = await submit(plan);
      expectProblem(
        await post(head.token, `/work-plans/${plan.id}/approve`, { version: plan.version - 1 }),
        409,
        'stale-version',
      );
      plan = bodyOf(
        await post(head.token, `/work-plans/${plan.id}/approve`, {
          version: plan.version,
          comment: 'Согласовано',
        }),
      );
      expect(plan).toMatchObject({
        status: 'approved',
        approvedBy: { id: head.id, fullName: 'Руководитель Службы' },
        reviewComment: 'Согласовано',
      });
      expect(plan.approvedAt).not.toBeNull();
      expect(plan.history.map((h) => [h.from, h.to, h.user?.id, h.reason])).toEqual([
        [null, 'draft', specialist.id, ''],
        ['draft', 'submitted', specialist.id, ''],
        ['submitted', 'returned', head.id, 'Добавьте профориентацию'],
        ['returned', 'submitted', specialist.id, ''],
        ['submitted', 'approved', head.id, 'Согласовано'],
      ]);
      expectProblem(
        await post(head.token, `/work-plans/${plan.id}/approve`, { version: plan.version }),
        409,
        'invalid-transition',
      );
      expectProblem(
        await post(specialist.token, `/work-plans/${plan.id}/submit`, { version: plan.version }),
        409,
        'invalid-transition',
      );
      expectProblem(
        await del(specialist.token, `/work-plans/${plan.id}/items/${items(plan)[0].id}`, {
          version: plan.version,
        }),
        409,
        'work-plan-locked',
      );

      const log = await auditEntries('work_plan', plan.id);
      expect(log.filter((e) => e.changed_fields.includes('status')).map((e) => e.user_id)).toEqual([
        specialist.id,
        head.id,
        specialist.id,
        head.id,
      ]);
    });

    it('409 invalid-transition when the head approves or returns a draft; 400 without a version; 404; 401; 403', async () => {
      const plan = await annualPlan(2039);
      for (const action of ['approve', 'return'])
        expectProblem(
          await post(head.token, `/work-plans/${plan.id}/${action}`, {
            version: plan.version,
            comment: 'Нет',
          }),
          409,
          'invalid-transition',
        );
      for (const action of ['submit', 'approve', 'return']) {
        const body =
          action === 'submit' ? { version: plan.version } : { version: plan.version, comment: 'x' };
        expectInvalid(
          await post(head.token, `/work-plans/${plan.id}/${action}`, {
            ...body,
            version: undefined,
          }),
          'version',
        );
        expectProblem(
          await post(strangerHead.token, `/work-plans/${plan.id}/${action}`, body),
          404,
        );
        expectProblem(
          await api().post(`/api/work-plans/${plan.id}/${action}`).send({ version: 1 }),
          401,
        );
        expectProblem(await post(supervisor.token, `/work-plans/${plan.id}/${action}`, body), 403);
      }
      expectProblem(
        await post(specialist.token, `/work-plans/${plan.id}/submit`, {
          version: plan.version + 1,
        }),
        409,
        'stale-version',
      );
    });
  });

  // -------------------------------------------------------------------------------------
  describe('monthly plans drawn from the annual plan', () => {
    let annual: WorkPlan;
    let january: WorkPlan;

    beforeAll(async () => {
      annual = await approve(await submit(await annualPlan(2031)));
      january = await createPlan(specialist.token, { kind: 'monthly', year: 2031, month: 1 });
    });

    it('copies the annual items of the month into sections of the same titles, linked to them', async () => {
      expect(january).toMatchObject({
        kind: 'monthly',
        year: 2031,
        month: 1,
        title: 'План работы на январь 2031 года',
        status: 'draft',
        annualPlanId: annual.id,
      });
      expect(january.sections.map((s) => s.title)).toEqual([
        'Организационно-методическая работа',
        'Групповая работа с выпускниками',
      ]);
      expect(items(january).map((i) => [i.title, i.due, i.annualItemId])).toEqual([
        [
          'Составить график посещений выпускников',
          'в течение месяца',
          byTitle(annual, 'Составить график посещений выпускников').id,
        ],
        ['Тренинг «Мой бюджет»', '20.01.2031', byTitle(annual, 'Тренинг «Мой бюджет»').id],
      ]);
      expect(byTitle(january, 'Составить график посещений выпускников')).toMatchObject({
        responsible: { id: specialist.id },
        expectedResult: 'График утверждён',
      });
      // The February item stays in the annual plan.
      expect(items(january).map((i) => i.title)).not.toContain(
        'Клуб выпускников: встреча к 23 февраля',
      );
      const log = await auditEntries('work_plan', january.id);
      expect(log[0]).toMatchObject({
        action: 'create',
        details: expect.objectContaining({ drawn: 2, carried: 0 }),
      });
    });

    it('409 plan-exists for a second plan of the same month', async () => {
      const res = await post(head.token, '/work-plans', { kind: 'monthly', year: 2031, month: 1 });
      expectProblem(res, 409, 'plan-exists');
      expect(res.body.planId).toBe(january.id);
    });

    it('own items of a monthly plan: within its month, due within the month when no term is given', async () => {
      const section = january.sections[1];
      const base = {
        version: january.version,
        sectionId: section.id,
        title: 'Вечер «Старый Новый год»',
      };
      expectInvalid(
        await post(specialist.token, `/work-plans/${january.id}/items`, { ...base, dueMonth: 2 }),
        'dueMonth',
      );
      expectInvalid(
        await post(specialist.token, `/work-plans/${january.id}/items`, {
          ...base,
          dueOn: '2031-02-01',
        }),
        'dueOn',
      );
      january = bodyOf(await post(specialist.token, `/work-plans/${january.id}/items`, base), 201);
      expect(byTitle(january, 'Вечер «Старый Новый год»')).toMatchObject({
        dueMonth: 1,
        dueOn: null,
        due: 'в течение месяца',
        annualItemId: null,
      });
    });

    it('marks items after approval; a not-done item moves to the next month with the reason, the original keeps the move', async () => {
      const draftItem = items(january)[0];
      expectProblem(
        await post(specialist.token, `/work-plans/${january.id}/items/${draftItem.id}/mark`, {
          version: january.version,
          status: 'done',
        }),
        409,
        'invalid-transition',
      );
      january = await approve(await submit(january));

      january = await mark(
        january,
        byTitle(january, 'Составить график посещений выпускников'),
        'done',
        'Утверждён приказом',
      );
      expect(byTitle(january, 'Составить график посещений выпускников')).toMatchObject({
        status: 'done',
        note: 'Утверждён приказом',
        markedAt: expect.any(String),
      });

      const training = byTitle(january, 'Тренинг «Мой бюджет»');
      expectInvalid(
        await post(specialist.token, `/work-plans/${january.id}/items/${training.id}/mark`, {
          version: january.version,
          status: 'not_done',
        }),
        'note',
      );
      expectInvalid(
        await post(specialist.token, `/work-plans/${january.id}/items/${training.id}/mark`, {
          version: january.version,
          status: 'postponed',
          note: 'x',
        }),
        'status',
      );
      // Only a not-done item moves.
      expectProblem(
        await post(specialist.token, `/work-plans/${january.id}/items/${training.id}/move`, {
          version: january.version,
          reason: 'Карантин',
        }),
        409,
        'invalid-transition',
      );
      january = await mark(january, training, 'not_done', 'Карантин в общежитии');
      expectInvalid(
        await post(specialist.token, `/work-plans/${january.id}/items/${training.id}/move`, {
          version: january.version,
          reason: '',
        }),
        'reason',
      );
      january = bodyOf(
        await post(specialist.token, `/work-plans/${january.id}/items/${training.id}/move`, {
          version: january.version,
          reason: 'Перенесено из-за карантина',
        }),
      );
      const original = byTitle(january, 'Тренинг «Мой бюджет»');
      expect(original).toMatchObject({
        status: 'moved',
        note: 'Карантин в общежитии',
        move: {
          reason: 'Перенесено из-за карантина',
          at: expect.any(String),
          toYear: 2031,
          toMonth: 2,
          toItemId: null,
        },
      });
      expectProblem(
        await post(specialist.token, `/work-plans/${january.id}/items/${training.id}/mark`, {
          version: january.version,
          status: 'done',
          note: 'Всё же провели',
        }),
        409,
        'invalid-transition',
      );

      // February's plan, created afterwards, takes the moved item over with the month's annual item.
      const february = await createPlan(specialist.token, {
        kind: 'monthly',
        year: 2031,
        month: 2,
      });
      expect(
        items(february)
          .map((i) => i.title)
          .sort(),
      ).toEqual(['Клуб выпускников: встреча к 23 февраля', 'Тренинг «Мой бюджет»'].sort());
      const carried = byTitle(february, 'Тренинг «Мой бюджет»');
      expect(carried).toMatchObject({
        status: 'planned',
        dueMonth: 2,
        dueOn: null,
        movedFromItemId: original.id,
        annualItemId: original.annualItemId,
        expectedResult: 'Не менее 10 участников',
        responsibleName: 'педагог-психолог',
      });
      expect(february.sections.find((s) => s.id === carried.sectionId)?.title).toBe(
        'Групповая работа с выпускниками',
      );
      const again = bodyOf(await get(head.token, `/work-plans/${january.id}`));
      expect(byTitle(again, 'Тренинг «Мой бюджет»').move?.toItemId).toBe(carried.id);
    });

    it('moving into a next month’s plan that exists copies the item at once', async () => {
      let march = await createPlan(specialist.token, { kind: 'monthly', year: 2031, month: 3 });
      const april = await createPlan(specialist.token, { kind: 'monthly', year: 2031, month: 4 });
      march = await addSection(march, 'Индивидуальная работа');
      march = await addItem(march, march.sections[0], {
        title: 'Посетить выпускников в общежитии',
      });
      march = await approve(await submit(march));
      const visit = items(march)[0];
      march = await mark(march, visit, 'not_done', 'Общежитие закрыто');
      march = bodyOf(
        await post(specialist.token, `/work-plans/${march.id}/items/${visit.id}/move`, {
          version: march.version,
          reason: 'Общежитие на ремонте',
        }),
      );
      const after = bodyOf(await get(head.token, `/work-plans/${april.id}`));
      expect(after.version).toBe(april.version + 1);
      const copy = byTitle(after, 'Посетить выпускников в общежитии');
      expect(copy).toMatchObject({ movedFromItemId: visit.id, dueMonth: 4, status: 'planned' });
      expect(after.sections.find((s) => s.id === copy.sectionId)?.title).toBe(
        'Индивидуальная работа',
      );
      expect(byTitle(march, 'Посетить выпускников в общежитии').move).toMatchObject({
        toYear: 2031,
        toMonth: 4,
        toItemId: copy.id,
      });
    });

    it('409 for moving an item of the annual plan', async () => {
      const item = byTitle(annual, 'Клуб выпускников: встреча к 23 февраля');
      const plan = await mark(annual, item, 'not_done', 'Не состоялось');
      expectProblem(
        await post(specialist.token, `/work-plans/${plan.id}/items/${item.id}/move`, {
          version: plan.version,
          reason: 'Перенос',
        }),
        409,
        'invalid-transition',
      );
    });

    it('400, 404, 409 stale-version, 401 and 403 for marks and moves', async () => {
      const plan = bodyOf(await get(head.token, `/work-plans/${january.id}`));
      const item = byTitle(plan, 'Вечер «Старый Новый год»');
      const unknown = '7f1b8f8e-0000-4000-8000-000000000000';
      const bodies: Record<string, object> = {
        mark: { version: plan.version, status: 'done', note: 'Провели' },
        move: { version: plan.version, reason: 'Перенос' },
      };
      for (const [action, body] of Object.entries(bodies)) {
        const path = `/work-plans/${plan.id}/items/${item.id}/${action}`;
        expectInvalid(await post(specialist.token, path, {}), 'version');
        expectProblem(await post(strangerHead.token, path, body), 404);
        expectProblem(
          await post(specialist.token, `/work-plans/${plan.id}/items/${unknown}/${action}`, body),
          404,
        );
        expectProblem(
          await post(specialist.token, path, { ...body, version: plan.version - 1 }),
          409,
          'stale-version',
        );
        expectProblem(await api().post(`/api${path}`).send(body), 401);
        expectProblem(await post(supervisor.token, path, body), 403);
        expectProblem(await post(curator.token, path, body), 404);
      }
    });
  });

  // -------------------------------------------------------------------------------------
  describe('printing and export', () => {
    let plan: WorkPlan;

    const download = (path: string, query: object = {}) =>
      get(specialist.token, path, query).buffer(true).parse(binary);

    beforeAll(async () => {
      plan = await approve(await submit(await annualPlan(2027)));
      plan = await mark(
        plan,
        byTitle(plan, 'Составить график посещений выпускников'),
        'done',
        'Утверждён приказом',
      );
    });

    it('DOCX: the plan titled with its year, with the approval and its items', async () => {
      const res = await download(`/work-plans/${plan.id}/document`, { format: 'docx' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      const disposition = String(res.headers['content-disposition']);
      expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe(
        'План работы на 2027 год.docx',
      );
      const xml = new PizZip(res.body as Buffer).file('word/document.xml')?.asText() ?? '';
      expect(xml).toContain('службы постинтернатного сопровождения на 2027 год');
      expect(xml).toContain('УТВЕРЖДАЮ');
      expect(xml).toContain('Руководитель С.');
      expect(xml).toContain('Составить график посещений выпускников');
      expect(xml).toContain('Ожидаемый результат');

      const exports = (await auditEntries('work_plan', plan.id)).filter(
        (e) => e.action === 'export',
      );
      expect(exports.map((e) => [e.user_id, e.details])).toEqual([
        [specialist.id, { format: 'docx' }],
      ]);
    });

    itReadsPdf('PDF: selectable Cyrillic text with the title and the items', async () => {
      const res = await download(`/work-plans/${plan.id}/document`, { format: 'pdf' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      const text = pdfText(res.body as Buffer).replace(/\s+/g, ' ');
      expect(text).toContain('ПЛАН РАБОТЫ');
      expect(text).toContain('службы постинтернатного сопровождения на 2027 год');
      expect(text).toContain('Тренинг «Мой бюджет»');
      expect(text).toContain('1. Организационно-методическая работа');
      expect(text).toContain('Утверждён приказом');
    });

    it('XLSX: opens as a workbook holding the sections and the items', async () => {
      const res = await download(`/work-plans/${plan.id}/export`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(XLSX);
      const disposition = String(res.headers['content-disposition']);
      expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe(
        'План работы на 2027 год.xlsx',
      );
      const workbook = new Workbook();
      await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const rows: string[][] = [];
      sheet.eachRow((row) =>
        rows.push(
          (row.values as unknown[])
            .slice(1)
            .map((v) => (v === null || v === undefined ? '' : String(v))),
        ),
      );
      expect(rows[0][0]).toBe('План работы на 2027 год службы постинтернатного сопровождения');
      expect(rows).toContainEqual([
        '№ п/п',
        'Мероприятие',
        'Срок',
        'Ответственный',
        'Ожидаемый результат',
        'Статус',
        'Отметка о выполнении',
      ]);
      expect(rows.map((r) => r[0])).toContain('2. Групповая работа с выпускниками');
      const firstSix = rows.map((r) => r.slice(0, 6));
      expect(firstSix).toContainEqual([
        '2.1',
        'Тренинг «Мой бюджет»',
        '20.01.2027',
        'педагог-психолог',
        'Не менее 10 участников',
        'Запланировано',
      ]);
      const done = rows.find((r) => r[0] === '1.1');
      expect(done).toEqual([
        '1.1',
        'Составить график посещений выпускников',
        'январь',
        'Социальный Педагог',
        'График утверждён',
        'Выполнено',
        expect.stringMatching(/^Выполнено \(\d\d\.\d\d\.\d{4}\): Утверждён приказом$/),
      ]);
    });

    it('400 for another format or none; 404 for another institution; 401; 404 for a curator', async () => {
      for (const format of ['xml', undefined])
        expectInvalid(
          await get(specialist.token, `/work-plans/${plan.id}/document`, format ? { format } : {}),
          'format',
        );
      for (const [path, query] of [
        [`/work-plans/${plan.id}/document`, { format: 'pdf' }],
        [`/work-plans/${plan.id}/export`, {}],
      ] as const) {
        expectProblem(await get(strangerHead.token, path, query), 404);
        expectProblem(await api().get(`/api${path}`).query(query), 401);
        expectProblem(await get(curator.token, path, query), 404);
      }
      expectProblem(
        await get(head.token, '/work-plans/7f1b8f8e-0000-4000-8000-000000000000/export'),
        404,
      );
    });
  });

  // -------------------------------------------------------------------------------------
  describe('the list', () => {
    it('lists the institution’s plans by kind and year, newest period first', async () => {
      const page = bodyOf<Page<WorkPlan>>(
        await get(supervisor.token, '/work-plans', { year: 2031, pageSize: 100 }),
      );
      expect(page.items.map((p) => [p.kind, p.month])).toEqual([
        ['annual', null],
        ['monthly', 4],
        ['monthly', 3],
        ['monthly', 2],
        ['monthly', 1],
      ]);
      expect(page.items[0]).not.toHaveProperty('sections');
      const monthly = bodyOf<Page<WorkPlan>>(
        await get(head.token, '/work-plans', { year: 2031, kind: 'monthly', status: 'approved' }),
      );
      expect(monthly.items.map((p) => p.month)).toEqual([3, 1]);
      const theirs = bodyOf<Page<WorkPlan>>(
        await get(strangerHead.token, '/work-plans', { year: 2031 }),
      );
      expect(theirs.total).toBe(0);
    });

    it('400 for a bad year or kind; 401; 404 for a curator', async () => {
      expectInvalid(await get(head.token, '/work-plans', { year: 'прошлый' }), 'year');
      expectInvalid(await get(head.token, '/work-plans', { kind: 'weekly' }), 'kind');
      expectProblem(await api().get('/api/work-plans'), 401);
      expectProblem(await get(curator.token, '/work-plans'), 404);
    });
  });
});
