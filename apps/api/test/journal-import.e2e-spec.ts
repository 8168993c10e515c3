import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import {
  api,
  asAdmin,
  auditEntries,
  binary,
  createGraduate,
  createInstitution,
  createUser,
  daysAgo,
  expectProblem,
  TestGraduate,
  TestUser,
  unique,
} from './support/api';

/** The exported journal's columns without its running number. */
const HEADERS = [
  'Дата и время обращения',
  'Способ обращения',
  'ФИО выпускника',
  'Дата рождения',
  'Проблемы',
  'Содержание обращения',
  'Ответственный специалист',
  'Статус',
  'Результат рассмотрения',
  'Дата оказания помощи',
  'Вид помощи',
  'Форма',
  'Длительность, мин',
  'Результат оказанной помощи',
  'Помощь оказал',
];
const REQUIRED = new Set([0, 1, 2, 3, 4]);
const ru = (day: string) => dayjs(day).format('DD.MM.YYYY');

async function workbook(rows: unknown[][], headers = HEADERS): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Журнал');
  sheet.addRow(headers);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const nameOf = (g: TestGraduate) => `${g.lastName} ${g.firstName} ${g.patronymic}`;

async function dictionaryNames(token: string, kind: string): Promise<string[]> {
  const res = await api().get(`/api/dictionaries/${kind}`).auth(token, { type: 'bearer' });
  return (res.body as { name: string; retiredAt: string | null }[])
    .filter((e) => !e.retiredAt)
    .map((e) => e.name);
}

