import dayjs from 'dayjs';
import {
  api,
  auditEntries,
  createGraduate,
  createInstitution,
  createUser,
  expectProblem,
  TestUser,
} from './support/api';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const day = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

describe('graduates: personal files', () => {
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let otherSpecialist: TestUser;
  beforeAll(async () => {
    home = (await createInstitution()).id;
    head = await createUser('head', home, 'Руководитель Службы');
    specialist = await createUser('specialist', home, 'Социальный Педагог');
    otherSpecialist = await createUser('specialist', home, 'Другой Педагог');
  });

  it('registers a person with the minimum and reports eligibility and consent', async () => {
    const g = await createGraduate(specialist.token, {
      firstName: 'Пётр',
      birthDate: '2005-01-10',
      responsibleSpecialistId: specialist.id,
    });
    expect(g).toMatchObject({
      firstName: 'Пётр',
      status: 'one_off',
      responsibleSpecialistId: specialist.id,
      responsibleSpecialistName: 'Социальный Педагог',
      consent: 'none',
      version: 1,
      eligibility: { eligible: true, basis: 'under_23', turns23On: '2028-01-10' },
    });
    const rows = await auditEntries('graduate', g.id);
    expect(rows.map((r) => r.action)).toEqual(['create']);
  });

  it('refuses the same person twice (case and ё do not matter) with 409 naming the existing file', async () => {
    const first = await createGraduate(head.token, {
      lastName: 'Семёнова',
      firstName: 'Алёна',
      patronymic: 'Ивановна',
      sex: 'female',
      birthDate: '2004-07-01',
    });
    const again = await api().post('/api/graduates').auth(head.token, { type: 'bearer' }).send({
      lastName: 'СЕМЕНОВА',
      firstName: 'алена',
      patronymic: 'ивановна',
      sex: 'female',
      birthDate: '2004-07-01',
      legalStatus: 'orphan',
    });
    expectProblem(again, 409, 'duplicate-person');
    expect(again.body.existingId).toBe(first.id);
    expect(again.body.detail).toContain('Семёнова');
  });

  it.each([
    ['birth date not a date', { birthDate: '15.03.2006' }, 'birthDate'],
    ['unknown sex', { sex: 'x' }, 'sex'],
    ['digits in a name', { lastName: 'Иван0в' }, 'lastName'],
    ['unknown legal status', { legalStatus: 'other' }, 'legalStatus'],
    ['bad phone', { contacts: { phones: ['call me'] } }, 'contacts.phones'],
    ['unknown field', { snils: '123' }, 'snils'],
    ['specialist not a uuid', { responsibleSpecialistId: 'me' }, 'responsibleSpecialistId'],
  ])('400 for %s', async (_name, overrides, field) => {
    const res = await api()
      .post('/api/graduates')
      .auth(head.token, { type: 'bearer' })
      .send({
        lastName: 'Тестов',
        firstName: 'Тест',
        sex: 'male',
        birthDate: '2006-01-01',
        legalStatus: 'orphan',
        ...overrides,
      });
    expectProblem(res, 400, 'validation');
    expect(res.body.errors[field]).toBeDefined();
  });

  it('a specialist who registers a person becomes their specialist unless they ask for none', async () => {
    const register = (token: string, overrides: object) =>
      api()
        .post('/api/graduates')
        .auth(token, { type: 'bearer' })
        .send({
          lastName: `Тестов${Date.now() % 100000}`.replace(/\d/g, (d) => 'абвгдеёжзи'[Number(d)]),
          firstName: 'Тест',
          sex: 'male',
          birthDate: '2006-01-01',
          legalStatus: 'orphan',
          ...overrides,
        });
    const own = await register(specialist.token, { firstName: 'Свой' });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({
      responsibleSpecialistId: specialist.id,
      responsibleSpecialistName: 'Социальный Педагог',
    });
    const queued = await register(specialist.token, {
      firstName: 'Очередь',
      responsibleSpecialistId: null,
    });
    expect(queued.body.responsibleSpecialistId).toBeNull();
    // A head registers for the service: the file waits in the intake queue unless assigned.
    const byHead = await register(head.token, { firstName: 'Руководитель' });
    expect(byHead.body.responsibleSpecialistId).toBeNull();
  });

  it('422 when the responsible specialist is another institution’s, 400 when not staff', async () => {
    const stranger = await createUser('specialist', (await createInstitution()).id);
    const curator = await createUser('curator', home);
    // Another institution's user is as missing (422); a colleague who is a curator is a 400.
    for (const [id, status, code] of [
      [stranger.id, 422, 'reference-not-found'],
      [curator.id, 400, 'validation'],
    ] as const) {
      const res = await api().post('/api/graduates').auth(head.token, { type: 'bearer' }).send({
        lastName: 'Тестов',
        firstName: 'Тест',
        sex: 'male',
        birthDate: '2006-01-01',
        legalStatus: 'orphan',
        responsibleSpecialistId: id,
      });
      expectProblem(res, status, code);
      expect(res.body.errors.responsibleSpecialistId).toBeDefined();
    }
  });

  it('keeps only the minimum without a written consent; with one, the situation can be recorded', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр' });
    const situation = {
      education: {
        institution: 'ХТК',
        fullTime: true,
        firstProfessional: true,
        studying: true,
        year: 2,
      },
      housing: { type: 'dormitory', ownHousingPreserved: true },
    };
    const refused = await api()
      .patch(`/api/graduates/${g.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: g.version, situation, actualAddress: 'г. Хабаровск' });
    expectProblem(refused, 409, 'consent-required');
    expect(Object.keys(refused.body.errors).sort()).toEqual(['actualAddress', 'situation']);
    const consent = await api()
      .post(`/api/graduates/${g.id}/consents`)
      .auth(head.token, { type: 'bearer' })
      .send({
        signedOn: day(dayjs()),
        allowsProcessing: true,
        sharingPartnerKinds: ['education'],
        allowsPhoto: true,
      });
    expect(consent.status).toBe(201);
    expect(consent.body).toMatchObject({ current: true, withdrawnOn: null });
    const saved = await api()
      .patch(`/api/graduates/${g.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: g.version, situation, actualAddress: 'г. Хабаровск' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      consent: 'current',
      actualAddress: 'г. Хабаровск',
      situation,
      version: g.version + 1,
    });
    const update = (await auditEntries('graduate', g.id)).find((r) => r.action === 'update');
    expect(update?.changed_fields.sort()).toEqual(['actualAddress', 'situation']);

    // Withdrawal reduces the file to the minimum again.
    const withdrawn = await api()
      .patch(`/api/graduates/${g.id}/consents/${consent.body.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: consent.body.version, withdrawnOn: day(dayjs()) });
    expect(withdrawn.body.current).toBe(false);
    const reduced = await api().get(`/api/graduates/${g.id}`).auth(head.token, { type: 'bearer' });
    expect(reduced.body).toMatchObject({ consent: 'withdrawn', actualAddress: '', situation: {} });
  });

  it('refuses a stale version with 409 and loses nothing', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр' });
    const first = await api()
      .patch(`/api/graduates/${g.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: g.version, leftCareOn: '2025-06-30' });
    expect(first.body).toMatchObject({ leftCareOn: '2025-06-30' });
    const second = await api()
      .patch(`/api/graduates/${g.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: g.version, firstName: 'Павел' });
    expectProblem(second, 409, 'stale-version');
    const read = await api().get(`/api/graduates/${g.id}`).auth(head.token, { type: 'bearer' });
    expect(read.body).toMatchObject({ firstName: 'Пётр', leftCareOn: '2025-06-30' });
  });

  it('the status follows the contracts: setting it by hand is refused (400)', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр' });
    expect(g).toMatchObject({ status: 'one_off' });
    const res = await api()
      .patch(`/api/graduates/${g.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: g.version, status: 'under_support' });
    expectProblem(res, 400, 'validation');
    expect(res.body.errors).toHaveProperty('status');
  });

  it('specialists see their own files and the intake queue, not a colleague’s (404)', async () => {
    const mine = await createGraduate(head.token, {
      firstName: 'Пётр',
      responsibleSpecialistId: specialist.id,
    });
    const queue = await createGraduate(head.token, { firstName: 'Пётр' });
    const colleagues = await createGraduate(head.token, {
      firstName: 'Пётр',
      responsibleSpecialistId: otherSpecialist.id,
    });
    const list = await api()
      .get('/api/graduates')
      .query({ pageSize: 100 })
      .auth(specialist.token, { type: 'bearer' });
    const ids = list.body.items.map((g: { id: string }) => g.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, queue.id]));
    expect(ids).not.toContain(colleagues.id);
    expectProblem(
      await api().get(`/api/graduates/${colleagues.id}`).auth(specialist.token, { type: 'bearer' }),
      404,
    );
    expectProblem(
      await api()
        .patch(`/api/graduates/${colleagues.id}`)
        .auth(specialist.token, { type: 'bearer' })
        .send({ version: 1, firstName: 'Х' }),
      404,
    );
    const byOther = await api()
      .get('/api/graduates')
      .query({ specialistId: otherSpecialist.id })
      .auth(specialist.token, { type: 'bearer' });
    expect(byOther.body.total).toBe(0);
    const headList = await api()
      .get('/api/graduates')
      .query({ specialistId: otherSpecialist.id })
      .auth(head.token, { type: 'bearer' });
    expect(headList.body.items.map((g: { id: string }) => g.id)).toContain(colleagues.id);
  });

  it('another institution’s file is 404; curators get 404 and regional staff 403; supervisors read but cannot write', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр' });
    const otherHome = (await createInstitution()).id;
    const otherHead = await createUser('head', otherHome);
    expectProblem(
      await api().get(`/api/graduates/${g.id}`).auth(otherHead.token, { type: 'bearer' }),
      404,
      'not-found',
    );
    expect(
      (await api().get('/api/graduates').auth(otherHead.token, { type: 'bearer' })).body.items.map(
        (x: { id: string }) => x.id,
      ),
    ).not.toContain(g.id);
    const curator = await createUser('curator', home);
    expectProblem(await api().get('/api/graduates').auth(curator.token, { type: 'bearer' }), 404);
    const supervisor = await createUser('supervisor', home);
    expect(
      (await api().get(`/api/graduates/${g.id}`).auth(supervisor.token, { type: 'bearer' })).status,
    ).toBe(200);
    expectProblem(
      await api().post('/api/graduates').auth(supervisor.token, { type: 'bearer' }).send({}),
      403,
    );
    expectProblem(
      await api().get('/api/graduates/not-a-uuid').auth(head.token, { type: 'bearer' }),
      404,
    );
  });

  it('logs every opening of a personal file', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр' });
    await api().get(`/api/graduates/${g.id}`).auth(specialist.token, { type: 'bearer' });
    await api().get(`/api/graduates/${g.id}`).auth(head.token, { type: 'bearer' });
    const reads = (await auditEntries('graduate', g.id)).filter((r) => r.action === 'read');
    expect(reads.map((r) => r.user_id)).toEqual([specialist.id, head.id]);
  });

  it('archives instead of deleting; archived files leave the list', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр' });
    expectProblem(
      await api()
        .post(`/api/graduates/${g.id}/archive`)
        .auth(head.token, { type: 'bearer' })
        .send({ version: g.version }),
      400,
    );
    const archived = await api()
      .post(`/api/graduates/${g.id}/archive`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: g.version, reason: 'Зарегистрирован по ошибке' });
    expect(archived.body.archived).toBe(true);
    const list = await api()
      .get('/api/graduates')
      .query({ pageSize: 100 })
      .auth(head.token, { type: 'bearer' });
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(g.id);
    const all = await api()
      .get('/api/graduates')
      .query({ pageSize: 100, archived: true })
      .auth(head.token, { type: 'bearer' });
    expect(all.body.items.map((x: { id: string }) => x.id)).toContain(g.id);
    expectProblem(
      await api()
        .post(`/api/graduates/${g.id}/archive`)
        .auth(head.token, { type: 'bearer' })
        .send({ version: archived.body.version, reason: 'Ещё раз' }),
      409,
    );
  });
});

