import dayjs from 'dayjs';
import PizZip from 'pizzip';
import request from 'supertest';
import {
  api,
  auditEntries,
  binary,
  createGraduate,
  createInstitution,
  createUser,
  dayIn,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';
import { itReadsPdf, pdfText } from './support/pdf-text';

/*
 * Informing the guardianship body (DOMAIN.md workflow 6): what was found and when, whether it
 * is mandatory, by when it must go (working days in the institution's calendar), sending,
 * the answer, scans and the printed letter.
 */

const ZONE = 'Asia/Vladivostok';
/** UTC+14 and UTC−11: their calendar dates always differ, by one or two days. */
const KIRITIMATI = 'Pacific/Kiritimati';
const PAGO_PAGO = 'Pacific/Pago_Pago';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const day = (offset = 0) => dayIn(ZONE, offset);
const fmt = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
const plusDays = (from: string, days: number) => fmt(dayjs(from).add(days, 'day'));
/** The latest day on or before today (in ZONE) falling on `weekday` (0 Sunday … 6 Saturday). */
const lastWeekday = (weekday: number) => {
  let d = dayjs(day());
  while (d.day() !== weekday) d = d.subtract(1, 'day');
  return fmt(d);
};
/** A birth date that makes the person `years` old today in ZONE. */
const bornYearsAgo = (years: number) => fmt(dayjs(day()).subtract(years, 'year'));

const BODY = 'Отдел опеки и попечительства по г. Хабаровску';
const SECOND_BODY = 'Отдел опеки и попечительства по Хабаровскому району';

interface Notice {
  id: string;
  graduate: { id: string; fullName: string; birthDate: string };
  trigger: string;
  foundOn: string;
  finding: string;
  measures: string;
  source: string;
  sourceId: string | null;
  mandatory: boolean;
  recipient: string;
  dueOn: string;
  status: string;
  overdue: boolean;
  sentOn: string | null;
  method: string | null;
  outgoingNumber: string;
  letterScanFileId: string | null;
  answeredOn: string | null;
  answerText: string;
  answerScanFileId: string | null;
  cancelReason: string;
  createdAt: string;
  version: number;
}

const bearer = { type: 'bearer' } as const;
const as = (user: TestUser) => ({
  get: (path: string, query: object = {}) => api().get(path).query(query).auth(user.token, bearer),
  post: (path: string, body: object = {}) => api().post(path).auth(user.token, bearer).send(body),
  patch: (path: string, body: object = {}) => api().patch(path).auth(user.token, bearer).send(body),
});

function bodyOf<T>(res: request.Response, status = 200): T {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

function expectInvalid(res: request.Response, field: string) {
  expectProblem(res, 400, 'validation');
  expect(Object.keys(res.body.errors ?? {})).toContain(field);
}

/** An institution in `zone` with these monitoring settings, and its head. */
async function institutionWith(settings: object, zone = ZONE) {
  const institution = await createInstitution({ timeZone: zone });
  const head = await createUser('head', institution.id, 'Руководитель Филиала');
  if (Object.keys(settings).length)
    bodyOf(
      await as(head).patch(`/api/institutions/${institution.id}/settings`, {
        version: institution.version,
        ...settings,
      }),
    );
  return { institution, head };
}

describe('guardianship notices', () => {
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  let strangerHead: TestUser;

  beforeAll(async () => {
    const home = await createInstitution({ timeZone: ZONE });
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
    const settings = await as(head).patch(`/api/institutions/${home.id}/settings`, {
      version: home.version,
      guardianshipBodies: [BODY, SECOND_BODY],
    });
    expect(settings.body.monitoring).toEqual({
      assessmentMonthsFirstYear: 3,
      assessmentMonthsLater: 6,
      noticeDueWorkingDays: 1,
      threatNoticeMinorsOnly: false,
      guardianshipBodies: [BODY, SECOND_BODY],
    });
  });

  const assigned = (overrides: object = {}) =>
    createGraduate(head.token, { responsibleSpecialistId: specialist.id, ...overrides });

  const open = async (graduate: { id: string }, body: object = {}, user: TestUser = specialist) =>
    bodyOf<Notice>(
      await as(user).post('/api/notices', {
        graduateId: graduate.id,
        trigger: 'housing',
        foundOn: day(),
        finding: 'Закреплённое жильё занято посторонними лицами',
        ...body,
      }),
      201,
    );
  const send = (notice: Notice, body: object = {}, user: TestUser = specialist) =>
    as(user).post(`/api/notices/${notice.id}/send`, {
      version: notice.version,
      sentOn: day(),
      method: 'letter',
      ...body,
    });
  const answer = (notice: Notice, body: object = {}, user: TestUser = specialist) =>
    as(user).post(`/api/notices/${notice.id}/answer`, {
      version: notice.version,
      answeredOn: day(),
      answerText: 'Проведена проверка, жильё освобождено',
      ...body,
    });
  const read = async (id: string, user: TestUser = head) =>
    bodyOf<Notice>(await as(user).get(`/api/notices/${id}`));
  const listIds = async (query: object, user: TestUser = head) =>
    bodyOf<{ items: Notice[] }>(
      await as(user).get('/api/notices', { pageSize: 100, ...query }),
    ).items.map((n) => n.id);

  // -------------------------------------------------------------------------------------
  describe('opening a notice', () => {
    it('goes to the institution’s first guardianship body, due the next working day; logged', async () => {
      const graduate = await assigned({ lastName: 'Жилищнов' });
      const foundOn = lastWeekday(3); // a Wednesday: due on the Thursday
      const res = await as(specialist).post('/api/notices', {
        graduateId: graduate.id,
        trigger: 'housing',
        foundOn,
        finding: '  Закреплённое жильё занято посторонними лицами  ',
        measures: 'Направлен запрос в управляющую компанию',
        source: 'contact',
      });
      expect(res.status).toBe(201);
      const dueOn = plusDays(foundOn, 1);
      expect(res.body).toEqual({
        id: expect.any(String),
        graduate: {
          id: graduate.id,
          fullName: `Жилищнов Иван Петрович`,
          birthDate: graduate.birthDate,
        },
        trigger: 'housing',
        foundOn,
        finding: 'Закреплённое жильё занято посторонними лицами',
        measures: 'Направлен запрос в управляющую компанию',
        source: 'contact',
        sourceId: null,
        mandatory: true,
        recipient: BODY,
        dueOn,
        status: 'to_send',
        overdue: dueOn < day(),
        sentOn: null,
        method: null,
        outgoingNumber: '',
        letterScanFileId: null,
        answeredOn: null,
        answerText: '',
        answerScanFileId: null,
        cancelReason: '',
        createdAt: expect.any(String),
        version: expect.any(Number),
      });
      expect(await read(res.body.id)).toEqual(res.body);

      const named = await open(graduate, { recipient: SECOND_BODY, trigger: 'other' });
      expect(named).toMatchObject({ recipient: SECOND_BODY, source: 'other', mandatory: false });

      const audit = await auditEntries('notice', res.body.id);
      expect(audit).toEqual([
        expect.objectContaining({
          action: 'create',
          user_id: specialist.id,
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
        expect.objectContaining({
          action: 'read',
          user_id: head.id,
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
      ]);
    });

    it('counts working days, Monday to Friday, by the institution’s rule', async () => {
      const graduate = await assigned();
      const friday = lastWeekday(5);
      const saturday = lastWeekday(6);
      expect((await open(graduate, { foundOn: friday })).dueOn).toBe(plusDays(friday, 3));
      expect((await open(graduate, { foundOn: saturday })).dueOn).toBe(plusDays(saturday, 2));

      const three = await institutionWith({ noticeDueWorkingDays: 3, guardianshipBodies: [BODY] });
      const thursday = lastWeekday(4);
      const g3 = await createGraduate(three.head.token);
      expect((await open(g3, { foundOn: thursday }, three.head)).dueOn).toBe(plusDays(thursday, 5));
      expect((await open(g3, { foundOn: friday }, three.head)).dueOn).toBe(plusDays(friday, 5));

      const zero = await institutionWith({ noticeDueWorkingDays: 0, guardianshipBodies: [BODY] });
      const g0 = await createGraduate(zero.head.token);
      expect((await open(g0, { foundOn: friday }, zero.head)).dueOn).toBe(friday);
    });

    it('needs a recipient when the institution names no guardianship body (400)', async () => {
      const bare = await institutionWith({});
      const graduate = await createGraduate(bare.head.token);
      const refused = await as(bare.head).post('/api/notices', {
        graduateId: graduate.id,
        trigger: 'housing',
        foundOn: day(),
        finding: 'Угроза утраты жилья',
      });
      expectInvalid(refused, 'recipient');
      expect(await listIds({ graduateId: graduate.id }, bare.head)).toEqual([]);
      const named = await open(graduate, { recipient: SECOND_BODY }, bare.head);
      expect(named.recipient).toBe(SECOND_BODY);
    });

    it('housing is always mandatory; a threat to life or health too, unless the institution limits it to minors', async () => {
      const adult = await assigned({ birthDate: bornYearsAgo(20) });
      expect((await open(adult, { trigger: 'housing' })).mandatory).toBe(true);
      expect((await open(adult, { trigger: 'threat_life_health' })).mandatory).toBe(true);
      expect((await open(adult, { trigger: 'other' })).mandatory).toBe(false);

      const minorsOnly = await institutionWith({
        threatNoticeMinorsOnly: true,
        guardianshipBodies: [BODY],
      });
      const h = minorsOnly.head;
      // Eighteen today: a minor on yesterday's finding, an adult on today's.
      const turned18 = await createGraduate(h.token, { birthDate: bornYearsAgo(18) });
      const threat = { trigger: 'threat_life_health', finding: 'Угроза жизни: тяжёлая болезнь' };
      expect((await open(turned18, { ...threat, foundOn: day(-1) }, h)).mandatory).toBe(true);
      expect((await open(turned18, { ...threat, foundOn: day() }, h)).mandatory).toBe(false);
      expect((await open(turned18, { trigger: 'housing' }, h)).mandatory).toBe(true);
      const minor = await createGraduate(h.token, { birthDate: bornYearsAgo(17) });
      expect((await open(minor, threat, h)).mandatory).toBe(true);
      const older = await createGraduate(h.token, { birthDate: bornYearsAgo(21) });
      expect((await open(older, threat, h)).mandatory).toBe(false);
    });

    it('refuses a future day, an unknown trigger or field, an empty finding (400) and an unknown graduate (422)', async () => {
      const graduate = await assigned();
      const post = (body: object) =>
        as(specialist).post('/api/notices', {
          graduateId: graduate.id,
          trigger: 'housing',
          foundOn: day(),
          finding: 'Угроза утраты жилья',
          ...body,
        });
      expectInvalid(await post({ foundOn: day(1) }), 'foundOn');
      expectInvalid(await post({ trigger: 'debts' }), 'trigger');
      expectInvalid(await post({ finding: '   ' }), 'finding');
      expectInvalid(await post({ dueOn: day(5) }), 'dueOn');
      expectInvalid(await post({ graduateId: 'not-a-uuid' }), 'graduateId');
      expectProblem(
        await post({ graduateId: '00000000-0000-4000-8000-000000000000' }),
        422,
        'reference-not-found',
      );
      expect(await listIds({ graduateId: graduate.id })).toEqual([]);
    });
  });

  // -------------------------------------------------------------------------------------
  describe('what is to be sent', () => {
    it('lists by state: to send, overdue, sent, answered, cancelled', async () => {
      const graduate = await assigned();
      const toSend = await open(graduate, { foundOn: day() });
      const overdue = await open(graduate, { foundOn: day(-10) });
      const sent = bodyOf<Notice>(await send(await open(graduate, { foundOn: day(-2) })));
      const sentToAnswer = bodyOf<Notice>(await send(await open(graduate, { foundOn: day(-3) })));
      const answered = bodyOf<Notice>(await answer(sentToAnswer));
      const mistaken = await open(graduate);
      const cancelled = bodyOf<Notice>(
        await as(specialist).post(`/api/notices/${mistaken.id}/cancel`, {
          version: mistaken.version,
          reason: 'Открыто по ошибке',
        }),
      );
      const elsewhere = await open(await assigned(), { foundOn: day(-10) });

      expect(overdue.overdue).toBe(true);
      expect(toSend.overdue).toBe(false);
      const ids = (state: string) => listIds({ state, graduateId: graduate.id });
      const toSendIds = await ids('to_send');
      expect(toSendIds).toContain(toSend.id);
      expect(toSendIds).not.toContain(sent.id);
      expect(toSendIds).not.toContain(answered.id);
      expect(toSendIds).not.toContain(cancelled.id);
      expect(await ids('overdue')).toEqual([overdue.id]);
      expect(await ids('sent')).toEqual([sent.id]);
      expect(await ids('answered')).toEqual([answered.id]);
      expect(await ids('cancelled')).toEqual([cancelled.id]);
      expect((await listIds({ graduateId: graduate.id })).sort()).toEqual(
        [toSend.id, overdue.id, sent.id, answered.id, cancelled.id].sort(),
      );
      expect(await listIds({ state: 'overdue' })).toContain(elsewhere.id);
      expect(sent).toMatchObject({ status: 'sent', overdue: false });
      expectProblem(await as(head).get('/api/notices', { state: 'late' }), 400, 'validation');

      const listReads = (await auditEntries('notice', null)).filter(
        (e) =>
          e.user_id === head.id &&
          e.action === 'read' &&
          ((e.details.ids as string[] | undefined) ?? []).includes(answered.id),
      );
      expect(listReads).toHaveLength(2);
    });

    it('"overdue" is judged on the institution’s own day', async () => {
      // A notice due "today in Pago Pago" is already late in Kiritimati, where it is tomorrow.
      const dueToday = dayIn(PAGO_PAGO);
      const result: Record<string, { overdue: boolean; inOverdue: boolean; inToSend: boolean }> =
        {};
      for (const [name, zone] of Object.entries({ east: KIRITIMATI, west: PAGO_PAGO })) {
        const { head: h } = await institutionWith(
          { noticeDueWorkingDays: 0, guardianshipBodies: [BODY] },
          zone,
        );
        const graduate = await createGraduate(h.token);
        const notice = await open(graduate, { foundOn: dueToday }, h);
        expect(notice.dueOn).toBe(dueToday);
        result[name] = {
          overdue: (await read(notice.id, h)).overdue,
          inOverdue: (await listIds({ state: 'overdue' }, h)).includes(notice.id),
          inToSend: (await listIds({ state: 'to_send' }, h)).includes(notice.id),
        };
      }
      expect(result).toEqual({
        east: { overdue: true, inOverdue: true, inToSend: expect.any(Boolean) },
        west: { overdue: false, inOverdue: false, inToSend: true },
      });
    });
  });

  // -------------------------------------------------------------------------------------
  describe('sending, answering, correcting, cancelling', () => {
    it('sends with the day, method and outgoing number: not before the finding, not in the future', async () => {
      const graduate = await assigned();
      const notice = await open(graduate, { foundOn: day(-3) });
      expectInvalid(await send(notice, { sentOn: day(-4) }), 'sentOn');
      expectInvalid(await send(notice, { sentOn: day(1) }), 'sentOn');
      expectInvalid(await send(notice, { method: 'pigeon' }), 'method');
      expectInvalid(await send(notice, { method: undefined }), 'method');
      expectInvalid(await send(notice, { receivedBy: 'канцелярия' }), 'receivedBy');
      expectProblem(await send(notice, { version: notice.version + 1 }), 409, 'stale-version');
      expect(await read(notice.id)).toMatchObject({ status: 'to_send', sentOn: null });

      const sent = await send(notice, {
        sentOn: day(-1),
        method: 'interdepartmental',
        outgoingNumber: ' 01-15/342 ',
      });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({
        status: 'sent',
        sentOn: day(-1),
        method: 'interdepartmental',
        outgoingNumber: '01-15/342',
        overdue: false,
        version: notice.version + 1,
      });
      expect(await read(notice.id)).toEqual(sent.body);

      expectProblem(await send(sent.body), 409, 'invalid-transition');
      expectProblem(
        await as(specialist).post(`/api/notices/${notice.id}/cancel`, {
          version: sent.body.version,
          reason: 'Передумали',
        }),
        409,
        'invalid-transition',
      );
      expectProblem(
        await as(specialist).patch(`/api/notices/${notice.id}`, {
          version: sent.body.version,
          finding: 'Исправленный текст',
        }),
        409,
        'notice-sent',
      );
      expect((await read(notice.id)).finding).toBe('Закреплённое жильё занято посторонними лицами');

      expect(
        (await auditEntries('notice', notice.id)).filter((e) => e.action === 'update'),
      ).toEqual([
        expect.objectContaining({
          user_id: specialist.id,
          changed_fields: ['status'],
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
      ]);
    });

    it('records the answer only after sending (409), not before the sending day (400)', async () => {
      const notice = await open(await assigned(), { foundOn: day(-5) });
      expectProblem(await answer(notice), 409, 'invalid-transition');
      const sent = bodyOf<Notice>(await send(notice, { sentOn: day(-2) }));
      expectInvalid(await answer(sent, { answeredOn: day(-3) }), 'answeredOn');
      expectInvalid(await answer(sent, { answeredOn: day(1) }), 'answeredOn');
      expectInvalid(await answer(sent, { answerText: '' }), 'answerText');
      const answered = await answer(sent, { answeredOn: day(-1), answerText: 'Жильё освобождено' });
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({
        status: 'answered',
        sentOn: day(-2),
        answeredOn: day(-1),
        answerText: 'Жильё освобождено',
      });
      expectProblem(await answer(answered.body), 409, 'invalid-transition');
    });

    it('corrects a notice while it is to be sent; cancels it with a reason and keeps it', async () => {
      const notice = await open(await assigned());
      const path = `/api/notices/${notice.id}`;
      const edited = await as(specialist).patch(path, {
        version: notice.version,
        finding: 'Жильё занято родственниками',
        measures: 'Беседа с родственниками',
        recipient: SECOND_BODY,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        finding: 'Жильё занято родственниками',
        measures: 'Беседа с родственниками',
        recipient: SECOND_BODY,
        trigger: 'housing',
        dueOn: notice.dueOn,
        version: notice.version + 1,
      });
      expectProblem(
        await as(specialist).patch(path, { version: notice.version, finding: 'Иное' }),
        409,
        'stale-version',
      );
      expectInvalid(
        await as(specialist).patch(path, { version: edited.body.version, recipient: 'О' }),
        'recipient',
      );
      expectInvalid(
        await as(specialist).patch(path, { version: edited.body.version, priority: 'high' }),
        'priority',
      );

      const cancel = (body: object) => as(specialist).post(`${path}/cancel`, body);
      expectInvalid(await cancel({ version: edited.body.version }), 'reason');
      expectInvalid(await cancel({ version: edited.body.version, reason: 'ой' }), 'reason');
      const cancelled = await cancel({
        version: edited.body.version,
        reason: 'Открыто по ошибке',
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        cancelReason: 'Открыто по ошибке',
        finding: 'Жильё занято родственниками',
        overdue: false,
      });
      expect(await read(notice.id)).toEqual(cancelled.body);
      expectProblem(
        await as(specialist).patch(path, { version: cancelled.body.version, finding: 'Иное' }),
        409,
      );
      expectProblem(await send(cancelled.body), 409, 'invalid-transition');
    });
  });

  // -------------------------------------------------------------------------------------
  describe('scans and the printed letter', () => {
    const upload = (
      notice: { id: string; version: number },
      kind: string,
      file: Buffer,
      name: string,
      contentType: string,
      user: TestUser = specialist,
    ) =>
      api()
        .post(`/api/notices/${notice.id}/scans`)
        .auth(user.token, bearer)
        .field('kind', kind)
        .field('version', String(notice.version))
        .attach('file', file, { filename: name, contentType });
    const PDF = Buffer.from('%PDF-1.4 letter scan');
    const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

    it('keeps the scans of the letter and of the answer among the personal file’s documents', async () => {
      const graduate = await assigned();
      const notice = await open(graduate, { foundOn: day(-2) });
      expectInvalid(
        await upload(notice, 'letter', Buffer.from('MZ'), 'x.exe', 'application/x-msdownload'),
        'file',
      );
      expectProblem(
        await upload(notice, 'photo', PDF, 'Письмо.pdf', 'application/pdf'),
        400,
        'validation',
      );
      expectProblem(
        await upload(notice, 'answer', PDF, 'Ответ.pdf', 'application/pdf'),
        409,
        'invalid-transition',
      );
      expectProblem(
        await upload(
          { ...notice, version: notice.version + 1 },
          'letter',
          PDF,
          'Письмо.pdf',
          'application/pdf',
        ),
        409,
        'stale-version',
      );

      const letter = await upload(notice, 'letter', PDF, 'Письмо.pdf', 'application/pdf');
      expect(letter.status).toBe(200);
      expect(letter.body).toMatchObject({
        letterScanFileId: expect.any(String),
        answerScanFileId: null,
        status: 'to_send',
      });
      const files = bodyOf<{ id: string; kind: string }[]>(
        await as(head).get(`/api/graduates/${graduate.id}/files`),
      );
      expect(files).toContainEqual(
        expect.objectContaining({ id: letter.body.letterScanFileId, kind: 'notice_scan' }),
      );
      const content = await api()
        .get(`/api/graduates/${graduate.id}/files/${letter.body.letterScanFileId}/content`)
        .auth(head.token, bearer)
        .buffer(true)
        .parse(binary);
      expect((content.body as Buffer).toString()).toBe('%PDF-1.4 letter scan');

      const sent = bodyOf<Notice>(await send(letter.body, { sentOn: day(-1) }));
      expectProblem(
        await upload(sent, 'answer', PNG, 'Ответ.png', 'image/png'),
        409,
        'invalid-transition',
      );
      const answered = bodyOf<Notice>(await answer(sent));
      const answerScan = await upload(answered, 'answer', PNG, 'Ответ.png', 'image/png');
      expect(answerScan.status).toBe(200);
      expect(answerScan.body).toMatchObject({
        status: 'answered',
        letterScanFileId: letter.body.letterScanFileId,
        answerScanFileId: expect.any(String),
      });
      expect(answerScan.body.answerScanFileId).not.toBe(letter.body.letterScanFileId);
      expectProblem(
        await upload(answerScan.body, 'answer', PNG, 'Ответ.png', 'image/png', supervisor),
        403,
      );
    });

    it('prints the letter as DOCX with the graduate’s name and the finding', async () => {
      const graduate = await assigned({
        lastName: 'Опекаемова',
        firstName: 'Мария',
        patronymic: 'Ивановна',
        sex: 'female',
      });
      const notice = await open(graduate, {
        finding: 'Квартира по договору социального найма занята посторонними лицами',
      });
      const docx = await api()
        .get(`/api/notices/${notice.id}/document`)
        .query({ format: 'docx' })
        .auth(specialist.token, bearer)
        .buffer(true)
        .parse(binary);
      expect(docx.status).toBe(200);
      expect(docx.headers['content-type']).toContain(DOCX);
      const xml = new PizZip(docx.body as Buffer).file('word/document.xml')!.asText();
      expect(xml).toContain('Опекаемова Мария Ивановна');
      expect(xml).toContain('Квартира по договору социального найма занята посторонними лицами');
      expect(xml).toContain(BODY);

      expectProblem(
        await as(specialist).get(`/api/notices/${notice.id}/document`, { format: 'odt' }),
        400,
        'validation',
      );
      expect(await auditEntries('notice', notice.id)).toContainEqual(
        expect.objectContaining({
          action: 'export',
          user_id: specialist.id,
          details: expect.objectContaining({ graduateId: graduate.id }),
        }),
      );
    });

    itReadsPdf('prints the letter as a PDF whose text holds the name in Cyrillic', async () => {
      const notice = await open(
        await assigned({ lastName: 'Печатнова', firstName: 'Анна', patronymic: 'Сергеевна' }),
        { trigger: 'threat_life_health', finding: 'Угроза здоровью: не получает лечения' },
      );
      const pdf = await api()
        .get(`/api/notices/${notice.id}/document`)
        .query({ format: 'pdf' })
        .auth(head.token, bearer)
        .buffer(true)
        .parse(binary);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf.body as Buffer).replace(/\s+/g, ' ');
      expect(text).toContain('Печатнова Анна Сергеевна');
      expect(text).toContain('не получает лечения');
    });
  });

  // -------------------------------------------------------------------------------------
  describe('access', () => {
    let theirs: Notice;
    let mine: Notice;
    let queued: Notice;
    let theirGraduate: TestGraduate;

    beforeAll(async () => {
      theirGraduate = await createGraduate(head.token, { responsibleSpecialistId: colleague.id });
      theirs = await open(theirGraduate, {}, head);
      mine = await open(await assigned());
      queued = await open(await createGraduate(head.token), {}, specialist);
    });

    it('a specialist works with the own graduates’ notices and the intake queue only', async () => {
      const ids = await listIds({}, specialist);
      expect(ids).toContain(mine.id);
      expect(ids).toContain(queued.id);
      expect(ids).not.toContain(theirs.id);
      expect((await listIds({}, colleague)).includes(theirs.id)).toBe(true);
      expectProblem(await as(specialist).get(`/api/notices/${theirs.id}`), 404, 'not-found');
      expectProblem(
        await as(specialist).patch(`/api/notices/${theirs.id}`, {
          version: theirs.version,
          finding: 'Чужое',
        }),
        404,
      );
      expectProblem(await send(theirs), 404);
      expectProblem(
        await as(specialist).get(`/api/notices/${theirs.id}/document`, { format: 'docx' }),
        404,
      );
      expectProblem(
        await as(specialist).post('/api/notices', {
          graduateId: theirGraduate.id,
          trigger: 'housing',
          foundOn: day(),
          finding: 'Угроза утраты жилья',
        }),
        422,
        'reference-not-found',
      );
      expect(await read(theirs.id)).toMatchObject({ status: 'to_send', version: theirs.version });
    });

    it('another institution sees nothing; the supervisor reads but does not write; curators are refused', async () => {
      expectProblem(await as(strangerHead).get(`/api/notices/${mine.id}`), 404, 'not-found');
      expectProblem(await send(mine, {}, strangerHead), 404);
      expect(await listIds({}, strangerHead)).not.toContain(mine.id);

      expect((await read(mine.id, supervisor)).id).toBe(mine.id);
      expect(await listIds({}, supervisor)).toEqual(
        expect.arrayContaining([mine.id, theirs.id, queued.id]),
      );
      expectProblem(
        await as(supervisor).post('/api/notices', {
          graduateId: mine.graduate.id,
          trigger: 'housing',
          foundOn: day(),
          finding: 'Угроза утраты жилья',
        }),
        403,
      );
      expectProblem(await send(mine, {}, supervisor), 403);
      expectProblem(await answer(mine, {}, supervisor), 403);
      expectProblem(
        await as(supervisor).patch(`/api/notices/${mine.id}`, {
          version: mine.version,
          finding: 'Иное',
        }),
        403,
      );
      expectProblem(
        await as(supervisor).post(`/api/notices/${mine.id}/cancel`, {
          version: mine.version,
          reason: 'Не нужно',
        }),
        403,
      );
      expectProblem(await as(curator).get(`/api/notices/${mine.id}`), 404);
      expectProblem(await as(curator).get('/api/notices'), 404);
      expectProblem(await api().get(`/api/notices/${mine.id}`), 401);
      expectProblem(await api().get('/api/notices'), 401);
      expectProblem(await as(head).get('/api/notices/not-a-uuid'), 404);
      expectProblem(await send({ ...mine, id: 'not-a-uuid' }, {}, head), 404);
      expectProblem(await as(head).get('/api/notices/00000000-0000-4000-8000-000000000000'), 404);
      expect(await read(mine.id)).toMatchObject({ status: 'to_send', version: mine.version });
      expect(
        (await auditEntries('notice', mine.id)).filter((e) => e.action === 'read'),
      ).toContainEqual(
        expect.objectContaining({
          user_id: supervisor.id,
          details: expect.objectContaining({ graduateId: mine.graduate.id }),
        }),
      );
    });
  });
});
