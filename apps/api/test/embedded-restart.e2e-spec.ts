import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Plain CommonJS helpers shared with the jest global setup.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { API_MAIN, ROOT } = require('../../../tools/testing/server.cjs');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\S+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
};

/** `node apps/api/dist/main.js` with the embedded PostgreSQL in `dataDir`, as `npm start` runs it. */
async function start(
  dataDir: string,
  pgPort: number,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(port),
      NODE_ENV: 'test',
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
      WEB_DIST_DIR: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not become healthy: ${stderr}`);
}

const exited = (child: ChildProcess) =>
  new Promise<void>((done) =>
    child.exitCode !== null ? done() : child.once('exit', () => done()),
  );

describe('restart after a crash with the embedded PostgreSQL', () => {
  let dir: string;
  let pgPort: number;
  let last: ChildProcess | undefined;
  const lockFile = () => join(dir, 'data', 'postmaster.pid');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'postcare-restart-'));
    chmodSync(dir, 0o755);
    pgPort = await freePort();
  });
  afterAll(async () => {
    if (last && last.exitCode === null) {
      last.kill('SIGTERM');
      await exited(last);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts again after kill -9 left its PostgreSQL running', async () => {
    const first = await start(join(dir, 'data'), pgPort);
    first.child.kill('SIGKILL');
    await exited(first.child);
    // The crash left an orphaned PostgreSQL owning the folder and the port.
    const orphan = Number(readFileSync(lockFile(), 'utf8').split('\n')[0]);
    expect(running(orphan)).toBe(true);

    const second = await start(join(dir, 'data'), pgPort);
    last = second.child;
    expect((await fetch(`${second.url}/api/health`)).status).toBe(200);
    expect(running(orphan)).toBe(false);
    second.child.kill('SIGTERM');
    await exited(second.child);
    expect(existsSync(lockFile())).toBe(false);
  }, 240_000);

  it('starts when the lock file names a process that is gone', async () => {
    writeFileSync(lockFile(), `999999\n${join(dir, 'data')}\n`);
    const again = await start(join(dir, 'data'), pgPort);
    last = again.child;
    expect((await fetch(`${again.url}/api/health`)).status).toBe(200);
    again.child.kill('SIGTERM');
    await exited(again.child);
  }, 120_000);
});
