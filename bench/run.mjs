// Every hot path of the API at scale, against "the floor": the very SQL the API runs for the
// request, replayed straight through `pg` in the same run.
//   npm run build && npm run bench -- [--scale region|small|national] [--c1 60] [--c32 320]
//     [--only <substring>] [--no-write] [--database <url>] [--no-export]
// Creates a throw-away database (DATABASE_URL's server, or an embedded PostgreSQL), lets the
// compiled API migrate it, seeds it with tools/seed (region by default), captures each
// request's SQL through a `--require` hook on a first API process (see case-lists.mjs), then
// measures a clean API process at concurrency 1 and 32, the replayed SQL on a pg.Pool of 20,
// /api/health and a bare hello-world Nest app on the same machine; then the journal export of
// a year for the largest centre (time and peak RSS of the API process, and how /api/health
// answers meanwhile) and EXPLAIN (ANALYZE, BUFFERS) of the main queries. Writes the results
// into docs/performance.md (between the BENCH markers) unless --no-write. Loopback only.
// --database <url> measures a database seeded before (`npm run seed:demo -- --scale ...`, or an
// empty one, then seeded here) and leaves it in place: the national seed takes half an hour.
// --no-export skips the journal export (bench/export-memory.mjs looks at it more closely).
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  DB_TIME_HOOK,
  HOOK,
  request,
  json,
  load,
  stats,
  ms,
  readDbTime,
  isSessionStatement,
  startBuiltApi,
} from './bench-kit.mjs';
import { seedDemo, DEMO_PASSWORD } from '../tools/seed/seed-demo.mjs';

const require = createRequire(import.meta.url);
const { startDatabaseServer, createDatabase, ROOT } = require('../tools/testing/server.cjs');

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'region' },
    c1: { type: 'string', default: '60' },
    c32: { type: 'string', default: '320' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    database: { type: 'string' },
    'no-export': { type: 'boolean', default: false },
  },
});
/** How docker-compose.yml runs the API (NODE_OPTIONS there). */
const DEPLOYED_HEAP = '--max-old-space-size=512';
const C1 = Number(args.c1);
const C32 = Number(args.c32);

const rssOf = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
};
const mib = (bytes) =>
  bytes < 10 * 1048576
    ? `${(bytes / 1048576).toFixed(1)} MiB`
    : `${(bytes / 1048576).toFixed(0)} MiB`;
const today = new Date().toISOString().slice(0, 10);
const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);

/** A search as people type it: a common surname with one letter dropped, sometimes a first name. */
const QUERIES = [
  'ивнов',
  'смирнва',
  'кузнецов алекс',
  'попва',
  'петров дмитр',
  'соклов',
  'новикова',
  'морозов',
];

