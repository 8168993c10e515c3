import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import PizZip from 'pizzip';
import {
  api,
  binary,
  createGraduate,
  createInstitution,
  createUser,
  dayIn,
  dictionaryIds,
  expectProblem,
  TestUser,
} from './support/api';

const bearer = { type: 'bearer' } as const;
const PDF = Buffer.from('%PDF-1.4 скан договора');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62, 0x90)]);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const ZONE = 'Asia/Kamchatka';
const IMPORT_HEADERS = [
  'Фамилия *',
  'Имя *',
  'Отчество',
  'Пол *',
  'Дата рождения *',
  'Статус *',
  'Учреждение выпуска',
  'Дата выпуска',
  'Телефон',
  'Ответственный специалист (логин)',
  'Дата согласия на обработку ПДн',
  'Адрес регистрации',
  'Адрес проживания',
];

describe('uploaded files, spreadsheets and plausible data', () => {
  let head: TestUser;
  let specialist: TestUser;
  let home: string;

  beforeAll(async () => {
    home = (await createInstitution({ timeZone: ZONE })).id;
    head = await createUser('head', home);
    specialist = await createUser('specialist', home);
  });

  const uploadFile = (graduateId: string, kind: string, file: Buffer, name: string, type: string) =>
    api()
      .post(`/api/graduates/${graduateId}/files`)
      .auth(head.token, bearer)
      .field('kind', kind)
      .attach('file', file, { filename: name, contentType: type });

  describe('uploads: the real type, the size, archived files', () => {
    it('refuses content that does not match the declared type or the kind (415, Russian)', async () => {
      const g = await createGraduate(head.token);
      const pdfAsJpeg = await uploadFile(g.id, 'consent_scan', PDF, 'скан.jpg', 'image/jpeg');
      expectProblem(pdfAsJpeg, 415, 'file-type-mismatch');
      expect(pdfAsJpeg.body.detail).toContain('PDF');
      expect(pdfAsJpeg.body.errors).toHaveProperty('file');

      const exeAsPdf = await uploadFile(
        g.id,
        'consent_scan',
        EXE,
        'согласие.pdf',
        'application/pdf',
      );
      expectProblem(exeAsPdf, 415, 'unsupported-media-type');
      expect(exeAsPdf.body.detail).toMatch(/[а-я]/);

      const pngAsPdf = await uploadFile(g.id, 'consent_scan', PNG, 'скан.pdf', 'application/pdf');
      expectProblem(pngAsPdf, 415, 'file-type-mismatch');

      // The genuine file passes and is stored with its real type.
      const ok = await uploadFile(g.id, 'consent_scan', PDF, 'согласие.pdf', 'application/pdf');
      expect(ok.status).toBe(201);
      expect(ok.body.mimeType).toBe('application/pdf');
    });

    it('a file over the kind’s limit is refused with a 413 naming the limit', async () => {
      const g = await createGraduate(head.token);
      const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
      const res = await uploadFile(g.id, 'consent_scan', big, 'большой.pdf', 'application/pdf');
      expectProblem(res, 413, 'file-too-large');
      expect(res.body.detail).toContain('10 МБ');
    });

    it('an archived file and the files of an archived personal file are read-only (409)', async () => {
      const g = await createGraduate(head.token);
      const saved = await uploadFile(g.id, 'consent_scan', PDF, 'согласие.pdf', 'application/pdf');
      const archive = (version: number) =>
        api()
          .post(`/api/graduates/${g.id}/files/${saved.body.id}/archive`)
          .auth(head.token, bearer)
          .send({ version });
      const archived = await archive(saved.body.version);
      expect(archived.status).toBe(200);
      expectProblem(await archive(archived.body.version), 409, 'file-archived');

      const file = await uploadFile(g.id, 'consent_scan', PDF, 'второй.pdf', 'application/pdf');
      expect(file.status).toBe(201);
      const graduate = await api().get(`/api/graduates/${g.id}`).auth(head.token, bearer);
      const gone = await api()
        .post(`/api/graduates/${g.id}/archive`)
        .auth(head.token, bearer)
        .send({ version: graduate.body.version, reason: 'Создано по ошибке' });
      expect(gone.status).toBe(200);
      expectProblem(
        await uploadFile(g.id, 'consent_scan', PDF, 'третий.pdf', 'application/pdf'),
        409,
        'graduate-archived',
      );
      expectProblem(
        await api()
          .post(`/api/graduates/${g.id}/files/${file.body.id}/archive`)
          .auth(head.token, bearer)
          .send({ version: file.body.version }),
        409,
        'graduate-archived',
      );
      // Still readable.
      const content = await api()
        .get(`/api/graduates/${g.id}/files/${file.body.id}/content`)
        .auth(head.token, bearer)
        .buffer(true)
        .parse(binary);
      expect(content.status).toBe(200);
    });

    it('a contract template must really be a DOCX, named as one', async () => {
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
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">{number}</w:t></w:r></w:p></w:body></w:document>`,
      );
      const res = await api()
        .put(`/api/institutions/${home}/contract-template`)
        .auth(head.token, bearer)
        .attach('file', zip.generate({ type: 'nodebuffer' }), {
          filename: 'Договор.pdf',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        });
      expectProblem(res, 415, 'file-type-mismatch');
    });
  });

  describe('register import', () => {
    const importFile = (file: Buffer, dryRun = true) =>
      api()
        .post('/api/graduates/import')
        .query({ dryRun })
        .auth(head.token, bearer)
        .attach('file', file, 'реестр.xlsx');

    it('refuses a 150 000-row sheet quickly, naming the row limit', async () => {
      // Written with the streaming writer: small on disk, huge when loaded whole.
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out });
      const sheet = writer.addWorksheet('Выпускники');
      sheet.addRow(IMPORT_HEADERS).commit();
      for (let i = 0; i < 150_000; i++)
        sheet.addRow(['Ф', 'И', '', 'м', '01.01.2006', 'сирота']).commit();
      sheet.commit();
      await writer.commit();
      const file = Buffer.concat(chunks);
      expect(file.length).toBeLessThan(5 * 1024 * 1024);

      const started = Date.now();
      const res = await importFile(file);
      expectProblem(res, 413, 'too-many-rows');
      expect(res.body.detail).toContain('5000');
      expect(Date.now() - started).toBeLessThan(15_000);
    }, 120_000);

    it('refuses a file whose content is not XLSX (415)', async () => {
      expectProblem(await importFile(Buffer.from('a;b;c')), 415);
    });

    it('a birth date in the future or of someone over 35 is a row error', async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Выпускники');
      sheet.addRow(IMPORT_HEADERS);
      const tomorrow = dayjs(dayIn(ZONE, 1)).format('DD.MM.YYYY');
      const old = dayjs(dayIn(ZONE)).subtract(36, 'year').format('DD.MM.YYYY');
      sheet.addRow(['Будущев', 'Иван', '', 'м', tomorrow, 'сирота']);
      sheet.addRow(['Старов', 'Иван', '', 'м', old, 'сирота']);
      const res = await importFile(Buffer.from(await book.xlsx.writeBuffer()));
      expect(res.status).toBe(200);
      expect(res.body.valid).toBe(false);
      expect(res.body.errors).toEqual([
        { row: 2, column: 'Дата рождения', message: expect.stringContaining('будущем') },
        { row: 3, column: 'Дата рождения', message: expect.stringContaining('35') },
      ]);
    });
  });

  describe('spreadsheet exports', () => {
    it('a work-plan item titled like a formula exports as text with a leading apostrophe', async () => {
      const post = (path: string, body: object) =>
        api().post(`/api${path}`).auth(specialist.token, bearer).send(body);
      let plan = (await post('/work-plans', { kind: 'annual', year: 2031 })).body;
      plan = (
        await post(`/work-plans/${plan.id}/sections`, { version: plan.version, title: '@Раздел' })
      ).body;
      const title = '=HYPERLINK("http://evil.example","Отчёт")';
      const added = await post(`/work-plans/${plan.id}/items`, {
        version: plan.version,
        sectionId: plan.sections[0].id,
        title,
        dueMonth: 3,
        expectedResult: '+7 участников',
      });
      expect(added.status).toBe(201);
      const res = await api()
        .get(`/api/work-plans/${plan.id}/export`)
        .auth(specialist.token, bearer)
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as unknown as ArrayBuffer);
      const cells: unknown[] = [];
      book.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
      expect(cells).toContain(`'${title}`);
      expect(cells).toContain("'+7 участников");
      expect(cells).toContain('1. @Раздел');
      expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    });
  });

  describe('plausible birth dates and durations', () => {
    const today = () => dayIn(ZONE);

    it('refuses a birth date after today in the institution’s zone (422 naming the field)', async () => {
      const res = await api()
        .post('/api/graduates')
        .auth(head.token, bearer)
        .send({
          lastName: 'Будущев',
          firstName: 'Иван',
          sex: 'male',
          birthDate: dayIn(ZONE, 1),
          legalStatus: 'orphan',
        });
      expectProblem(res, 422, 'implausible-birth-date');
      expect(res.body.errors).toHaveProperty('birthDate');
      expect(res.body.detail).toContain('будущем');
    });

    it('refuses a birth date meaning an age over 35, on create and on update', async () => {
      const old = dayjs(today()).subtract(36, 'year').format('YYYY-MM-DD');
      const created = await api().post('/api/graduates').auth(head.token, bearer).send({
        lastName: 'Старов',
        firstName: 'Иван',
        sex: 'male',
        birthDate: old,
        legalStatus: 'orphan',
      });
      expectProblem(created, 422, 'implausible-birth-date');
      expect(created.body.errors).toHaveProperty('birthDate');

      // Exactly 35 is still accepted.
      const thirtyFive = dayjs(today()).subtract(35, 'year').format('YYYY-MM-DD');
      const g = await createGraduate(head.token, { birthDate: thirtyFive });
      const updated = await api()
        .patch(`/api/graduates/${g.id}`)
        .auth(head.token, bearer)
        .send({ version: g.version, birthDate: old });
      expectProblem(updated, 422, 'implausible-birth-date');
      expect(updated.body.detail).toContain('35');
    });

    it('durations must be positive', async () => {
      const g = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
      for (const durationMinutes of [0, -30]) {
        const service = await api()
          .post('/api/services')
          .auth(specialist.token, bearer)
          .send({ graduateId: g.id, durationMinutes });
        expectProblem(service, 400, 'validation');
        expect(service.body.errors).toHaveProperty('durationMinutes');
        const event = await api()
          .post('/api/events')
          .auth(specialist.token, bearer)
          .send({ durationMinutes });
        expectProblem(event, 400, 'validation');
        expect(event.body.errors).toHaveProperty('durationMinutes');
      }
    });
  });
});

