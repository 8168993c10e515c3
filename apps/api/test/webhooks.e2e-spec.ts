import { createHmac } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Client as PgClient } from 'pg';
import dayjs from 'dayjs';
import {
  api,
  asAdmin,
  createGraduate,
  createInstitution,
  createUser,
  daysAgo,
  dictionaryIds,
  expectProblem,
  TestGraduate,
  TestUser,
  unique,
} from './support/api';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDatabase, startApi } = require('../../../tools/testing/server.cjs');

interface Server {
  url: string;
  settings: Record<string, string>;
  stop(): Promise<void>;
}

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real HTTP endpoint of "the other system": records every POST, answers the queued codes. */
function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 200;
      res.end();
    });
  });
  return new Promise<{
    url: string;
    received: Received[];
    answers: number[];
    close(): Promise<void>;
  }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
        received,
        answers,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const verifies = (secret: string, r: Received) => {
  const id = r.headers['webhook-id'];
  const timestamp = r.headers['webhook-timestamp'];
  const expected = createHmac('sha256', secret)
    .update(`${id}.${timestamp}.${r.body}`)
    .digest('hex');
  return r.headers['webhook-signature'] === `v1=${expected}`;
};

/**
 * Its own database and API processes: the first one with delivery switched off (events are
 * committed and wait), then a second one on the same database that delivers them, with
 * retries seconds apart.
 */