/** What a database seeded before holds (seedDemo only counts what it seeds). */
async function demoCounts(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT (SELECT count(*) FROM graduates)::int AS graduates,
              (SELECT count(*) FROM appeals)::int AS appeals,
              (SELECT count(*) FROM aid_services)::int AS services`,
    );
    return rows[0];
  } finally {
    await c.end();
  }
}

function helloApp() {
  return new Promise((resolve, reject) => {
    const child = fork(join(ROOT, 'bench/http-adapters.mjs'), ['--serve', 'express'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('message', ({ port }) =>
      resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }),
    );
  });
}

const server = args.database ? null : await startDatabaseServer();
const database = args.database
  ? { url: args.database, drop: async () => undefined }
  : await createDatabase(server.serverUrl);
const tmp = mkdtempSync(join(tmpdir(), 'postcare-bench-'));
let api = null;
let pool = null;
let hello = null;
try {
  // 1. Schema (the API migrates at start) and data.
  const hookFile = join(tmp, 'hook.cjs');
  const sqlLog = join(tmp, 'sql.jsonl');
  writeFileSync(hookFile, HOOK);
  writeFileSync(sqlLog, '');
  api = await startBuiltApi(database.url, {
    LOG_LEVEL: 'error',
    NODE_OPTIONS: `--require ${hookFile}`,
    BENCH_SQL_LOG: sqlLog,
    BENCH_ROOT: ROOT,
  });
  const t0 = performance.now();
  const seeded = await seedDemo(database.url, { scale: args.scale, quiet: true });
  const seedSeconds = (performance.now() - t0) / 1000;
  if (seeded.already) seeded.counts = await demoCounts(database.url);
  console.log(`seeded ${args.scale} in ${seedSeconds.toFixed(0)} s`, seeded.counts);

  const loginAs = async (login, password = DEMO_PASSWORD) =>
    (await json(api.url, 'POST', '/api/auth/login', null, { login, password })).accessToken;
  let head = await loginAs('demo.head');
  let specialist = await loginAs('demo.specialist');
  const {
    rows: [pick],
  } = await (async () => {
    const c = new pg.Client({ connectionString: database.url });
    await c.connect();
    try {
      return await c.query(
        `SELECT g.id AS graduate, (SELECT count(*) FROM graduates WHERE institution_id = g.institution_id)::int AS files,
                (SELECT count(*) FROM appeals WHERE institution_id = g.institution_id)::int AS appeals,
                (SELECT count(*) FROM aid_services WHERE institution_id = g.institution_id)::int AS services
         FROM graduates g JOIN users u ON u.institution_id = g.institution_id AND u.login = 'demo.head'
         ORDER BY g.id LIMIT 1`,
      );
    } finally {
      await c.end();
    }
  })();
  const month = (() => {
    const last = new Date(`${today}T00:00:00Z`);
    last.setUTCDate(0);
    return { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1 };
  })();
  // A database measured before already has last month's report (409 names it).
  const created = await request(api.url, 'POST', '/api/reports', head, {
    kind: 'department_monthly',
    ...month,
  });
  const answer = JSON.parse(created.body.toString());
  const report = { id: created.status === 409 ? answer.existingId : answer.id };
  if (!report.id) throw new Error(`POST /api/reports: ${created.status} ${created.body}`);
  const deepAppeals = Math.max(1, Math.floor(pick.appeals / 20 / 2));
  const deepServices = Math.max(1, Math.floor(pick.services / 20 / 2));
  const deepFiles = Math.max(1, Math.floor(pick.files / 20 / 2));

  // A case's requests cycle through its paths (the searches through QUERIES); each path's SQL
  // is captured, and the floor cycles through the same statements in the same order.
  const searches = QUERIES.map((q) => `/api/graduates?q=${encodeURIComponent(q)}`);
  const cases = [
    { name: 'health', paths: ['/api/health'], token: null },
    {
      name: 'search, specialist',
      paths: searches,
      role: 'specialist',
    },
    {
      name: `search, head (${pick.files} files)`,
      paths: searches,
      role: 'head',
    },
    { name: 'graduates, first page', paths: ['/api/graduates'], role: 'head' },
    {
      name: `graduates, page ${deepFiles}`,
      paths: [`/api/graduates?page=${deepFiles}`],
      role: 'head',
    },
    {
      name: 'graduates, age 18–20',
      paths: ['/api/graduates?ageFrom=18&ageTo=20'],
      role: 'head',
    },
    { name: 'appeals, first page', paths: ['/api/appeals'], role: 'head' },
    {
      name: `appeals, page ${deepAppeals}`,
      paths: [`/api/appeals?page=${deepAppeals}`],
      role: 'head',
    },
    { name: 'appeals, status=new', paths: ['/api/appeals?status=new'], role: 'head' },
    { name: 'appeals, specialist', paths: ['/api/appeals'], role: 'specialist' },
    { name: 'services, first page', paths: ['/api/services'], role: 'head' },
    {
      name: `services, page ${deepServices}`,
      paths: [`/api/services?page=${deepServices}`],
      role: 'head',
    },
    { name: 'services, specialist', paths: ['/api/services'], role: 'specialist' },
    { name: 'card (graduate by id)', paths: [`/api/graduates/${pick.graduate}`], role: 'head' },
    { name: 'department monthly report', paths: [`/api/reports/${report.id}`], role: 'head' },
  ].filter((c) => !args.only || c.name === 'health' || c.name.includes(args.only));
  const tokenOf = (c) => (c.role === 'head' ? head : c.role === 'specialist' ? specialist : null);

  console.log('captured: logins ok');
  // 2. Capture each request's SQL (everything the process sent between two requests), after
  // the same request once uncaptured: what runs once per user or per process (the principal
  // and its session, prepared plans) is not what every request costs.
  const offsets = () => readFileSync(sqlLog, 'utf8').split('\n').filter(Boolean);
  const get = async (c, path) => {
    const res = await request(api.url, 'GET', path, tokenOf(c));
    if (res.status !== 200) throw new Error(`${c.name}: ${res.status} ${res.body}`);
  };
  for (const c of cases) {
    c.sql = [];
    for (const path of c.paths) {
      await get(c, path);
      await new Promise((r) => setTimeout(r, 50));
      const before = offsets().length;
      await get(c, path);
      await new Promise((r) => setTimeout(r, 50));
      c.sql.push(
        offsets()
          .slice(before)
          .map((l) => JSON.parse(l))
          .filter((s) => !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(s.text))
          .filter((s) => !isSessionStatement(s)),
      );
    }
  }
  await api.stop();

  console.log('captured sql (the first path of each case):');
  for (const c of cases)
    console.log(
      `  ${c.name}: ${c.sql[0].map((s) => s.text.replace(/\s+/g, ' ').slice(0, 70)).join(' | ') || '–'}`,
    );
  // 3. A clean API process, counting the time its queries take (DB_TIME_HOOK).
  const dbTimeFile = join(tmp, 'db-time.json');
  const dbTimeHook = join(tmp, 'db-time.cjs');
  writeFileSync(dbTimeHook, DB_TIME_HOOK);
  api = await startBuiltApi(database.url, {
    LOG_LEVEL: 'error',
    // The heap limit docker-compose.yml gives the API (see "Export memory" in the doc).
    NODE_OPTIONS: `--require ${dbTimeHook} ${DEPLOYED_HEAP}`,
    BENCH_DB_TIME: dbTimeFile,
    BENCH_ROOT: ROOT,
  });
  const dbTime = () => readDbTime(api.pid, dbTimeFile);
  head = await loginAs('demo.head');
  specialist = await loginAs('demo.specialist');
  pool = new pg.Pool({ connectionString: database.url, max: 20 });
  hello = await helloApp();

  const rows = [];
  /**
   * Several ways of doing a request, taken turn about so that each meets the same load from
   * the rest of the (shared) machine: at c=1 one request each in turn, at c=32 in rounds of a
   * few dozen. Returns each side's latencies at c=1 and c=32 and its throughput at c=32.
   * `atC1` wraps the c=1 phase (the database time is read around it).
   */
  const ROUNDS = 8;
  const alternate = async (sides, atC1 = (phase) => phase()) => {
    for (let i = 0; i < 10; i++) for (const once of sides) await once(); // warm-up
    const times = sides.map(() => ({ 1: [], 32: [], seconds: 0 }));
    await atC1(async () => {
      for (let i = 0; i < C1; i++) {
        for (const [side, once] of sides.entries()) {
          const t = performance.now();
          await once();
          times[side][1].push(performance.now() - t);
        }
      }
    });
    for (let round = 0; round < ROUNDS; round++) {
      for (const [side, once] of sides.entries()) {
        const t = performance.now();
        times[side][32].push(...(await load(Math.ceil(C32 / ROUNDS), 32, once)));
        times[side].seconds += (performance.now() - t) / 1000;
      }
    }
    return times.map((side) => {
      side[1].sort((x, y) => x - y);
      side[32].sort((x, y) => x - y);
      return { 1: stats(side[1]), 32: { ...stats(side[32]), rps: side[32].length / side.seconds } };
    });
  };
  /**
   * A request through the API beside its floor, and the database time per request at c=1,
   * where nothing else competes for the API's event loop: how long the request waited with a
   * query outstanding in the API process (DB_TIME_HOOK), against the floor's statements on a
   * held connection.
   */
  const compare = async (c) => {
    let sent = 0;
    let replayed = 0;
    let floorMs = 0;
    const viaApi = () => get(c, c.paths[sent++ % c.paths.length]);
    const viaPg = async () => {
      const client = await pool.connect();
      try {
        const t = performance.now();
        for (const s of c.sql[replayed++ % c.sql.length]) await client.query(s.text, s.values);
        floorMs += performance.now() - t;
      } finally {
        client.release();
      }
    };
    let db = NaN;
    let floorDb = null;
    const [api1, floor] = await alternate(
      c.sql[0].length ? [viaApi, viaPg] : [viaApi],
      async (phase) => {
        const before = await dbTime();
        [sent, replayed, floorMs] = [0, 0, 0];
        await phase();
        db = ((await dbTime()).ms - before.ms) / sent;
        if (replayed) floorDb = floorMs / replayed;
      },
    );
    return { api1, floor: floor ?? null, db, floorDb };
  };
  for (const c of cases) {
    const { api1, floor, db, floorDb } = await compare(c);
    rows.push({ name: c.name, statements: c.sql[0].length, api: api1, floor, db, floorDb });
    console.log(
      `${c.name.padEnd(34)} stmts ${String(c.sql[0].length).padStart(2)}  c1 p50 ${ms(api1[1].p50)} ms (floor ${floor ? ms(floor[1].p50) : '–'})  c32 ${api1[32].rps.toFixed(0)} req/s (floor ${floor ? floor[32].rps.toFixed(0) : '–'})  db/req ${ms(db)} ms (floor ${floorDb ? ms(floorDb) : '–'})`,
    );
  }
  // /api/health beside a bare Nest app and `SELECT 1`, turn about as above.
  const [health, helloRow, selectOne] = await alternate([
    () => get({ name: 'health' }, '/api/health'),
    async () => {
      const res = await request(hello.url, 'GET', '/ping');
      if (res.status !== 200) throw new Error('hello');
    },
    () => pool.query('SELECT 1'),
  ]);
  console.log(
    `hello-world Nest: c32 ${helloRow[32].rps.toFixed(0)} req/s; SELECT 1: ${selectOne[32].rps.toFixed(0)}/s`,
  );

  // 4. The journal export of a year for the largest centre, with /api/health polled meanwhile.
  const journal = args['no-export'] ? null : await exportYear();
  async function exportYear() {
    const pid = api.pid;
    const baseRss = pid ? rssOf(pid) : 0;
    let peak = baseRss;
    const healthTimes = [];
    let exporting = true;
    const sampler = (async () => {
      while (exporting) {
        if (pid) peak = Math.max(peak, rssOf(pid));
        const t = performance.now();
        await request(api.url, 'GET', '/api/health');
        healthTimes.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const te = performance.now();
    const exported = await request(
      api.url,
      'GET',
      `/api/journal/export?from=${yearAgo}&to=${today}`,
      head,
    );
    const exportMs = performance.now() - te;
    exporting = false;
    await sampler;
    if (exported.status !== 200) throw new Error(`export: ${exported.status}`);
    healthTimes.sort((a, b) => a - b);
    const journal = {
      seconds: exportMs / 1000,
      bytes: exported.body.length,
      baseRss,
      peak,
      health: healthTimes.length ? stats(healthTimes) : null,
      healthMax: healthTimes.at(-1),
    };
    console.log(
      `journal export (a year): ${journal.seconds.toFixed(1)} s, ${mib(journal.bytes)}; API RSS ${mib(baseRss)} → peak ${mib(peak)}; /api/health meanwhile p99 ${journal.health ? ms(journal.health.p99) : '–'} ms`,
    );
    return journal;
  }

  // 5. Plans of the main queries.
  const plans = [];
  for (const c of cases.filter((c) =>
    /search, head|appeals, first|services, first|appeals, page|card/.test(c.name),
  )) {
    const main = c.sql[0].filter(
      (s) => /^SELECT/i.test(s.text) && !/FROM users u LEFT JOIN institutions/.test(s.text),
    );
    for (const s of main.slice(0, 2)) {
      const { rows: plan } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
      plans.push({ name: c.name, sql: s.text, plan: plan.map((r) => r['QUERY PLAN']).join('\n') });
    }
  }

  // 6. The report.
  const {
    rows: [{ server_version: pgVersion }],
  } = await pool.query('SHOW server_version');
  const machine = `${availableParallelism()} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${pgVersion}`;
  const f = (v) => ms(v);
  const ratio = (a, b) => (b ? (a / b).toFixed(1) : '–');
  // A request's share of /api/health's throughput, both measured in their own turn.
  const healthRps = rows.find((r) => r.name === 'health')?.api[32].rps ?? health[32].rps;
  const table = [
    `Machine: ${machine}. Scale \`${args.scale}\`: ${seeded.counts.graduates} files, ${seeded.counts.appeals} appeals, ${seeded.counts.services} acts of help (${seeded.already ? 'seeded before' : `seeded in ${seedSeconds.toFixed(0)} s`}); measured institution: ${pick.files} files, ${pick.appeals} appeals, ${pick.services} acts of help. ${C1} requests at c=1, ${C32} at c=32. Latencies in ms; × = API / floor.`,
    '',
    '| request | stmts | c=1 p50 | p95 | p99 | floor p95 | × p95 | c=32 p50 | p95 | p99 | p99/p50 | floor p95 | × p95 | req/s | % of health | floor req/s | DB ms/req | floor | × DB |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map((r) => {
      const [a1, a32] = [r.api[1], r.api[32]];
      const [f1, f32] = [r.floor?.[1], r.floor?.[32]];
      const dash = '–';
      return `| ${r.name} | ${r.statements} | ${f(a1.p50)} | ${f(a1.p95)} | ${f(a1.p99)} | ${f1 ? f(f1.p95) : dash} | ${f1 ? ratio(a1.p95, f1.p95) : dash} | ${f(a32.p50)} | ${f(a32.p95)} | ${f(a32.p99)} | ${ratio(a32.p99, a32.p50)} | ${f32 ? f(f32.p95) : dash} | ${f32 ? ratio(a32.p95, f32.p95) : dash} | ${a32.rps.toFixed(0)} | ${((100 * a32.rps) / healthRps).toFixed(0)} % | ${f32 ? f32.rps.toFixed(0) : dash} | ${f(r.db)} | ${r.floorDb ? f(r.floorDb) : dash} | ${r.floorDb ? ratio(r.db, r.floorDb) : dash} |`;
    }),
    `| hello-world Nest (Express), same machine | – | ${f(helloRow[1].p50)} | ${f(helloRow[1].p95)} | ${f(helloRow[1].p99)} | – | – | ${f(helloRow[32].p50)} | ${f(helloRow[32].p95)} | ${f(helloRow[32].p99)} | ${ratio(helloRow[32].p99, helloRow[32].p50)} | – | – | ${helloRow[32].rps.toFixed(0)} | – | – | – | – | – |`,
    `| SELECT 1 through pg | 1 | ${f(selectOne[1].p50)} | ${f(selectOne[1].p95)} | ${f(selectOne[1].p99)} | – | – | ${f(selectOne[32].p50)} | ${f(selectOne[32].p95)} | ${f(selectOne[32].p99)} | ${ratio(selectOne[32].p99, selectOne[32].p50)} | – | – | ${selectOne[32].rps.toFixed(0)} | – | – | – | – | – |`,
    '',
    `\`/api/health\` at c=32 is ${((100 * health[32].rps) / helloRow[32].rps).toFixed(0)} % of the hello-world app's throughput (${health[32].rps.toFixed(0)} against ${helloRow[32].rps.toFixed(0)} req/s, taken turn about). "% of health" is a request's throughput at c=32 against \`/api/health\`'s; "DB ms/req" the time a request waited for the database at c=1 (at least one of its queries outstanding, from sending to the rows parsed), against the floor's statements on a held connection.`,
    '',
    journal
      ? `Journal export of a year (${yearAgo}..${today}) for the measured institution: ${journal.seconds.toFixed(1)} s, ${mib(journal.bytes)} of XLSX; API process (${DEPLOYED_HEAP}, as deployed) RSS ${mib(journal.baseRss)} before, peak ${mib(journal.peak)} during; \`/api/health\` polled meanwhile: p50 ${journal.health ? f(journal.health.p50) : '–'} ms, p99 ${journal.health ? f(journal.health.p99) : '–'} ms, max ${journal.healthMax ? f(journal.healthMax) : '–'} ms.`
      : 'Journal export not measured in this run (--no-export).',
    '',
    '<details><summary>EXPLAIN (ANALYZE, BUFFERS) of the main queries</summary>',
    '',
    ...plans.flatMap((p) => [
      `**${p.name}**`,
      '',
      '```sql',
      p.sql,
      '```',
      '',
      '```',
      p.plan,
      '```',
      '',
    ]),
    '</details>',
  ].join('\n');
  console.log(`\n${table.split('\n<details>')[0]}`);
  if (!args['no-write']) {
    const file = join(ROOT, 'docs/performance.md');
    const doc = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const begin = `<!-- BENCH ${args.scale} BEGIN -->`;
    const end = `<!-- BENCH ${args.scale} END -->`;
    const block = `${begin}\n${table}\n${end}`;
    writeFileSync(
      file,
      doc.includes(begin)
        ? doc.replace(new RegExp(`${begin}[\\s\\S]*${end}`), () => block)
        : `${doc}\n${block}\n`,
    );
    console.log(`written to docs/performance.md (${args.scale})`);
  }
} finally {
  hello?.stop();
  await pool?.end().catch(() => undefined);
  await api?.stop();
  await database.drop();
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
