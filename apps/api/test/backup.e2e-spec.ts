import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { api, createGraduate, createInstitution, createUser } from './support/api';
// Plain CommonJS helpers shared with the jest global setup.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ROOT, createDatabase } = require('../../../tools/testing/server.cjs');

const PDF = Buffer.from('%PDF-1.4 согласие на обработку');

/** `npm run backup|restore` against `databaseUrl`. */
function tool(command: 'backup' | 'restore', file: string, databaseUrl: string) {
  return spawnSync(process.execPath, ['tools/db/backup.mjs', command, file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The major version of the pg_dump the tool will find (PG_BIN_DIR, else PATH), or 0. */
function clientToolsMajor(): number {
  const bin = process.env.PG_BIN_DIR ? join(process.env.PG_BIN_DIR, 'pg_dump') : 'pg_dump';
  const run = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return Number(/(\d+)(?:\.\d+)?/.exec(run.stdout ?? '')?.[1] ?? 0);
}

describe('backup and restore', () => {
  let dir: string;
  let fresh: { url: string; drop(): Promise<void> };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'postcare-backup-'));
  });
  afterAll(async () => {
    await fresh?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a backup restored into an empty database holds every graduate, file and audit row; without client tools for the server it is refused clearly', async () => {
    const head = await createUser('head', (await createInstitution()).id);
    const graduate = await createGraduate(head.token);
    const uploaded = await api()
      .post(`/api/graduates/${graduate.id}/files`)
      .auth(head.token, { type: 'bearer' })
      .field('kind', 'consent_scan')
      .attach('file', PDF, { filename: 'согласие.pdf', contentType: 'application/pdf' });
    expect(uploaded.status).toBe(201);

    const source = process.env.POSTCARE_DB_URL!;
    const snapshot = async (url: string) => ({
      graduates: (await query<{ id: string }>(url, 'SELECT id FROM graduates')).map((r) => r.id),
      files: (
        await query<{ id: string; digest: string }>(
          url,
          'SELECT id, md5(content) AS digest FROM graduate_files',
        )
      ).map((r) => `${r.id}:${r.digest}`),
      audit: (await query<{ id: string }>(url, 'SELECT id FROM audit_log')).map((r) => r.id),
    });
    const before = await snapshot(source);
    expect(before.graduates).toContain(graduate.id);
    expect(before.files).toContain(
      `${uploaded.body.id}:${createHash('md5').update(PDF).digest('hex')}`,
    );

    const file = join(dir, 'postcare.dump');
    const backup = tool('backup', file, source);
    // pg_dump cannot dump a newer server: without matching client tools (the embedded
    // PostgreSQL ships none) the tool must refuse clearly instead of writing a bad dump.
    const [{ server_version_num: version }] = await query<{ server_version_num: string }>(
      source,
      'SHOW server_version_num',
    );
    if (clientToolsMajor() < Math.floor(Number(version) / 10000)) {
      expect(backup.status).not.toBe(0);
      expect(backup.stderr).toMatch(/client tools/);
      return;
    }
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(0);

    fresh = await createDatabase(process.env.POSTCARE_PG_SERVER_URL);
    const restore = tool('restore', file, fresh.url);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);

    // Other tests write meanwhile: everything there before the backup must be restored.
    const after = await snapshot(fresh.url);
    expect(after.graduates).toEqual(expect.arrayContaining(before.graduates));
    expect(after.files).toEqual(expect.arrayContaining(before.files));
    expect(after.audit).toEqual(expect.arrayContaining(before.audit));
  }, 180_000);

  it('refuses without a file to restore', () => {
    const run = spawnSync(process.execPath, ['tools/db/backup.mjs', 'restore'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('usage');
  });
});