describe('webhooks', () => {
  const saved = { ...process.env };
  let database: { url: string; drop(): Promise<void> };
  let first: Server;
  let second: Server | undefined;
  let third: Server | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let home: string;
  let head: TestUser;
  let specialist: TestUser;
  let strangerHead: TestUser;
  let graduate: TestGraduate;
  let problems: Record<string, string>;
  let clientId: string;
  let webhook: { id: string; version: number };
  let secret: string;

  const use = (server: Server) =>
    Object.assign(process.env, {
      POSTCARE_URL: server.url,
      POSTCARE_ADMIN_PASSWORD: server.settings.ADMIN_PASSWORD,
    });
  const registerAppeal = async () => {
    const res = await api()
      .post('/api/appeals')
      .auth(head.token, { type: 'bearer' })
      .send({
        graduateId: graduate.id,
        registeredAt: `${daysAgo(1)}T12:00:00Z`,
        channel: 'phone',
        problemIds: [problems.documents_lost],
        description: 'Потерян паспорт',
      });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const eventsFor = (appealId: string) =>
    receiver.received.filter((r) => JSON.parse(r.body).data.appealId === appealId);

  beforeAll(async () => {
    receiver = await startReceiver();
    database = await createDatabase(process.env.POSTCARE_PG_SERVER_URL);
    first = await startApi(database.url, { WEBHOOK_DELIVERY: 'false' });
    use(first);
    home = (await createInstitution()).id;
    head = await createUser('head', home);
    specialist = await createUser('specialist', home);
    strangerHead = await createUser('head', (await createInstitution()).id);
    graduate = await createGraduate(head.token);
    problems = await dictionaryIds(head.token, 'problem');
    const client = await api()
      .post('/api/integrations/clients')
      .auth(head.token, { type: 'bearer' })
      .send({ name: unique('МИС '), permissions: ['appeals.read'] });
    expect(client.status).toBe(201);
    clientId = client.body.client.id;
    const created = await api()
      .post('/api/integrations/webhooks')
      .auth(head.token, { type: 'bearer' })
      .send({ clientId, url: receiver.url, events: ['appeal.registered', 'appeal.resolved'] });
    expect(created.status).toBe(201);
    webhook = created.body.webhook;
    secret = created.body.secret;
  }, 120_000);

  afterAll(async () => {
    process.env = saved;
    await third?.stop();
    await second?.stop();
    await first?.stop();
    await receiver?.close();
    await database?.drop();
  }, 60_000);

  it('keeps an event committed while no process delivers, and a restarted API delivers it', async () => {
    const appealId = await registerAppeal();
    const db = new PgClient({ connectionString: database.url });
    await db.connect();
    const waiting = await db.query(
      `SELECT d.status FROM webhook_outbox e JOIN webhook_deliveries d ON d.event_id = e.id
        WHERE e.data->>'appealId' = $1`,
      [appealId],
    );
    await db.end();
    expect(waiting.rows).toEqual([{ status: 'pending' }]);
    await new Promise((r) => setTimeout(r, 500));
    expect(eventsFor(appealId)).toEqual([]);

    await first.stop();
    second = await startApi(database.url, {
      JWT_SECRET: first.settings.JWT_SECRET,
      ADMIN_PASSWORD: first.settings.ADMIN_PASSWORD,
      WEBHOOK_INTERVAL_MS: '200',
      WEBHOOK_RETRY_BASE_SECONDS: '1',
    });
    use(second!);

    const [delivered] = await waitFor('the event', () =>
      eventsFor(appealId).length ? eventsFor(appealId) : undefined,
    );
    const body = JSON.parse(delivered.body);
    expect(body).toEqual({
      id: delivered.headers['webhook-id'],
      type: 'appeal.registered',
      occurredAt: expect.any(String),
      institutionId: expect.any(String),
      data: expect.objectContaining({ appealId, graduateId: graduate.id, status: 'new' }),
    });
    expect(delivered.headers['content-type']).toContain('application/json');
    // Ids and facts only: the graduate's name never leaves in a webhook.
    expect(delivered.body).not.toContain(graduate.lastName);
    expect(
      Math.abs(Number(delivered.headers['webhook-timestamp']) - Date.now() / 1000),
    ).toBeLessThan(60);
    expect(verifies(secret, delivered)).toBe(true);
    expect(verifies('whsec_another', delivered)).toBe(false);
  }, 120_000);

  it('retries after a failed answer with the same event id, and logs every attempt', async () => {
    receiver.answers.push(500);
    const appealId = await registerAppeal();
    const [failed, retried] = await waitFor('the retry', () =>
      eventsFor(appealId).length >= 2 ? eventsFor(appealId) : undefined,
    );
    expect(retried.headers['webhook-id']).toBe(failed.headers['webhook-id']);
    expect(verifies(secret, retried)).toBe(true);

    const log = await api()
      .get(`/api/integrations/webhooks/${webhook.id}/deliveries`)
      .auth(head.token, { type: 'bearer' });
    expect(log.status).toBe(200);
    const delivery = log.body.find(
      (d: { eventId: string }) => d.eventId === failed.headers['webhook-id'],
    );
    expect(delivery).toMatchObject({ type: 'appeal.registered', status: 'delivered' });
    expect(delivery.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 200]);
    expect(delivery.attempts[0].error).toBe('HTTP 500');
    expect(delivery.attempts[1].durationMs).toBeGreaterThanOrEqual(0);

    // Redelivery on request: the same event once more.
    const again = await api()
      .post(`/api/integrations/webhooks/deliveries/${delivery.id}/redeliver`)
      .auth(head.token, { type: 'bearer' });
    expect(again.status).toBe(200);
    await waitFor('the redelivery', () => (eventsFor(appealId).length >= 3 ? true : undefined));
  }, 60_000);

  it('tells of a resolved appeal only to subscriptions of that event', async () => {
    const appealId = await registerAppeal();
    await waitFor('registration', () => (eventsFor(appealId).length ? true : undefined));
    const current = await api()
      .get(`/api/appeals/${appealId}`)
      .auth(head.token, { type: 'bearer' });
    const resolved = await api()
      .patch(`/api/appeals/${appealId}`)
      .auth(head.token, { type: 'bearer' })
      .send({ version: current.body.version, status: 'resolved', outcome: 'Паспорт восстановлен' });
    expect(resolved.status).toBe(200);
    const types = await waitFor('resolution', () => {
      const seen = eventsFor(appealId).map((r) => JSON.parse(r.body).type);
      return seen.includes('appeal.resolved') ? seen : undefined;
    });
    expect(types).toEqual(['appeal.registered', 'appeal.resolved']);
  }, 60_000);

  it('never delivers an event twice when two processes deliver at once', async () => {
    third = await startApi(database.url, {
      JWT_SECRET: first.settings.JWT_SECRET,
      ADMIN_PASSWORD: first.settings.ADMIN_PASSWORD,
      WEBHOOK_INTERVAL_MS: '100',
    });
    const appeals: string[] = [];
    for (let i = 0; i < 8; i++) appeals.push(await registerAppeal());
    await waitFor('every event', () =>
      appeals.every((id) => eventsFor(id).length) ? true : undefined,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(appeals.map((id) => eventsFor(id).length)).toEqual(appeals.map(() => 1));
  }, 90_000);

  it('announces a 23rd birthday from the daily pass, once', async () => {
    const subscribed = await api()
      .post('/api/integrations/webhooks')
      .auth(head.token, { type: 'bearer' })
      .send({ clientId, url: receiver.url, events: ['graduate.turning23'] });
    expect(subscribed.status).toBe(201);
    const birthDate = dayjs().subtract(23, 'year').subtract(5, 'day').format('YYYY-MM-DD');
    const turned = await createGraduate(head.token, { birthDate });
    const runPass = async () =>
      expect(
        (
          await api()
            .post('/api/notifications/digest/run')
            .auth(await asAdmin(), { type: 'bearer' })
            .send({ institutionId: home })
        ).status,
      ).toBe(200);
    const birthdays = () =>
      receiver.received.filter((r) => JSON.parse(r.body).data.graduateId === turned.id);
    await runPass();
    const [event] = await waitFor('the birthday', () =>
      birthdays().length ? birthdays() : undefined,
    );
    expect(JSON.parse(event.body)).toMatchObject({
      type: 'graduate.turning23',
      data: {
        graduateId: turned.id,
        birthday: dayjs(birthDate).add(23, 'year').format('YYYY-MM-DD'),
      },
    });
    expect(verifies(subscribed.body.secret, event)).toBe(true);
    await runPass();
    await new Promise((r) => setTimeout(r, 1000));
    expect(birthdays()).toHaveLength(1);
  }, 60_000);

  describe('subscription routes', () => {
    const route = '/api/integrations/webhooks';
    const create = (token: string, body: object) =>
      api()
        .post(route)
        .auth(token, { type: 'bearer' })
        .send({
          clientId,
          url: 'https://mis.example.org/hooks',
          events: ['report.submitted'],
          ...body,
        });

    it('answers 400 for a bad URL, plain http elsewhere than localhost, or an unknown event', async () => {
      expectProblem(
        await create(head.token, { url: 'ftp://mis.example.org/x' }),
        400,
        'validation',
      );
      expectProblem(
        await create(head.token, { url: 'http://mis.example.org/x' }),
        400,
        'validation',
      );
      expectProblem(await create(head.token, { url: 'not a url' }), 400, 'validation');
      expectProblem(await create(head.token, { events: ['appeal.deleted'] }), 400, 'validation');
      expectProblem(await create(head.token, { events: [] }), 400, 'validation');
      expectProblem(await create(head.token, { secret: 'mine' }), 400, 'validation');
    });

    it('answers 401 without credentials and 403 to a specialist', async () => {
      expectProblem(await api().get(route), 401);
      expectProblem(await create(specialist.token, {}), 403);
      expectProblem(await api().get(route).auth(specialist.token, { type: 'bearer' }), 403);
    });

    it('answers 404 for another institution’s client, subscription or delivery', async () => {
      expectProblem(await create(strangerHead.token, {}), 404);
      const other = api()
        .get(`${route}/${webhook.id}`)
        .auth(strangerHead.token, { type: 'bearer' });
      expectProblem(await other, 404);
      expectProblem(
        await api()
          .get(`${route}/${webhook.id}/deliveries`)
          .auth(strangerHead.token, { type: 'bearer' }),
        404,
      );
      const log = await api()
        .get(`${route}/${webhook.id}/deliveries`)
        .auth(head.token, { type: 'bearer' });
      expectProblem(
        await api()
          .post(`${route}/deliveries/${log.body[0].id}/redeliver`)
          .auth(strangerHead.token, { type: 'bearer' }),
        404,
      );
      const list = await api().get(route).auth(strangerHead.token, { type: 'bearer' });
      expect(list.status).toBe(200);
      expect(list.body).toEqual([]);
    });

    it('lists without secrets, answers 409 for a stale version, and archives', async () => {
      const made = await create(head.token, {});
      expect(made.status).toBe(201);
      expect(made.body.secret).toMatch(/^whsec_/);
      const list = await api().get(`${route}?clientId=${clientId}`).auth(head.token, {
        type: 'bearer',
      });
      expect(list.body.map((w: { id: string }) => w.id)).toContain(made.body.webhook.id);
      expect(JSON.stringify(list.body)).not.toContain(made.body.secret);

      const archive = (version: number) =>
        api()
          .post(`${route}/${made.body.webhook.id}/archive`)
          .auth(head.token, { type: 'bearer' })
          .send({ version });
      expectProblem(await archive(made.body.webhook.version + 5), 409);
      const archived = await archive(made.body.webhook.version);
      expect(archived.status).toBe(200);
      expect(archived.body.active).toBe(false);
    });

    it('answers 409 for a subscription of an archived client', async () => {
      const client = await api()
        .post('/api/integrations/clients')
        .auth(head.token, { type: 'bearer' })
        .send({ name: unique('Архив '), permissions: ['appeals.read'] });
      const gone = await api()
        .post(`/api/integrations/clients/${client.body.client.id}/archive`)
        .auth(head.token, { type: 'bearer' })
        .send({ version: client.body.client.version });
      expect(gone.status).toBe(200);
      expectProblem(await create(head.token, { clientId: client.body.client.id }), 409, 'archived');
    });
  });
});
