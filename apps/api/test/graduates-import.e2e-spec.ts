import ExcelJS from 'exceljs';
import { api, createInstitution, createUser, expectProblem, TestUser } from './support/api';

const HEADERS = [
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

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Выпускники');
  sheet.addRow(HEADERS);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('graduates: register import from XLSX', () => {
  let head: TestUser;
  let specialist: TestUser;
  beforeAll(async () => {
    const home = (await createInstitution()).id;
    head = await createUser('head', home);
    specialist = await createUser('specialist', home);
  });

  const upload = (file: Buffer, dryRun: boolean, token = head.token) =>
    api()
      .post('/api/graduates/import')
      .query({ dryRun })
      .auth(token, { type: 'bearer' })
      .attach('file', file, 'реестр.xlsx');
  const count = async (q: string) =>
    (await api().get('/api/graduates').query({ q }).auth(head.token, { type: 'bearer' })).body
      .total;

  it('offers a template with the Russian headers', async () => {
    const res = await api()
      .get('/api/graduates/import/template')
      .auth(head.token, { type: 'bearer' })
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets[0].getRow(1).values).toEqual([undefined, ...HEADERS]);
  });

  it('checks on a dry run, then imports all valid rows with consent and addresses', async () => {
    const file = await workbook([
      [
        'Ёлкина',
        'Дарья',
        'Олеговна',
        'ж',
        new Date(Date.UTC(2005, 2, 3)),
        'сирота',
        'Детский дом 5',
        '01.07.2023',
        '+7 914 000-00-01',
        specialist.login,
        '10.09.2023',
        'г. Хабаровск, ул. Ленина, 1',
        'г. Хабаровск, общежитие',
      ],
      [
        'Ёлкин',
        'Максим',
        '',
        'м',
        '12.12.2006',
        'оставшийся без попечения родителей',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
    const dry = await upload(file, true);
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ rows: 2, valid: true, imported: 0, errors: [] });
    expect(await count('Елкин')).toBe(0);
    const real = await upload(file, false);
    expect(real.body).toMatchObject({ rows: 2, valid: true, imported: 2 });
    const list = await api()
      .get('/api/graduates')
      .query({ q: 'Елкина Дарья' })
      .auth(head.token, { type: 'bearer' });
    const darya = await api()
      .get(`/api/graduates/${list.body.items[0].id}`)
      .auth(head.token, { type: 'bearer' });
    expect(darya.body).toMatchObject({
      lastName: 'Ёлкина',
      birthDate: '2005-03-03',
      sex: 'female',
      legalStatus: 'orphan',
      leftCareOn: '2023-07-01',
      responsibleSpecialistId: specialist.id,
      consent: 'current',
      actualAddress: 'г. Хабаровск, общежитие',
      contacts: { phones: ['+7 914 000-00-01'] },
    });
    // The same file again: every row is now a duplicate, nothing more is imported.
    const again = await upload(file, false);
    expect(again.body).toMatchObject({ valid: false, imported: 0 });
    expect(again.body.errors).toHaveLength(2);
  });

  it('lists every bad row and imports nothing when any row is invalid', async () => {
    const file = await workbook([
      ['Валидов', 'Иван', '', 'м', '01.01.2006', 'сирота', '', '', '', '', '', '', ''],
      ['', 'Без', 'Фамилии', 'м', '01.01.2006', 'сирота', '', '', '', '', '', '', ''],
      ['Датов', 'Пётр', '', 'м', '31.02.2006', 'сирота', '', '', '', '', '', '', ''],
      ['Полов', 'Олег', '', 'x', '01.01.2006', 'сирота', '', '', '', 'nobody', '', '', ''],
      ['Адресов', 'Ян', '', 'м', '01.01.2006', 'сирота', '', '', '', '', '', 'ул. Мира, 1', ''],
      ['Валидов', 'Иван', '', 'м', '01.01.2006', 'сирота', '', '', '', '', '', '', ''],
    ]);
    const res = await upload(file, false);
    expect(res.body.valid).toBe(false);
    expect(res.body.imported).toBe(0);
    const byRow = (row: number) =>
      res.body.errors
        .filter((e: { row: number }) => e.row === row)
        .map((e: { column: string }) => e.column);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toContain('Фамилия');
    expect(byRow(4)).toContain('Дата рождения');
    expect(byRow(5)).toEqual(expect.arrayContaining(['Пол', 'Ответственный специалист (логин)']));
    expect(byRow(6)).toEqual(['Адрес регистрации']);
    expect(byRow(7)).toEqual(['Фамилия']);
    expect(await count('Валидов')).toBe(0);
  });

  it('refuses a file that is not XLSX, a missing file, a sheet without the columns, and callers without the permission', async () => {
    expectProblem(await upload(Buffer.from('a;b;c'), true), 415, 'unsupported-media-type');
    expectProblem(
      await api().post('/api/graduates/import').auth(head.token, { type: 'bearer' }),
      400,
      'validation',
    );
    const book = new ExcelJS.Workbook();
    book.addWorksheet('x').addRow(['Имя']);
    const res = await upload(Buffer.from(await book.xlsx.writeBuffer()), true);
    expectProblem(res, 400, 'validation');
    expect(res.body.detail).toContain('Фамилия');
    expectProblem(await upload(await workbook([]), true, specialist.token), 403);
    expectProblem(
      await api()
        .post('/api/graduates/import')
        .query({ dryRun: 'maybe' })
        .auth(head.token, { type: 'bearer' }),
      400,
    );
  });
});
