import dayjs from 'dayjs';
import { Client as PgClient } from 'pg';
import request from 'supertest';
import {
  api,
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

/*
 * 152-FZ: a data subject's requests (access in 10 working days, correction in 7), the export
 * of everything held, consent validity and withdrawal dated ahead, the printable consent,
 * and destruction of personal data past the retention period with its act.
 */

const ZONE = 'Asia/Vladivostok';
const day = (offset = 0) => dayIn(ZONE, offset);
const fmt = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

const bearer = { type: 'bearer' } as const;
const get = (token: string, path: string, query: object = {}) =>
  api().get(`/api${path}`).query(query).auth(token, bearer);
const post = (token: string, path: string, body: object = {}) =>
  api().post(`/api${path}`).auth(token, bearer).send(body);
const patch = (token: string, path: string, body: object = {}) =>
  api().patch(`/api${path}`).auth(token, bearer).send(body);
const download = (token: string, path: string) =>
  api().get(`/api${path}`).auth(token, bearer).buffer(true).parse(binary);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function bodyOf<T = any>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

async function sql(text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const db = new PgClient({ connectionString: process.env.POSTCARE_DB_URL });
  await db.connect();
  try {
    return (await db.query(text, params)).rows;
  } finally {
    await db.end();
  }
}

/** The latest Monday on or before today (in ZONE), `weeksBack` weeks earlier. */
const monday = (weeksBack: number) => {
  let d = dayjs(day());
  while (d.day() !== 1) d = d.subtract(1, 'day');
  return fmt(d.subtract(weeksBack, 'week'));
};

describe('privacy (152-FZ)', () => {
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let stranger: TestUser;
  let graduate: TestGraduate;

  beforeAll(async () => {
    home = (await createInstitution({ timeZone: ZONE })).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    colleague = await createUser('specialist', home, 'Другой Специалист');
    supervisor = await createUser('supervisor', home, 'Заместитель Директора');
    const elsewhere = (await createInstitution()).id;
    stranger = await createUser('head', elsewhere, 'Чужой Руководитель');
    graduate = await createGraduate(head.token, {
      lastName: 'Сведенцова',
      firstName: 'Анна',
      responsibleSpecialistId: specialist.id,
    });
  });

  describe('subject requests', () => {
    const path = () => `/graduates/${graduate.id}/subject-requests`;

    it('registers an access request due in 10 working days and a correction in 7; overdue shows until answered', async () => {
      const received = monday(3);
      const access = bodyOf(
        await post(specialist.token, path(), {
          kind: 'access',
          receivedOn: received,
          channel: 'post',
          requester: 'Сведенцова А. (лично)',
          notes: 'Просит сведения обо всех обращениях',
        }),
        201,
      );
      // Ten working days from a Monday: the Monday two weeks later.
      expect(access).toMatchObject({
        kind: 'access',
        channel: 'post',
        dueOn: fmt(dayjs(received).add(14, 'day')),
        answeredOn: null,
        overdue: true,
      });
      const correction = bodyOf(
        await post(head.token, path(), {
          kind: 'correction',
          receivedOn: day(),
          channel: 'representative',
        }),
        201,
      );
      expect(correction.overdue).toBe(false);
      // Seven working days never end on a weekend.
      expect([0, 6]).not.toContain(dayjs(correction.dueOn).day());

      const answered = bodyOf(
        await patch(specialist.token, `${path()}/${access.id}/answer`, {
          version: access.version,
          answeredOn: day(),
          answer: 'Выдана выписка',
        }),
      );
      expect(answered).toMatchObject({ answeredOn: day(), overdue: false });
      const list = bodyOf(await get(head.token, path()));
      expect(list.map((r: { id: string }) => r.id).sort()).toEqual(
        [access.id, correction.id].sort(),
      );
      const audit = await auditEntries('subject_request', access.id);
      expect(audit.map((e) => e.action)).toEqual(['subject-request', 'subject-request-answered']);
      expect(audit[0].details).toEqual({ graduateId: graduate.id, kind: 'access' });

      expectProblem(
        await patch(specialist.token, `${path()}/${access.id}/answer`, {
          version: answered.version,
          answeredOn: day(),
        }),
        409,
        'already-answered',
      );
      expectProblem(
        await patch(specialist.token, `${path()}/${correction.id}/answer`, {
          version: correction.version + 5,
          answeredOn: day(),
        }),
        409,
      );
      expectProblem(
        await patch(specialist.token, `${path()}/${correction.id}/answer`, {
          version: correction.version,
          answeredOn: day(-400),
        }),
        400,
      );
    });

    it('400 for bad input, 401 without a login, 403 without the permission, 404 outside the file’s circle', async () => {
      const body = { kind: 'access', receivedOn: day(), channel: 'in_person' };
      expectProblem(await post(head.token, path(), { ...body, receivedOn: day(3) }), 400);
      expectProblem(await post(head.token, path(), { ...body, channel: 'pigeon' }), 400);
      expectProblem(await post(head.token, path(), { ...body, extra: 1 }), 400);
      expectProblem(await api().get(`/api${path()}`), 401);
      expectProblem(await get(supervisor.token, path()), 403);
      expectProblem(await get(colleague.token, path()), 404);
      expectProblem(await get(stranger.token, path()), 404);
      expectProblem(
        await get(stranger.token, `/graduates/${graduate.id}/personal-data/export.json`),
        404,
      );
      expectProblem(
        await patch(head.token, `${path()}/${graduate.id}/answer`, {
          version: 1,
          answeredOn: day(),
        }),
        404,
      );
    });
  });

  describe('the export of everything held', () => {
    it('JSON for machines, PDF for the person; each download is logged', async () => {
      const problems = await dictionaryIds(head.token, 'problem');
      bodyOf(
        await post(head.token, '/appeals', {
          graduateId: graduate.id,
          registeredAt: `${day(-1)}T12:00:00+10:00`,
          channel: 'phone',
          problemIds: [problems.documents_lost],
          description: 'Потерян паспорт',
        }),
        201,
      );
      bodyOf(
        await post(head.token, `/graduates/${graduate.id}/consents`, {
          signedOn: day(-2),
          allowsProcessing: true,
          sharingPartnerKinds: ['education'],
        }),
        201,
      );
      const data = bodyOf(
        await get(specialist.token, `/graduates/${graduate.id}/personal-data/export.json`),
      );
      const section = (key: string) =>
        data.sections.find((s: { key: string }) => s.key === key) as { rows: object[] };
      expect(data.sections.map((s: { key: string }) => s.key)).toEqual([
        'personalFile',
        'relatives',
        'identityDocuments',
        'consents',
        'appeals',
        'services',
        'contracts',
        'plans',
        'assessments',
        'notices',
        'caseLog',
        'files',
      ]);
      expect(section('personalFile').rows[0]).toMatchObject({
        lastName: 'Сведенцова',
        firstName: 'Анна',
        birthDate: graduate.birthDate,
      });
      expect(section('appeals').rows).toEqual([
        expect.objectContaining({ channel: 'phone', description: 'Потерян паспорт' }),
      ]);
      expect(section('consents').rows).toEqual([
        expect.objectContaining({ signedOn: day(-2), sharingPartnerKinds: ['education'] }),
      ]);
      const exports = (await auditEntries('graduate', graduate.id)).filter(
        (e) => e.action === 'export',
      );
      expect(exports.map((e) => e.details)).toEqual([{ export: 'subject-data', format: 'json' }]);
    });

    itReadsPdf('prints readable sections in Russian', async () => {
      const res = await download(head.token, `/graduates/${graduate.id}/personal-data/export.pdf`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toContain('no-store');
      const text = pdfText(res.body).replace(/\s+/g, ' ');
      for (const expected of [
        'Сведения о персональных данных',
        'Сведенцова Анна',
        '1. Личное дело',
        'Согласия на обработку персональных данных',
        'Потерян паспорт',
        'по телефону',
        'ребёнок-сирота',
        'Журнал работы со случаем',
        'Файлы личного дела',
      ])
        expect(text).toContain(expected);
    });
  });

  describe('consent validity and withdrawal', () => {
    it('a consent counts up to its last valid day; a validity ending before signing is refused', async () => {
      const g = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
      expectProblem(
        await post(head.token, `/graduates/${g.id}/consents`, {
          signedOn: day(-10),
          allowsProcessing: true,
          validUntil: day(-11),
        }),
        400,
      );
      const lapsed = bodyOf(
        await post(head.token, `/graduates/${g.id}/consents`, {
          signedOn: day(-10),
          allowsProcessing: true,
          validUntil: day(-1),
        }),
        201,
      );
      expect(lapsed).toMatchObject({ validUntil: day(-1), current: false });
      expect(bodyOf(await get(head.token, `/graduates/${g.id}`)).consent).toBe('none');
      const lasting = bodyOf(
        await post(head.token, `/graduates/${g.id}/consents`, {
          signedOn: day(),
          allowsProcessing: true,
          validUntil: day(),
        }),
        201,
      );
      expect(lasting.current).toBe(true);
    });

    it('a withdrawal dated ahead keeps the consent until that day, then the file reads reduced', async () => {
      const g = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
      const consent = bodyOf(
        await post(head.token, `/graduates/${g.id}/consents`, {
          signedOn: day(-5),
          allowsProcessing: true,
        }),
        201,
      );
      const card = bodyOf(await get(head.token, `/graduates/${g.id}`));
      bodyOf(
        await patch(head.token, `/graduates/${g.id}`, {
          version: card.version,
          actualAddress: 'г. Хабаровск, ул. Ленина, 1',
        }),
      );
      const withdrawn = bodyOf(
        await patch(head.token, `/graduates/${g.id}/consents/${consent.id}`, {
          version: consent.version,
          withdrawnOn: day(7),
        }),
      );
      expect(withdrawn).toMatchObject({ withdrawnOn: day(7), current: true });
      expect(bodyOf(await get(head.token, `/graduates/${g.id}`))).toMatchObject({
        consent: 'current',
        actualAddress: 'г. Хабаровск, ул. Ленина, 1',
      });
      // The day arrives (the stored date is moved to today, as time passing would).
      await sql('UPDATE consents SET withdrawn_on = $2 WHERE id = $1', [consent.id, day()]);
      expect(bodyOf(await get(head.token, `/graduates/${g.id}`))).toMatchObject({
        consent: 'withdrawn',
        actualAddress: '',
      });
      const data = bodyOf(await get(head.token, `/graduates/${g.id}/personal-data/export.json`));
      expect(data.sections[0].rows[0].actualAddress).toBe('');
    });

    itReadsPdf('prints the consent form with its scope and validity', async () => {
      const g = await createGraduate(head.token, {
        lastName: 'Согласнова',
        responsibleSpecialistId: specialist.id,
      });
      const consent = bodyOf(
        await post(head.token, `/graduates/${g.id}/consents`, {
          signedOn: day(),
          allowsProcessing: true,
          sharingPartnerKinds: ['education', 'employment_center'],
          validUntil: fmt(dayjs(day()).add(1, 'year')),
        }),
        201,
      );
      const res = await download(
        specialist.token,
        `/graduates/${g.id}/consents/${consent.id}/form`,
      );
      expect(res.status).toBe(200);
      const text = pdfText(res.body).replace(/\s+/g, ' ');
      expect(text).toContain('СОГЛАСИЕ на обработку персональных данных');
      expect(text).toContain('Согласнова');
      // Justified lines may reorder words in the extracted text: each kind is checked alone.
      expect(text).toContain('образовательные');
      expect(text).toContain('центры занятости населения');
      expect(text).toContain(`Согласие действует по`);
      expect(text).toContain(`${dayjs(day()).add(1, 'year').year()} г. включительно`);
      expectProblem(await get(specialist.token, `/graduates/${g.id}/consents/${g.id}/form`), 404);
      expectProblem(
        await get(supervisor.token, `/graduates/${g.id}/consents/${consent.id}/form`),
        403,
      );
    });
  });

  describe('retention and destruction', () => {
    let expired: TestGraduate;
    let recent: TestGraduate;
    let report: { id: string; figures: unknown };
    const lastMonth = dayjs(day()).subtract(1, 'month');

    beforeAll(async () => {
      const kinds = await dictionaryIds(head.token, 'service-kind');
      expired = await createGraduate(head.token, {
        lastName: 'Хранимова',
        firstName: 'Мария',
        responsibleSpecialistId: specialist.id,
        contacts: { phones: ['+79990001122'] },
      });
      recent = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
      bodyOf(
        await post(head.token, `/graduates/${expired.id}/consents`, {
          signedOn: day(-40),
          allowsProcessing: true,
        }),
        201,
      );
      const file = await api()
        .post(`/api/graduates/${expired.id}/files`)
        .auth(head.token, bearer)
        .field('kind', 'consent_scan')
        .attach('file', Buffer.from('%PDF-1.4 скан'), {
          filename: 'согласие.pdf',
          contentType: 'application/pdf',
        });
      expect(file.status).toBe(201);
      bodyOf(
        await post(specialist.token, '/services', {
          graduateId: expired.id,
          providedOn: lastMonth.date(10).format('YYYY-MM-DD'),
          kindId: kinds.document_recovery,
          form: 'individual',
          delivery: 'in_person',
          durationMinutes: 60,
          result: 'Подано заявление на паспорт',
        }),
        201,
      );
      const draft = bodyOf(
        await post(head.token, '/reports', {
          kind: 'department_monthly',
          year: lastMonth.year(),
          month: lastMonth.month() + 1,
        }),
        201,
      );
      report = bodyOf(
        await post(head.token, `/reports/${draft.id}/submit`, { version: draft.version }),
      );
      for (const g of [expired, recent]) {
        const current = bodyOf(await get(head.token, `/graduates/${g.id}`));
        bodyOf(
          await post(head.token, `/graduates/${g.id}/archive`, {
            version: current.version,
            reason: 'Сопровождение окончено',
          }),
        );
      }
      // Support of one of them ended long ago.
      await sql(`UPDATE graduates SET archived_at = now() - interval '4 years' WHERE id = $1`, [
        expired.id,
      ]);
    });

    it('the retention period is an institution setting the head edits (default 5 years)', async () => {
      const own = bodyOf(await get(head.token, `/institutions/${home}`));
      expect(own.retentionYears).toBe(5);
      expect(bodyOf(await get(head.token, '/privacy/retention')).due).toEqual([]);
      expectProblem(
        await patch(head.token, `/institutions/${home}/settings`, {
          version: own.version,
          retentionYears: 0,
        }),
        400,
      );
      const changed = bodyOf(
        await patch(head.token, `/institutions/${home}/settings`, {
          version: own.version,
          retentionYears: 3,
        }),
      );
      expect(changed.retentionYears).toBe(3);
    });

    it('lists the files past retention to the head only', async () => {
      const overview = bodyOf(await get(head.token, '/privacy/retention'));
      expect(overview.retentionYears).toBe(3);
      expect(overview.due).toEqual([
        expect.objectContaining({
          graduateId: expired.id,
          fileNumber: expired.id.slice(0, 8).toUpperCase(),
          fullName: expect.stringContaining('Хранимова Мария'),
        }),
      ]);
      expectProblem(await get(specialist.token, '/privacy/retention'), 403);
      expectProblem(await get(supervisor.token, '/privacy/retention'), 403);
      expectProblem(await api().get('/api/privacy/retention'), 401);
      expect(bodyOf(await get(stranger.token, '/privacy/retention')).due).toEqual([]);
    });

    it('refuses files not past retention and bad selections', async () => {
      expectProblem(
        await post(head.token, '/privacy/retention/destroy', { graduateIds: [recent.id] }),
        409,
        'not-due',
      );
      expectProblem(
        await post(stranger.token, '/privacy/retention/destroy', { graduateIds: [expired.id] }),
        409,
      );
      expectProblem(await post(head.token, '/privacy/retention/destroy', { graduateIds: [] }), 400);
      expectProblem(
        await post(head.token, '/privacy/retention/destroy', { graduateIds: ['nope'] }),
        400,
      );
      expectProblem(
        await post(specialist.token, '/privacy/retention/destroy', { graduateIds: [expired.id] }),
        403,
      );
      expect(bodyOf(await get(head.token, `/graduates/${expired.id}`)).lastName).toBe('Хранимова');
    });

    it('destroys the personal data irreversibly, keeps the submitted report and draws up the act', async () => {
      const act = bodyOf(
        await post(head.token, '/privacy/retention/destroy', { graduateIds: [expired.id] }),
        201,
      );
      const fileNumber = expired.id.slice(0, 8).toUpperCase();
      expect(act).toMatchObject({
        number: `${day().slice(0, 4)}/1`,
        actDate: day(),
        destroyedByName: 'Руководитель Службы',
        fileNumbers: [fileNumber],
      });

      const card = bodyOf(await get(head.token, `/graduates/${expired.id}`));
      expect(card).toMatchObject({
        lastName: 'Уничтожено',
        firstName: `№ ${fileNumber}`,
        patronymic: '',
        contacts: {},
        archived: true,
      });
      expect(JSON.stringify(card)).not.toContain('Хранимова');
      const found = bodyOf(
        await get(head.token, '/graduates', { q: 'Хранимова', archived: true }),
      ).items;
      expect(found).toEqual([]);
      const [fileRow] = await sql(
        'SELECT octet_length(content) AS bytes, file_name FROM graduate_files WHERE graduate_id = $1',
        [expired.id],
      );
      expect(fileRow).toEqual({ bytes: 0, file_name: 'Уничтожено' });
      const [service] = await sql(
        'SELECT result, duration_minutes FROM aid_services WHERE graduate_id = $1',
        [expired.id],
      );
      expect(service).toEqual({ result: '', duration_minutes: 60 });

      const after = bodyOf(await get(head.token, `/reports/${report.id}`));
      expect(after.figures).toEqual(report.figures);

      expect(bodyOf(await get(head.token, '/privacy/retention')).due).toEqual([]);
      expectProblem(
        await post(head.token, '/privacy/retention/destroy', { graduateIds: [expired.id] }),
        409,
      );
      expect(bodyOf(await get(head.token, '/privacy/retention/acts'))).toEqual([
        expect.objectContaining({ id: act.id, number: act.number }),
      ]);
      const audit = await auditEntries('graduate', expired.id);
      expect(audit.filter((e) => e.action === 'destroy')).toEqual([
        expect.objectContaining({ user_id: head.id }),
      ]);
      expectProblem(await get(stranger.token, `/privacy/retention/acts/${act.id}/document`), 404);
    });

    itReadsPdf('the act names the file, the method, the reason and who destroyed', async () => {
      const [act] = bodyOf(await get(head.token, '/privacy/retention/acts'));
      const res = await download(head.token, `/privacy/retention/acts/${act.id}/document`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = pdfText(res.body).replace(/\s+/g, ' ');
      expect(text).toContain(`АКТ № ${act.number}`);
      expect(text).toContain(expired.id.slice(0, 8).toUpperCase());
      expect(text).toContain('Удаление из базы данных');
      expect(text).toContain('Истечение срока хранения');
      expect(text).toContain('Руководитель Службы');
      expect(text).toContain('Выписка из журнала');
      expect(text).not.toContain('Хранимова');
    });
  });
});
