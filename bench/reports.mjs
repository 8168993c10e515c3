// Reports at regional scale: the department's monthly report (computed live while a draft)
// and the regional annual summary (summed from frozen figures), through the real HTTP API,
// beside "the floor" — the very SQL the API runs for the request, replayed through `pg`.
//   npx nx run api:build && npm run bench:reports -- [--c1 100] [--c32 400]
// A few minutes on 2 CPUs. Results and their reading: docs/decisions.md, "Reports at
// regional scale".
// Starts the compiled API on a fresh database (DATABASE_URL's server, or an embedded
// PostgreSQL), seeds a region straight through SQL — 30 institutions, 5,000 personal files
// (2,000 in the measured one), 200,000 services and 20,000 appeals over the last year,
// support contracts — then, through the API, drafts the measured institution's report for
// last month and submits every institution's annual report, and gives a regional user all 30.
// The SQL of each measured request is captured as in case-lists.mjs (a `--require` hook on
// pg.Client#query in a first API process); a clean process serves the measurements.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { HOOK, agent, json, load, ms, request, startBuiltApi, stats } from './bench-kit.mjs';

const require = createRequire(import.meta.url);
const { startDatabaseServer, createDatabase, ROOT } = require('../tools/testing/server.cjs');

const REGION = { institutions: 30, measuredFiles: 2000, otherFiles: 103 };
const SERVICES = 200_000;
const APPEALS = 20_000;
const TIME_ZONE = 'Europe/Moscow';
const PASSWORD = 'Walrus-Cinnamon-84';

/** Files, contracts, a year of services and appeals for one institution, through SQL. */
async function seedInstitution(db, { id, head, files, share, d0, kinds, problems }) {
  await db.query(
    `INSERT INTO graduates (institution_id, version, created_by, last_name, first_name, patronymic,
       sex, birth_date, legal_status, left_care_on, responsible_specialist_id, status)
     SELECT $1, 1, $2, 'Выпускник' || n, 'Имя', 'Отчество', (ARRAY['male', 'female'])[1 + n % 2]::sex,
            date '2004-01-01' + ((n * 7) % 1460)::int, 'orphan', $3::date - 200 - (n % 400)::int, $2,
            (CASE WHEN n % 5 < 2 THEN 'under_support' ELSE 'one_off' END)::graduate_status
     FROM generate_series(1, $4::int) n`,
    [id, head, d0, files],
  );
  // Two files in five under a support contract concluded within the last two years; a tenth
  // of the others' contracts ended within the year.
  await db.query(
    `INSERT INTO contracts (institution_id, version, created_by, graduate_id, kind, number,
       concluded_on, starts_on, ends_on, responsible_specialist_id, status, scan_later, activated_at,
       ended_on, end_reason, conditions)
     SELECT $1, 1, $2, g.id, 'support', 'ДС-' || row_number() OVER (), s.starts, s.starts,
            (g.birth_date + interval '23 years')::date - 1, $2,
            (CASE WHEN n % 10 = 9 THEN 'ended' ELSE 'active' END)::contract_status, true,
            s.starts + time '10:00',
            CASE WHEN n % 10 = 9 THEN $3::date - (n % 300)::int END,
            CASE WHEN n % 10 = 9 THEN (ARRAY['term_expired', 'graduate_request', 'goals_reached'])[1 + n % 3]::contract_end_reason END,
            'Сопровождение'
     FROM (SELECT g.*, row_number() OVER (ORDER BY g.id) AS n FROM graduates g WHERE g.institution_id = $1) g
     CROSS JOIN LATERAL (SELECT $3::date - 310 - ((n * 11) % 400)::int AS starts) s
     WHERE n % 5 < 2`,
    [id, head, d0],
  );
  await db.query(
    `INSERT INTO aid_services (institution_id, version, created_by, provided_on, graduate_id,
       specialist_id, kind_id, form, delivery, duration_minutes)
     SELECT $1, 1, $2, $3::date - ((k * 7) % 365)::int, g.ids[1 + k % cardinality(g.ids)], $2,
            ($4::uuid[])[1 + k % cardinality($4::uuid[])],
            (CASE WHEN k % 9 = 0 THEN 'group' ELSE 'individual' END)::service_form,
            (CASE WHEN k % 4 = 0 THEN 'remote' ELSE 'in_person' END)::service_delivery,
            30 + (k % 4) * 15
     FROM generate_series(1, $5::int) k,
          (SELECT array_agg(id) AS ids FROM graduates WHERE institution_id = $1) g`,
    [id, head, d0, kinds, Math.round(SERVICES * share)],
  );
  await db.query(
    `WITH a AS (
       INSERT INTO appeals (institution_id, version, created_by, registered_at, channel, graduate_id,
         description, assigned_specialist_id, status)
       SELECT $1, 1, $2, ($3::date - ((k * 5) % 365)::int + time '11:00') AT TIME ZONE $6,
              (ARRAY['in_person', 'phone', 'messenger', 'letter'])[1 + k % 4]::appeal_channel,
              g.ids[1 + (k * 3) % cardinality(g.ids)], 'Обращение', $2,
              (ARRAY['new', 'in_progress', 'resolved'])[1 + k % 3]::appeal_status
       FROM generate_series(1, $5::int) k,
            (SELECT array_agg(id) AS ids FROM graduates WHERE institution_id = $1) g
       RETURNING id)
     INSERT INTO appeal_problems (appeal_id, problem_id)
     SELECT a.id, ($4::uuid[])[1 + (hashtext(a.id::text)::bigint + 2147483648 + j * 7) % cardinality($4::uuid[])]
     FROM a CROSS JOIN generate_series(0, 1) j
     ON CONFLICT DO NOTHING`,
    [id, head, d0, problems, Math.round(APPEALS * share), TIME_ZONE],
  );
}

