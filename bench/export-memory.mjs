// Where the journal export's memory goes: the export of a year for the largest centre, read by
// a fast client and by a slow one, with the API process's memory sampled throughout.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<a database you created> \
//     node bench/export-memory.mjs [--scale region] [--rate 200] [--slow-seconds 60]
//     [--clients fast,slow,paused] [--from 2025-12-01 --to 2026-11-30] [--gc-probe]
//     [--node-options '--max-old-space-size=512']
// The database is used as it is; an empty one is migrated by the API and seeded with tools/seed
// first (the seed is deterministic, so a database seeded once can be reused). The API runs from
// apps/api/dist (build it first) with a `--require` hook writing `process.memoryUsage()` every
// 100 ms to a file; RSS also comes from /proc. `/api/health` is polled every 100 ms at rest,
// then during each export, and the two are compared. Clients:
//   fast   reads as fast as it can;
//   slow   reads at --rate KB/s for --slow-seconds, then as fast as it can (a slow phone line
//          must not make the server buffer the file);
//   paused reads nothing for --slow-seconds, then everything (a client that stops reading).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { json, request, stats, ms, startBuiltApi } from './bench-kit.mjs';
import { seedDemo } from '../tools/seed/seed-demo.mjs';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'region' },
    rate: { type: 'string', default: '200' },
    'slow-seconds': { type: 'string', default: '60' },
    clients: { type: 'string', default: 'fast,slow' },
    'gc-probe': { type: 'boolean', default: false },
    'node-options': { type: 'string', default: '' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || /\/postgres$/.test(databaseUrl)) {
  console.error('DATABASE_URL must name a database created for this measurement');
  process.exit(2);
}
const RATE = Number(args.rate) * 1000;
const SLOW_MS = Number(args['slow-seconds']) * 1000;
const to = args.to ?? new Date().toISOString().slice(0, 10);
const from =
  args.from ??
  new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);

const MEMORY_HOOK = `
const fs = require('node:fs');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const file = process.env.BENCH_MEMORY_LOG;
// The longest the event loop was held in each 100 ms: what any request waits for at most.
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
let ticks = 0;
setInterval(() => {
  const m = process.memoryUsage();
  const blocked = delay.max / 1e6;
  delay.reset();
  // --gc-probe: a full collection every 2 s tells the live heap from garbage not yet collected.
  let live;
  if (global.gc && ++ticks % 20 === 0) {
    global.gc();
    live = process.memoryUsage().heapUsed;
  }
  fs.appendFileSync(file, JSON.stringify({ t: Date.now(), ...m, live, blocked }) + '\\n');
}, 100).unref();
`;

const MiB = 1048576;
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mib = (bytes) => `${(bytes / MiB).toFixed(0)} MiB`;
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const rssOf = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;

