import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { Workbook, Worksheet } from 'exceljs';
import http from 'node:http';
import { Client as PgClient } from 'pg';
import {
  api,
  asAdmin,
  baseUrl,
  auditEntries,
  createGraduate,
  createInstitution,
  createUser,
  expectProblem,
  TestGraduate,
  TestUser,
  daysAgo,
  binary,
} from './support/api';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = [
  '№',
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
const ru = (day: string) => dayjs(day).format('DD.MM.YYYY');
/** Excel holds wall-clock time: the API writes the server's local time as if it were UTC. */
dayjs.extend(utc);
dayjs.extend(timezone);

/** The journal's institution: its times are written as Vladivostok (Khabarovsk) wall-clock times. */
const ZONE = 'Asia/Vladivostok';

const asExcelMoment = (iso: string) => {
  const t = dayjs(iso).tz(ZONE);
  return new Date(Date.UTC(t.year(), t.month(), t.date(), t.hour(), t.minute()));
};
const asExcelDay = (day: string) => new Date(`${day}T00:00:00Z`);

async function sheetOf(body: Buffer): Promise<Worksheet> {
  const workbook = new Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

/** Data rows under the header (row 3) up to the first empty row, as arrays of cell values. */
function dataRows(sheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 4; sheet.getRow(r).getCell(1).value !== null; r++) {
    rows.push(HEADERS.map((_, c) => sheet.getRow(r).getCell(c + 1).value));
  }
  return rows;
}

describe('journal export', () => {
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let mine: TestGraduate;
  let theirs: TestGraduate;
  let kinds: Record<string, { id: string; name: string }>;
  let problems: Record<string, { id: string; name: string }>;
  const from = daysAgo(30);
  const to = daysAgo(1);

  const exportAs = (token: string, query: object) =>
    api()
      .get('/api/journal/export')
      .query(query)
      .auth(token, { type: 'bearer' })
      .buffer(true)
      .parse(binary);

  beforeAll(async () => {
    const home = (await createInstitution({ timeZone: ZONE })).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    colleague = await createUser('specialist', home, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home);
    mine = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    theirs = await createGraduate(head.token, {
      responsibleSpecialistId: colleague.id,
      firstName: 'Мария',
      patronymic: '',
      sex: 'female',
      birthDate: `${new Date().getFullYear() - 18}-01-20`,
    });
    const dictionary = async (kind: string) =>
      Object.fromEntries(
        (
          (await api().get(`/api/dictionaries/${kind}`).auth(head.token, { type: 'bearer' }))
            .body as { code: string; id: string; name: string }[]
        ).map((e) => [e.code, e]),
      );
    kinds = await dictionary('service-kind');
    problems = await dictionary('problem');

    const appeal = async (token: string, body: object) => {
      const res = await api().post('/api/appeals').auth(token, { type: 'bearer' }).send(body);
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      return res.body.id as string;
    };
    const service = async (token: string, body: object) => {
      const res = await api().post('/api/services').auth(token, { type: 'bearer' }).send(body);
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    };
    const passport = await appeal(head.token, {
      graduateId: mine.id,
      registeredAt: `${daysAgo(20)}T11:30:00Z`,
      channel: 'phone',
      problemIds: [problems.documents_lost.id, problems.housing_preservation.id],
      description: 'Потерян паспорт при переезде',
      assignedSpecialistId: specialist.id,
      status: 'resolved',
      outcome: 'Паспорт восстановлен',
    });
    await service(specialist.token, {
      graduateId: mine.id,
      appealId: passport,
      providedOn: daysAgo(15),
      kindId: kinds.legal_aid.id,
      form: 'group',
      delivery: 'remote',
      durationMinutes: 30,
      result: 'Разъяснён порядок',
    });
    await service(specialist.token, {
      graduateId: mine.id,
      appealId: passport,
      providedOn: daysAgo(19),
      kindId: kinds.document_recovery.id,
      form: 'individual',
      delivery: 'in_person',
      durationMinutes: 45,
      result: 'Подано заявление',
    });
    await appeal(head.token, {
      graduateId: theirs.id,
      registeredAt: `${daysAgo(10)}T12:00:00Z`,
      channel: 'messenger',
      problemIds: [problems.employment.id],
      assignedSpecialistId: colleague.id,
      status: 'referred',
      outcome: 'Направлена на консультацию',
      referredTo: 'Центр занятости населения',
    });
    await service(specialist.token, {
      graduateId: mine.id,
      providedOn: daysAgo(12),
      kindId: kinds.psychological_consulting.id,
      form: 'individual',
      delivery: 'in_person',
      durationMinutes: 60,
      result: 'Снижена тревожность',
    });
    // Outside the period, and in another institution: never in this journal.
    await appeal(head.token, {
      graduateId: mine.id,
      registeredAt: `${daysAgo(40)}T12:00:00Z`,
      channel: 'letter',
      problemIds: [problems.health.id],
    });
    const stranger = await createUser('head', (await createInstitution()).id);
    const strangerGraduate = await createGraduate(stranger.token);
    await appeal(stranger.token, {
      graduateId: strangerGraduate.id,
      registeredAt: `${daysAgo(5)}T12:00:00Z`,
      channel: 'phone',
      problemIds: [problems.health.id],
    });
  });

  it('exports the period as an XLSX journal with Russian headers, one row per appeal', async () => {
    const res = await exportAs(head.token, { from, to });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="journal_${from}_${to}.xlsx"`,
    );
    const sheet = await sheetOf(res.body);
    expect(sheet.getCell('A1').value).toBe('Журнал регистрации обращений и оказанной помощи');
    expect(sheet.getCell('A2').value).toBe(`за период с ${ru(from)} по ${ru(to)}`);
    expect(HEADERS.map((_, c) => sheet.getRow(3).getCell(c + 1).value)).toEqual(HEADERS);
    expect(sheet.getRow(3).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getColumn(4).width).toBeGreaterThan(20);
    expect(sheet.getRow(4).getCell(2).numFmt).toBe('dd.mm.yyyy hh:mm');

    const rows = dataRows(sheet);
    const mineName = `${mine.lastName} Иван Петрович`;
    expect(rows).toEqual([
      [
        1,
        asExcelMoment(`${daysAgo(20)}T11:30:00Z`),
        'По телефону',
        mineName,
        asExcelDay(mine.birthDate),
        `${problems.housing_preservation.name}\n${problems.documents_lost.name}`,
        'Потерян паспорт при переезде',
        'Социальный Педагог',
        'Решено',
        'Паспорт восстановлен',
        `${ru(daysAgo(19))}\n${ru(daysAgo(15))}`,
        `${kinds.document_recovery.name}\n${kinds.legal_aid.name}`,
        'индивидуальная, очно\nгрупповая, дистанционно',
        '45\n30',
        'Подано заявление\nРазъяснён порядок',
        'Социальный Педагог\nСоциальный Педагог',
      ],
      [
        2,
        null,
        null,
        mineName,
        asExcelDay(mine.birthDate),
        null,
        'Помощь без обращения',
        null,
        null,
        null,
        asExcelDay(daysAgo(12)),
        kinds.psychological_consulting.name,
        'индивидуальная, очно',
        60,
        'Снижена тревожность',
        'Социальный Педагог',
      ],
      [
        3,
        asExcelMoment(`${daysAgo(10)}T12:00:00Z`),
        'Мессенджер, соцсети',
        `${theirs.lastName} Мария`,
        asExcelDay(theirs.birthDate),
        problems.employment.name,
        null,
        'Педагог Психолог',
        'Перенаправлено',
        'Направлена на консультацию\nНаправлен(а): Центр занятости населения',
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
    expect(sheet.getRow(7).getCell(2).value).toBeNull();
    expect(sheet.getRow(8).getCell(2).value).toBe(
      'Итого: обращений — 2, случаев оказания помощи — 3',
    );

    const exports = (await auditEntries('journal', null)).filter((e) => e.user_id === head.id);
    expect(exports).toEqual([
      expect.objectContaining({ action: 'export', details: { from, to, rows: 3 } }),
    ]);
  });

  it('gives a specialist only the rows they may see; a supervisor sees all', async () => {
    const own = dataRows(await sheetOf((await exportAs(specialist.token, { from, to })).body));
    expect(own.map((r) => r[6])).toEqual(['Потерян паспорт при переезде', 'Помощь без обращения']);
    const other = dataRows(await sheetOf((await exportAs(colleague.token, { from, to })).body));
    expect(other.map((r) => r[2])).toEqual(['Мессенджер, соцсети']);
    const all = dataRows(await sheetOf((await exportAs(supervisor.token, { from, to })).body));
    expect(all).toHaveLength(3);
  });

  it('holds exactly the rows of the filters of the journal page, and logs them', async () => {
    const rowsOf = async (filters: object) =>
      dataRows(await sheetOf((await exportAs(head.token, { from, to, ...filters })).body));
    // An appeal filter leaves out help given without an appeal.
    const resolved = await rowsOf({ status: 'resolved' });
    expect(resolved.map((r) => r[6])).toEqual(['Потерян паспорт при переезде']);
    expect(resolved[0][0]).toBe(1);
    const employment = await rowsOf({ problemId: problems.employment.id });
    expect(employment.map((r) => r[2])).toEqual(['Мессенджер, соцсети']);
    expect(await rowsOf({ unassigned: true })).toEqual([]);
    // By specialist: their appeals, and the help without an appeal that they gave.
    const bySpecialist = await rowsOf({ specialistId: specialist.id });
    expect(bySpecialist.map((r) => r[6])).toEqual([
      'Потерян паспорт при переезде',
      'Помощь без обращения',
    ]);
    expect((await rowsOf({ specialistId: colleague.id })).map((r) => r[2])).toEqual([
      'Мессенджер, соцсети',
    ]);
    const logged = (await auditEntries('journal', null)).filter((e) => e.user_id === head.id);
    expect(logged).toContainEqual(
      expect.objectContaining({ details: { from, to, status: 'resolved', rows: 1 } }),
    );
    const refused = (query: object) =>
      api().get('/api/journal/export').query(query).auth(head.token, { type: 'bearer' });
    expectProblem(await refused({ from, to, status: 'lost' }), 400);
    expectProblem(await refused({ from, to, problemId: 'not-a-uuid' }), 400);
  });

  it("writes times as the institution's wall-clock time", async () => {
    const [passport] = dataRows(await sheetOf((await exportAs(head.token, { from, to })).body));
    // 11:30 UTC is 21:30 in Vladivostok (UTC+10), written as a zone-less Excel time.
    const at = passport[1] as Date;
    expect([at.getUTCHours(), at.getUTCMinutes()]).toEqual([21, 30]);
  });

  it('streams a journal of thousands of rows (chunked, no length given in advance)', async () => {
    const home = await createInstitution({ timeZone: 'Asia/Novosibirsk' });
    const big = await createUser('head', home.id);
    const graduate = await createGraduate(big.token);
    const count = 3000;
    const db = new PgClient({ connectionString: process.env.POSTCARE_DB_URL });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO appeals (institution_id, version, created_by, registered_at, channel, graduate_id, description)
         SELECT $1, 1, $2, $3::date + interval '1 minute' * n, 'phone', $4, 'Обращение ' || n
         FROM generate_series(1, $5) n`,
        [home.id, big.id, from, graduate.id, count],
      );
    } finally {
      await db.end();
    }
    const res = await exportAs(big.token, { from, to });
    expect(res.status).toBe(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    const rows = dataRows(await sheetOf(res.body));
    expect(rows).toHaveLength(count);
    expect(rows.map((r) => r[6])).toEqual(
      Array.from({ length: count }, (_, i) => `Обращение ${i + 1}`),
    );
  });

  it('lets go of its database connection and snapshot when the client goes away mid-file', async () => {
    const home = await createInstitution({ timeZone: 'Asia/Omsk' });
    const big = await createUser('head', home.id);
    const graduate = await createGraduate(big.token);
    const db = new PgClient({ connectionString: process.env.POSTCARE_DB_URL });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO appeals (institution_id, version, created_by, registered_at, channel, graduate_id, description)
         SELECT $1, 1, $2, $3::date + interval '1 second' * n, 'phone', $4, 'Обращение ' || n
         FROM generate_series(1, 20000) n`,
        [home.id, big.id, from, graduate.id],
      );
      // The export reads in one transaction, from its first query to the end of the file.
      const started = (await db.query(`SELECT now() AS at`)).rows[0].at as Date;
      const openSince = async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid()
               AND xact_start IS NOT NULL AND xact_start >= $1`,
            [started],
          )
        ).rows[0].n as number;
      // The first piece of the file, then the client hangs up.
      await new Promise<void>((resolve, reject) => {
        const url = new URL(`/api/journal/export?from=${from}&to=${to}`, baseUrl());
        const req = http.get(url, { headers: { authorization: `Bearer ${big.token}` } }, (res) => {
          expect(res.statusCode).toBe(200);
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
      });
      let open = await openSince();
      for (let tries = 0; open > 0 && tries < 150; tries++) {
        await new Promise((r) => setTimeout(r, 200));
        open = await openSince();
      }
      expect(open).toBe(0);
    } finally {
      await db.end();
    }
  });

  it('an empty period is a journal with headers and no rows', async () => {
    const res = await exportAs(head.token, { from: '2020-01-01', to: '2020-01-31' });
    expect(res.status).toBe(200);
    const sheet = await sheetOf(res.body);
    expect(sheet.getRow(3).getCell(1).value).toBe('№');
    expect(dataRows(sheet)).toEqual([]);
  });

  it('accepts a leap year (366 days); refuses longer or reversed periods with 400', async () => {
    expect((await exportAs(head.token, { from: '2024-01-01', to: '2024-12-31' })).status).toBe(200);
    for (const query of [
      { from: '2024-01-01', to: '2025-01-01' },
      { from: to, to: from },
      { from: '2026-02-30', to },
      { from: '01.11.2026', to },
      { from },
      { to },
      { from, to, format: 'csv' },
    ]) {
      const res = await api()
        .get('/api/journal/export')
        .query(query)
        .auth(head.token, { type: 'bearer' });
      expectProblem(res, 400, 'validation');
    }
  });

  it('403 for roles without the export permission (404 for a curator)', async () => {
    const curator = await createUser('curator', (await createInstitution()).id);
    const refused = async (token: string) =>
      api().get('/api/journal/export').query({ from, to }).auth(token, { type: 'bearer' });
    expectProblem(await refused(await asAdmin()), 403, 'forbidden');
    expectProblem(await refused(curator.token), 404, 'not-found');
  });
});