async function seedRegion(databaseUrl, measured) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const d0 = (await db.query(`SELECT (now() AT TIME ZONE $1)::date::text AS d0`, [TIME_ZONE]))
      .rows[0].d0;
    const hash = (
      await db.query('SELECT password_hash FROM users WHERE id = $1', [measured.headId])
    ).rows[0].password_hash;
    const ids = async (kind) =>
      (
        await db.query(
          `SELECT id FROM dictionary_entries WHERE kind = $1 AND retired_at IS NULL ORDER BY sort_order`,
          [kind],
        )
      ).rows.map((r) => r.id);
    const kinds = await ids('service_kind');
    const problems = await ids('problem');
    const total = REGION.measuredFiles + (REGION.institutions - 1) * REGION.otherFiles;
    await db.query('BEGIN');
    await seedInstitution(db, {
      id: measured.institutionId,
      head: measured.headId,
      files: REGION.measuredFiles,
      share: REGION.measuredFiles / total,
      d0,
      kinds,
      problems,
    });
    const heads = [{ institutionId: measured.institutionId, login: measured.login }];
    for (let k = 1; k < REGION.institutions; k++) {
      const institutionId = (
        await db.query(
          `INSERT INTO institutions (version, name, kind, region) VALUES (1, $1, 'children_home', 'Край') RETURNING id`,
          [`Учреждение ${k}`],
        )
      ).rows[0].id;
      const login = `inst${k}.head`;
      const head = (
        await db.query(
          `INSERT INTO users (version, login, password_hash, full_name, role, institution_id)
           VALUES (1, $1, $2, 'Руководитель', 'head', $3) RETURNING id`,
          [login, hash, institutionId],
        )
      ).rows[0].id;
      await seedInstitution(db, {
        id: institutionId,
        head,
        files: REGION.otherFiles,
        share: REGION.otherFiles / total,
        d0,
        kinds,
        problems,
      });
      heads.push({ institutionId, login });
    }
    await db.query('COMMIT');
    await db.query('VACUUM ANALYZE');
    const sizes = (
      await db.query(
        `SELECT (SELECT count(*) FROM graduates) AS graduates, (SELECT count(*) FROM aid_services) AS services,
                (SELECT count(*) FROM appeals) AS appeals, (SELECT count(*) FROM contracts) AS contracts,
                (SELECT count(*) FROM aid_services WHERE institution_id = $1) AS own_services`,
        [measured.institutionId],
      )
    ).rows[0];
    return { d0, heads, sizes };
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await db.end();
  }
}