describe('graduates: eligibility (001 §4.1)', () => {
  let head: TestUser;
  let specialist: TestUser;
  beforeAll(async () => {
    const home = (await createInstitution()).id;
    head = await createUser('head', home);
    specialist = await createUser('specialist', home);
  });
  const eligibility = (id: string, on: string) =>
    api()
      .get(`/api/graduates/${id}/eligibility`)
      .query({ on })
      .auth(head.token, { type: 'bearer' });

  it('is eligible the day before the 23rd birthday and not on it', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр', birthDate: '2003-06-15' });
    expect((await eligibility(g.id, '2026-06-14')).body).toMatchObject({
      eligible: true,
      basis: 'under_23',
      age: 22,
    });
    const on = await eligibility(g.id, '2026-06-15');
    expect(on.body).toMatchObject({
      eligible: false,
      basis: null,
      age: 23,
      turns23On: '2026-06-15',
    });
    expect(on.body.reason).toContain('23');
  });

  it('stays eligible after 23 as a full-time student in a first professional education', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр', birthDate: '2001-02-01' });
    await api()
      .post(`/api/graduates/${g.id}/consents`)
      .auth(head.token, { type: 'bearer' })
      .send({ signedOn: '2025-01-01', allowsProcessing: true });
    const partTime = await api()
      .patch(`/api/graduates/${g.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({
        version: g.version,
        situation: { education: { fullTime: false, firstProfessional: true, studying: true } },
      });
    expect(partTime.body.eligibility.eligible).toBe(false);
    const fullTime = await api()
      .patch(`/api/graduates/${g.id}`)
      .auth(head.token, { type: 'bearer' })
      .send({
        version: partTime.body.version,
        situation: { education: { fullTime: true, firstProfessional: true, studying: true } },
      });
    expect(fullTime.body.eligibility).toMatchObject({ eligible: true, basis: 'full_time_student' });
  });

  it('is eligible from the date of an exception order the head entered', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр', birthDate: '2000-01-01' });
    const order = await api()
      .post('/api/exception-orders')
      .auth(head.token, { type: 'bearer' })
      .send({
        graduateId: g.id,
        orderedBy: 'director',
        orderedByName: 'Петрова А. А.',
        number: '15-од',
        orderDate: '2026-03-01',
      });
    expect(order.status).toBe(201);
    expect((await eligibility(g.id, '2026-02-28')).body.eligible).toBe(false);
    expect((await eligibility(g.id, '2026-03-01')).body).toMatchObject({
      eligible: true,
      basis: 'exception_order',
      exceptionOrderId: order.body.id,
      reason: expect.stringContaining('15-од'),
    });
  });

  it('the list and search mark who is eligible today by an order, a pending request or neither', async () => {
    const surname = `Приказов${Date.now()
      .toString(36)
      .replace(/[0-9]/g, (d) => 'абвгдежзик'[Number(d)])}`;
    const older = (firstName: string) =>
      createGraduate(head.token, { lastName: surname, firstName, birthDate: '2000-01-01' });
    const [ordered, pending, none] = [
      await older('Анна'),
      await older('Борис'),
      await older('Вера'),
    ];
    const order = (graduateId: string, by: TestUser) =>
      api()
        .post('/api/exception-orders')
        .auth(by.token, { type: 'bearer' })
        .send({
          graduateId,
          orderedBy: 'director',
          orderedByName: 'Петрова А. А.',
          number: `${graduateId.slice(0, 4)}-од`,
          orderDate: day(dayjs().subtract(1, 'month')),
        });
    expect((await order(ordered.id, head)).status).toBe(201);
    const requested = await order(pending.id, specialist);
    expect(requested.status).toBe(201);
    expect(requested.body.status).toBe('requested');

    const eligibleOf = async (query: string) => {
      const res = await api().get(`/api/graduates?${query}`).auth(head.token, { type: 'bearer' });
      expect(res.status).toBe(200);
      const mine = res.body.items.filter((g: { lastName: string }) => g.lastName === surname);
      return Object.fromEntries(
        mine.map((g: { id: string; eligibleToday: boolean }) => [g.id, g.eligibleToday]),
      );
    };
    const expected = { [ordered.id]: true, [pending.id]: false, [none.id]: false };
    expect(await eligibleOf(`q=${encodeURIComponent(surname)}`)).toEqual(expected);
    expect(await eligibleOf('sort=createdAt&order=desc&pageSize=10')).toEqual(expected);
  });

  it('400 for a malformed date', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр' });
    expectProblem(await eligibility(g.id, 'tomorrow'), 400, 'validation');
  });

  it('lists people who turn 23 within the coming days', async () => {
    const soon = await createGraduate(head.token, {
      firstName: 'Пётр',
      birthDate: day(dayjs().subtract(23, 'year').add(30, 'day')),
    });
    const later = await createGraduate(head.token, {
      firstName: 'Пётр',
      birthDate: day(dayjs().subtract(23, 'year').add(120, 'day')),
    });
    const list = await api().get('/api/graduates/turning-23').auth(head.token, { type: 'bearer' });
    const ids = list.body.map((g: { id: string }) => g.id);
    expect(ids).toContain(soon.id);
    expect(ids).not.toContain(later.id);
    const wide = await api()
      .get('/api/graduates/turning-23')
      .query({ days: 150 })
      .auth(head.token, { type: 'bearer' });
    expect(wide.body.map((g: { id: string }) => g.id)).toEqual(
      expect.arrayContaining([soon.id, later.id]),
    );
    expectProblem(
      await api()
        .get('/api/graduates/turning-23')
        .query({ days: 0 })
        .auth(head.token, { type: 'bearer' }),
      400,
    );
  });
});

describe('graduates: search', () => {
  let head: TestUser;
  let ids: Record<string, string>;
  beforeAll(async () => {
    head = await createUser('head', (await createInstitution()).id);
    ids = {
      semenova: (
        await createGraduate(head.token, {
          lastName: 'Семёнова',
          firstName: 'Алёна',
          patronymic: 'Игоревна',
          sex: 'female',
        })
      ).id,
      kuznetsov: (
        await createGraduate(head.token, {
          lastName: 'Кузнецов',
          firstName: 'Дмитрий',
          patronymic: 'Олегович',
        })
      ).id,
      petrova: (
        await createGraduate(head.token, {
          lastName: 'Петрова',
          firstName: 'Анна',
          patronymic: '',
          sex: 'female',
          birthDate: '2004-01-01',
        })
      ).id,
    };
  });
  const search = async (q: string) =>
    (
      await api().get('/api/graduates').query({ q }).auth(head.token, { type: 'bearer' })
    ).body.items.map((g: { id: string }) => g.id);

  it.each([
    ['е for ё', 'семенова', 'semenova'],
    ['capitals', 'КУЗНЕЦОВ', 'kuznetsov'],
    ['a missing letter', 'Кузнецв', 'kuznetsov'],
    ['a wrong letter', 'Семинова', 'semenova'],
    ['surname and first name', 'Семенова Алена', 'semenova'],
    ['the beginning of a surname', 'Петр', 'petrova'],
  ])('forgives %s', async (_name, q, expected) => {
    const found = await search(q);
    expect(found[0]).toBe(ids[expected]);
  });

  it('does not match unrelated names', async () => {
    expect(await search('Смирнов')).toEqual([]);
  });

  it('filters by status and age band, sorts and paginates', async () => {
    const sorted = await api()
      .get('/api/graduates')
      .query({ sort: 'birthDate', order: 'asc' })
      .auth(head.token, { type: 'bearer' });
    expect(sorted.body.items[0].id).toBe(ids.petrova);
    const young = await api()
      .get('/api/graduates')
      .query({ ageTo: 21 })
      .auth(head.token, { type: 'bearer' });
    expect(young.body.items.map((g: { id: string }) => g.id)).not.toContain(ids.petrova);
    const page = await api()
      .get('/api/graduates')
      .query({ pageSize: 2, page: 2 })
      .auth(head.token, { type: 'bearer' });
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.body.items).toHaveLength(1);
    expectProblem(
      await api()
        .get('/api/graduates')
        .query({ sort: 'salary' })
        .auth(head.token, { type: 'bearer' }),
      400,
    );
  });
});

describe('graduates: photos and documents', () => {
  let head: TestUser;
  beforeAll(async () => {
    head = await createUser('head', (await createInstitution()).id);
  });
  const upload = (id: string, kind: string, content: Buffer, name: string, type: string) =>
    api()
      .post(`/api/graduates/${id}/files`)
      .auth(head.token, { type: 'bearer' })
      .field('kind', kind)
      .attach('file', content, { filename: name, contentType: type });

  it('needs a photo consent for photos; stores and returns the bytes; logs the download', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр' });
    expectProblem(
      await upload(g.id, 'portrait', PNG, 'face.png', 'image/png'),
      409,
      'consent-required',
    );
    await api()
      .post(`/api/graduates/${g.id}/consents`)
      .auth(head.token, { type: 'bearer' })
      .send({ signedOn: '2026-01-10', allowsProcessing: true, allowsPhoto: true });
    const saved = await upload(g.id, 'portrait', PNG, 'лицо.png', 'image/png');
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      kind: 'portrait',
      fileName: 'лицо.png',
      mimeType: 'image/png',
      sizeBytes: PNG.length,
    });
    const content = await api()
      .get(`/api/graduates/${g.id}/files/${saved.body.id}/content`)
      .auth(head.token, { type: 'bearer' })
      .buffer(true);
    expect(content.status).toBe(200);
    expect(Buffer.compare(content.body, PNG)).toBe(0);
    expect((await auditEntries('graduate_file', saved.body.id)).map((r) => r.action)).toEqual([
      'create',
      'download',
    ]);
    const list = await api()
      .get(`/api/graduates/${g.id}/files`)
      .auth(head.token, { type: 'bearer' });
    expect(list.body.map((f: { id: string }) => f.id)).toEqual([saved.body.id]);
    const archived = await api()
      .post(`/api/graduates/${g.id}/files/${saved.body.id}/archive`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: saved.body.version });
    expect(archived.body.archived).toBe(true);
    expect(
      (await api().get(`/api/graduates/${g.id}/files`).auth(head.token, { type: 'bearer' })).body,
    ).toEqual([]);
  });

  it('accepts a consent scan without consent, refuses wrong types, missing files and oversize uploads', async () => {
    const g = await createGraduate(head.token, { firstName: 'Пётр' });
    expect(
      (
        await upload(
          g.id,
          'consent_scan',
          Buffer.from('%PDF-1.4 test'),
          'согласие.pdf',
          'application/pdf',
        )
      ).status,
    ).toBe(201);
    expectProblem(
      await upload(g.id, 'portrait', Buffer.from('%PDF-1.4'), 'x.pdf', 'application/pdf'),
      400,
      'validation',
    );
    expectProblem(
      await api()
        .post(`/api/graduates/${g.id}/files`)
        .auth(head.token, { type: 'bearer' })
        .field('kind', 'document'),
      400,
    );
    expectProblem(await upload(g.id, 'selfie', PNG, 'x.png', 'image/png'), 400, 'validation');
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1);
    expectProblem(await upload(g.id, 'consent_scan', big, 'big.pdf', 'application/pdf'), 413);
    expectProblem(
      await upload(
        '7b0f5a1e-2c4d-4e6f-8a9b-0c1d2e3f4a5b',
        'consent_scan',
        PNG,
        'x.png',
        'image/png',
      ),
      404,
    );
  });
});
