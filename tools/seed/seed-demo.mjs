// Demo data: institutions in several time zones, staff, personal files with realistic Russian
// names, appeals with their problems, and help given (with and without an appeal).
//   npm run seed:demo -- [--scale small|region|national] [--seed 1] [--force]
// Targets DATABASE_URL, or the embedded PostgreSQL that `npm start` runs (start the app once
// first, so the schema exists). Deterministic: the same --seed gives the same people.
// Refuses a database holding data of its own (institutions not made by this tool) unless
// --force. Rows are generated inside PostgreSQL (generate_series, unnest of big arrays), so
// `national` (1,500 institutions, 150,000 files, 1.5 M appeals, 6 M acts of help) takes minutes.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { personMaker } from './names.mjs';

const require = createRequire(import.meta.url);

export const SCALES = {
  // One institution of ~200 files and a second, smaller one: what a newcomer clicks through.
  small: { institutions: 2, bigCentre: 200, perInstitution: 60 },
  // A region: a 10,000-file centre and 29 ordinary institutions.
  region: { institutions: 30, bigCentre: 10_000, perInstitution: 170 },
  // The country: 1,500 institutions, 150,000 files.
  national: { institutions: 1_500, bigCentre: 10_000, perInstitution: 94 },
};
/** Per personal file: appeals, help given for each appeal, help given without one. */
const APPEALS_PER_FILE = 10;
const SERVICES_PER_APPEAL = 3;
const ONE_OFF_PER_FILE = 10;
/** Files a specialist carries. */
const FILES_PER_SPECIALIST = 60;

export const DEMO_MARK = '(демо)';
export const DEMO_PASSWORD = 'Demo-password-2026';

const ZONES = [
  ['Europe/Moscow', 'Московская область', 'Подольск'],
  ['Europe/Samara', 'Самарская область', 'Тольятти'],
  ['Asia/Yekaterinburg', 'Свердловская область', 'Екатеринбург'],
  ['Asia/Omsk', 'Омская область', 'Омск'],
  ['Asia/Novosibirsk', 'Новосибирская область', 'Бердск'],
  ['Asia/Krasnoyarsk', 'Красноярский край', 'Ачинск'],
  ['Asia/Irkutsk', 'Иркутская область', 'Ангарск'],
  ['Asia/Yakutsk', 'Республика Саха (Якутия)', 'Якутск'],
  ['Asia/Vladivostok', 'Хабаровский край', 'Хабаровск'],
  ['Asia/Magadan', 'Магаданская область', 'Магадан'],
  ['Asia/Kamchatka', 'Камчатский край', 'Петропавловск-Камчатский'],
];
const KINDS = ['children_home', 'boarding_school', 'family_center', 'regional_center'];

/** The database the app uses: DATABASE_URL, else the embedded one of `npm start`. */
export function appDatabaseUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const port = process.env.EMBEDDED_PG_PORT ?? '54329';
  return `postgres://postgres:postgres@127.0.0.1:${port}/postcare`;
}

const log = (quiet, ...args) => quiet || console.log(...args);

/**
 * Seeds `databaseUrl` at `scale`; returns the logins and counts. The big centre is the first
 * institution (index 0); its head is `demo.head`, its first specialist `demo.specialist`.
 */
