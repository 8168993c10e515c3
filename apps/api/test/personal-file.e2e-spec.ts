import dayjs from 'dayjs';
import { Workbook } from 'exceljs';
import {
  api,
  auditEntries,
  binary,
  createGraduate,
  createInstitution,
  createUser,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';
import { itReadsPdf, pdfText } from './support/pdf-text';

const today = () => dayjs().format('YYYY-MM-DD');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Relatives and identity documents of a personal file: kept under consent, never deleted. */
describe('personal file: relatives and identity documents', () => {
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let stranger: TestUser;
  let curator: TestUser;
  let g: TestGraduate;

  async function consentFor(graduateId: string): Promise<{ id: string; version: number }> {
    const res = await api()
      .post(`/api/graduates/${graduateId}/consents`)
      .auth(head.token, { type: 'bearer' })
      .send({ signedOn: today(), allowsProcessing: true });
    expect(res.status).toBe(201);
    return res.body;
  }

  const relatives = (id = g.id) => `/api/graduates/${id}/relatives`;
  const documents = (id = g.id) => `/api/graduates/${id}/identity-documents`;

  beforeAll(async () => {
    home = (await createInstitution()).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    stranger = await createUser('head', (await createInstitution()).id, 'Чужой Руководитель');
    curator = await createUser('curator', home, 'Волонтёр Куратор');
    g = await createGraduate(head.token, { firstName: 'Анна', sex: 'female' });
    await consentFor(g.id);
  });

  it('adds, corrects and archives a relative; every step is audited and nothing is deleted', async () => {
    const created = await api()
      .post(relatives())
      .auth(specialist.token, { type: 'bearer' })
      .send({
        kind: 'grandparent',
        fullName: '  Смирнова   Ольга Петровна ',
        phones: ['+7 914 123-45-67'],
        address: 'с. Некрасовка',
        contactWanted: false,
        note: 'Просила не звонить до лета',
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'grandparent',
      fullName: 'Смирнова Ольга Петровна',
      contactWanted: false,
      email: '',
      archivedAt: null,
      version: 1,
    });

    const corrected = await api()
      .patch(`${relatives()}/${created.body.id}`)
      .auth(specialist.token, { type: 'bearer' })
      .send({ version: 1, contactWanted: true, email: 'olga@example.ru' });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ contactWanted: true, version: 2 });

    const stale = await api()
      .patch(`${relatives()}/${created.body.id}`)
      .auth(specialist.token, { type: 'bearer' })
      .send({ version: 1, note: 'потеряется' });
    expectProblem(stale, 409, 'stale-version');

    const archived = await api()
      .post(`${relatives()}/${created.body.id}/archive`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: 2 });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();

    const current = await api().get(relatives()).auth(head.token, { type: 'bearer' });
    expect(current.body.map((r: { id: string }) => r.id)).not.toContain(created.body.id);
    const all = await api()
      .get(relatives())
      .query({ includeArchived: true })
      .auth(head.token, { type: 'bearer' });
    expect(all.body.map((r: { id: string }) => r.id)).toContain(created.body.id);

    const again = await api()
      .patch(`${relatives()}/${created.body.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: 3, note: 'в архиве' });
    expectProblem(again, 409, 'archived');

    const trail = await auditEntries('relative', created.body.id);
    expect(trail.map((r) => r.action)).toEqual(['create', 'update', 'archive']);
    expect(trail[1].changed_fields.sort()).toEqual(['contactWanted', 'email']);
  });

  it('records a passport with its scan and refuses numbers that do not fit the kind', async () => {
    const scan = await api()
      .post(`/api/graduates/${g.id}/files`)
      .auth(specialist.token, { type: 'bearer' })
      .field('kind', 'document')
      .field('title', 'Паспорт')
      .attach('file', PDF, { filename: 'passport.pdf', contentType: 'application/pdf' });
    expect(scan.status).toBe(201);

    const passport = await api().post(documents()).auth(specialist.token, { type: 'bearer' }).send({
      kind: 'passport',
      series: '08 12',
      number: '123456',
      issuedBy: 'УМВД России по Хабаровскому краю',
      issuedOn: '2022-02-01',
      scanFileId: scan.body.id,
    });
    expect(passport.status).toBe(201);
    expect(passport.body).toMatchObject({ kind: 'passport', number: '123456', version: 1 });

    const cases: [string, object, string][] = [
      ['a short passport number', { kind: 'passport', series: '0812', number: '12345' }, 'number'],
      ['a SNILS with a wrong check sum', { kind: 'snils', number: '112-233-445 96' }, 'number'],
      ['an INN with a wrong check digit', { kind: 'inn', number: '500100732258' }, 'number'],
      [
        'an issue day in the future',
        {
          kind: 'snils',
          number: '112-233-445 95',
          issuedOn: dayjs().add(2, 'day').format('YYYY-MM-DD'),
        },
        'issuedOn',
      ],
      ['a scan of another kind', { kind: 'other', number: '1', scanFileId: g.id }, 'scanFileId'],
      ['an unknown kind', { kind: 'diploma', number: '1' }, 'kind'],
      ['an unknown field', { kind: 'other', number: '1', owner: 'x' }, 'owner'],
    ];
    for (const [name, body, field] of cases) {
      const res = await api()
        .post(documents())
        .auth(specialist.token, { type: 'bearer' })
        .send(body);
      expectProblem(res, 400);
      expect({ name, fields: Object.keys(res.body.errors ?? {}) }).toEqual({
        name,
        fields: [field],
      });
    }

    // A correction is checked as a whole: the kind stays passport, so the number must still fit.
    const bad = await api()
      .patch(`${documents()}/${passport.body.id}`)
      .auth(specialist.token, { type: 'bearer' })
      .send({ version: 1, number: '12' });
    expectProblem(bad, 400);
    expect(Object.keys(bad.body.errors)).toEqual(['number']);
  });

  it('keeps relatives and documents only under a current consent; withdrawal archives them', async () => {
    const other = await createGraduate(head.token, { firstName: 'Иван' });
    const refused = await api()
      .post(relatives(other.id))
      .auth(head.token, { type: 'bearer' })
      .send({ kind: 'mother', fullName: 'Иванова Мария' });
    expectProblem(refused, 409, 'consent-required');

    const consent = await consentFor(other.id);
    const mother = await api()
      .post(relatives(other.id))
      .auth(head.token, { type: 'bearer' })
      .send({ kind: 'mother', fullName: 'Иванова Мария' });
    expect(mother.status).toBe(201);
    const snils = await api()
      .post(documents(other.id))
      .auth(head.token, { type: 'bearer' })
      .send({ kind: 'snils', number: '112-233-445 95' });
    expect(snils.status).toBe(201);

    await api()
      .patch(`/api/graduates/${other.id}/consents/${consent.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: consent.version, withdrawnOn: today() })
      .expect(200);
    const left = await api().get(relatives(other.id)).auth(head.token, { type: 'bearer' });
    expect(left.body).toEqual([]);
    const docs = await api().get(documents(other.id)).auth(head.token, { type: 'bearer' });
    expect(docs.body).toEqual([]);
  });

  itReadsPdf(
    'prints an extract of the file with its relatives and documents, audited as an export',
    async () => {
      await api()
        .post(relatives())
        .auth(head.token, { type: 'bearer' })
        .send({
          kind: 'significant_adult',
          fullName: 'Орлова Вера Николаевна',
          phones: ['+7 900 111-22-33'],
        })
        .expect(201);
      const res = await api()
        .get(`/api/graduates/${g.id}/extract`)
        .auth(specialist.token, { type: 'bearer' })
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toContain('no-store');
      const text = (await pdfText(res.body as Buffer)).replace(/\s+/g, ' ');
      expect(text).toContain('Выписка из личного дела');
      expect(text).toContain('Анна');
      expect(text).toContain('Орлова Вера Николаевна');
      expect(text).toContain('значимый взрослый');
      expect(text).toContain('08 12 123456');
      const exports = (await auditEntries('graduate', g.id)).filter((r) => r.action === 'export');
      expect(exports.at(-1)).toMatchObject({
        user_id: specialist.id,
        details: { document: 'extract' },
      });

      expectProblem(
        await api().get(`/api/graduates/${g.id}/extract`).auth(stranger.token, { type: 'bearer' }),
        404,
      );
    },
  );

  it('audits who read the relatives of a file', async () => {
    const res = await api().get(relatives()).auth(specialist.token, { type: 'bearer' });
    expect(res.status).toBe(200);
    const reads = (await auditEntries('relative', null)).filter(
      (r) => r.action === 'list' && r.user_id === specialist.id,
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(reads[reads.length - 1].details).toMatchObject({ graduateId: g.id });
  });

  it('answers 401 without a token, 404 to another institution, to a curator and for ids that name nothing', async () => {
    const anonymous = await api().get(relatives());
    expect(anonymous.status).toBe(401);
    for (const user of [stranger, curator]) {
      expectProblem(await api().get(relatives()).auth(user.token, { type: 'bearer' }), 404);
      expectProblem(
        await api()
          .post(documents())
          .auth(user.token, { type: 'bearer' })
          .send({ kind: 'other', number: '1' }),
        404,
      );
    }
    expectProblem(
      await api().get('/api/graduates/nope/relatives').auth(head.token, { type: 'bearer' }),
      404,
    );
    expectProblem(
      await api()
        .patch(`${relatives()}/${g.id}`)
        .auth(head.token, { type: 'bearer' })
        .send({ version: 1, note: 'нет такого' }),
      404,
    );
  });
});

