import {
  api,
  auditEntries,
  createGraduate,
  createInstitution,
  createUser,
  dayIn,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';

const ZONE = 'Asia/Vladivostok';
const today = (days = 0) => dayIn(ZONE, days);

describe('partners and referrals', () => {
  let home: { id: string; version: number };
  let head: TestUser;
  let specialist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let curator: TestUser;
  let strangerHead: TestUser;

  beforeAll(async () => {
    home = await createInstitution({ timeZone: ZONE });
    head = await createUser('head', home.id, 'Руководитель Службы');
    specialist = await createUser('specialist', home.id, 'Социальный Педагог');
    colleague = await createUser('specialist', home.id, 'Педагог Психолог');
    supervisor = await createUser('supervisor', home.id);
    curator = await createUser('curator', home.id);
    strangerHead = await createUser('head', (await createInstitution()).id);
  });

  const as = (user: TestUser) => ({
    get: (path: string, query: object = {}) =>
      api().get(path).query(query).auth(user.token, { type: 'bearer' }),
    post: (path: string, body: object = {}) =>
      api().post(path).auth(user.token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) =>
      api().patch(path).auth(user.token, { type: 'bearer' }).send(body),
  });
  const partner = async (body: object = {}, user = head) => {
    const res = await as(user).post('/api/partners', {
      name: 'Центр занятости населения г. Хабаровска',
      kind: 'employment_center',
      ...body,
    });
    if (res.status !== 201) throw new Error(`partner: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  /** A graduate of `specialist` who consented to sharing with the given kinds of partners. */
  const consenting = async (kinds: string[]): Promise<TestGraduate> => {
    const graduate = await createGraduate(head.token, { responsibleSpecialistId: specialist.id });
    const consent = await as(head).post(`/api/graduates/${graduate.id}/consents`, {
      signedOn: today(-30),
      allowsProcessing: true,
      sharingPartnerKinds: kinds,
    });
    if (consent.status !== 201) throw new Error(`consent: ${JSON.stringify(consent.body)}`);
    return graduate;
  };

  describe('the directory', () => {
    it('adds, finds by name and kind, edits with optimistic locking, archives', async () => {
      const created = await partner({
        name: 'КГБ ПОУ Хабаровский технологический колледж',
        kind: 'education',
        contactPerson: 'Зав. отделением Смирнова О. В.',
        phones: ['+7 4212 45-67-89'],
        email: 'college@example.ru',
        agreementNumber: '12/2026',
        agreementDate: '2026-01-15',
        agreementValidTo: '2028-01-14',
      });
      expect(created).toMatchObject({
        kind: 'education',
        phones: ['+7 4212 45-67-89'],
        agreementValidTo: '2028-01-14',
        archived: false,
      });
      const found = await as(specialist).get('/api/partners', {
        q: 'технологич',
        kind: 'education',
      });
      expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([created.id]);
      const edited = await as(specialist).patch(`/api/partners/${created.id}`, {
        version: created.version,
        note: 'Куратор групп первого курса',
      });
      expect(edited.body).toMatchObject({ note: 'Куратор групп первого курса' });
      expectProblem(
        await as(specialist).patch(`/api/partners/${created.id}`, {
          version: created.version,
          note: 'Другое',
        }),
        409,
        'stale-version',
      );
      const archived = await as(head).post(`/api/partners/${created.id}/archive`, {
        version: edited.body.version,
      });
      expect(archived.body.archived).toBe(true);
      expectProblem(
        await as(head).post(`/api/partners/${created.id}/archive`, {
          version: archived.body.version,
        }),
        409,
        'already-archived',
      );
      const active = await as(head).get('/api/partners', { q: 'технологич' });
      expect(active.body.total).toBe(0);
      const all = await as(head).get('/api/partners', { q: 'технологич', archived: true });
      expect(all.body.total).toBe(1);
      expect((await auditEntries('partner', created.id)).map((e) => e.action)).toEqual([
        'create',
        'update',
        'archive',
      ]);
    });

    it('refuses bad input (400): unknown kind, agreement ending before it starts, bad phone, unknown field', async () => {
      for (const body of [
        { name: 'Орг', kind: 'bank' },
        { name: 'Орг', kind: 'ngo', agreementDate: '2026-05-01', agreementValidTo: '2026-04-01' },
        { name: 'Орг', kind: 'ngo', phones: ['звоните'] },
        { name: 'Орг', kind: 'ngo', rating: 5 },
        { name: '', kind: 'ngo' },
      ])
        expectProblem(await as(head).post('/api/partners', body), 400, 'validation');
    });

    it('stays inside the institution; needs the permissions', async () => {
      const own = await partner();
      expectProblem(await as(strangerHead).get(`/api/partners/${own.id}`), 404, 'not-found');
      expectProblem(
        await as(strangerHead).patch(`/api/partners/${own.id}`, {
          version: own.version,
          note: 'x',
        }),
        404,
      );
      expect((await as(supervisor).get(`/api/partners/${own.id}`)).status).toBe(200);
      expectProblem(await as(supervisor).post('/api/partners', { name: 'Орг', kind: 'ngo' }), 403);
      expectProblem(await as(curator).get('/api/partners'), 404);
      expectProblem(await api().get('/api/partners'), 401);
      expectProblem(await as(head).get('/api/partners/not-a-uuid'), 404);
    });
  });

  describe('referrals', () => {
    it('refers a graduate whose consent covers that kind of partner; sent → accepted → done', async () => {
      const graduate = await consenting(['employment_center']);
      const centre = await partner();
      const referred = await as(specialist).post('/api/referrals', {
        graduateId: graduate.id,
        partnerId: centre.id,
        referredOn: today(-2),
        purpose: 'Постановка на учёт в качестве безработного',
      });
      expect(referred.status).toBe(201);
      expect(referred.body).toMatchObject({
        graduate: { id: graduate.id },
        partner: { id: centre.id, kind: 'employment_center' },
        status: 'sent',
        statusOn: today(-2),
      });
      const accepted = await as(specialist).post(`/api/referrals/${referred.body.id}/accept`, {
        version: referred.body.version,
        on: today(-1),
      });
      expect(accepted.body).toMatchObject({ status: 'accepted', statusOn: today(-1) });
      expectProblem(
        await as(specialist).post(`/api/referrals/${referred.body.id}/complete`, {
          version: accepted.body.version,
          on: today(),
        }),
        400,
        'validation',
      );
      const done = await as(specialist).post(`/api/referrals/${referred.body.id}/complete`, {
        version: accepted.body.version,
        on: today(),
        result: 'Поставлен на учёт, назначено пособие',
      });
      expect(done.body).toMatchObject({
        status: 'done',
        result: 'Поставлен на учёт, назначено пособие',
      });
      expectProblem(
        await as(specialist).post(`/api/referrals/${referred.body.id}/decline`, {
          version: done.body.version,
          on: today(),
          result: 'Поздно',
        }),
        409,
        'invalid-transition',
      );
      const listed = await as(head).get('/api/referrals', { graduateId: graduate.id });
      expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([referred.body.id]);
    });

    it('is refused (409) when the consent does not name that kind of partner, or there is none', async () => {
      const healthOnly = await consenting(['health']);
      const centre = await partner();
      const refused = await as(specialist).post('/api/referrals', {
        graduateId: healthOnly.id,
        partnerId: centre.id,
        referredOn: today(),
        purpose: 'Трудоустройство',
      });
      expectProblem(refused, 409, 'consent-required');
      expect(refused.body.detail).toMatch(/согласия/);
      const noConsent = await createGraduate(head.token, {
        responsibleSpecialistId: specialist.id,
      });
      expectProblem(
        await as(specialist).post('/api/referrals', {
          graduateId: noConsent.id,
          partnerId: centre.id,
          referredOn: today(),
          purpose: 'Трудоустройство',
        }),
        409,
        'consent-required',
      );
      expect((await as(head).get('/api/referrals', { graduateId: healthOnly.id })).body.total).toBe(
        0,
      );
    });

    it('refuses another institution’s partner, a future day and a stale version', async () => {
      const graduate = await consenting(['ngo']);
      const theirs = await partner({ name: 'Фонд «Дорога домой»', kind: 'ngo' }, strangerHead);
      expectProblem(
        await as(specialist).post('/api/referrals', {
          graduateId: graduate.id,
          partnerId: theirs.id,
          referredOn: today(),
          purpose: 'Наставничество',
        }),
        422,
        'reference-not-found',
      );
      const ours = await partner({ name: 'Фонд «Наставник»', kind: 'ngo' });
      expectProblem(
        await as(specialist).post('/api/referrals', {
          graduateId: graduate.id,
          partnerId: ours.id,
          referredOn: today(1),
          purpose: 'Наставничество',
        }),
        400,
        'validation',
      );
      const referral = (
        await as(specialist).post('/api/referrals', {
          graduateId: graduate.id,
          partnerId: ours.id,
          referredOn: today(),
          purpose: 'Наставничество',
        })
      ).body;
      await as(specialist).post(`/api/referrals/${referral.id}/accept`, {
        version: referral.version,
        on: today(),
      });
      expectProblem(
        await as(specialist).post(`/api/referrals/${referral.id}/decline`, {
          version: referral.version,
          on: today(),
          result: 'Передумал',
        }),
        409,
        'stale-version',
      );
    });

    it('an archived personal file is not referred anywhere (409)', async () => {
      const graduate = await consenting(['employment_center']);
      const centre = await partner();
      const current = (await as(head).get(`/api/graduates/${graduate.id}`)).body;
      const archived = await as(head).post(`/api/graduates/${graduate.id}/archive`, {
        version: current.version,
        reason: 'Переехал в другой регион',
      });
      expect(archived.status).toBe(200);
      expectProblem(
        await as(head).post('/api/referrals', {
          graduateId: graduate.id,
          partnerId: centre.id,
          referredOn: today(),
          purpose: 'Трудоустройство',
        }),
        409,
        'graduate-archived',
      );
    });

    it('follows the personal file’s visibility: a colleague and another institution see nothing', async () => {
      const graduate = await consenting(['employment_center']);
      const centre = await partner();
      const referral = (
        await as(specialist).post('/api/referrals', {
          graduateId: graduate.id,
          partnerId: centre.id,
          referredOn: today(),
          purpose: 'Трудоустройство',
        })
      ).body;
      expect((await as(supervisor).get(`/api/referrals/${referral.id}`)).status).toBe(200);
      expectProblem(await as(colleague).get(`/api/referrals/${referral.id}`), 404, 'not-found');
      expectProblem(await as(strangerHead).get(`/api/referrals/${referral.id}`), 404, 'not-found');
      expect(
        (await as(colleague).get('/api/referrals', { partnerId: centre.id })).body.items.map(
          (r: { id: string }) => r.id,
        ),
      ).not.toContain(referral.id);
      expectProblem(
        await as(supervisor).post(`/api/referrals/${referral.id}/accept`, {
          version: referral.version,
          on: today(),
        }),
        403,
      );
      const reads = (await auditEntries('referral', referral.id)).filter(
        (e) => e.action === 'read',
      );
      expect(reads).toEqual([expect.objectContaining({ user_id: supervisor.id })]);
    });
  });

  describe('guardianship bodies of the directory address the notices', () => {
    it('a notice goes to the named guardianship partner, or the directory’s first one', async () => {
      const institution = await createInstitution({ timeZone: ZONE });
      const h = await createUser('head', institution.id);
      const graduate = await createGraduate(h.token);
      const body = await partner(
        { name: 'Отдел опеки и попечительства по Центральному району', kind: 'guardianship' },
        h,
      );
      const notice = (extra: object) =>
        as(h).post('/api/notices', {
          graduateId: graduate.id,
          trigger: 'housing',
          foundOn: today(),
          finding: 'Жильё занято посторонними',
          ...extra,
        });
      expect((await notice({})).body.recipient).toBe(body.name);
      expect((await notice({ partnerId: body.id })).body.recipient).toBe(body.name);
      const college = await partner({ name: 'Колледж', kind: 'education' }, h);
      expectProblem(await notice({ partnerId: college.id }), 400, 'validation');
    });
  });
});
