import dayjs from 'dayjs';
import { Client as PgClient } from 'pg';
import PizZip from 'pizzip';
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

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ZONE = 'Asia/Vladivostok';
const today = () => dayIn(ZONE);
const day = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
/** A birth date that makes the person `years` old (plus `days`) today in ZONE. */
const bornYearsAgo = (years: number, days = 0) =>
  day(dayjs(today()).subtract(years, 'year').subtract(days, 'day'));

/** The smallest valid DOCX: one paragraph of text (template fields written as {name}). */
function docxWith(text: string): Buffer {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer' });
}

/** A statement straight on the test database, for states the API cannot produce (time passing). */
async function sql(text: string, params: unknown[]): Promise<void> {
  const db = new PgClient({ connectionString: process.env.POSTCARE_DB_URL });
  await db.connect();
  try {
    await db.query(text, params);
  } finally {
    await db.end();
  }
}

const documentXml = (docx: Buffer) => new PizZip(docx).file('word/document.xml')!.asText();

describe('contracts', () => {
  let home: { id: string; version: number };
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let strangerHead: TestUser;
  let kinds: Record<string, string>;

  beforeAll(async () => {
    home = await createInstitution({ timeZone: ZONE });
    head = await createUser('head', home.id, 'Руководитель Службы');
    specialist = await createUser('specialist', home.id, 'Социальный Педагог');
    colleague = await createUser('specialist', home.id, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home.id);
    strangerHead = await createUser('head', (await createInstitution()).id);
    kinds = await dictionaryIds(head.token, 'service-kind');
  });

  const as = (user: TestUser) => ({
    get: (path: string) => api().get(path).auth(user.token, { type: 'bearer' }),
    post: (path: string, body: object = {}) =>
      api().post(path).auth(user.token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) =>
      api().patch(path).auth(user.token, { type: 'bearer' }).send(body),
  });
  const assigned = (overrides: object = {}) =>
    createGraduate(head.token, { responsibleSpecialistId: specialist.id, ...overrides });
  const draft = async (graduate: TestGraduate, body: object = {}, user = specialist) => {
    const res = await as(user).post('/api/contracts', {
      graduateId: graduate.id,
      kind: 'support',
      serviceKindIds: Object.values(kinds).slice(0, 2),
      ...body,
    });
    if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const activate = (
    contract: { id: string; version: number },
    body: object = {},
    user = specialist,
  ) =>
    as(user).post(`/api/contracts/${contract.id}/activate`, {
      version: contract.version,
      signedOn: today(),
      scanLater: true,
      ...body,
    });
  /** A graduate with a written consent and study facts (the situation needs the consent). */
  const student = async (birthDate: string, education: object) => {
    const graduate = await assigned({ birthDate });
    await as(head).post(`/api/graduates/${graduate.id}/consents`, {
      signedOn: today(),
      allowsProcessing: true,
    });
    const res = await as(head).patch(`/api/graduates/${graduate.id}`, {
      version: graduate.version,
      situation: { education },
    });
    if (res.status !== 200) throw new Error(`student: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as TestGraduate;
  };
  const graduateOf = async (id: string) => (await as(head).get(`/api/graduates/${id}`)).body;

  describe('drafts', () => {
    it('numbers a draft <prefix>-<year>/<seq> and fills the term from the age limit', async () => {
      const graduate = await assigned({ birthDate: bornYearsAgo(19) });
      const first = await draft(graduate);
      const second = await draft(await assigned());
      const year = today().slice(0, 4);
      expect(first).toMatchObject({
        kind: 'support',
        status: 'draft',
        number: expect.stringMatching(new RegExp(`^ДС-${year}/\\d+$`)),
        startsOn: today(),
        endsOn: day(dayjs(graduate.birthDate).add(23, 'year').subtract(1, 'day')),
        responsibleSpecialist: { id: specialist.id, fullName: 'Социальный Педагог' },
        graduate: { id: graduate.id },
        concludedOn: null,
        signedScanFileId: null,
        missingScan: false,
        history: [expect.objectContaining({ from: null, to: 'draft' })],
      });
      expect(first.serviceKinds).toHaveLength(2);
      const seq = (n: string) => Number(n.split('/')[1]);
      expect(seq(second.number)).toBe(seq(first.number) + 1);
    });

    it('a student over 23 gets the end of study as the default end', async () => {
      const graduate = await student(bornYearsAgo(23, 10), {
        fullTime: true,
        firstProfessional: true,
        studying: true,
        expectedEndOn: '2028-06-30',
      });
      expect(await draft(graduate)).toMatchObject({ endsOn: '2028-06-30' });
    });

    it('refuses a taken number (409), an end before the start (400) and unknown fields (400)', async () => {
      const graduate = await assigned();
      const first = await draft(graduate, { number: 'Д-1/77' });
      expect(first.number).toBe('Д-1/77');
      const taken = await as(specialist).post('/api/contracts', {
        graduateId: graduate.id,
        kind: 'support',
        number: 'Д-1/77',
      });
      expectProblem(taken, 409, 'duplicate-number');
      const backwards = await as(specialist).post('/api/contracts', {
        graduateId: graduate.id,
        kind: 'support',
        startsOn: '2026-05-01',
        endsOn: '2026-04-01',
      });
      expectProblem(backwards, 400, 'validation');
      expect(backwards.body.errors).toHaveProperty('endsOn');
      const unknown = await as(specialist).post('/api/contracts', {
        graduateId: graduate.id,
        kind: 'support',
        status: 'active',
      });
      expectProblem(unknown, 400, 'validation');
      expect(unknown.body.errors).toHaveProperty('status');
    });

    it('edits a draft with optimistic locking; a stale version loses nothing (409)', async () => {
      const contract = await draft(await assigned());
      const edited = await as(specialist).patch(`/api/contracts/${contract.id}`, {
        version: contract.version,
        conditions: 'Встречи раз в месяц',
        number: `${contract.number}-А`,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        conditions: 'Встречи раз в месяц',
        number: `${contract.number}-А`,
      });
      const stale = await as(specialist).patch(`/api/contracts/${contract.id}`, {
        version: contract.version,
        conditions: 'Другое',
      });
      expectProblem(stale, 409, 'stale-version');
      expect((await as(head).get(`/api/contracts/${contract.id}`)).body.conditions).toBe(
        'Встречи раз в месяц',
      );
    });

    it('is seen by the head and the assigned specialist only; writes need the permission', async () => {
      const contract = await draft(await assigned());
      expect((await as(head).get(`/api/contracts/${contract.id}`)).status).toBe(200);
      expect((await as(supervisor).get(`/api/contracts/${contract.id}`)).status).toBe(200);
      expectProblem(await as(colleague).get(`/api/contracts/${contract.id}`), 404, 'not-found');
      expectProblem(await as(strangerHead).get(`/api/contracts/${contract.id}`), 404, 'not-found');
      expectProblem(
        await as(strangerHead).patch(`/api/contracts/${contract.id}`, {
          version: contract.version,
          conditions: 'x',
        }),
        404,
      );
      expectProblem(
        await as(supervisor).post('/api/contracts', {
          graduateId: contract.graduate.id,
          kind: 'support',
        }),
        403,
      );
      expectProblem(await api().get(`/api/contracts/${contract.id}`), 401);
      expectProblem(await as(head).get('/api/contracts/not-a-uuid'), 404);
      const colleagueList = await as(colleague).get('/api/contracts').query({ pageSize: 100 });
      expect(colleagueList.body.items.map((c: { id: string }) => c.id)).not.toContain(contract.id);
    });

    it('logs who opened a contract', async () => {
      const contract = await draft(await assigned());
      await as(head).get(`/api/contracts/${contract.id}`);
      const reads = (await auditEntries('contract', contract.id)).filter(
        (e) => e.action === 'read',
      );
      expect(reads).toEqual([
        expect.objectContaining({
          user_id: head.id,
          details: { graduateId: contract.graduate.id },
        }),
      ]);
    });

    it('a discarded draft is kept and cannot be signed', async () => {
      const contract = await draft(await assigned());
      const discarded = await as(specialist).post(`/api/contracts/${contract.id}/discard`, {
        version: contract.version,
        reason: 'Составлен по ошибке',
      });
      expect(discarded.body).toMatchObject({ status: 'discarded' });
      expect(discarded.body.history.map((h: { to: string }) => h.to)).toEqual([
        'draft',
        'discarded',
      ]);
      expectProblem(await activate(discarded.body), 409, 'invalid-transition');
    });
  });

  describe('signing', () => {
    it('activation needs the signing date (400) and a decision about the scan (409)', async () => {
      const contract = await draft(await assigned());
      const noDate = await as(specialist).post(`/api/contracts/${contract.id}/activate`, {
        version: contract.version,
        scanLater: true,
      });
      expectProblem(noDate, 400, 'validation');
      expect(noDate.body.errors).toHaveProperty('signedOn');
      expectProblem(
        await activate(contract, { scanLater: undefined }),
        409,
        'signed-scan-required',
      );
      expectProblem(
        await activate(contract, { signedOn: day(dayjs(today()).add(1, 'day')) }),
        400,
        'validation',
      );
    });

    it('signed with "scan later": the graduate is under support and the contract lacks a scan', async () => {
      const graduate = await assigned();
      const contract = await draft(graduate);
      const signed = await activate(contract);
      expect(signed.status).toBe(200);
      expect(signed.body).toMatchObject({
        status: 'active',
        concludedOn: today(),
        missingScan: true,
      });
      expect(await graduateOf(graduate.id)).toMatchObject({
        status: 'under_support',
        statusReason: `Договор № ${contract.number}`,
      });
      const missing = await as(head)
        .get('/api/contracts')
        .query({ attention: 'missing_scan', pageSize: 100 });
      expect(missing.body.items.map((c: { id: string }) => c.id)).toContain(contract.id);

      const scan = await api()
        .post(`/api/contracts/${contract.id}/scan`)
        .auth(specialist.token, { type: 'bearer' })
        .field('version', String(signed.body.version))
        .attach('file', Buffer.from('%PDF-1.4 signed'), {
          filename: 'Договор.pdf',
          contentType: 'application/pdf',
        });
      expect(scan.status).toBe(200);
      expect(scan.body).toMatchObject({ missingScan: false, signedScanFileId: expect.any(String) });
      const download = await api()
        .get(`/api/contracts/${contract.id}/scan`)
        .auth(head.token, { type: 'bearer' })
        .buffer(true)
        .parse(binary);
      expect(download.status).toBe(200);
      expect((download.body as Buffer).toString()).toBe('%PDF-1.4 signed');
      const scanType = await api()
        .post(`/api/contracts/${contract.id}/scan`)
        .auth(specialist.token, { type: 'bearer' })
        .field('version', String(scan.body.version))
        .attach('file', Buffer.from('MZ'), {
          filename: 'x.exe',
          contentType: 'application/x-msdownload',
        });
      expectProblem(scanType, 400, 'validation');
    });

    it('a signed contract is no longer edited, except its responsible specialist', async () => {
      const contract = (await activate(await draft(await assigned()))).body;
      expectProblem(
        await as(specialist).patch(`/api/contracts/${contract.id}`, {
          version: contract.version,
          conditions: 'Иное',
        }),
        409,
        'contract-not-draft',
      );
      const moved = await as(head).patch(`/api/contracts/${contract.id}`, {
        version: contract.version,
        responsibleSpecialistId: colleague.id,
      });
      expect(moved.body.responsibleSpecialist).toMatchObject({ id: colleague.id });
    });

    it('a second active support contract is refused, naming the active one (409)', async () => {
      const graduate = await assigned();
      const first = (await activate(await draft(graduate))).body;
      const second = await draft(graduate);
      const refused = await activate(second);
      expectProblem(refused, 409, 'active-contract-exists');
      expect(refused.body).toMatchObject({
        activeContractId: first.id,
        activeContractNumber: first.number,
        detail: expect.stringContaining(first.number),
      });
    });

    it('the support contract supersedes an active preliminary one', async () => {
      const graduate = await assigned();
      const preliminary = (await activate(await draft(graduate, { kind: 'preliminary' }))).body;
      expect(await graduateOf(graduate.id)).toMatchObject({ status: 'preparing' });
      const support = (await activate(await draft(graduate))).body;
      const before = (await as(head).get(`/api/contracts/${preliminary.id}`)).body;
      expect(before).toMatchObject({
        status: 'ended',
        endReason: 'superseded',
        endedOn: support.concludedOn,
      });
      expect(await graduateOf(graduate.id)).toMatchObject({ status: 'under_support' });
    });

    it('a minor needs the legal representative named (409)', async () => {
      const graduate = await assigned({ birthDate: bornYearsAgo(17) });
      const contract = await draft(graduate);
      expectProblem(await activate(contract), 409, 'legal-representative-required');
      const named = await as(specialist).patch(`/api/contracts/${contract.id}`, {
        version: contract.version,
        legalRepresentative: 'Орган опеки: Петрова Анна Сергеевна',
      });
      expect((await activate(named.body)).status).toBe(200);
    });
  });

  describe('eligibility on the signing day (001 §4.1)', () => {
    it('22 years and 364 days: eligible', async () => {
      const graduate = await assigned({ birthDate: bornYearsAgo(23, -1) });
      expect((await activate(await draft(graduate, { endsOn: '2030-01-01' }))).status).toBe(200);
    });

    it('23 and not a student: refused with the reason', async () => {
      const graduate = await assigned({ birthDate: bornYearsAgo(23) });
      const refused = await activate(await draft(graduate, { endsOn: '2030-01-01' }));
      expectProblem(refused, 409, 'not-eligible');
      expect(refused.body.detail).toMatch(/Старше 23 лет/);
      expect(await graduateOf(graduate.id)).toMatchObject({ status: 'one_off' });
    });

    it('23, full-time student in a first professional education: eligible', async () => {
      const graduate = await student(bornYearsAgo(23, 100), {
        fullTime: true,
        firstProfessional: true,
        expectedEndOn: '2029-06-30',
      });
      expect((await activate(await draft(graduate))).status).toBe(200);
    });

    it('23, a student whose study ended before the signing day: refused', async () => {
      const graduate = await student(bornYearsAgo(23, 100), {
        fullTime: true,
        firstProfessional: true,
        expectedEndOn: day(dayjs(today()).subtract(1, 'day')),
      });
      const contract = await draft(graduate, { endsOn: '2030-01-01' });
      expectProblem(await activate(contract), 409, 'not-eligible');
    });

    it('23 with an order the specialist requested: refused until the head confirms it', async () => {
      const graduate = await assigned({ birthDate: bornYearsAgo(25) });
      const order = await as(specialist).post('/api/exception-orders', {
        graduateId: graduate.id,
        orderedBy: 'director',
        orderedByName: 'Иванова И. И.',
        number: '42-од',
        orderDate: day(dayjs(today()).subtract(5, 'day')),
        validTo: '2030-12-31',
        grounds: 'Угроза утраты жилья',
      });
      expect(order.status).toBe(201);
      expect(order.body).toMatchObject({ status: 'requested', graduate: { id: graduate.id } });
      const noEnd = await as(specialist).post('/api/contracts', {
        graduateId: graduate.id,
        kind: 'support',
      });
      expectProblem(noEnd, 400, 'validation');
      expect(noEnd.body.errors).toHaveProperty('endsOn');
      const withEnd = await draft(graduate, { endsOn: '2030-12-31' });
      const refused = await activate(withEnd);
      expectProblem(refused, 409, 'not-eligible');
      expect(refused.body.detail).toMatch(/не подтверждено/);

      expectProblem(
        await as(specialist).post(`/api/exception-orders/${order.body.id}/confirm`, {
          version: order.body.version,
        }),
        403,
      );
      const waiting = await as(head).get('/api/exception-orders').query({ status: 'requested' });
      expect(waiting.body.map((o: { id: string }) => o.id)).toContain(order.body.id);
      expectProblem(
        await as(strangerHead).post(`/api/exception-orders/${order.body.id}/confirm`, {
          version: order.body.version,
        }),
        404,
      );
      const confirmed = await as(head).post(`/api/exception-orders/${order.body.id}/confirm`, {
        version: order.body.version,
      });
      expect(confirmed.body).toMatchObject({ status: 'confirmed' });
      expectProblem(
        await as(head).post(`/api/exception-orders/${order.body.id}/reject`, {
          version: confirmed.body.version,
          comment: 'Поздно',
        }),
        409,
        'invalid-transition',
      );
      const signed = await activate(withEnd);
      expect(signed.status).toBe(200);
      expect(signed.body.exceptionOrderId).toBe(order.body.id);
    });

    it('an order the head enters counts at once; rejecting needs a comment', async () => {
      const graduate = await assigned({ birthDate: bornYearsAgo(24) });
      const entered = await as(head).post('/api/exception-orders', {
        graduateId: graduate.id,
        orderedBy: 'head',
        number: '7',
        orderDate: today(),
        validTo: '2027-12-31',
      });
      expect(entered.body).toMatchObject({ status: 'confirmed', validFrom: today() });
      expect((await activate(await draft(graduate))).body).toMatchObject({
        status: 'active',
        endsOn: '2027-12-31',
      });
      const requested = await as(specialist).post('/api/exception-orders', {
        graduateId: graduate.id,
        orderedBy: 'director',
        number: '8',
        orderDate: today(),
      });
      expectProblem(
        await as(head).post(`/api/exception-orders/${requested.body.id}/reject`, {
          version: requested.body.version,
        }),
        400,
        'validation',
      );
      const listed = await as(specialist).get(`/api/graduates/${graduate.id}/exception-orders`);
      expect(listed.body.map((o: { number: string }) => o.number).sort()).toEqual(['7', '8']);
    });
  });

  describe('ending', () => {
    it('needs a reason from the list, and text for "other"; the graduate’s status follows', async () => {
      const graduate = await assigned();
      const contract = (await activate(await draft(graduate))).body;
      const end = (body: object) =>
        as(specialist).post(`/api/contracts/${contract.id}/end`, {
          version: contract.version,
          endedOn: today(),
          ...body,
        });
      expectProblem(await end({}), 400, 'validation');
      expectProblem(await end({ reason: 'superseded' }), 400, 'validation');
      const other = await end({ reason: 'other' });
      expectProblem(other, 400, 'validation');
      expect(other.body.errors).toHaveProperty('reasonText');
      const ended = await end({ reason: 'moved_away' });
      expect(ended.body).toMatchObject({
        status: 'ended',
        endedOn: today(),
        endReason: 'moved_away',
      });
      expect(ended.body.history.map((h: { to: string }) => h.to)).toEqual([
        'draft',
        'active',
        'ended',
      ]);
      expect(await graduateOf(graduate.id)).toMatchObject({
        status: 'ended',
        statusReason: expect.stringContaining('Переезд в другой регион'),
      });
      expectProblem(
        await as(specialist).post(`/api/contracts/${contract.id}/end`, {
          version: ended.body.version,
          endedOn: today(),
          reason: 'goals_reached',
        }),
        409,
        'invalid-transition',
      );
    });

    it('a draft cannot be ended (409)', async () => {
      const contract = await draft(await assigned());
      expectProblem(
        await as(specialist).post(`/api/contracts/${contract.id}/end`, {
          version: contract.version,
          endedOn: today(),
          reason: 'graduate_request',
        }),
        409,
        'invalid-transition',
      );
    });
  });

  describe('the head’s lists in the institution’s time zone', () => {
    it('lists expiring and expired active contracts', async () => {
      const expiring = (
        await activate(
          await draft(await assigned(), { endsOn: day(dayjs(today()).add(10, 'day')) }),
        )
      ).body;
      const expired = (
        await activate(
          await draft(await assigned(), {
            startsOn: day(dayjs(today()).subtract(60, 'day')),
            endsOn: day(dayjs(today()).subtract(1, 'day')),
          }),
          { signedOn: day(dayjs(today()).subtract(60, 'day')) },
        )
      ).body;
      expect(expired.expired).toBe(true);
      const ids = async (attention: string) =>
        (await as(head).get('/api/contracts').query({ attention, pageSize: 100 })).body.items.map(
          (c: { id: string }) => c.id,
        );
      expect(await ids('expiring')).toContain(expiring.id);
      expect(await ids('expiring')).not.toContain(expired.id);
      expect(await ids('expired')).toContain(expired.id);
      expect(await ids('expired')).not.toContain(expiring.id);
    });

    it('lists first-year graduates whose contract has had no approved plan for 14 days', async () => {
      const recent = await assigned({ leftCareOn: day(dayjs(today()).subtract(3, 'month')) });
      const longAgo = await assigned({ leftCareOn: day(dayjs(today()).subtract(2, 'year')) });
      const needsPlan = (await activate(await draft(recent))).body;
      const older = (await activate(await draft(longAgo))).body;
      const fresh = (await activate(await draft(await assigned({ leftCareOn: today() })))).body;
      // Signing 15 days ago cannot be done through the API (activation is stamped now).
      await sql(
        `UPDATE contracts SET activated_at = now() - interval '15 days' WHERE id = ANY($1)`,
        [[needsPlan.id, older.id]],
      );
      const listed = (
        await as(head).get('/api/contracts').query({ attention: 'plan_missing', pageSize: 100 })
      ).body.items.map((c: { id: string }) => c.id);
      expect(listed).toContain(needsPlan.id);
      expect(listed).not.toContain(older.id);
      expect(listed).not.toContain(fresh.id);
    });

    it('"expired" is judged on the institution’s own day', async () => {
      // UTC+14 and UTC−11: the two calendars never show the same date.
      const east = await createInstitution({ timeZone: 'Pacific/Kiritimati' });
      const west = await createInstitution({ timeZone: 'Pacific/Pago_Pago' });
      const endingToday = dayIn('Pacific/Pago_Pago');
      const results: Record<string, boolean> = {};
      for (const [name, institution] of Object.entries({ east, west })) {
        const h = await createUser('head', institution.id);
        const graduate = await createGraduate(h.token);
        const created = await as(h).post('/api/contracts', {
          graduateId: graduate.id,
          kind: 'support',
          startsOn: day(dayjs(endingToday).subtract(30, 'day')),
          endsOn: endingToday,
        });
        const signed = await activate(
          created.body,
          { signedOn: day(dayjs(endingToday).subtract(30, 'day')) },
          h,
        );
        expect(signed.status).toBe(200);
        results[name] = signed.body.expired;
      }
      expect(results).toEqual({ east: true, west: false });
    });
  });

  describe('printable documents', () => {
    it('renders the contract as DOCX with the graduate’s name and the number', async () => {
      const graduate = await assigned({
        lastName: 'Документова',
        firstName: 'Анна',
        patronymic: 'Петровна',
        sex: 'female',
      });
      const contract = await draft(graduate);
      const docx = await api()
        .get(`/api/contracts/${contract.id}/document`)
        .query({ format: 'docx' })
        .auth(specialist.token, { type: 'bearer' })
        .buffer(true)
        .parse(binary);
      expect(docx.status).toBe(200);
      expect(docx.headers['content-type']).toContain(DOCX);
      expect(docx.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent(`Договор ${contract.number.replace('/', '-')} Документова А. П.docx`)}`,
      );
      const xml = documentXml(docx.body);
      expect(xml).toContain('Документова Анна Петровна');
      expect(xml).toContain(contract.number);

      expectProblem(
        await as(specialist).get(`/api/contracts/${contract.id}/document`).query({ format: 'odt' }),
        400,
        'validation',
      );
      expect((await auditEntries('contract', contract.id)).map((e) => e.action)).toContain(
        'export',
      );
    });

    itReadsPdf('renders the contract as a PDF whose text is real Cyrillic text', async () => {
      const contract = await draft(
        await assigned({ lastName: 'Печатнова', patronymic: 'Петровна', sex: 'female' }),
      );
      const pdf = await api()
        .get(`/api/contracts/${contract.id}/document`)
        .query({ format: 'pdf' })
        .auth(specialist.token, { type: 'bearer' })
        .buffer(true)
        .parse(binary);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf.body, ['-layout']);
      expect(text).toContain('Печатнова Иван Петровна');
      expect(text).toContain(contract.number);
    });

    it('uses the institution’s own DOCX template once uploaded, the built-in one after retiring it', async () => {
      const contract = await draft(await assigned({ lastName: 'Шаблонова', sex: 'female' }));
      const upload = (file: Buffer, user = head, name = 'Договор.docx') =>
        api()
          .put(`/api/institutions/${home.id}/contract-template`)
          .auth(user.token, { type: 'bearer' })
          .attach('file', file, { filename: name, contentType: DOCX });
      expectProblem(await upload(docxWith('{graduateFullName}'), specialist), 403);
      expectProblem(await upload(Buffer.from('not a zip')), 400, 'invalid-template');
      expectProblem(await upload(docxWith('{graduateFullName')), 400, 'invalid-template');
      expectProblem(await upload(docxWith('{noSuchField}')), 400, 'invalid-template');
      const uploaded = await upload(docxWith('НАШ ДОГОВОР № {number} с {graduateFullName}'));
      expect(uploaded.status).toBe(200);
      expect(uploaded.body.custom).toMatchObject({
        fileName: 'Договор.docx',
        fields: expect.arrayContaining(['number', 'graduateFullName']),
      });
      const render = async () =>
        documentXml(
          (
            await api()
              .get(`/api/contracts/${contract.id}/document`)
              .query({ format: 'docx' })
              .auth(specialist.token, { type: 'bearer' })
              .buffer(true)
              .parse(binary)
          ).body,
        );
      expect(await render()).toContain(
        `НАШ ДОГОВОР № ${contract.number} с Шаблонова Иван Петрович`,
      );
      const retired = await api()
        .delete(`/api/institutions/${home.id}/contract-template`)
        .auth(head.token, { type: 'bearer' });
      expect(retired.status).toBe(204);
      const builtIn = await render();
      expect(builtIn).not.toContain('НАШ ДОГОВОР');
      expect(builtIn).toContain('Шаблонова');
    });
  });

  describe('institution settings', () => {
    it('the head sets the time zone and requisites of the own institution only', async () => {
      const own = await createInstitution();
      const h = await createUser('head', own.id);
      const s = await createUser('specialist', own.id);
      const settings = (user: TestUser, id: string, body: object) =>
        as(user).patch(`/api/institutions/${id}/settings`, body);
      const saved = await settings(h, own.id, {
        version: own.version,
        timeZone: 'Asia/Novosibirsk',
        fullName: 'МКУ «Центр помощи детям «Созвездие»',
        directorName: 'Сидорова Ольга Ивановна',
        contractPrefix: 'ПС',
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        timeZone: 'Asia/Novosibirsk',
        contractPrefix: 'ПС',
        requisites: { directorName: 'Сидорова Ольга Ивановна', directorPosition: 'Директор' },
      });
      expectProblem(
        await settings(h, own.id, { version: saved.body.version, timeZone: 'Mars/Olympus' }),
        400,
        'validation',
      );
      expectProblem(
        await settings(h, own.id, { version: own.version, phone: '1' }),
        409,
        'stale-version',
      );
      expectProblem(await settings(s, own.id, { version: saved.body.version }), 403);
      expectProblem(await settings(h, home.id, { version: home.version }), 404);
      const numbered = await as(h).post('/api/contracts', {
        graduateId: (await createGraduate(h.token)).id,
        kind: 'support',
      });
      expect(numbered.body.number).toMatch(/^ПС-\d{4}\/1$/);
    });
  });
});