describe('graduates list export (XLSX)', () => {
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;

  const exportOf = (token: string, query: Record<string, string>) =>
    api()
      .get('/api/graduates/export.xlsx')
      .query(query)
      .auth(token, { type: 'bearer' })
      .buffer(true)
      .parse(binary);

  async function rowsOf(body: Buffer): Promise<string[][]> {
    const workbook = new Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0].eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    );
    return rows;
  }

  beforeAll(async () => {
    const home = (await createInstitution()).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    colleague = await createUser('specialist', home, 'Педагог Психолог');
    for (const [lastName, who] of [
      ['Алексеева', specialist],
      ['Борисова', specialist],
      ['Васильева', colleague],
    ] as const) {
      await createGraduate(head.token, {
        lastName,
        firstName: 'Ольга',
        sex: 'female',
        responsibleSpecialistId: who.id,
      });
    }
  });

  it('holds exactly the rows of the filtered list, with Russian headers, and is audited', async () => {
    const res = await exportOf(head.token, { specialistId: specialist.id });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['cache-control']).toContain('no-store');
    const rows = await rowsOf(res.body as Buffer);
    expect(rows[0].slice(0, 3)).toEqual(['ФИО', 'Пол', 'Дата рождения']);
    const names = rows.slice(1).map((r) => r[0].split(' ')[0]);
    const list = await api()
      .get('/api/graduates')
      .query({ specialistId: specialist.id, pageSize: 100 })
      .auth(head.token, { type: 'bearer' });
    expect(names).toEqual(list.body.items.map((g: { lastName: string }) => g.lastName));
    expect(names).toEqual(['Алексеева', 'Борисова']);
    expect(rows[1][6]).toBe('Социальный Педагог');

    const all = await rowsOf((await exportOf(head.token, {})).body as Buffer);
    expect(all.slice(1).map((r) => r[0].split(' ')[0])).toEqual([
      'Алексеева',
      'Борисова',
      'Васильева',
    ]);
    const audit = (await auditEntries('graduate', null)).filter(
      (r) => r.action === 'export' && r.user_id === head.id,
    );
    expect(audit.at(-1)?.details).toMatchObject({
      list: true,
      rows: 3,
    });
  });

  it('answers 400 for a bad filter and 401 without a token', async () => {
    const bad = await api()
      .get('/api/graduates/export.xlsx')
      .query({ status: 'lost' })
      .auth(head.token, { type: 'bearer' });
    expectProblem(bad, 400);
    expect((await api().get('/api/graduates/export.xlsx')).status).toBe(401);
  });
});
