import ExcelJS from 'exceljs';
import { Client as PgClient } from 'pg';
import {
  api,
  asAdmin,
  binary,
  createGraduate,
  createInstitution,
  createUser,
  daysAgo,
  dictionaryIds,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface Row {
  id: string;
  action: string;
  entity: string;
  entity_id: string | null;
  institution_id: string | null;
  changed_fields: string[];
  details: Record<string, unknown>;
}

/** Straight SQL on the test database (what the API cannot be asked to do). */
async function sql<T = Row>(text: string, params: unknown[] = []): Promise<T[]> {
  const db = new PgClient({ connectionString: process.env.POSTCARE_DB_URL });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}

/** The entries a user made after the given moment (the newest last). */
const entriesOf = (userId: string, since: string) =>
  sql(
    `SELECT id, action, entity, entity_id, institution_id, changed_fields, details
       FROM audit_log WHERE user_id = $1 AND at > $2 ORDER BY at, id`,
    [userId, since],
  );

const now = async () =>
  (await sql<{ now: string }>(`SELECT clock_timestamp()::text AS now`))[0].now;

describe('audit: every access to personal data is recorded', () => {
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let graduate: TestGraduate;
  let consentId: string;
  let fileId: string;
  let appealId: string;
  let serviceId: string;

  beforeAll(async () => {
    home = (await createInstitution()).id;
    head = await createUser('head', home, 'Руководитель Аудита');
    specialist = await createUser('specialist', home, 'Специалист Аудита');
    graduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    const auth = { type: 'bearer' } as const;
    const consent = await api()
      .post(`/api/graduates/${graduate.id}/consents`)
      .auth(head.token, auth)
      .send({ signedOn: daysAgo(1), allowsProcessing: true, allowsPhoto: true });
    consentId = consent.body.id;
    const file = await api()
      .post(`/api/graduates/${graduate.id}/files`)
      .auth(head.token, auth)
      .field('kind', 'portrait')
      .attach('file', PNG, { filename: 'face.png', contentType: 'image/png' });
    fileId = file.body.id;
    const problems = await dictionaryIds(head.token, 'problem');
    const appeal = await api()
      .post('/api/appeals')
      .auth(head.token, auth)
      .send({
        graduateId: graduate.id,
        registeredAt: `${daysAgo(2)}T12:00:00Z`,
        channel: 'phone',
        problemIds: [Object.values(problems)[0]],
        description: 'Потерян паспорт',
      });
    appealId = appeal.body.id;
    const kinds = await dictionaryIds(head.token, 'service-kind');
    const service = await api()
      .post('/api/services')
      .auth(head.token, auth)
      .send({
        graduateId: graduate.id,
        providedOn: daysAgo(1),
        kindId: Object.values(kinds)[0],
        form: 'individual',
        delivery: 'in_person',
        durationMinutes: 30,
        result: 'Консультация',
      });
    serviceId = service.body.id;
    expect([consent.status, file.status, appeal.status, service.status]).toEqual([
      201, 201, 201, 201,
    ]);
  });

  /**
   * Every route that returns personal data. A new such route goes on this list; the test
   * then fails until it records who read what. `ids` are the records the entry must name.
   */
  const READ_ROUTES: {
    route: () => string;
    entity: string;
    action: string;
    entityId?: () => string;
    ids?: () => string[];
  }[] = [
    { route: () => '/api/graduates', entity: 'graduate', action: 'list', ids: () => [graduate.id] },
    {
      route: () => `/api/graduates?q=${encodeURIComponent(graduate.lastName)}`,
      entity: 'graduate',
      action: 'list',
      ids: () => [graduate.id],
    },
    { route: () => '/api/graduates/turning-23?days=365', entity: 'graduate', action: 'list' },
    {
      route: () => `/api/graduates/${graduate.id}`,
      entity: 'graduate',
      action: 'read',
      entityId: () => graduate.id,
    },
    {
      route: () => `/api/graduates/${graduate.id}/eligibility`,
      entity: 'graduate_eligibility',
      action: 'read',
      entityId: () => graduate.id,
    },
    {
      route: () => `/api/graduates/${graduate.id}/consents`,
      entity: 'consent',
      action: 'list',
      ids: () => [consentId],
    },
    {
      route: () => `/api/graduates/${graduate.id}/files`,
      entity: 'graduate_file',
      action: 'list',
      ids: () => [fileId],
    },
    {
      route: () => `/api/graduates/${graduate.id}/files/${fileId}/content`,
      entity: 'graduate_file',
      action: 'download',
      entityId: () => fileId,
    },
    {
      route: () => `/api/graduates/${graduate.id}/situation-history`,
      entity: 'situation_history',
      action: 'read',
      entityId: () => graduate.id,
    },
    { route: () => '/api/appeals', entity: 'appeal', action: 'list', ids: () => [appealId] },
    {
      route: () => `/api/appeals/${appealId}`,
      entity: 'appeal',
      action: 'read',
      entityId: () => appealId,
    },
    { route: () => '/api/services', entity: 'service', action: 'list', ids: () => [serviceId] },
    {
      route: () => `/api/services/${serviceId}`,
      entity: 'service',
      action: 'read',
      entityId: () => serviceId,
    },
    {
      route: () => `/api/journal/export?from=${daysAgo(10)}&to=${daysAgo(0)}`,
      entity: 'journal',
      action: 'export',
    },
    {
      route: () => `/api/graduates/${graduate.id}/exception-orders`,
      entity: 'exception_order',
      action: 'list',
    },
    { route: () => '/api/exception-orders', entity: 'exception_order', action: 'list' },
    { route: () => '/api/contracts', entity: 'contract', action: 'list' },
    { route: () => '/api/plans', entity: 'plan', action: 'list' },
    { route: () => '/api/referrals', entity: 'referral', action: 'list' },
    { route: () => '/api/notices', entity: 'notice', action: 'list' },
    { route: () => '/api/curator-assignments', entity: 'curator_assignment', action: 'list' },
    { route: () => '/api/users', entity: 'user', action: 'list', ids: () => [specialist.id] },
    {
      route: () => `/api/users/${specialist.id}`,
      entity: 'user',
      action: 'read',
      entityId: () => specialist.id,
    },
    { route: () => '/api/plan-activities', entity: 'plan_activity', action: 'list' },
    { route: () => '/api/assessments/due', entity: 'assessment_due', action: 'list' },
    { route: () => '/api/events', entity: 'event', action: 'list' },
    { route: () => '/api/curators', entity: 'curator', action: 'list' },
    { route: () => '/api/curator-trainings', entity: 'curator_training', action: 'list' },
    { route: () => '/api/my-work', entity: 'my_work', action: 'list', ids: () => [specialist.id] },
    { route: () => '/api/work-plans', entity: 'work_plan', action: 'list' },
    { route: () => '/api/reports', entity: 'report', action: 'list' },
    {
      route: () => `/api/graduates/${graduate.id}/relatives`,
      entity: 'relative',
      action: 'list',
    },
    {
      route: () => `/api/graduates/${graduate.id}/identity-documents`,
      entity: 'identity_document',
      action: 'list',
    },
    {
      route: () => `/api/graduates/${graduate.id}/subject-requests`,
      entity: 'subject_request',
      action: 'list',
    },
    { route: () => '/api/privacy/retention', entity: 'retention', action: 'list' },
  ];

  /** `/api/graduates/${graduate.id}/files` → `/api/graduates/:id/files` for the test's name. */
  const nameOf = (route: () => string) =>
    route
      .toString()
      .replace(/^\(\)\s*=>\s*/, '')
      .replace(/[`']/g, '')
      .replace(/\$\{[^}]*\}/g, ':id');

  it.each(READ_ROUTES.map((r) => [nameOf(r.route), r] as const))(
    'GET %s is recorded',
    async (_name, { route, entity, action, entityId, ids }) => {
      const since = await now();
      const res = await api().get(route()).auth(head.token, { type: 'bearer' });
      expect(res.status).toBe(200);
      const entries = await entriesOf(head.id, since);
      const entry = entries.find((e) => e.entity === entity && e.action === action);
      expect(entry).toBeDefined();
      expect(entry!.institution_id).toBe(home);
      if (entityId) expect(entry!.entity_id).toBe(entityId());
      if (ids) expect(entry!.details.ids).toEqual(expect.arrayContaining(ids()));
      // Ids only: no names, search text or other values of the person.
      expect(JSON.stringify(entry!.details)).not.toContain(graduate.lastName);
    },
  );

  it('records admin actions on accounts with the changed field names', async () => {
    const since = await now();
    const admin = await asAdmin();
    const adminId = (await api().get('/api/auth/me').auth(admin, { type: 'bearer' })).body.id;
    const user = await createUser('specialist', home, 'Новый Сотрудник');
    const fresh = await api().get(`/api/users/${user.id}`).auth(admin, { type: 'bearer' });
    const edited = await api()
      .patch(`/api/users/${user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ version: fresh.body.version, position: 'Психолог', role: 'head' });
    expect(edited.status).toBe(200);
    await api()
      .post(`/api/users/${user.id}/deactivate`)
      .auth(admin, { type: 'bearer' })
      .send({ version: edited.body.version });
    await api().post(`/api/users/${user.id}/reset-password`).auth(admin, { type: 'bearer' });
    const mine = (await entriesOf(adminId, since)).filter((e) => e.entity_id === user.id);
    expect(mine.map((e) => [e.action, e.changed_fields])).toEqual([
      ['create', []],
      ['read', []],
      ['update', ['position', 'role']],
      ['deactivate', ['active']],
      ['password-reset', ['password']],
    ]);
    expect(mine.every((e) => e.institution_id === home)).toBe(true);
  });

  it('records dictionary edits with the names of changed fields; retired entries stay readable', async () => {
    const admin = await asAdmin();
    const auth = { type: 'bearer' } as const;
    const created = await api()
      .post('/api/dictionaries/problem')
      .auth(admin, auth)
      .send({ code: `audit_${Date.now()}`, name: 'Проверка аудита' });
    expect(created.status).toBe(201);
    const renamed = await api()
      .patch(`/api/dictionaries/problem/${created.body.id}`)
      .auth(admin, auth)
      .send({ version: created.body.version, name: 'Проверка аудита (новое имя)' });
    const retired = await api()
      .post(`/api/dictionaries/problem/${created.body.id}/retire`)
      .auth(admin, auth)
      .send({ version: renamed.body.version });
    expect(retired.status).toBe(200);
    const rows = await sql(
      `SELECT action, changed_fields, details FROM audit_log WHERE entity_id = $1 ORDER BY at`,
      [created.body.id],
    );
    expect(rows.map((r) => [r.action, r.changed_fields])).toEqual([
      ['create', []],
      ['update', ['name']],
      ['retire', ['retiredAt']],
    ]);
    expect(rows[1].details).toEqual({ kind: 'problem' });
    const all = await api()
      .get('/api/dictionaries/problem?includeRetired=true')
      .auth(head.token, auth);
    expect(all.body.map((e: { id: string }) => e.id)).toContain(created.body.id);
  });

  it('records changes of an institution by the administrator', async () => {
    const admin = await asAdmin();
    const institution = await createInstitution();
    const res = await api()
      .patch(`/api/institutions/${institution.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ version: institution.version, municipality: 'Хабаровск' });
    expect(res.status).toBe(200);
    const rows = await sql(
      `SELECT action, changed_fields FROM audit_log WHERE entity = 'institution' AND entity_id = $1 ORDER BY at`,
      [institution.id],
    );
    expect(rows.map((r) => [r.action, r.changed_fields])).toEqual([
      ['create', []],
      ['update', ['municipality']],
    ]);
  });
});

describe('audit: the log is append-only in the database', () => {
  it.each([
    ['UPDATE', `UPDATE audit_log SET action = 'tampered'`],
    ['DELETE', `DELETE FROM audit_log`],
    ['TRUNCATE', `TRUNCATE audit_log`],
  ])('refuses %s', async (_op, statement) => {
    const before = await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_log`);
    await expect(sql(statement)).rejects.toThrow(/append-only/);
    const after = await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_log`);
    expect(Number(after[0].n)).toBeGreaterThanOrEqual(Number(before[0].n));
    expect(Number(before[0].n)).toBeGreaterThan(0);
  });
});

describe('audit: the viewer', () => {
  let home: string;
  let head: TestUser;
  let supervisor: TestUser;
  let specialist: TestUser;
  let curator: TestUser;
  let otherHead: TestUser;
  let graduate: TestGraduate;
  const auth = { type: 'bearer' } as const;

  beforeAll(async () => {
    home = (await createInstitution({ timeZone: 'Asia/Vladivostok' })).id;
    head = await createUser('head', home, 'Руководитель Журнала');
    supervisor = await createUser('supervisor', home, 'Директор Учреждения');
    specialist = await createUser('specialist', home, '=Специалист Журнала');
    curator = await createUser('curator', home);
    otherHead = await createUser('head', (await createInstitution()).id);
    graduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    await api().get(`/api/graduates/${graduate.id}`).auth(specialist.token, auth);
    await api().get(`/api/graduates/${graduate.id}/consents`).auth(specialist.token, auth);
    await api().get('/api/graduates').auth(specialist.token, auth);
  }, 120000);

  it('shows a head who opened a personal file, newest first, with name and role', async () => {
    const res = await api()
      .get(`/api/audit?graduateId=${graduate.id}&pageSize=50`)
      .auth(head.token, auth);
    expect(res.status).toBe(200);
    const rows = res.body.items as {
      at: string;
      userId: string;
      userName: string;
      userRole: string;
      action: string;
      entity: string;
      graduateId: string | null;
    }[];
    expect(rows.map((r) => [r.userId, r.action, r.entity])).toEqual([
      [specialist.id, 'list', 'graduate'],
      [specialist.id, 'list', 'consent'],
      [specialist.id, 'read', 'graduate'],
      [head.id, 'create', 'graduate'],
    ]);
    expect(rows[2]).toMatchObject({
      userName: '=Специалист Журнала',
      userRole: 'specialist',
      graduateId: graduate.id,
    });
    expect(res.body.total).toBe(4);
    const times = rows.map((r) => r.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by user, action, entity and the institution’s days; pages', async () => {
    const byUser = await api()
      .get(`/api/audit?userId=${specialist.id}&action=read&entity=graduate`)
      .auth(head.token, auth);
    expect(byUser.body.items.map((r: { entityId: string }) => r.entityId)).toEqual([graduate.id]);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Vladivostok' }).format();
    const inPeriod = await api()
      .get(`/api/audit?userId=${specialist.id}&from=${today}&to=${today}`)
      .auth(head.token, auth);
    // Its sign-in, the two lists and the card.
    expect(inPeriod.body.total).toBe(4);
    const before = await api()
      .get(`/api/audit?userId=${specialist.id}&to=${daysAgo(5)}`)
      .auth(head.token, auth);
    expect(before.body.total).toBe(0);
    const paged = await api()
      .get(`/api/audit?userId=${specialist.id}&page=2&pageSize=2`)
      .auth(supervisor.token, auth);
    expect(paged.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(paged.body.items).toHaveLength(2);
  });

  it('is scoped to the institution; refuses specialists (403) and curators (404); bad filters 400', async () => {
    const foreign = await api()
      .get(`/api/audit?graduateId=${graduate.id}`)
      .auth(otherHead.token, auth);
    expect(foreign.body.total).toBe(0);
    expectProblem(await api().get('/api/audit').auth(specialist.token, auth), 403);
    expectProblem(await api().get('/api/audit').auth(curator.token, auth), 404);
    expectProblem(await api().get('/api/audit/export.xlsx').auth(specialist.token, auth), 403);
    expectProblem(await api().get('/api/audit'), 401);
    expectProblem(await api().get('/api/audit?pageSize=1000').auth(head.token, auth), 400);
    expectProblem(await api().get('/api/audit?graduateId=nope').auth(head.token, auth), 400);
    expectProblem(await api().get('/api/audit?from=2026-02-31').auth(head.token, auth), 400);
    expectProblem(await api().get("/api/audit?action=x'--").auth(head.token, auth), 400);
  });

  it('records reading the log itself', async () => {
    await api().get(`/api/audit?graduateId=${graduate.id}`).auth(head.token, auth);
    const rows = await sql(
      `SELECT action, entity, details FROM audit_log WHERE user_id = $1 AND entity = 'audit_log' ORDER BY at DESC LIMIT 1`,
      [head.id],
    );
    expect(rows[0]).toMatchObject({
      action: 'list',
      details: { filter: { graduateId: graduate.id } },
    });
  });

  it('finds the lists of a file’s records by the file', async () => {
    const since = new Date().toISOString();
    for (const list of ['relatives', 'identity-documents', 'subject-requests']) {
      const res = await api().get(`/api/graduates/${graduate.id}/${list}`).auth(head.token, auth);
      expect(res.status).toBe(200);
    }
    const res = await api()
      .get(`/api/audit?graduateId=${graduate.id}&userId=${head.id}&action=list&pageSize=50`)
      .auth(head.token, auth);
    const entities = (res.body.items as { entity: string; at: string; graduateId: string }[])
      .filter((r) => r.at >= since)
      .map((r) => [r.entity, r.graduateId]);
    expect(entities).toEqual(
      expect.arrayContaining([
        ['relative', graduate.id],
        ['identity_document', graduate.id],
        ['subject_request', graduate.id],
      ]),
    );
  });

  it('shows administrators admin actions across institutions, and no personal files', async () => {
    const admin = await asAdmin();
    const res = await api().get(`/api/audit?pageSize=100`).auth(admin, auth);
    expect(res.status).toBe(200);
    const entities = new Set(res.body.items.map((r: { entity: string }) => r.entity));
    expect(entities.has('user')).toBe(true);
    expect(entities.has('graduate')).toBe(false);
    const aboutFile = await api().get(`/api/audit?graduateId=${graduate.id}`).auth(admin, auth);
    expect(aboutFile.body.total).toBe(0);
  });

  it('exports the selection as XLSX, user text made safe, and records the export', async () => {
    const res = await api()
      .get(`/api/audit/export.xlsx?graduateId=${graduate.id}`)
      .auth(head.token, auth)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('Пользователь');
    const users = [] as unknown[];
    sheet.eachRow((row, n) => n > 1 && users.push(row.getCell(2).value));
    expect(users).toContain("'=Специалист Журнала");
    expect(users.length).toBeGreaterThanOrEqual(4);
    const exported = await sql(
      `SELECT action FROM audit_log WHERE user_id = $1 AND entity = 'audit_log' AND action = 'export'`,
      [head.id],
    );
    expect(exported).toHaveLength(1);
  });
});
