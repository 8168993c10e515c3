import dayjs from 'dayjs';
import request from 'supertest';
import {
  api,
  asAdmin,
  auditEntries,
  binary,
  createGraduate,
  createInstitution,
  createUser,
  dayIn,
  dictionaryIds,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';
import { itReadsPdf, pdfText } from './support/pdf-text';

const ZONE = 'Asia/Vladivostok';
const KIRITIMATI = 'Pacific/Kiritimati';
const PAGO_PAGO = 'Pacific/Pago_Pago';

const bearer = { type: 'bearer' } as const;
const get = (token: string, path: string, query: object = {}) =>
  api().get(`/api${path}`).query(query).auth(token, bearer);
const post = (token: string, path: string, body: object = {}) =>
  api().post(`/api${path}`).auth(token, bearer).send(body);
const patch = (token: string, path: string, body: object = {}) =>
  api().patch(`/api${path}`).auth(token, bearer).send(body);
const put = (token: string, path: string, body: object = {}) =>
  api().put(`/api${path}`).auth(token, bearer).send(body);

// Answers are read loosely here: the OpenAPI check already validates every body's shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function bodyOf<T = any>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** The last full month of the institution's calendar, and the one before it. */
const lastMonth = dayjs(dayIn(ZONE)).subtract(1, 'month');
const monthBefore = lastMonth.subtract(1, 'month');
const inMonth = (d: number) => lastMonth.date(d).format('YYYY-MM-DD');
const month = { year: lastMonth.year(), month: lastMonth.month() + 1 };

interface Total {
  key: string;
  value: number;
}
const totalsOf = (report: { figures: { totals: Total[] } }) =>
  Object.fromEntries(report.figures.totals.map((t) => [t.key, t.value]));
const tableOf = (
  report: { figures: { tables: { key: string; rows: unknown[][] }[] } },
  key: string,
) => report.figures.tables.find((t) => t.key === key)?.rows;

describe('reports', () => {
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let graduates: TestGraduate[];
  let kinds: Record<string, string>;
  let problems: Record<string, string>;

  const service = (graduate: TestGraduate, providedOn: string, extra: object = {}) =>
    post(specialist.token, '/services', {
      graduateId: graduate.id,
      providedOn,
      kindId: kinds.document_recovery,
      form: 'individual',
      delivery: 'in_person',
      durationMinutes: 60,
      ...extra,
    }).then((res) => bodyOf(res, 201));

  /**
   * The hand-built month: two support contracts signed on the 5th; three appeals naming
   * «documents lost» three times and two housing problems once each; three services (two
   * of one kind, one group and one remote) for two graduates; one service the month before.
   */
  beforeAll(async () => {
    home = (await createInstitution({ timeZone: ZONE })).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    colleague = await createUser('specialist', home, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home, 'Заместитель Директора');
    kinds = await dictionaryIds(head.token, 'service-kind');
    problems = await dictionaryIds(head.token, 'problem');
    graduates = [
      await createGraduate(head.token, { responsibleSpecialistId: specialist.id }),
      await createGraduate(head.token, { responsibleSpecialistId: specialist.id }),
    ];
    for (const g of graduates) {
      const draft = bodyOf(
        await post(head.token, '/contracts', {
          graduateId: g.id,
          kind: 'support',
          startsOn: inMonth(5),
        }),
        201,
      );
      bodyOf(
        await post(head.token, `/contracts/${draft.id}/activate`, {
          version: draft.version,
          signedOn: inMonth(5),
          scanLater: true,
        }),
      );
    }
    const appeal = (channel: string, problemIds: string[], g = graduates[0]) =>
      post(head.token, '/appeals', {
        graduateId: g.id,
        registeredAt: `${inMonth(7)}T12:00:00+10:00`,
        channel,
        problemIds,
        description: 'Обращение',
      }).then((res) => bodyOf(res, 201));
    await appeal('in_person', [problems.documents_lost, problems.housing_lack]);
    await appeal('phone', [problems.documents_lost]);
    await appeal('phone', [problems.documents_lost, problems.housing_preservation], graduates[1]);
    await service(graduates[0], inMonth(10));
    await service(graduates[0], inMonth(11), { delivery: 'remote', durationMinutes: 30 });
    await service(graduates[1], inMonth(12), {
      kindId: kinds.psychological_consulting,
      form: 'group',
      durationMinutes: 90,
    });
    await service(graduates[0], monthBefore.date(10).format('YYYY-MM-DD'));
  });

  const create = (token: string, body: object) => post(token, '/reports', body);
  const department = () => create(head.token, { kind: 'department_monthly', ...month });

  describe('the department’s month', () => {
    let report: { id: string; version: number };

    it('computes the month’s figures live while a draft: contracts, services by kind and form, appeals, the ranking of problems', async () => {
      report = bodyOf(await department(), 201);
      const draft = bodyOf(await get(head.token, `/reports/${report.id}`));
      expect(draft).toMatchObject({
        kind: 'department_monthly',
        status: 'draft',
        frozen: false,
        periodFrom: inMonth(1),
        periodTo: lastMonth.endOf('month').format('YYYY-MM-DD'),
        dueOn: lastMonth.add(1, 'month').date(5).format('YYYY-MM-DD'),
        author: { id: head.id },
      });
      expect(totalsOf(draft)).toEqual({
        contractsConcluded: 2,
        contractsActive: 2,
        contractsEnded: 0,
        services: 3,
        serviceHours: 3,
        servicesIndividual: 2,
        servicesGroup: 1,
        servicesInPerson: 2,
        servicesRemote: 1,
        graduatesServed: 2,
        appeals: 3,
        noticesSent: 0,
        noticesOverdue: 0,
        groupEvents: 0,
        groupEventAttendance: 0,
        curatorsActive: 0,
      });
      expect(tableOf(draft, 'problemRanking')).toEqual([
        [1, 'Утрата или отсутствие документов', 3, 60],
        [2, 'Отсутствие жилья, временное жильё', 1, 20],
        [3, 'Угроза сохранности закреплённого (собственного) жилья', 1, 20],
      ]);
      expect(tableOf(draft, 'servicesByKind')).toEqual([
        ['Помощь в восстановлении (оформлении) документов', 2, 1.5],
        ['Психологическое консультирование', 1, 1.5],
      ]);
      expect(tableOf(draft, 'appealsByChannel')).toEqual([
        ['По телефону', 2],
        ['Личное обращение', 1],
      ]);
      const comparison = tableOf(draft, 'comparison')!;
      expect(comparison.find((row) => row[0] === 'Оказано услуг')).toEqual([
        'Оказано услуг',
        3,
        1,
        2,
      ]);
    });

    it('freezes the figures on submission: a later service changes a new draft, never the submitted report', async () => {
      const current = bodyOf(await get(head.token, `/reports/${report.id}`));
      const written = bodyOf(
        await patch(head.token, `/reports/${report.id}`, {
          version: current.version,
          narrative: { summary: 'Месяц прошёл по плану.' },
        }),
      );
      const submitted = bodyOf(
        await post(head.token, `/reports/${report.id}/submit`, { version: written.version }),
      );
      expect(submitted).toMatchObject({ status: 'submitted', frozen: true, submissions: 1 });
      expect(submitted.versions).toEqual([
        expect.objectContaining({
          number: 1,
          submittedBy: expect.objectContaining({ id: head.id }),
        }),
      ]);

      await service(graduates[1], inMonth(20));
      const after = bodyOf(await get(head.token, `/reports/${report.id}`));
      expect(totalsOf(after).services).toBe(3);
      expect(after.figures).toEqual(submitted.figures);
      const own = bodyOf(
        await create(specialist.token, { kind: 'specialist_monthly', ...month }),
        201,
      );
      expect(totalsOf(own).services).toBe(4);
      report = after;
    });

    it('only the director accepts or returns it; returned, it is edited and submitted again as a new version', async () => {
      expectProblem(
        await post(head.token, `/reports/${report.id}/accept`, { version: report.version }),
        403,
        'forbidden',
      );
      expectProblem(
        await post(supervisor.token, `/reports/${report.id}/return`, {
          version: report.version,
          comment: '',
        }),
        400,
        'validation',
      );
      const returned = bodyOf(
        await post(supervisor.token, `/reports/${report.id}/return`, {
          version: report.version,
          comment: 'Добавьте трудности',
        }),
      );
      // The author is told, with the comment and a link to the report.
      const inbox = bodyOf(await get(head.token, '/notifications', { unread: true }));
      expect(inbox.items[0]).toMatchObject({
        kind: 'report_returned',
        title: expect.stringContaining('Добавьте трудности'),
        link: `/reports/${report.id}`,
      });
      expect(returned).toMatchObject({
        status: 'returned',
        reviewComment: 'Добавьте трудности',
        frozen: false,
      });
      expectProblem(
        await post(supervisor.token, `/reports/${report.id}/accept`, { version: returned.version }),
        409,
        'invalid-transition',
      );
      const edited = bodyOf(
        await patch(head.token, `/reports/${report.id}`, {
          version: returned.version,
          narrative: { difficulties: 'Не хватает кураторов.' },
        }),
      );
      const again = bodyOf(
        await post(head.token, `/reports/${report.id}/submit`, { version: edited.version }),
      );
      expect(again.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
      const accepted = bodyOf(
        await post(supervisor.token, `/reports/${report.id}/accept`, { version: again.version }),
      );
      expect(accepted).toMatchObject({ status: 'accepted', reviewedBy: { id: supervisor.id } });
      expectProblem(
        await patch(head.token, `/reports/${report.id}`, {
          version: accepted.version,
          narrative: { summary: 'x' },
        }),
        409,
        'report-frozen',
      );
      const first = bodyOf(await get(head.token, `/reports/${report.id}/versions/1`));
      expect(first.narrative.find((s: { key: string }) => s.key === 'difficulties').text).toBe('');
      expectProblem(await get(head.token, `/reports/${report.id}/versions/9`), 404);
      const history = await auditEntries('report', report.id);
      expect(history.filter((a) => a.action === 'update').length).toBeGreaterThanOrEqual(6);
    });

    itReadsPdf(
      'prints as a PDF with the requisites, the figures, the ranking and the signature lines; exports as XLSX',
      async () => {
        const pdf = await get(head.token, `/reports/${report.id}/document`, { format: 'pdf' })
          .buffer(true)
          .parse(binary);
        expect(pdf.status).toBe(200);
        expect(pdf.headers['content-type']).toBe('application/pdf');
        const text = pdfText(pdf.body as Buffer).replace(/\s+/g, ' ');
        expect(text).toContain('Ежемесячный отчёт отделения за');
        expect(text).toContain('Рейтинг проблем, выявленных в обращениях');
        expect(text).toContain('Утрата или отсутствие документов 3 60');
        expect(text).toContain('Не хватает кураторов.');
        expect(text).toContain('Принял: заместитель директора');
        const xlsx = await get(head.token, `/reports/${report.id}/document`, { format: 'xlsx' })
          .buffer(true)
          .parse(binary);
        expect(xlsx.status).toBe(200);
        expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
        expectProblem(
          await get(head.token, `/reports/${report.id}/document`, { format: 'docx' }),
          400,
        );
      },
    );
  });

  describe('a specialist’s month', () => {
    it('counts the specialist’s own work; the head accepts it, the specialist cannot', async () => {
      const mine = bodyOf(await get(specialist.token, '/reports', { kind: 'specialist_monthly' }))
        .items[0];
      const full = bodyOf(await get(specialist.token, `/reports/${mine.id}`));
      expect(totalsOf(full)).toMatchObject({
        services: 4,
        serviceHours: 4,
        graduatesServed: 2,
        contacts: 0,
      });
      expect(tableOf(full, 'servicesByKind')).toEqual([
        ['Помощь в восстановлении (оформлении) документов', 3, 2.5],
        ['Психологическое консультирование', 1, 1.5],
      ]);
      // The colleague did nothing that month.
      const theirs = bodyOf(
        await create(colleague.token, { kind: 'specialist_monthly', ...month }),
        201,
      );
      expect(totalsOf(theirs).services).toBe(0);
      expectProblem(await get(colleague.token, `/reports/${mine.id}`), 404);

      expectProblem(
        await post(head.token, `/reports/${mine.id}/submit`, { version: full.version }),
        403,
        'not-author',
      );
      const submitted = bodyOf(
        await post(specialist.token, `/reports/${mine.id}/submit`, { version: full.version }),
      );
      expectProblem(
        await post(specialist.token, `/reports/${mine.id}/accept`, { version: submitted.version }),
        403,
        'forbidden',
      );
      expectProblem(
        await post(supervisor.token, `/reports/${mine.id}/accept`, { version: submitted.version }),
        403,
        'forbidden',
      );
      expectProblem(
        await post(head.token, `/reports/${mine.id}/accept`, { version: submitted.version - 1 }),
        409,
        'stale-version',
      );
      // «Моя работа» shows the head one report waiting, linked to the submitted ones.
      const work = bodyOf(await get(head.token, '/my-work'));
      expect(work.reports.reportsToReview).toEqual({
        count: 1,
        link: { path: '/reports', query: { status: 'submitted' } },
      });
      const accepted = bodyOf(
        await post(head.token, `/reports/${mine.id}/accept`, { version: submitted.version }),
      );
      expect(accepted.status).toBe('accepted');
    });

    it('400 for a bad kind, period or section; 403 for a specialist compiling the department’s; 409 for a second report of the period; 401; 404 elsewhere', async () => {
      expectProblem(
        await create(specialist.token, { kind: 'weekly', year: 2026, month: 1 }),
        400,
        'validation',
      );
      expectProblem(
        await create(specialist.token, { kind: 'specialist_monthly', year: 2026 }),
        400,
        'validation',
      );
      expectProblem(
        await create(specialist.token, { kind: 'specialist_monthly', year: 2026, month: 13 }),
        400,
        'validation',
      );
      const future = dayjs(dayIn(ZONE)).add(1, 'month');
      expectProblem(
        await create(specialist.token, {
          kind: 'specialist_monthly',
          year: future.year(),
          month: future.month() + 1,
        }),
        400,
        'validation',
      );
      expectProblem(
        await create(specialist.token, { kind: 'department_monthly', ...month }),
        403,
        'forbidden',
      );
      expectProblem(
        await create(supervisor.token, { kind: 'department_monthly', ...month }),
        403,
        'forbidden',
      );
      const duplicate = await create(specialist.token, { kind: 'specialist_monthly', ...month });
      expectProblem(duplicate, 409, 'report-exists');
      expect(duplicate.body.existingId).toEqual(expect.any(String));
      const again = await department();
      expectProblem(again, 409, 'report-exists');
      const own = bodyOf(await get(colleague.token, '/reports')).items[0];
      expectProblem(
        await patch(colleague.token, `/reports/${own.id}`, {
          version: own.version,
          narrative: { unknown: 'x' },
        }),
        400,
        'validation',
      );
      expectProblem(
        await patch(colleague.token, `/reports/${own.id}`, {
          version: own.version,
          narrative: { results: 5 },
        }),
        400,
      );
      expectProblem(await api().get('/api/reports'), 401);
      const stranger = await createUser('head', (await createInstitution()).id);
      expectProblem(await get(stranger.token, `/reports/${own.id}`), 404);
      expect(bodyOf(await get(stranger.token, '/reports')).items).toEqual([]);
    });
  });

  describe('the calendar', () => {
    it('lists every report due per person with its state; a specialist sees only their own', async () => {
      const entries = bodyOf(await get(head.token, '/reports/calendar', { year: month.year }));
      const ofMonth = entries.filter((e: { periodFrom: string }) => e.periodFrom === inMonth(1));
      const state = (kind: string, personId?: string) =>
        ofMonth.find(
          (e: { kind: string; person: { id: string } | null }) =>
            e.kind === kind && (!personId || e.person?.id === personId),
        )?.state;
      expect(state('department_monthly')).toBe('accepted');
      expect(state('specialist_monthly', specialist.id)).toBe('accepted');
      expect(state('specialist_monthly', colleague.id)).toBe('draft');
      const own = bodyOf(await get(specialist.token, '/reports/calendar', { year: month.year }));
      expect(
        own.every((e: { person: { id: string } | null }) => e.person?.id === specialist.id),
      ).toBe(true);
      expectProblem(await get(head.token, '/reports/calendar', { year: 'soon' }), 400);
    });

    it('due dates and lateness follow each institution’s own calendar', async () => {
      for (const zone of [KIRITIMATI, PAGO_PAGO]) {
        const institution = (await createInstitution({ timeZone: zone })).id;
        const someone = await createUser('specialist', institution);
        const today = dayIn(zone);
        const previous = dayjs(today).subtract(1, 'month');
        const entries = bodyOf(
          await get(someone.token, '/reports/calendar', { year: previous.year() }),
        );
        const entry = entries.find(
          (e: { periodFrom: string }) => e.periodFrom === previous.date(1).format('YYYY-MM-DD'),
        );
        const due = dayjs(today).date(3).format('YYYY-MM-DD');
        expect(entry).toMatchObject({
          kind: 'specialist_monthly',
          state: 'not_started',
          dueOn: due,
          late: today > due,
        });
        // This month's report can be started in the institution's today, not a day earlier.
        const current = dayjs(today);
        bodyOf(
          await create(someone.token, {
            kind: 'specialist_monthly',
            year: current.year(),
            month: current.month() + 1,
          }),
          201,
        );
      }
    });
  });

  describe('the regional view', () => {
    let regional: TestUser;
    let other: string;
    let stranger: string;

    beforeAll(async () => {
      regional = await createUser('regional', home, 'Региональный Центр');
      other = (await createInstitution({ timeZone: ZONE })).id;
      stranger = (await createInstitution({ timeZone: ZONE })).id;
      const strangerHead = await createUser('head', stranger);
      bodyOf(await create(strangerHead.token, { kind: 'department_monthly', ...month }), 201);
      const r = bodyOf(await get(strangerHead.token, '/reports')).items[0];
      bodyOf(await post(strangerHead.token, `/reports/${r.id}/submit`, { version: r.version }));
      const admin = await asAdmin();
      bodyOf(
        await put(admin, `/users/${regional.id}/regional-institutions`, {
          institutionIds: [home, other],
        }),
      );
    });

    it('administrators give a regional user their institutions; 400/404/409/403 for bad requests', async () => {
      const admin = await asAdmin();
      const scope = bodyOf(await get(admin, `/users/${regional.id}/regional-institutions`));
      expect(scope.institutions.map((i: { id: string }) => i.id).sort()).toEqual(
        [home, other].sort(),
      );
      expectProblem(
        await put(admin, `/users/${head.id}/regional-institutions`, { institutionIds: [home] }),
        409,
        'not-regional',
      );
      expectProblem(
        await put(admin, `/users/${regional.id}/regional-institutions`, {
          institutionIds: ['00000000-0000-4000-8000-000000000000'],
        }),
        400,
      );
      expectProblem(
        await put(admin, `/users/00000000-0000-4000-8000-000000000000/regional-institutions`, {
          institutionIds: [],
        }),
        404,
      );
      expectProblem(
        await put(head.token, `/users/${regional.id}/regional-institutions`, {
          institutionIds: [home],
        }),
        403,
      );
    });

    it('sees the submitted department reports of its institutions and their sum; small counts read «<3»; no person anywhere', async () => {
      const answers: unknown[] = [];
      const read = async (path: string, query: object = {}) => {
        const body = bodyOf(await get(regional.token, path, query));
        answers.push(body);
        return body;
      };
      const list = await read('/regional/reports', { year: month.year });
      expect(list.map((r: { institution: { id: string } }) => r.institution.id)).toEqual([home]);
      const one = await read(`/regional/reports/${list[0].id}`);
      // As last submitted: the second version counted the service added after the first.
      expect(totalsOf(one).services).toBe(4);
      await read('/regional/institutions');
      const summary = await read('/regional/summary', { kind: 'department_monthly', ...month });
      expect(summary.counted.map((i: { id: string }) => i.id)).toEqual([home]);
      expect(summary.missing.map((i: { id: string }) => i.id)).toEqual([other]);
      const total = (key: string) => summary.totals.find((t: { key: string }) => t.key === key);
      expect(total('services')).toMatchObject({
        value: 4,
        byInstitution: [{ institutionId: home, value: 4, display: '4' }],
      });
      // One institution counted: the sum would be its masked cell, so it is a bound too.
      expect(total('contractsConcluded')).toMatchObject({
        value: null,
        display: '≥1',
        byInstitution: [{ institutionId: home, value: null, display: '<3' }],
      });
      expect(
        summary.tables.find((t: { key: string }) => t.key === 'problemRanking').rows[0],
      ).toEqual({
        label: 'Утрата или отсутствие документов',
        value: 3,
      });

      const text = JSON.stringify(answers);
      for (const g of graduates) {
        expect(text).not.toContain(g.id);
        expect(text).not.toContain(g.lastName);
        expect(text).not.toContain(g.birthDate);
      }
      for (const person of ['Социальный Педагог', 'Руководитель Службы', 'Заместитель Директора'])
        expect(text).not.toContain(person);

      const specialistReport = bodyOf(
        await get(specialist.token, '/reports', { kind: 'specialist_monthly' }),
      ).items[0];
      expectProblem(await get(regional.token, `/regional/reports/${specialistReport.id}`), 404);
      const strangers = bodyOf(await get((await createUser('head', stranger)).token, '/reports'))
        .items[0];
      expectProblem(await get(regional.token, `/regional/reports/${strangers.id}`), 404);
      expectProblem(
        await get(regional.token, '/regional/summary', {
          kind: 'specialist_monthly',
          year: 2026,
          month: 1,
        }),
        400,
      );
      expectProblem(await get(regional.token, '/reports'), 403);
      expectProblem(await get(head.token, '/regional/reports'), 403);
    });
  });
});