describe('journal import from XLSX', () => {
  let head: TestUser;
  let specialist: TestUser;
  let supervisor: TestUser;
  let graduate: TestGraduate;
  let problems: string[];
  let kinds: string[];

  beforeAll(async () => {
    const home = (await createInstitution()).id;
    head = await createUser('head', home, 'Заведующая Анна Сергеевна');
    specialist = await createUser('specialist', home, 'Специалистова Ольга Ивановна');
    supervisor = await createUser('supervisor', home);
    graduate = await createGraduate(head.token);
    problems = await dictionaryNames(head.token, 'problem');
    kinds = await dictionaryNames(head.token, 'service-kind');
  });

  const upload = (file: Buffer, dryRun: boolean, token = head.token) =>
    api()
      .post('/api/journal/import')
      .query({ dryRun })
      .auth(token, { type: 'bearer' })
      .attach('file', file, 'журнал.xlsx');
  const total = async (path: string, graduateId: string) =>
    (await api().get(path).query({ graduateId }).auth(head.token, { type: 'bearer' })).body.total;

  it('offers a template with the exported journal’s columns', async () => {
    const res = await api()
      .get('/api/journal/import/template')
      .auth(head.token, { type: 'bearer' })
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="journal_import_template.xlsx"',
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets[0].getRow(1).values).toEqual([
      undefined,
      ...HEADERS.map((h, i) => (REQUIRED.has(i) ? `${h} *` : h)),
    ]);
  });

  it('lists every bad row on a dry run and writes nothing', async () => {
    const other = await createGraduate(head.token);
    const at = `${ru(daysAgo(5))} 10:30`;
    const row = (over: Record<number, unknown>) => {
      const cells: unknown[] = [at, 'По телефону', nameOf(other), ru(other.birthDate), problems[0]];
      Object.entries(over).forEach(([i, v]) => (cells[Number(i)] = v));
      return cells;
    };
    const file = await workbook([
      row({}),
      row({ 2: 'Неизвестнов Никто Никтович' }),
      row({ 4: 'Проблема, которой нет' }),
      row({ 0: `${ru(dayjs().add(3, 'day').format('YYYY-MM-DD'))} 09:00` }),
      row({ 1: '' }),
      row({ 0: `${ru(daysAgo(4))} 11:00`, 9: ru(daysAgo(4)), 10: kinds[0], 11: 'индивидуальная' }),
    ]);
    const res = await upload(file, true);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 6, valid: false, imported: false });
    const byRow = (n: number) =>
      res.body.errors
        .filter((e: { row: number }) => e.row === n)
        .map((e: { column: string }) => e.column);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual(['ФИО выпускника']);
    expect(byRow(4)).toEqual(['Проблемы']);
    expect(byRow(5)).toEqual(['Дата и время обращения']);
    expect(byRow(6)).toEqual(['Способ обращения']);
    expect(byRow(7)).toEqual(expect.arrayContaining(['Форма', 'Длительность, мин']));
    expect(res.body.errors.find((e: { row: number }) => e.row === 6).message).toBe(
      'Заполните обязательный столбец',
    );
    // Nothing was written, not even the valid row.
    expect(await total('/api/appeals', other.id)).toBe(0);
    // The same file for real: refused as a whole.
    const real = await upload(file, false);
    expect(real.body).toMatchObject({ valid: false, imported: false });
    expect(await total('/api/appeals', other.id)).toBe(0);
  });

  it('imports appeals and the help given in one go, audited, and refuses the same file again', async () => {
    const day1 = daysAgo(9);
    const day2 = daysAgo(6);
    const file = await workbook([
      // An appeal with one act of help, dates as real Excel dates.
      [
        new Date(`${day1}T10:30:00Z`),
        'Личное обращение',
        nameOf(graduate).toUpperCase().replace(/е/g, 'ё'),
        new Date(`${graduate.birthDate}T00:00:00Z`),
        `${problems[0]}\n${problems[1]}`,
        'Просит помочь с паспортом',
        'Специалистова Ольга Ивановна',
        'Решено',
        'Паспорт восстановлен',
        new Date(`${day1}T00:00:00Z`),
        kinds[0],
        'индивидуальная, очно',
        45,
        'Подано заявление',
        'Специалистова Ольга Ивановна',
      ],
      // An appeal with two acts of help, one line each, as the export writes them.
      [
        `${ru(day2)} 14:05`,
        'По телефону',
        nameOf(graduate),
        ru(graduate.birthDate),
        problems[1],
        '',
        '',
        'Перенаправлено',
        'Передано в центр занятости\nНаправлен(а): Центр занятости',
        `${ru(day2)}\n${ru(daysAgo(5))}`,
        `${kinds[0]}\n${kinds[1]}`,
        'индивидуальная, очно\nгрупповая, дистанционно',
        '30\n60',
        'Консультация\nЗанятие',
        '',
      ],
      // Help given without an appeal.
      [
        '',
        '',
        nameOf(graduate),
        ru(graduate.birthDate),
        '',
        'Помощь без обращения',
        '',
        '',
        '',
        ru(daysAgo(3)),
        kinds[1],
        'групповая, очно',
        '90',
        '',
        '',
      ],
    ]);
    const dry = await upload(file, true);
    expect(dry.body).toEqual({
      rows: 3,
      valid: true,
      appeals: 2,
      services: 4,
      imported: false,
      errors: [],
    });
    expect(await total('/api/appeals', graduate.id)).toBe(0);
    expect(await total('/api/services', graduate.id)).toBe(0);

    const real = await upload(file, false);
    expect(real.status).toBe(200);
    expect(real.body).toEqual({
      rows: 3,
      valid: true,
      appeals: 2,
      services: 4,
      imported: true,
      errors: [],
    });
    const appeals = await api()
      .get('/api/appeals')
      .query({ graduateId: graduate.id })
      .auth(head.token, { type: 'bearer' });
    expect(appeals.body.total).toBe(2);
    const [second, first] = appeals.body.items;
    expect(first).toMatchObject({
      channel: 'in_person',
      status: 'resolved',
      outcome: 'Паспорт восстановлен',
      description: 'Просит помочь с паспортом',
    });
    expect(first.problems).toHaveLength(2);
    expect(second).toMatchObject({
      channel: 'phone',
      status: 'referred',
      outcome: 'Передано в центр занятости',
      referredTo: 'Центр занятости',
    });
    const services = await api()
      .get('/api/services')
      .query({ graduateId: graduate.id })
      .auth(head.token, { type: 'bearer' });
    expect(services.body.total).toBe(4);
    const items = services.body.items as {
      appealId: string | null;
      durationMinutes: number;
      providedOn: string;
    }[];
    expect(items.filter((s) => s.appealId === first.id)).toHaveLength(1);
    expect(
      items
        .filter((s) => s.appealId === second.id)
        .map((s) => s.durationMinutes)
        .sort(),
    ).toEqual([30, 60]);
    expect(items.filter((s) => s.appealId === null)).toEqual([
      expect.objectContaining({ providedOn: daysAgo(3), durationMinutes: 90 }),
    ]);

    // Each appeal has its own creation audit; the import one more, with the counts.
    expect((await auditEntries('appeal', first.id)).map((e) => e.action)).toContain('create');
    const imports = (await auditEntries('journal', null)).filter(
      (e) => e.action === 'import' && e.user_id === head.id,
    );
    expect(imports).toHaveLength(1);
    expect(imports[0].details).toEqual({ rows: 3, appeals: 2, services: 4 });

    // A second click on the same file: every row is already in the journal, nothing doubles.
    const again = await upload(file, false);
    expect(again.body).toMatchObject({ valid: false, imported: false });
    expect(again.body.errors.map((e: { row: number }) => e.row)).toEqual([2, 3, 4]);
    expect(again.body.errors[0].message).toContain('уже есть в журнале');
    expect(await total('/api/appeals', graduate.id)).toBe(2);
    expect(await total('/api/services', graduate.id)).toBe(4);
  });

  it('refuses anonymous callers, roles without the permission, wrong files and bad structure', async () => {
    const file = await workbook([]);
    expectProblem(await api().post('/api/journal/import').attach('file', file, 'журнал.xlsx'), 401);
    expectProblem(await api().get('/api/journal/import/template'), 401);
    expectProblem(await upload(file, true, supervisor.token), 403);
    expectProblem(
      await api().get('/api/journal/import/template').auth(supervisor.token, { type: 'bearer' }),
      403,
    );
    expectProblem(await upload(Buffer.from('a;b;c\n1;2;3'), true), 415, 'unsupported-media-type');
    expectProblem(
      await api().post('/api/journal/import').auth(head.token, { type: 'bearer' }),
      400,
      'validation',
    );
    const missing = await upload(await workbook([['x']], HEADERS.slice(0, 5)), true);
    expectProblem(missing, 400, 'validation');
    expect(missing.body.detail).toContain('Статус');
    expectProblem(await upload(file, true), 422, 'empty-import');
    const row = [
      `${ru(daysAgo(2))} 10:00`,
      'По телефону',
      nameOf(graduate),
      ru(graduate.birthDate),
      problems[0],
    ];
    const huge = await upload(await workbook(Array.from({ length: 5001 }, () => row)), true);
    expectProblem(huge, 413, 'too-many-rows');
    // A specialist may import too.
    const ok = await upload(await workbook([row]), true, specialist.token);
    expect(ok.status).toBe(200);
  });

  it('takes old rows naming a retired problem, which a new appeal could not name', async () => {
    const admin = await asAdmin();
    const created = await api()
      .post('/api/dictionaries/problem')
      .auth(admin, { type: 'bearer' })
      .send({ code: unique('old_problem_'), name: 'Устаревшая проблема прошлых лет' });
    expect(created.status).toBe(201);
    const retired = await api()
      .post(`/api/dictionaries/problem/${created.body.id}/retire`)
      .auth(admin, { type: 'bearer' })
      .send({ version: created.body.version });
    expect(retired.status).toBe(200);
    const person = await createGraduate(head.token);
    const file = await workbook([
      [
        `${ru(daysAgo(8))} 12:00`,
        'Письменное обращение',
        nameOf(person),
        ru(person.birthDate),
        'устаревшая  проблема прошлых лет',
      ],
    ]);
    const res = await upload(file, false);
    expect(res.body).toMatchObject({ valid: true, imported: true, appeals: 1 });
    const appeals = await api()
      .get('/api/appeals')
      .query({ graduateId: person.id })
      .auth(head.token, { type: 'bearer' });
    expect(appeals.body.items[0].problems).toEqual([
      expect.objectContaining({ id: created.body.id, retired: true }),
    ]);
  });

  it('re-imports what the journal export wrote, in another institution with the same people', async () => {
    // The old service: an appeal with help and help without an appeal, exported to Excel.
    const oldHome = (await createInstitution()).id;
    const oldHead = await createUser('head', oldHome, 'Заведующая Анна Сергеевна');
    const oldFile = await createGraduate(oldHead.token);
    const problemIds = Object.values(
      Object.fromEntries(
        (
          await api().get('/api/dictionaries/problem').auth(oldHead.token, { type: 'bearer' })
        ).body.map((e: { id: string; name: string }) => [e.name, e.id]),
      ),
    ).slice(0, 2);
    const kindId = (
      await api().get('/api/dictionaries/service-kind').auth(oldHead.token, { type: 'bearer' })
    ).body[0].id;
    const appeal = await api()
      .post('/api/appeals')
      .auth(oldHead.token, { type: 'bearer' })
      .send({
        graduateId: oldFile.id,
        registeredAt: `${daysAgo(7)}T01:30:00Z`,
        channel: 'messenger',
        problemIds,
        description: 'Спрашивает про общежитие',
        assignedSpecialistId: oldHead.id,
        status: 'referred',
        outcome: 'Дана консультация',
        referredTo: 'Общежитие колледжа',
      });
    expect(appeal.status).toBe(201);
    for (const body of [
      { appealId: appeal.body.id, providedOn: daysAgo(6) },
      { providedOn: daysAgo(4) },
    ]) {
      const res = await api()
        .post('/api/services')
        .auth(oldHead.token, { type: 'bearer' })
        .send({
          graduateId: oldFile.id,
          kindId,
          form: 'individual',
          delivery: 'remote',
          durationMinutes: 25,
          result: 'Консультация',
          ...body,
        });
      expect(res.status).toBe(201);
    }
    const exported = await api()
      .get('/api/journal/export')
      .query({ from: daysAgo(10), to: daysAgo(1) })
      .auth(oldHead.token, { type: 'bearer' })
      .buffer(true)
      .parse(binary);
    expect(exported.status).toBe(200);

    // The new institution has the same people and staff names, and none of the journal.
    const newHome = (await createInstitution()).id;
    const newHead = await createUser('head', newHome, 'Заведующая Анна Сергеевна');
    const newFile = await createGraduate(newHead.token, {
      lastName: oldFile.lastName,
      birthDate: oldFile.birthDate,
    });
    const res = await upload(exported.body, false, newHead.token);
    expect(res.body).toEqual({
      rows: 2,
      valid: true,
      appeals: 1,
      services: 2,
      imported: true,
      errors: [],
    });
    const appeals = await api()
      .get('/api/appeals')
      .query({ graduateId: newFile.id })
      .auth(newHead.token, { type: 'bearer' });
    expect(appeals.body.items).toEqual([
      expect.objectContaining({
        registeredAt: new Date(`${daysAgo(7)}T01:30:00Z`).toISOString(),
        channel: 'messenger',
        description: 'Спрашивает про общежитие',
        status: 'referred',
        outcome: 'Дана консультация',
        referredTo: 'Общежитие колледжа',
        assignedSpecialist: expect.objectContaining({ id: newHead.id }),
      }),
    ]);
    expect(appeals.body.items[0].problems).toHaveLength(2);
    const services = await api()
      .get('/api/services')
      .query({ graduateId: newFile.id })
      .auth(newHead.token, { type: 'bearer' });
    expect(services.body.total).toBe(2);
    expect(
      services.body.items.map((s: { providedOn: string; appealId: string | null }) => [
        s.providedOn,
        s.appealId === appeals.body.items[0].id,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [daysAgo(6), true],
        [daysAgo(4), false],
      ]),
    );
  });
});