describe('references to another institution’s records answer as missing ones', () => {
  const NO_SUCH = '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b';
  let head: TestUser;
  let specialist: TestUser;
  let mine: { id: string };
  let homePartner: { id: string };
  const foreign: Record<string, string> = {};
  let kinds: Record<string, string>;
  let problems: Record<string, string>;

  const post = (token: string, path: string, body: object) =>
    api().post(`/api${path}`).auth(token, bearer).send(body);
  const created = async (token: string, path: string, body: object) => {
    const res = await post(token, path, body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };

  beforeAll(async () => {
    const home = (await createInstitution()).id;
    const other = (await createInstitution()).id;
    head = await createUser('head', home);
    specialist = await createUser('specialist', home);
    const strangerHead = await createUser('head', other);
    const strangerSpecialist = await createUser('specialist', other);
    kinds = await dictionaryIds(head.token, 'service-kind');
    problems = await dictionaryIds(head.token, 'problem');
    mine = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    // Referrals need a consent to share with that kind of organisation.
    await created(head.token, `/graduates/${mine.id}/consents`, {
      signedOn: dayIn('Europe/Moscow', -10),
      allowsProcessing: true,
      sharingPartnerKinds: ['employment_center'],
    });
    homePartner = await created(head.token, '/partners', {
      name: 'Центр занятости своего района',
      kind: 'employment_center',
    });
    const theirs = await createGraduate(strangerHead.token, {
      responsibleSpecialistId: strangerSpecialist.id,
    });
    foreign.graduate = theirs.id;
    foreign.specialist = strangerSpecialist.id;
    // Dictionaries are shared: a wrong reference is an entry of another dictionary.
    foreign.problem = Object.values(kinds)[0];
    foreign.serviceKind = Object.values(problems)[0];
    // Any home a graduate came from may be named: only an unknown one is wrong.
    foreign.nothing = NO_SUCH;
    foreign.appeal = (
      await created(strangerHead.token, '/appeals', {
        graduateId: theirs.id,
        channel: 'phone',
        problemIds: [problems.documents_lost],
        description: 'Потерян паспорт',
      })
    ).id;
    foreign.contract = (
      await created(strangerHead.token, '/contracts', {
        graduateId: theirs.id,
        kind: 'support',
        serviceKindIds: Object.values(kinds).slice(0, 1),
      })
    ).id;
    foreign.partner = (
      await created(strangerHead.token, '/partners', {
        name: 'Центр занятости чужого района',
        kind: 'employment_center',
      })
    ).id;
    foreign.curator = (
      await created(strangerHead.token, '/curators', { lastName: 'Чужой', firstName: 'Куратор' })
    ).id;
  });

  /** Create routes, a valid body in the caller's institution, and the reference to swap. */
  const cases: {
    route: string;
    field: string;
    kind: string;
    body: () => Record<string, unknown>;
    list?: boolean;
  }[] = [
    {
      route: '/appeals',
      field: 'graduateId',
      kind: 'graduate',
      body: () => ({
        graduateId: mine.id,
        channel: 'phone',
        problemIds: [problems.documents_lost],
      }),
    },
    {
      route: '/appeals',
      field: 'assignedSpecialistId',
      kind: 'specialist',
      body: () => ({
        graduateId: mine.id,
        channel: 'phone',
        problemIds: [problems.documents_lost],
      }),
    },
    {
      route: '/appeals',
      field: 'problemIds',
      kind: 'problem',
      list: true,
      body: () => ({ graduateId: mine.id, channel: 'phone' }),
    },
    {
      route: '/graduates',
      field: 'responsibleSpecialistId',
      kind: 'specialist',
      body: () => graduateBody(),
    },
    {
      route: '/graduates',
      field: 'originInstitutionId',
      kind: 'nothing',
      body: () => graduateBody(),
    },
    { route: '/services', field: 'kindId', kind: 'serviceKind', body: () => serviceBody() },
    {
      route: '/services',
      field: 'graduateId',
      kind: 'graduate',
      body: () => serviceBody(),
    },
    { route: '/services', field: 'appealId', kind: 'appeal', body: () => serviceBody() },
    { route: '/services', field: 'specialistId', kind: 'specialist', body: () => serviceBody() },
    {
      route: '/contracts',
      field: 'graduateId',
      kind: 'graduate',
      body: () => ({ graduateId: mine.id, kind: 'support' }),
    },
    {
      route: '/contracts',
      field: 'responsibleSpecialistId',
      kind: 'specialist',
      body: () => ({ graduateId: mine.id, kind: 'support' }),
    },
    { route: '/plans', field: 'contractId', kind: 'contract', body: () => ({}) },
    { route: '/notices', field: 'graduateId', kind: 'graduate', body: () => noticeBody() },
    { route: '/notices', field: 'partnerId', kind: 'partner', body: () => noticeBody() },
    { route: '/referrals', field: 'graduateId', kind: 'graduate', body: () => referralBody() },
    { route: '/referrals', field: 'partnerId', kind: 'partner', body: () => referralBody() },
    { route: '/referrals', field: 'appealId', kind: 'appeal', body: () => referralBody() },
    {
      route: '/exception-orders',
      field: 'graduateId',
      kind: 'graduate',
      body: () => ({
        graduateId: mine.id,
        orderedBy: 'director',
        orderedByName: 'Иванова И. И.',
        number: '42-од',
        orderDate: dayIn('Europe/Moscow', -5),
        validTo: '2030-12-31',
        grounds: 'Угроза утраты жилья',
      }),
    },
    { route: '/events', field: 'leadCuratorId', kind: 'curator', body: () => eventBody() },
    { route: '/events', field: 'leadPartnerId', kind: 'partner', body: () => eventBody() },
    { route: '/events', field: 'leadUserId', kind: 'specialist', body: () => eventBody() },
    {
      route: '/events',
      field: 'participantIds',
      kind: 'graduate',
      list: true,
      body: () => eventBody(),
    },
  ];
  const graduateBody = () => ({
    lastName: 'Ссылкин',
    firstName: 'Иван',
    sex: 'male',
    birthDate: '2007-03-15',
    legalStatus: 'orphan',
  });
  const serviceBody = () => ({
    graduateId: mine.id,
    providedOn: dayIn('Europe/Moscow', -1),
    kindId: Object.values(kinds)[0],
    form: 'individual',
    delivery: 'in_person',
    durationMinutes: 30,
  });
  const noticeBody = () => ({
    graduateId: mine.id,
    trigger: 'housing',
    foundOn: dayIn('Europe/Moscow'),
    finding: 'Закреплённое жильё занято посторонними лицами',
  });
  const referralBody = () => ({
    graduateId: mine.id,
    partnerId: homePartner.id,
    referredOn: dayIn('Europe/Moscow'),
    purpose: 'Постановка на учёт',
  });
  const eventBody = () => ({
    kind: 'training',
    startsAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    durationMinutes: 90,
    topic: 'Как снять квартиру',
  });

  it.each(cases.map((c) => [`${c.route} ${c.field}`, c] as const))(
    '%s: another institution’s id is refused exactly as an unknown one',
    async (_, c) => {
      const send = (id: string) =>
        post(head.token, c.route, { ...c.body(), [c.field]: c.list ? [id] : id });
      const missing = await send(NO_SUCH);
      const theirs = await send(foreign[c.kind]);
      // Nothing tells another institution's record from one that does not exist.
      expect({ status: theirs.status, code: theirs.body.code }).toEqual({
        status: missing.status,
        code: missing.body.code,
      });
      // A bad reference in a body names its field; it is not the route's own 404.
      expectProblem(theirs, 422, 'reference-not-found');
      expect(Object.keys(theirs.body.errors ?? {})).toContain(c.field);
      expect(Object.keys(missing.body.errors ?? {})).toContain(c.field);
    },
  );

  it('a reference that is not an id at all stays a 400 on its field', async () => {
    const res = await post(head.token, '/appeals', {
      graduateId: 'nope',
      channel: 'phone',
      problemIds: [problems.documents_lost],
    });
    expectProblem(res, 400, 'validation');
    expect(Object.keys(res.body.errors)).toContain('graduateId');
  });
});
