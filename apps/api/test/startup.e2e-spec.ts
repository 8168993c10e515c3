import { spawnSync } from 'node:child_process';
import request from 'supertest';
// Plain CommonJS helpers shared with the jest global setup.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { API_MAIN, ROOT, createDatabase, startApi } = require('../../../tools/testing/server.cjs');

function boot(env: Record<string, string>) {
  return spawnSync(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: 'postgres://127.0.0.1:1/none', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('start-up configuration', () => {
  it('a bad value stops the start with a message naming the variable', () => {
    const run = boot({ PORT: 'eighty' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toContain('PORT');
  });

  it('production refuses to start without JWT_SECRET', () => {
    const run = boot({ NODE_ENV: 'production', JWT_SECRET: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('JWT_SECRET');
  });
});

describe('login rate limit per client address', () => {
  let server: { url: string; stop(): Promise<void> };
  let database: { drop(): Promise<void> };
  beforeAll(async () => {
    database = await createDatabase(process.env.POSTCARE_PG_SERVER_URL);
    server = await startApi((database as unknown as { url: string }).url, {
      LOGIN_RATE_LIMIT_PER_MINUTE: '3',
    });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('answers 429 with Retry-After once the limit is spent', async () => {
    const attempt = () =>
      request(server.url).post('/api/auth/login').send({ login: 'someone', password: 'wrong' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Other routes are not throttled.
    expect((await request(server.url).get('/api/health')).status).toBe(200);
  });
});
