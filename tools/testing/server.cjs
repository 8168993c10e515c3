// Starts the real, compiled API on a fresh PostgreSQL database for tests (used by the jest
// global setup and by tests that need an instance with other settings). Plain CommonJS so
// both jest's global setup and the test files can load it.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { createWriteStream, mkdtempSync, rmSync, chmodSync } = require('node:fs');
const net = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { Client } = require('pg');

const ROOT = resolve(__dirname, '../..');
const API_MAIN = join(ROOT, 'apps/api/dist/main.js');

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer(serverUrl, sql) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The PostgreSQL server for this test run: DATABASE_URL's server, or an embedded one. */
async function startDatabaseServer() {
  if (process.env.DATABASE_URL) {
    return {
      serverUrl: withDatabase(process.env.DATABASE_URL, 'postgres'),
      stop: async () => undefined,
    };
  }
  const { startEmbeddedPostgres } = require(
    join(ROOT, 'apps/api/dist/database/embedded-postgres.js'),
  );
  const dir = mkdtempSync(join(tmpdir(), 'postcare-test-pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const db = await startEmbeddedPostgres({
    dataDir: join(dir, 'data'),
    port,
    database: 'postgres',
  });
  return {
    serverUrl: db.adminUrl,
    stop: async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database with a unique name; `drop()` removes it again. */
async function createDatabase(serverUrl) {
  const name = `postcare_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function waitForHealth(url, child, logFile, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with code ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The API did not become healthy in ${timeoutMs} ms; see ${logFile}`);
}

/** Runs `node apps/api/dist/main.js` against `databaseUrl` with test settings plus `env`. */
async function startApi(databaseUrl, env = {}) {
  const port = await freePort();
  const settings = {
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_LOGIN: 'admin',
    ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: 'warn',
    ...env,
  };
  const logFile = join(tmpdir(), `postcare-test-api-${port}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: { ...process.env, ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, logFile);
  return {
    url,
    settings,
    logFile,
    pid: child.pid,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

module.exports = { startDatabaseServer, createDatabase, startApi, API_MAIN, ROOT };