export async function seedDemo(
  databaseUrl,
  { scale = 'small', seed = 1, force = false, quiet = false } = {},
) {
  const size = SCALES[scale];
  if (!size) throw new Error(`unknown scale ${scale}: small, region or national`);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const started = performance.now();
  const step = async (label, work) => {
    const t = performance.now();
    const result = await work();
    log(quiet, `  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return result;
  };
  try {
    const {
      rows: [state],
    } = await db.query(
      `SELECT (SELECT count(*) FROM institutions WHERE name NOT LIKE '%' || $1)::int AS foreign,
              (SELECT count(*) FROM institutions WHERE name LIKE '%' || $1)::int AS demo`,
      [DEMO_MARK],
    );
    if (state.demo > 0) {
      log(quiet, 'Demo data is already there.');
      return { already: true, login: 'demo.head', password: DEMO_PASSWORD };
    }
    if (state.foreign > 0 && !force) {
      throw new Error(
        `the database holds ${state.foreign} institution(s) not made by the demo seed; refusing (--force to add demo data anyway)`,
      );
    }
    await db.query(`SET synchronous_commit = off`);
    const hash = await require('argon2').hash(DEMO_PASSWORD);

    // Institutions and staff.
    const files = Array.from({ length: size.institutions }, (_, i) =>
      i === 0 ? size.bigCentre : size.perInstitution,
    );
    const institutions = await step('institutions', async () => {
      const names = files.map((_, i) => {
        const [, region, town] = ZONES[i % ZONES.length];
        const what = i === 0 ? 'Центр постинтернатного сопровождения' : 'Детский дом';
        return [`${what} № ${i + 1}, ${town} ${DEMO_MARK}`, region, town];
      });
      const { rows } = await db.query(
        `INSERT INTO institutions (version, name, kind, region, municipality, time_zone)
         SELECT 1, n.name, n.kind::institution_kind, n.region, n.town, n.zone
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
           WITH ORDINALITY AS n(name, kind, region, town, zone, i)
         ORDER BY n.i
         RETURNING id`,
        [
          names.map((n) => n[0]),
          files.map((_, i) => (i === 0 ? 'regional_center' : KINDS[i % KINDS.length])),
          names.map((n) => n[1]),
          names.map((n) => n[2]),
          files.map((_, i) => ZONES[i % ZONES.length][0]),
        ],
      );
      return rows.map((r) => r.id);
    });
    const staffMaker = personMaker(seed * 7919 + 1);
    const staff = []; // [institution index, role, login]
    files.forEach((count, i) => {
      const prefix = i === 0 ? 'demo' : `demo${i + 1}`;
      staff.push([i, 'head', `${prefix}.head`], [i, 'supervisor', `${prefix}.supervisor`]);
      const specialists = Math.max(2, Math.ceil(count / FILES_PER_SPECIALIST));
      for (let k = 1; k <= specialists; k++)
        staff.push([
          i,
          'specialist',
          k === 1 ? `${prefix}.specialist` : `${prefix}.specialist${k}`,
        ]);
    });
    await step(`staff (${staff.length})`, () =>
      db.query(
        `INSERT INTO users (version, login, password_hash, full_name, position, role, institution_id)
         SELECT 1, s.login, $1, s.full_name, s.position, s.role::user_role, ($2::uuid[])[s.inst + 1]
         FROM unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[])
           AS s(inst, role, login, full_name, position)`,
        [
          hash,
          institutions,
          staff.map((s) => s[0]),
          staff.map((s) => s[1]),
          staff.map((s) => s[2]),
          staff.map(() => {
            const p = staffMaker();
            return `${p.lastName} ${p.firstName} ${p.patronymic}`.trim();
          }),
          staff.map((s) =>
            s[1] === 'head'
              ? 'Руководитель'
              : s[1] === 'supervisor'
                ? 'Методист'
                : 'Специалист по социальной работе',
          ),
        ],
      ),
    );
    await db.query(
      `CREATE TEMP TABLE demo_staff AS
      SELECT institution_id, array_agg(id ORDER BY login) AS specialists
      FROM users WHERE role = 'specialist' AND institution_id = ANY($1::uuid[])
      GROUP BY institution_id`,
      [institutions],
    );

    // Personal files, in batches of names made here (the PRNG) and rows made by PostgreSQL.
    const person = personMaker(seed);
    const total = files.reduce((a, b) => a + b, 0);
    await step(`personal files (${total})`, async () => {
      const BATCH = 20_000;
      let owner = 0;
      let leftInOwner = files[0];
      for (let done = 0; done < total; done += BATCH) {
        const n = Math.min(BATCH, total - done);
        const inst = [];
        const people = [];
        for (let k = 0; k < n; k++) {
          while (leftInOwner === 0) leftInOwner = files[++owner];
          leftInOwner--;
          inst.push(owner);
          people.push(person());
        }
        await db.query(
          `INSERT INTO graduates (version, institution_id, last_name, first_name, patronymic, sex,
             birth_date, legal_status, status, responsible_specialist_id, left_care_on,
             registration_address, actual_address)
           SELECT 1, ($1::uuid[])[p.inst + 1], p.last, p.first, p.patr, p.sex::sex, p.birth,
                  (ARRAY['orphan', 'without_parental_care', 'from_among'])[1 + p.i % 3]::legal_status,
                  'one_off',
                  CASE WHEN p.i % 10 = 0 THEN NULL  -- the intake queue
                       ELSE s.specialists[1 + p.i % cardinality(s.specialists)] END,
                  LEAST(p.birth + interval '18 years', current_date)::date,
                  'ул. Лесная, д. ' || (1 + p.i % 90),
                  'ул. Школьная, д. ' || (1 + p.i % 70) || ', кв. ' || (1 + p.i % 120)
           FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[])
             WITH ORDINALITY AS p(inst, last, first, patr, sex, birth, i)
           JOIN demo_staff s ON s.institution_id = ($1::uuid[])[p.inst + 1]
           ON CONFLICT DO NOTHING`,
          [
            institutions,
            inst,
            people.map((p) => p.lastName),
            people.map((p) => p.firstName),
            people.map((p) => p.patronymic),
            people.map((p) => p.sex),
            people.map((p) => p.birthDate),
          ],
        );
      }
    });
    const demoGraduates = `SELECT g.id, g.institution_id, g.responsible_specialist_id, g.birth_date,
        row_number() OVER (ORDER BY g.institution_id, g.search_name, g.birth_date) AS n
      FROM graduates g WHERE g.institution_id = ANY($1::uuid[])`;

    // Appeals over the last two years, 1–2 problems each; older ones mostly closed.
    await step(`appeals (~${total * APPEALS_PER_FILE})`, () =>
      db.query(
        `INSERT INTO appeals (version, institution_id, registered_at, channel, graduate_id, description,
           assigned_specialist_id, status, outcome, referred_to)
         SELECT 1, g.institution_id, a.at,
                (ARRAY['in_person', 'phone', 'messenger', 'outreach_visit', 'letter'])[1 + (g.n + k) % 5]::appeal_channel,
                g.id,
                (ARRAY['Нужна помощь с оформлением документов', 'Просит помочь найти работу',
                       'Вопрос о жилье', 'Нужна консультация юриста', 'Трудности в колледже',
                       'Просит помочь с пособием', 'Проблемы со здоровьем', ''])[1 + (g.n * 7 + k) % 8],
                CASE WHEN (g.n + k) % 12 = 0 THEN NULL
                     ELSE coalesce(g.responsible_specialist_id, s.specialists[1 + k % cardinality(s.specialists)]) END,
                st.status::appeal_status,
                CASE st.status WHEN 'resolved' THEN 'Вопрос решён' WHEN 'referred' THEN 'Направлен(а) к партнёрам' ELSE '' END,
                CASE st.status WHEN 'referred' THEN 'Центр занятости населения' ELSE '' END
         FROM (${demoGraduates}) g
         JOIN demo_staff s ON s.institution_id = g.institution_id
         CROSS JOIN generate_series(1, $2) k
         CROSS JOIN LATERAL (SELECT now() - make_interval(mins => ((hashtext(g.id::text || k) & 2147483647) % (730 * 1440))) AS at) a
         CROSS JOIN LATERAL (SELECT CASE WHEN a.at > now() - interval '14 days' THEN (ARRAY['new', 'in_progress'])[1 + k % 2]
                                         WHEN (g.n + k) % 9 = 0 THEN 'referred' ELSE 'resolved' END AS status) st`,
        [institutions, APPEALS_PER_FILE],
      ),
    );
    await step('appeal problems', async () => {
      const { rows } = await db.query(
        `SELECT array_agg(id ORDER BY code) AS ids FROM dictionary_entries WHERE kind = 'problem'`,
      );
      await db.query(
        `INSERT INTO appeal_problems (appeal_id, problem_id)
         SELECT a.id, ($2::uuid[])[1 + ((hashtext(a.id::text) & 2147483647) + j * 7) % cardinality($2::uuid[])]
         FROM appeals a CROSS JOIN generate_series(0, 1) j
         WHERE a.institution_id = ANY($1::uuid[]) AND (j = 0 OR hashtext(a.id::text) % 3 = 0)
         ON CONFLICT DO NOTHING`,
        [institutions, rows[0].ids],
      );
    });
    const {
      rows: [kinds],
    } = await db.query(
      `SELECT array_agg(id ORDER BY code) AS ids FROM dictionary_entries WHERE kind = 'service_kind'`,
    );
    await step(`help given for appeals (~${total * APPEALS_PER_FILE * SERVICES_PER_APPEAL})`, () =>
      db.query(
        `INSERT INTO aid_services (version, institution_id, provided_on, graduate_id, specialist_id, kind_id,
           form, delivery, duration_minutes, result, appeal_id)
         SELECT 1, a.institution_id, LEAST(current_date, (a.registered_at + make_interval(days => j * 3))::date),
                a.graduate_id, coalesce(a.assigned_specialist_id, s.specialists[1]),
                ($2::uuid[])[1 + ((hashtext(a.id::text) & 2147483647) + j) % cardinality($2::uuid[])],
                (CASE WHEN j = 2 THEN 'group' ELSE 'individual' END)::service_form,
                (CASE WHEN j = 1 THEN 'remote' ELSE 'in_person' END)::service_delivery,
                15 * (1 + (hashtext(a.id::text) & 2147483647) % 8),
                (ARRAY['Дана консультация', 'Помощь оказана', 'Подготовлены документы', 'Направлен запрос'])[1 + j],
                a.id
         FROM appeals a JOIN demo_staff s ON s.institution_id = a.institution_id
         CROSS JOIN generate_series(0, $3 - 1) j
         WHERE a.institution_id = ANY($1::uuid[]) AND a.status <> 'new'`,
        [institutions, kinds.ids, SERVICES_PER_APPEAL],
      ),
    );
    await step(`help given without an appeal (~${total * ONE_OFF_PER_FILE})`, () =>
      db.query(
        `INSERT INTO aid_services (version, institution_id, provided_on, graduate_id, specialist_id, kind_id,
           form, delivery, duration_minutes, result)
         SELECT 1, g.institution_id,
                current_date - ((hashtext(g.id::text || 'h' || k) & 2147483647) % 730),
                g.id, coalesce(g.responsible_specialist_id, s.specialists[1]),
                ($2::uuid[])[1 + (g.n + k) % cardinality($2::uuid[])],
                'individual', (CASE WHEN k % 3 = 0 THEN 'remote' ELSE 'in_person' END)::service_delivery,
                30 + 15 * (k % 4), 'Консультация'
         FROM (${demoGraduates}) g JOIN demo_staff s ON s.institution_id = g.institution_id
         CROSS JOIN generate_series(1, $3) k`,
        [institutions, kinds.ids, ONE_OFF_PER_FILE],
      ),
    );
    // VACUUM, not only ANALYZE: rows bulk-loaded into GIN indexes wait in their pending list,
    // which makes the planner shun the trigram indexes until autovacuum gets there.
    await step('VACUUM ANALYZE', () => db.query('VACUUM ANALYZE'));
    const {
      rows: [counts],
    } = await db.query(
      `SELECT (SELECT count(*) FROM graduates WHERE institution_id = ANY($1::uuid[]))::int AS graduates,
              (SELECT count(*) FROM appeals WHERE institution_id = ANY($1::uuid[]))::int AS appeals,
              (SELECT count(*) FROM aid_services WHERE institution_id = ANY($1::uuid[]))::int AS services`,
      [institutions],
    );
    log(
      quiet,
      `Seeded ${scale} in ${((performance.now() - started) / 1000).toFixed(0)} s:`,
      counts,
    );
    return { institutions, counts, login: 'demo.head', password: DEMO_PASSWORD };
  } finally {
    await db.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'small' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  });
  try {
    const result = await seedDemo(appDatabaseUrl(), {
      scale: values.scale,
      seed: Number(values.seed),
      force: values.force,
    });
    console.log(
      `\nSign in as ${result.login} / ${result.password} (head of the largest centre); also demo.specialist, demo.supervisor.`,
    );
  } catch (e) {
    console.error(`seed:demo: ${e.message}`);
    process.exit(1);
  }
}