/** GET the export and read it the way `client` does; resolves with the bytes and times. */
function download(base, token, client) {
  const url = new URL(`/api/journal/export?from=${from}&to=${to}`, base);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // A connection of its own: the health probes must not queue behind the download.
    const req = http.get(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        agent: false,
        headers: { authorization: `Bearer ${token}` },
      },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`export: ${res.statusCode}`));
        let bytes = 0;
        let firstByte = null;
        const holdUntil = started + SLOW_MS;
        res.on('data', (chunk) => {
          firstByte ??= performance.now() - started;
          bytes += chunk.length;
          const now = performance.now();
          if (client === 'paused' && now < holdUntil) {
            res.pause();
            setTimeout(() => res.resume(), holdUntil - now);
          } else if (client === 'slow' && now < holdUntil) {
            res.pause();
            setTimeout(() => res.resume(), (chunk.length / RATE) * 1000);
          }
        });
        res.on('end', () => resolve({ bytes, firstByte, ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

/** Polls /api/health every 100 ms until `stop()`; returns the latencies. */
function pollHealth(base) {
  const times = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const t = performance.now();
      await request(base, 'GET', '/api/health');
      times.push(performance.now() - t);
      await sleep(100);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return times.sort((a, b) => a - b);
    },
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'postcare-export-memory-'));
const hookFile = join(tmp, 'memory.cjs');
const memoryLog = join(tmp, 'memory.jsonl');
writeFileSync(hookFile, MEMORY_HOOK);
writeFileSync(memoryLog, '');
let api = null;
try {
  api = await startBuiltApi(databaseUrl, {
    LOG_LEVEL: 'error',
    NODE_OPTIONS: [
      `--require ${hookFile}`,
      args['gc-probe'] ? '--expose-gc' : '',
      args['node-options'],
    ].join(' '),
    BENCH_MEMORY_LOG: memoryLog,
  });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const {
    rows: [{ n }],
  } = await db.query(`SELECT count(*)::int AS n FROM graduates`);
  if (n === 0) {
    const t = performance.now();
    const seeded = await seedDemo(databaseUrl, { scale: args.scale, quiet: true });
    console.log(
      `seeded ${args.scale} in ${((performance.now() - t) / 1000).toFixed(0)} s`,
      seeded.counts,
    );
  }
  const {
    rows: [centre],
  } = await db.query(
    `SELECT (SELECT count(*) FROM appeals a WHERE a.institution_id = u.institution_id
               AND a.registered_at >= $1::date AND a.registered_at < $2::date + 1)::int AS appeals,
            (SELECT count(*) FROM aid_services s WHERE s.institution_id = u.institution_id
               AND s.provided_on BETWEEN $1::date AND $2::date)::int AS services
     FROM users u WHERE u.login = 'demo.head'`,
    [from, to],
  );
  await db.end();
  console.log(
    `export ${from}..${to} as demo.head: ~${centre.appeals} appeals, ~${centre.services} acts of help in the period`,
  );
  const head = (
    await json(api.url, 'POST', '/api/auth/login', null, {
      login: 'demo.head',
      password: 'Demo-password-2026',
    })
  ).accessToken;

  // At rest: the same probe for 5 s.
  await sleep(2000);
  const rest = pollHealth(api.url);
  await sleep(5000);
  const atRest = stats(await rest.stop());
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`/api/health at rest: p50 ${ms(atRest.p50)} ms, p99 ${ms(atRest.p99)} ms`);

  const memory = () =>
    readFileSync(memoryLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  for (const client of args.clients.split(',')) {
    await sleep(3000);
    const since = Date.now();
    const baseRss = rssOf(api.pid);
    let peakRss = baseRss;
    const sampling = setInterval(() => (peakRss = Math.max(peakRss, rssOf(api.pid))), 100);
    const health = pollHealth(api.url);
    const result = await download(api.url, head, client);
    clearInterval(sampling);
    const during = stats(await health.stop());
    const samples = memory().filter((m) => m.t >= since);
    const peak = (key) => Math.max(...samples.map((m) => m[key] ?? 0));
    const before = memory()
      .filter((m) => m.t < since)
      .at(-1);
    console.log(
      [
        `${client.padEnd(6)} ${(result.ms / 1000).toFixed(1)} s, ${mib(result.bytes)}, first byte ${ms(result.firstByte)} ms`,
        `RSS ${mib(baseRss)} -> peak ${mib(peakRss)} (+${mib(peakRss - baseRss)})`,
        `heapUsed ${mib(before.heapUsed)} -> peak ${mib(peak('heapUsed'))}`,
        `external ${mib(before.external)} -> peak ${mib(peak('external'))}`,
        `arrayBuffers ${mib(before.arrayBuffers)} -> peak ${mib(peak('arrayBuffers'))}`,
        ...(args['gc-probe'] ? [`live heap after a full GC: peak ${mib(peak('live'))}`] : []),
        `/api/health p50 ${ms(during.p50)} ms (rest ${ms(atRest.p50)}), p99 ${ms(during.p99)} ms`,
        `event loop held up to ${ms(peak('blocked'))} ms (p50 of 100 ms windows ${ms(median(samples.map((m) => m.blocked)))} ms)`,
        `load ${loadavg()[0].toFixed(1)}`,
      ].join('; '),
    );
  }
} finally {
  await api?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