async function main() {
  const { values: args } = parseArgs({
    options: { c1: { type: 'string', default: '100' }, c32: { type: 'string', default: '400' } },
  });
  const REQUESTS = { 1: Number(args.c1), 32: Number(args.c32) };
  const server = await startDatabaseServer();
  const database = await createDatabase(server.serverUrl);
  const work = mkdtempSync(join(tmpdir(), 'postcare-bench-reports-'));
  const hookFile = join(work, 'sql-hook.cjs');
  const sqlLog = join(work, 'sql.jsonl');
  writeFileSync(hookFile, HOOK);
  writeFileSync(sqlLog, '');
  const common = {
    LOG_LEVEL: 'error',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
    ACCESS_TOKEN_TTL_SECONDS: '86400',
  };
  let api = null;
  let pool = null;
  const stopAll = async () => {
    agent.destroy();
    await pool?.end().catch(() => undefined);
    await api?.stop();
    await database.drop().catch((e) => console.error(`drop: ${e.message}`));
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => stopAll().finally(() => process.exit(130)));

  try {
    const started = performance.now();
    api = await startBuiltApi(database.url, {
      ...common,
      NODE_OPTIONS: `--require ${hookFile}`,
      BENCH_SQL_LOG: sqlLog,
      BENCH_ROOT: ROOT,
    });
    const call = (method, path, token, body) => json(api.url, method, path, token, body);
    const admin = (
      await call('POST', '/api/auth/login', null, {
        login: 'admin',
        password: common.ADMIN_PASSWORD,
      })
    ).accessToken;
    const home = await call('POST', '/api/institutions', admin, {
      name: 'Центр постинтернатного сопровождения (измеряемый)',
      kind: 'children_home',
      region: 'Край',
      timeZone: TIME_ZONE,
    });
    const account = async (login, role) => {
      const created = await call('POST', '/api/users', admin, {
        login,
        fullName: 'Пользователь Измерения',
        role,
        institutionId: home.id,
        password: PASSWORD,
      });
      const session = await call('POST', '/api/auth/login', null, { login, password: PASSWORD });
      return { id: created.user.id, token: session.accessToken };
    };
    const head = await account('bench.head', 'head');
    const regional = await account('bench.regional', 'regional');
    const { d0, heads, sizes } = await seedRegion(database.url, {
      institutionId: home.id,
      headId: head.id,
      login: 'bench.head',
    });
    console.log(
      `seeded in ${((performance.now() - started) / 1000).toFixed(0)} s: ${sizes.graduates} files, ` +
        `${sizes.services} services (${sizes.own_services} in the measured institution), ` +
        `${sizes.appeals} appeals, ${sizes.contracts} contracts; today ${d0}`,
    );

    const year = Number(d0.slice(0, 4));
    const last = new Date(`${d0}T00:00:00Z`);
    last.setUTCDate(0); // the last day of the previous month
    const month = { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1 };
    const draft = await call('POST', '/api/reports', head.token, {
      kind: 'department_monthly',
      ...month,
    });
    for (const h of heads) {
      const token = (
        await call('POST', '/api/auth/login', null, { login: h.login, password: PASSWORD })
      ).accessToken;
      const annual = await call('POST', '/api/reports', token, { kind: 'annual', year });
      await call('POST', `/api/reports/${annual.id}/submit`, token, { version: annual.version });
    }
    await call('PUT', `/api/users/${regional.id}/regional-institutions`, admin, {
      institutionIds: heads.map((h) => h.institutionId),
    });

    const measured = [
      {
        name: 'department monthly (live draft)',
        path: `/api/reports/${draft.id}`,
        token: head.token,
      },
      {
        name: 'regional annual summary (30 institutions)',
        path: `/api/regional/summary?kind=annual&year=${year}`,
        token: regional.token,
      },
    ];
    for (const m of measured) {
      const before = statSync(sqlLog).size;
      const res = await request(api.url, 'GET', m.path, m.token);
      if (res.status !== 200) throw new Error(`${m.path}: ${res.status} ${res.body}`);
      m.queries = readFileSync(sqlLog)
        .subarray(before)
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    }
    await api.stop();
    api = await startBuiltApi(database.url, common);
    pool = new pg.Pool({ connectionString: database.url, max: 20 });

    console.log(
      `\n| request | stmts | c | API p50 | API p95 | API p99 | floor p50 | floor p95 | floor p99 | ratio p50 | ratio p95 |`,
    );
    console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
    for (const m of measured) {
      const viaApi = async () => {
        const res = await request(api.url, 'GET', m.path, m.token);
        if (res.status !== 200) throw new Error(`${m.path}: ${res.status}`);
      };
      const floor = async () => {
        const client = await pool.connect();
        try {
          for (const q of m.queries) await client.query(q.text, q.values);
        } finally {
          client.release();
        }
      };
      for (const once of [viaApi, floor]) {
        await load(10, 1, once);
        await load(64, 32, once);
      }
      for (const c of [1, 32]) {
        const a = stats(await load(REQUESTS[c], c, viaApi));
        const f = stats(await load(REQUESTS[c], c, floor));
        console.log(
          `| ${m.name} | ${m.queries.length} | ${c} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.p99)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${(a.p50 / f.p50).toFixed(2)}× | ${(a.p95 / f.p95).toFixed(2)}× |`,
        );
      }
    }
    console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await stopAll();
  }
}

await main();
