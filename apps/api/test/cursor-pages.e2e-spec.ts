import {
  api,
  createGraduate,
  createInstitution,
  createUser,
  daysAgo,
  dictionaryIds,
  expectProblem,
  TestGraduate,
  TestUser,
} from './support/api';

/**
 * Keyset pages for other systems (`cursor` + `limit`) beside the SPA's numbered pages: rows
 * in creation order, continued after the last one seen, so rows inserted between two reads
 * neither repeat nor push rows that existed before off a page.
 */
describe('cursor pages of graduates, appeals and services', () => {
  let head: TestUser;
  let graduate: TestGraduate;
  let problems: Record<string, string>;
  let kinds: Record<string, string>;

  beforeAll(async () => {
    head = await createUser('head', (await createInstitution()).id);
    graduate = await createGraduate(head.token);
    problems = await dictionaryIds(head.token, 'problem');
    kinds = await dictionaryIds(head.token, 'service-kind');
  });

  const created = (res: { status: number; body: { id: string } }) => {
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const post = (path: string, body: object) =>
    api().post(path).auth(head.token, { type: 'bearer' }).send(body);

  const lists: [string, () => Promise<string>][] = [
    ['/api/graduates', async () => (await createGraduate(head.token)).id],
    [
      '/api/appeals',
      async () =>
        created(
          await post('/api/appeals', {
            graduateId: graduate.id,
            registeredAt: `${daysAgo(1)}T12:00:00Z`,
            channel: 'phone',
            problemIds: [problems.documents_lost],
          }),
        ),
    ],
    [
      '/api/services',
      async () =>
        created(
          await post('/api/services', {
            graduateId: graduate.id,
            providedOn: daysAgo(3),
            kindId: kinds.document_recovery,
            form: 'individual',
            delivery: 'in_person',
            durationMinutes: 30,
            result: 'Подано заявление',
          }),
        ),
    ],
  ];

  describe.each(lists)('%s', (path, insert) => {
    const read = (query: object) =>
      api().get(path).query(query).auth(head.token, { type: 'bearer' });

    it('continues after the cursor with no repeats and no skips while rows are inserted', async () => {
      const before: string[] = [];
      // The graduates list also holds the file the appeals and services belong to.
      if (path === '/api/graduates') before.push(graduate.id);
      for (let i = 0; i < 5; i++) before.push(await insert());

      const first = await read({ limit: 3 });
      expect(first.status).toBe(200);
      expect(Object.keys(first.body).sort()).toEqual(['items', 'nextCursor']);
      expect(first.body.items).toHaveLength(3);
      expect(first.body.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);

      const inserted: string[] = [];
      for (let i = 0; i < 3; i++) inserted.push(await insert());

      const seen: string[] = first.body.items.map((r: { id: string }) => r.id);
      let cursor: string | null = first.body.nextCursor;
      while (cursor) {
        const next = await read({ cursor, limit: 3 });
        expect(next.status).toBe(200);
        seen.push(...next.body.items.map((r: { id: string }) => r.id));
        cursor = next.body.nextCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.slice(0, before.length)).toEqual(before);
      expect(seen.slice(before.length)).toEqual(inserted);
    });

    it('keeps numbered pages for people, and refuses a cursor it did not give', async () => {
      const numbered = await read({ page: 1, pageSize: 2 });
      expect(numbered.status).toBe(200);
      expect(numbered.body).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
      expect(numbered.body).not.toHaveProperty('nextCursor');

      expectProblem(await read({ cursor: Buffer.from('garbage').toString('base64url') }), 400);
      expectProblem(await read({ cursor: 'not/base64' }), 400);
      expectProblem(await read({ limit: 501 }), 400);
    });
  });

  it('applies the list filters to cursor pages', async () => {
    const other = await createGraduate(head.token);
    await post('/api/appeals', {
      graduateId: other.id,
      registeredAt: `${daysAgo(1)}T12:00:00Z`,
      channel: 'letter',
      problemIds: [problems.documents_lost],
    });
    const res = await api()
      .get('/api/appeals')
      .query({ graduateId: other.id, limit: 50 })
      .auth(head.token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: { graduate: { id: string } }) => a.graduate.id)).toEqual([
      other.id,
    ]);
    expect(res.body.nextCursor).toBeNull();
  });
});
