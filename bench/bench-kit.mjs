// Shared by the benchmarks: the SQL capture hook, HTTP requests, load and percentiles, and
// starting the compiled API. See case-lists.mjs and reports.mjs for how they are used.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { startApi, API_MAIN } = require('../tools/testing/server.cjs');

// ---------------------------------------------------------------- the SQL capture hook

export const HOOK = `
const fs = require('node:fs');
const pg = require(require.resolve('pg', { paths: [process.env.BENCH_ROOT] }));
const file = process.env.BENCH_SQL_LOG;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  const text = typeof config === 'string' ? config : config && config.text;
  const params = Array.isArray(values) ? values : (config && config.values) || [];
  if (text) fs.appendFileSync(file, JSON.stringify({ pid: this.processID, text, values: params }) + '\\n');
  return query.apply(this, arguments);
};
`;

/**
 * The time an API process spends waiting for its database: wall time during which at least
 * one of its queries is outstanding, from `query()` to the rows parsed (so two queries sent
 * together count once, as the time the request waits). Promise-returning queries only (what
 * TypeORM sends; the export's cursors are left out). On SIGUSR2 the process writes
 * `{ count, ms }` so far to BENCH_DB_TIME (readDbTime).
 */
export const DB_TIME_HOOK = `
const fs = require('node:fs');
const { performance } = require('node:perf_hooks');
const pg = require(require.resolve('pg', { paths: [process.env.BENCH_ROOT] }));
const total = { count: 0, ms: 0 };
let outstanding = 0;
let since = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function () {
  const result = query.apply(this, arguments);
  if (result && typeof result.then === 'function') {
    if (outstanding++ === 0) since = performance.now();
    const done = () => {
      total.count++;
      if (--outstanding === 0) total.ms += performance.now() - since;
    };
    result.then(done, done);
  }
  return result;
};
process.on('SIGUSR2', () => fs.writeFileSync(process.env.BENCH_DB_TIME, JSON.stringify(total)));
`;

/** The query time counted so far by DB_TIME_HOOK in process `pid`. */
export async function readDbTime(pid, file) {
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let waited = 0; waited < 200; waited++) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  throw new Error('the API did not report its query time');
}

// ---------------------------------------------------------------- HTTP and timing helpers

export const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function request(base, method, path, token, body) {
  const url = new URL(path, base);
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': payload.length }
            : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export async function json(base, method, path, token, body) {
  const res = await request(base, method, path, token, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.body}`);
  return JSON.parse(res.body.toString());
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs `once` `total` times with `concurrency` workers; returns sorted latencies in ms. */
export async function load(total, concurrency, once) {
  const times = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        await once();
        times.push(performance.now() - t);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

export const stats = (t) => ({
  p50: percentile(t, 50),
  p95: percentile(t, 95),
  p99: percentile(t, 99),
});
export const ms = (v) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));

/**
 * startApi, tolerating a concurrent rebuild of apps/api/dist (`rm -rf dist && tsc`): waits
 * for the entry point to be back and tries again, a bounded number of times.
 */
export async function startBuiltApi(databaseUrl, env) {
  for (let attempt = 1; ; attempt++) {
    for (let waited = 0; !existsSync(API_MAIN) && waited < 120; waited++)
      await new Promise((r) => setTimeout(r, 1000));
    try {
      return await startApi(databaseUrl, env);
    } catch (e) {
      if (attempt >= 3) throw e;
      console.error(`the API did not start (${e.message}); retrying`);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

const isAuthStatement = (q) =>
  /FROM "users" "User"/.test(q.text) && /"User"\."active" = /.test(q.text);
const isAuditStatement = (q) => /^INSERT INTO "audit_log"/.test(q.text);
/**
 * What the API reads to restore a signed-in user (the account, its session), once per user
 * every 30 s (PrincipalCache, SessionCache): not a cost of the request that happens to refill it.
 */
const isSessionStatement = (q) =>
  /^SELECT\b/.test(q.text) &&
  (/FROM "users" "User"/.test(q.text) || /FROM "refresh_tokens" "RefreshToken"/.test(q.text));
export { isAuthStatement, isAuditStatement, isSessionStatement };
