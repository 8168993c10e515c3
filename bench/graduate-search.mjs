// Graduate search latency at 10,000 personal files, through the real HTTP API.
//   npm run build && node bench/graduate-search.mjs [count=10000] [queries=400]
// Starts the compiled API on a fresh database (DATABASE_URL's server, or an embedded
// PostgreSQL), seeds the files, runs name searches with typos and ё/е, prints percentiles,
// and drops everything. Only loopback traffic; bounded in count.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { seedGraduates, syntheticPerson } from './seed-graduates.mjs';

const require = createRequire(import.meta.url);
const { startDatabaseServer, createDatabase, startApi } = require('../tools/testing/server.cjs');

const count = Number(process.argv[2] ?? 10000);
const queries = Number(process.argv[3] ?? 400);

/** A realistic query: a surname with one letter dropped or changed, sometimes with a first name, ё written as е. */
function misspelled(i) {
  const p = syntheticPerson((i * 7919) % count);
  let surname = p.lastName.toLowerCase().replace(/ё/g, 'е');
  const at = 1 + (i % (surname.length - 2));
  surname =
    i % 2
      ? surname.slice(0, at) + surname.slice(at + 1)
      : surname.slice(0, at) + 'и' + surname.slice(at + 1);
  return i % 3 === 0 ? `${surname} ${p.firstName}` : surname;
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function post(url, token, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

const server = await startDatabaseServer();
const database = await createDatabase(server.serverUrl);
const api = await startApi(database.url, { LOG_LEVEL: 'error' });
try {
  const admin = await post(`${api.url}/api/auth/login`, null, {
    login: 'admin',
    password: api.settings.ADMIN_PASSWORD,
  });
  const home = await post(`${api.url}/api/institutions`, admin.accessToken, {
    name: 'Бенчмарк',
    kind: 'children_home',
    region: 'Край',
  });
  await post(`${api.url}/api/users`, admin.accessToken, {
    login: 'bench.head',
    fullName: 'Руководитель',
    role: 'head',
    institutionId: home.id,
    password: 'Walrus-Cinnamon-84',
  });
  const head = await post(`${api.url}/api/auth/login`, null, {
    login: 'bench.head',
    password: 'Walrus-Cinnamon-84',
  });
  const seeded = await seedGraduates(database.url, home.id, count);
  console.log(`seeded ${seeded} graduates`);

  const search = async (q) => {
    const t = performance.now();
    const res = await fetch(`${api.url}/api/graduates?q=${encodeURIComponent(q)}&pageSize=20`, {
      headers: { authorization: `Bearer ${head.accessToken}` },
    });
    const body = await res.json();
    if (!res.ok) throw new Error(`search ${q}: ${res.status}`);
    return { ms: performance.now() - t, found: body.total };
  };
  for (let i = 0; i < 20; i++) await search(misspelled(i)); // warm-up

  for (const concurrency of [1, 4]) {
    const times = [];
    let empty = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < queries) {
          const { ms, found } = await search(misspelled(next++));
          times.push(ms);
          if (found === 0) empty++;
        }
      }),
    );
    times.sort((a, b) => a - b);
    const f = (v) => v.toFixed(1).padStart(7);
    console.log(
      `concurrency ${concurrency}: ${times.length} searches  p50 ${f(percentile(times, 50))} ms  p95 ${f(percentile(times, 95))} ms  p99 ${f(percentile(times, 99))} ms  max ${f(times.at(-1))} ms  no-match ${empty}`,
    );
  }
} finally {
  await api.stop();
  await database.drop();
  await server.stop();
}
