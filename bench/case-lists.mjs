// Work lists at regional scale: the head's and the specialist's lists through the real HTTP
// API, against "the floor" — the very SQL the API runs for the request, replayed straight
// through `pg`.
//   npm run build && npm run bench:lists -- [--c1 300] [--c32 1500] [--only <substring>]
//     [--save-sql file.json] [--profile-dir dir (CPU profiles of the measured API; slows it)]
// About 7–11 minutes on 2 CPUs. Results and their reading: docs/decisions.md, "Work lists at
// regional scale".
// Starts the compiled API on a fresh database (DATABASE_URL's server, or an embedded
// PostgreSQL) with tools/testing/server.cjs, seeds a region straight through SQL (30
// institutions, ~5,000 personal files, 2,000 of them in the measured institution, ~500 under
// support with contracts, plans of 12 activities, assessments and notices), creates a head and
// a specialist through the API and logs them in.
//
// How the floor's SQL is captured: a first API process is started with a small `--require`
// hook (written to a temporary directory) that appends every statement `pg.Client#query`
// receives, with its parameters, to a file. Each list is requested once per role through that
// process; the statements between two requests are that request's SQL (token check, the list's
// queries, the audit insert where the list writes one). That process is then stopped and a
// clean one (no hook) serves the measurements. The floor replays a request's statements in
// order on one connection of a pg.Pool of 20 (the API's pool size).
//
// For each list: API and floor at concurrency 1 and 32, percentiles and the API/floor ratio,
// then EXPLAIN (ANALYZE, BUFFERS) of each list query once, with sequential scans and scans
// reading more rows than the measured institution holds flagged. Loopback only; bounded in
// count; the API, the database and the temporary files are removed at the end.
import { createRequire } from 'node:module';
import {
  HOOK,
  agent,
  request,
  json,
  load,
  stats,
  ms,
  startBuiltApi,
  isAuthStatement as isAuth,
  isAuditStatement as isAudit,
} from './bench-kit.mjs';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { syntheticPerson } from './seed-graduates.mjs';

const require = createRequire(import.meta.url);
const {
  startDatabaseServer,
  createDatabase,
  API_MAIN,
  ROOT,
} = require('../tools/testing/server.cjs');

const REGION = { institutions: 30, measuredFiles: 2000, measuredUnderSupport: 500 };
const OTHER_FILES = 103; // 29 × 103 + 2,000 ≈ 5,000 files in the region
const OTHER_UNDER_SUPPORT = 25;
const MEASURED_SPECIALISTS = 10; // ~50 graduates under support each
const OTHER_SPECIALISTS = 3;
const TIME_ZONE = 'Europe/Moscow'; // the institutions' default zone

const LISTS = [
  { name: 'contracts ?attention=expiring', path: '/api/contracts?attention=expiring' },
  { name: 'contracts ?attention=expired', path: '/api/contracts?attention=expired' },
  { name: 'contracts ?attention=missing_scan', path: '/api/contracts?attention=missing_scan' },
  { name: 'contracts ?attention=plan_missing', path: '/api/contracts?attention=plan_missing' },
  { name: 'plan-activities ?due=overdue', path: '/api/plan-activities?due=overdue' },
  {
    name: 'plan-activities ?due=overdue&mine=true',
    path: '/api/plan-activities?due=overdue&mine=true',
  },
  { name: 'assessments/due ?state=overdue', path: '/api/assessments/due?state=overdue' },
  { name: 'notices ?state=overdue', path: '/api/notices?state=overdue' },
];

// Exploration only: a CPU profile of the whole API process, written when it is stopped
// (`--cpu-prof` is not allowed in NODE_OPTIONS).
const PROFILE_HOOK = `
const inspector = require('node:inspector');
const fs = require('node:fs');
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 200 });
session.post('Profiler.start');
process.on('exit', () =>
  session.post('Profiler.stop', (err, result) => {
    if (!err) fs.writeFileSync(process.env.BENCH_PROFILE_FILE, JSON.stringify(result.profile));
  }),
);
process.once('SIGTERM', () => process.exit(0));
`;

// ---------------------------------------------------------------- seeding

const DOMAINS = [
  'housing',
  'documents',
  'education',
  'employment',
  'health',
  'family',
  'finances',
  'legal',
  'leisure',
  'risk_behaviour',
];

/**
 * One institution's files and casework, straight through SQL. `n` numbers the files:
 * [0, under) under support, then 5 % preparing (still in care, preliminary contract),
 * 35 % support ended, the rest one-off help (a tenth of those unassigned: the intake queue).
 */
async function seedInstitution(db, o) {
  const { id, files, under, specialists, head, d0, personOffset, kinds } = o;
  const people = Array.from({ length: files }, (_, n) => syntheticPerson(personOffset + n));
  await db.query('TRUNCATE seed_g, seed_c, seed_p');
  await db.query(
    `INSERT INTO seed_g (id, n, cat, spec, other, birth, left_care)
     SELECT gen_random_uuid(), n, cat,
            CASE WHEN cat = 'one_off' AND n % 10 = 0 THEN NULL
                 ELSE ($3::uuid[])[1 + h % cardinality($3::uuid[])] END,
            ($3::uuid[])[1 + (h + 1) % cardinality($3::uuid[])],
            birth,
            CASE WHEN cat = 'preparing' THEN NULL
                 ELSE LEAST($4::date - 30 - n % 60, (birth + interval '18 years')::date + (n * 13) % 180) END
     FROM (SELECT n, date '2003-12-05' + (n * 7) % 1823 AS birth,
                  -- a hash, so that who works on a file is independent of the n-based shares below
                  hashtext('file' || n)::bigint + 2147483648 AS h,
                  CASE WHEN n < $2 THEN 'support'
                       WHEN n < $2 + $1 * 5 / 100 THEN 'preparing'
                       WHEN n < $2 + $1 * 40 / 100 THEN 'ended'
                       ELSE 'one_off' END AS cat
           FROM generate_series(0, $1 - 1) n) s`,
    [files, under, specialists, d0],
  );
  await db.query(
    `INSERT INTO graduates (id, institution_id, version, created_by, last_name, first_name, patronymic,
       sex, birth_date, legal_status, left_care_on, responsible_specialist_id, status,
       status_changed_on, archived_at, registration_address, actual_address)
     SELECT g.id, $1, 1, $2, ($3::text[])[g.n + 1], ($4::text[])[g.n + 1], ($5::text[])[g.n + 1],
            ($6::text[])[g.n + 1]::sex, g.birth,
            (ARRAY['orphan', 'without_parental_care', 'from_among'])[1 + g.n % 3]::legal_status,
            g.left_care, g.spec,
            (CASE g.cat WHEN 'support' THEN 'under_support' WHEN 'preparing' THEN 'preparing'
                        WHEN 'ended' THEN 'ended' ELSE 'one_off' END)::graduate_status,
            g.left_care,
            CASE WHEN g.cat = 'ended' AND g.n % 3 = 0 THEN now() - interval '30 days' END,
            'г. Краевой, ул. Лесная, д. ' || (1 + g.n % 90),
            'г. Краевой, ул. Школьная, д. ' || (1 + g.n % 70) || ', кв. ' || (1 + g.n % 120)
     FROM seed_g g`,
    [
      id,
      head,
      people.map((p) => p.lastName),
      people.map((p) => p.firstName),
      people.map((p) => p.patronymic),
      people.map((p) => p.sex),
    ],
  );
  // Contracts: the active support contract of each graduate under support (a tenth of them
  // with a one-year term, 2 % left active past their end date, 1 in 12 without the scan),
  // the superseded preliminary contract of some, the active preliminary contract of those
  // still in care, the ended support contract of the ended files, a few drafts.
  await db.query(
    `INSERT INTO seed_c (id, graduate_id, n, kind, status, seq, starts, ends, ended, end_reason, scan, spec)
     SELECT gen_random_uuid(), g.id, g.n, 'support'::contract_kind, 'active'::contract_status, 4 * g.n + 1, s.starts,
            CASE WHEN g.n % 50 = 7 THEN GREATEST(s.starts, $1::date - 1 - g.n % 40)
                 WHEN g.n % 3 = 0 AND s.starts + 364 >= $1::date THEN s.starts + 364
                 ELSE (g.birth + interval '23 years')::date - 1 END,
            NULL::date, NULL::contract_end_reason, g.n % 12 <> 5, g.spec
     FROM seed_g g CROSS JOIN LATERAL (SELECT g.left_care + g.n % 30 AS starts) s
     WHERE g.cat = 'support'
     UNION ALL
     SELECT gen_random_uuid(), g.id, g.n, 'preliminary', 'ended', 4 * g.n + 2, g.left_care - 200,
            g.left_care + 180, g.left_care + g.n % 30, 'superseded', true, g.spec
     FROM seed_g g WHERE g.cat = 'support' AND g.n % 5 < 2
     UNION ALL
     SELECT gen_random_uuid(), g.id, g.n, 'preliminary', 'active', 4 * g.n + 1, s.starts,
            s.starts + 364, NULL, NULL, g.n % 12 <> 5, g.spec
     FROM seed_g g CROSS JOIN LATERAL (SELECT $1::date - 1 - (g.n * 5) % 300 AS starts) s
     WHERE g.cat = 'preparing'
     UNION ALL
     SELECT gen_random_uuid(), g.id, g.n, 'support', 'ended', 4 * g.n + 1, s.starts,
            (g.birth + interval '23 years')::date - 1,
            GREATEST(s.starts, LEAST($1::date - 5, s.starts + 200 + g.n % 300)),
            (ARRAY['term_expired', 'graduate_request', 'goals_reached', 'moved_away', 'lost_contact'])[1 + g.n % 5]::contract_end_reason,
            true, g.spec
     FROM seed_g g CROSS JOIN LATERAL (SELECT g.left_care + g.n % 30 AS starts) s
     WHERE g.cat = 'ended'
     UNION ALL
     SELECT gen_random_uuid(), g.id, g.n, 'support', 'draft', 4 * g.n + 3, $1::date + 10,
            GREATEST($1::date + 40, (g.birth + interval '23 years')::date - 1), NULL, NULL, false, g.spec
     FROM seed_g g WHERE g.cat = 'one_off' AND g.n % 50 = 1`,
    [d0],
  );
  await db.query(
    `INSERT INTO contracts (id, institution_id, version, created_by, graduate_id, kind, number,
       application_date, concluded_on, starts_on, ends_on, responsible_specialist_id, status,
       scan_later, activated_at, ended_on, end_reason, conditions)
     SELECT c.id, $1, 1, $2, c.graduate_id, c.kind, 'ДС-' || extract(year FROM c.starts) || '/' || c.seq,
            c.starts - 7, CASE WHEN c.status <> 'draft' THEN c.starts END, c.starts, c.ends, c.spec,
            c.status, c.status = 'active' AND NOT c.scan,
            CASE WHEN c.status <> 'draft' THEN (c.starts + time '10:00') AT TIME ZONE $3 END,
            c.ended, c.end_reason, 'Сопровождение по индивидуальному плану'
     FROM seed_c c`,
    [id, head, TIME_ZONE],
  );
  await db.query(
    `WITH f AS (
       INSERT INTO graduate_files (institution_id, version, created_by, graduate_id, kind, title,
         file_name, mime_type, size_bytes, content)
       SELECT $1, 1, c.spec, c.graduate_id, 'contract_scan', k.number, 'contract.pdf',
              'application/pdf', 5, '\\x255044462d'::bytea
       FROM seed_c c JOIN contracts k ON k.id = c.id WHERE c.scan
       RETURNING id, title)
     UPDATE contracts k SET signed_scan_file_id = f.id
     FROM f WHERE k.institution_id = $1 AND k.number = f.title`,
    [id],
  );
  await db.query(
    `INSERT INTO contract_service_kinds (contract_id, service_kind_id)
     SELECT c.id, ($1::uuid[])[1 + (c.n + j) % cardinality($1::uuid[])]
     FROM seed_c c CROSS JOIN generate_series(0, 1) j WHERE c.status <> 'draft'`,
    [kinds],
  );
  // Plans: one per support contract, for the current year of an active contract; 1 in 20
  // still a draft and 1 in 20 submitted (not approved yet), the rest approved.
  await db.query(
    `INSERT INTO seed_p (id, n, status, pf, active, spec, other)
     SELECT c.id, c.n,
            CASE WHEN c.status = 'active' AND c.n % 20 = 3 THEN 'draft'
                 WHEN c.status = 'active' AND c.n % 20 = 11 THEN 'submitted'
                 ELSE 'approved' END,
            CASE WHEN c.status = 'active' THEN c.starts + 365 * (($1::date - c.starts) / 365) ELSE c.starts END,
            c.status = 'active', g.spec, g.other
     FROM seed_c c JOIN seed_g g ON g.id = c.graduate_id
     WHERE c.kind = 'support' AND c.status IN ('active', 'ended')`,
    [d0],
  );
  await db.query(
    `INSERT INTO support_plans (id, institution_id, version, created_by, contract_id, graduate_id,
       period_from, period_to, goals, status, revision, approved_revision, approved_at,
       approved_by, next_review_on)
     SELECT gen_random_uuid(), $1, 1 + p.n % 3, p.spec, p.id, c.graduate_id, p.pf, p.pf + 364,
            jsonb_build_array(
              jsonb_build_object('domain', ($4::text[])[1 + p.n % 10], 'goal', 'Устойчивое жильё'),
              jsonb_build_object('domain', ($4::text[])[1 + (p.n + 3) % 10], 'goal', 'Работа или учёба')),
            p.status::plan_status,
            CASE WHEN p.status = 'approved' THEN 1 + p.n % 3 ELSE 0 END,
            CASE WHEN p.status = 'approved' THEN 1 + p.n % 3 ELSE 0 END,
            CASE WHEN p.status = 'approved' THEN (p.pf + time '12:00') AT TIME ZONE $3 END,
            CASE WHEN p.status = 'approved' THEN $2::uuid END,
            CASE WHEN p.status = 'approved' THEN p.pf + 182 END
     FROM seed_p p JOIN seed_c c ON c.id = p.id`,
    [id, head, TIME_ZONE, DOMAINS],
  );
  // 12 activities a month apart. Of the past ones on approved plans: 8 % still planned
  // (overdue), 3 % moved by 45 days (overdue again if that is past too), 3 % cancelled, the
  // rest done. Plans of ended contracts: done or cancelled, 3 % left open.
  await db.query(
    `INSERT INTO plan_activities (institution_id, version, created_by, plan_id, domain, title,
       due_on, responsible_user_id, status, done_on, result, cancel_reason, moves)
     SELECT $1, 1, p.spec, sp.id, ($3::text[])[1 + (a.i + p.n) % 10]::life_domain,
            'Мероприятие ' || (a.i + 1),
            CASE WHEN s.st = 'moved' THEN d.planned + 45 ELSE d.planned END,
            CASE WHEN a.i % 6 = 5 THEN p.other ELSE p.spec END,
            s.st::plan_activity_status,
            CASE WHEN s.st = 'done' THEN LEAST($2::date, d.planned + d.h % 5) END,
            CASE WHEN s.st = 'done' THEN 'Выполнено' ELSE '' END,
            CASE WHEN s.st = 'cancelled' THEN 'Утратило актуальность' ELSE '' END,
            CASE WHEN s.st = 'moved' THEN jsonb_build_array(jsonb_build_object(
              'from', d.planned, 'to', d.planned + 45, 'reason', 'По просьбе выпускника',
              'at', to_char(d.planned - 3, 'YYYY-MM-DD') || 'T09:00:00.000Z', 'userId', p.spec))
                 ELSE '[]'::jsonb END
     FROM seed_p p JOIN support_plans sp ON sp.contract_id = p.id
     CROSS JOIN generate_series(0, 11) AS a(i)
     CROSS JOIN LATERAL (SELECT p.pf + 15 + 30 * a.i AS planned, (p.n * 31 + a.i * 17) % 100 AS h) d
     CROSS JOIN LATERAL (SELECT CASE
         WHEN NOT p.active THEN CASE WHEN d.h < 3 THEN 'planned' WHEN d.h < 10 THEN 'cancelled' ELSE 'done' END
         WHEN p.status <> 'approved' THEN 'planned'
         WHEN d.planned < $2::date THEN CASE WHEN d.h < 8 THEN 'planned' WHEN d.h < 11 THEN 'moved'
                                             WHEN d.h < 14 THEN 'cancelled' ELSE 'done' END
         ELSE CASE WHEN d.h < 5 THEN 'moved' ELSE 'planned' END END AS st) s`,
    [id, d0, DOMAINS],
  );
  // Assessments: 2–4 per graduate under support, three months apart, the last one spread
  // so that about a tenth are past due; 1 in 40 never assessed; 1 in 10 corrected once.
  // Two old ones per ended file.
  const scores = (x) =>
    `(SELECT jsonb_agg(jsonb_build_object('domain', t.d, 'score', 1 + (${x} + t.k) % 4,
        'note', '', 'facts', 'Со слов выпускника') ORDER BY t.k)
      FROM unnest($3::text[]) WITH ORDINALITY AS t(d, k))`;
  await db.query(
    `INSERT INTO assessments (institution_id, version, created_by, assessment_id, revision, current,
       graduate_id, assessed_on, scores)
     SELECT $1::uuid, 1, g.spec, gen_random_uuid(), 1, true, g.id, d.last - 91 * j, ${scores('g.n + j')}
     FROM seed_g g
     CROSS JOIN LATERAL (SELECT $2::date - CASE WHEN g.left_care > $2::date - 365
                                                THEN (g.n * 17) % 105 ELSE (g.n * 17) % 200 END AS last) d
     CROSS JOIN LATERAL generate_series(0, 1 + g.n % 3) j
     WHERE g.cat = 'support' AND g.n % 40 <> 0
     UNION ALL
     SELECT $1, 1, g.spec, gen_random_uuid(), 1, true, g.id, LEAST($2::date - 10, g.left_care + 60 + 120 * j),
            ${scores('g.n + j')}
     FROM seed_g g CROSS JOIN generate_series(0, 1) j WHERE g.cat = 'ended'`,
    [id, d0, DOMAINS],
  );
  await db.query(
    `WITH old AS (
       UPDATE assessments a SET current = false
       FROM seed_g g
       WHERE a.graduate_id = g.id AND g.cat = 'support' AND g.n % 10 = 1
         AND a.assessed_on = (SELECT max(x.assessed_on) FROM assessments x WHERE x.graduate_id = a.graduate_id)
       RETURNING a.*)
     INSERT INTO assessments (institution_id, version, created_by, assessment_id, revision, current,
       graduate_id, assessed_on, scores, correction_reason)
     SELECT institution_id, 1, created_by, assessment_id, 2, true, graduate_id, assessed_on, scores,
            'Уточнены баллы после беседы'
     FROM old`,
  );
  // Notices: for 1 in 5 graduates under support and 1 in 10 ended files, found within the
  // last year; mostly sent or answered, 1 in 50 forgotten (overdue), the newest still to send.
  await db.query(
    `INSERT INTO guardianship_notices (institution_id, version, created_by, graduate_id, trigger,
       found_on, finding, measures, source, mandatory, recipient, due_on, status, sent_on, method,
       outgoing_number, answered_on, answer_text, cancel_reason)
     SELECT $1, 1, g.spec, g.id, t.trig::notice_trigger, f.found,
            'Выявлено при посещении: ' || t.trig, 'Беседа, консультация юриста',
            (ARRAY['assessment', 'contact', 'other'])[1 + g.n % 3]::notice_source,
            t.trig <> 'other', 'Отдел опеки и попечительства администрации района',
            f.found + 1 + g.n % 3, s.st::notice_status,
            CASE WHEN s.st IN ('sent', 'answered') THEN LEAST($2::date, f.found + 1 + g.n % 2) END,
            CASE WHEN s.st IN ('sent', 'answered') THEN 'letter'::notice_method END,
            CASE WHEN s.st IN ('sent', 'answered') THEN 'Исх. ' || (100 + g.n) ELSE '' END,
            CASE WHEN s.st = 'answered' THEN LEAST($2::date, f.found + 15) END,
            CASE WHEN s.st = 'answered' THEN 'Информация принята' ELSE '' END,
            CASE WHEN s.st = 'cancelled' THEN 'Обстоятельства не подтвердились' ELSE '' END
     FROM seed_g g
     CROSS JOIN LATERAL (SELECT $2::date - 1 - (g.n * 3) % 360 AS found) f
     CROSS JOIN LATERAL (SELECT (ARRAY['housing', 'threat_life_health', 'other'])[1 + g.n % 3] AS trig) t
     CROSS JOIN LATERAL (SELECT CASE WHEN f.found > $2::date - 6 OR g.n % 50 = 0 THEN 'to_send'
                                     WHEN g.n % 7 = 0 THEN 'cancelled'
                                     WHEN g.n % 2 = 0 THEN 'answered' ELSE 'sent' END AS st) s
     WHERE (g.cat = 'support' AND g.n % 5 = 0) OR (g.cat = 'ended' AND g.n % 10 = 0)`,
    [id, d0],
  );
}

async function seedRegion(databaseUrl, measured) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const d0 = (await db.query(`SELECT (now() AT TIME ZONE $1)::date::text AS d0`, [TIME_ZONE]))
      .rows[0].d0;
    const hash = (
      await db.query('SELECT password_hash FROM users WHERE id = $1', [measured.specialistId])
    ).rows[0].password_hash;
    const kinds = (
      await db.query(
        `SELECT id FROM dictionary_entries WHERE kind = 'service_kind' AND retired_at IS NULL ORDER BY sort_order`,
      )
    ).rows.map((r) => r.id);
    if (kinds.length < 2) throw new Error('expected the seeded service kinds');
    await db.query(`CREATE TEMP TABLE seed_g (id uuid PRIMARY KEY, n int, cat text, spec uuid,
      other uuid, birth date, left_care date)`);
    await db.query(`CREATE TEMP TABLE seed_c (id uuid PRIMARY KEY, graduate_id uuid, n int,
      kind contract_kind, status contract_status, seq int, starts date, ends date, ended date,
      end_reason contract_end_reason, scan boolean, spec uuid)`);
    await db.query(`CREATE TEMP TABLE seed_p (id uuid PRIMARY KEY, n int, status text, pf date,
      active boolean, spec uuid, other uuid)`);

    const addSpecialists = async (institutionId, prefix, count) =>
      (
        await db.query(
          `INSERT INTO users (version, login, password_hash, full_name, position, role, institution_id)
           SELECT 1, $1 || '.spec' || j, $2, 'Специалист ' || j, 'Специалист по сопровождению',
                  'specialist', $3
           FROM generate_series(1, $4) j RETURNING id`,
          [prefix, hash, institutionId, count],
        )
      ).rows.map((r) => r.id);

    await db.query('BEGIN');
    const measuredSpecialists = [
      measured.specialistId,
      ...(await addSpecialists(measured.institutionId, 'bench', MEASURED_SPECIALISTS - 1)),
    ];
    await seedInstitution(db, {
      id: measured.institutionId,
      files: REGION.measuredFiles,
      under: REGION.measuredUnderSupport,
      specialists: measuredSpecialists,
      head: measured.headId,
      d0,
      personOffset: 0,
      kinds,
    });
    const others = (
      await db.query(
        `INSERT INTO institutions (version, name, kind, region, municipality, guardianship_body)
         SELECT 1, 'Учреждение ' || k,
                (ARRAY['children_home', 'boarding_school', 'family_center'])[1 + k % 3]::institution_kind,
                'Край', 'Район ' || k, 'Отдел опеки района ' || k
         FROM generate_series(1, $1) k RETURNING id`,
        [REGION.institutions - 1],
      )
    ).rows.map((r) => r.id);
    for (const [k, institutionId] of others.entries()) {
      const head = (
        await db.query(
          `INSERT INTO users (version, login, password_hash, full_name, role, institution_id)
           VALUES (1, $1, $2, 'Руководитель', 'head', $3) RETURNING id`,
          [`inst${k + 1}.head`, hash, institutionId],
        )
      ).rows[0].id;
      await seedInstitution(db, {
        id: institutionId,
        files: OTHER_FILES,
        under: OTHER_UNDER_SUPPORT,
        specialists: await addSpecialists(institutionId, `inst${k + 1}`, OTHER_SPECIALISTS),
        head,
        d0,
        personOffset: REGION.measuredFiles + k * OTHER_FILES,
        kinds,
      });
    }
    await db.query('COMMIT');
    await db.query('DROP TABLE seed_g, seed_c, seed_p');
    await db.query('VACUUM ANALYZE');
    return d0;
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await db.end();
  }
}

/** Rows per table, in the region and in the measured institution. */
async function tableSizes(db, institutionId, specialistId) {
  const { rows } = await db.query(
    `SELECT 'institutions' AS t, count(*) AS region, count(*) FILTER (WHERE id = $1) AS own FROM institutions
     UNION ALL SELECT 'users', count(*), count(*) FILTER (WHERE institution_id = $1) FROM users
     UNION ALL SELECT 'graduates', count(*), count(*) FILTER (WHERE institution_id = $1) FROM graduates
     UNION ALL SELECT 'graduate_files', count(*), count(*) FILTER (WHERE institution_id = $1) FROM graduate_files
     UNION ALL SELECT 'contracts', count(*), count(*) FILTER (WHERE institution_id = $1) FROM contracts
     UNION ALL SELECT 'contract_service_kinds', count(*), count(*) FILTER (WHERE c.institution_id = $1)
               FROM contract_service_kinds k JOIN contracts c ON c.id = k.contract_id
     UNION ALL SELECT 'dictionary_entries', count(*), count(*) FROM dictionary_entries
     UNION ALL SELECT 'support_plans', count(*), count(*) FILTER (WHERE institution_id = $1) FROM support_plans
     UNION ALL SELECT 'plan_activities', count(*), count(*) FILTER (WHERE institution_id = $1) FROM plan_activities
     UNION ALL SELECT 'assessments', count(*), count(*) FILTER (WHERE institution_id = $1) FROM assessments
     UNION ALL SELECT 'guardianship_notices', count(*), count(*) FILTER (WHERE institution_id = $1) FROM guardianship_notices
     UNION ALL SELECT 'audit_log', count(*), count(*) FILTER (WHERE institution_id = $1) FROM audit_log`,
    [institutionId],
  );
  const sizes = Object.fromEntries(
    rows.map((r) => [r.t, { region: Number(r.region), own: Number(r.own) }]),
  );
  const facts = (
    await db.query(
      `SELECT
         count(*) FILTER (WHERE g.status = 'under_support') AS under_support,
         count(*) FILTER (WHERE g.responsible_specialist_id = $2) AS specialist_files,
         count(*) FILTER (WHERE g.responsible_specialist_id = $2 AND g.status = 'under_support') AS specialist_under_support,
         count(*) FILTER (WHERE g.responsible_specialist_id IS NULL) AS intake_queue
       FROM graduates g WHERE g.institution_id = $1`,
      [institutionId, specialistId],
    )
  ).rows[0];
  return { sizes, facts };
}

// ---------------------------------------------------------------- EXPLAIN analysis

/** Scan nodes of a JSON plan with the rows each read (kept + filtered out) over all loops. */
function scans(node, out = []) {
  if (node['Relation Name']) {
    const loops = node['Actual Loops'] ?? 1;
    const kept = node['Actual Rows'] ?? 0;
    const removed =
      (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
    out.push({
      type: node['Node Type'],
      table: node['Relation Name'],
      index: node['Index Name'],
      loops,
      read: Math.round((kept + removed) * loops),
    });
  }
  for (const child of node.Plans ?? []) scans(child, out);
  return out;
}

/**
 * Sequential scans (every row of the table, all institutions), and scans that read more rows
 * in one loop than the measured institution holds in that table. Repeated key lookups (a
 * nested loop fetching the same few users) are not flagged.
 */
function flagsOf(plan, sizes) {
  const flags = [];
  for (const s of scans(plan)) {
    const size = sizes[s.table];
    const perLoop = Math.round(s.read / s.loops);
    if (s.type === 'Seq Scan')
      flags.push(
        `seq scan on ${s.table} (${size ? `whole region: ${size.region} rows` : 'size unknown'}${s.loops > 1 ? `, ${s.loops} loops` : ''})`,
      );
    else if (size && perLoop > size.own && s.table !== 'dictionary_entries')
      flags.push(
        `${s.type} on ${s.table}${s.index ? ` (${s.index})` : ''} read ${perLoop} rows; the institution has ${size.own}`,
      );
  }
  return flags;
}

/** The SQL with TypeORM's long column lists folded, for printing. */
function folded(sql) {
  return sql
    .replace(/("\w+"\."\w+" AS "\w+"(, )?){3,}/g, (m) => `<${m.split(' AS ').length - 1} columns> `)
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------- the run

async function main() {
  const { values: args } = parseArgs({
    options: {
      c1: { type: 'string', default: '300' },
      c32: { type: 'string', default: '1500' },
      only: { type: 'string' },
      'save-sql': { type: 'string' },
      /** Exploration only (it slows the API): CPU profiles of the measured API process. */
      'profile-dir': { type: 'string' },
    },
  });
  const REQUESTS = { 1: Number(args.c1), 32: Number(args.c32) };
  if (!existsSync(API_MAIN)) {
    console.error(`${API_MAIN} is missing: build the API first (npx nx run api:build).`);
    process.exit(2);
  }

  const server = await startDatabaseServer();
  const database = await createDatabase(server.serverUrl);
  const work = mkdtempSync(join(tmpdir(), 'postcare-bench-lists-'));
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
    // 1. Setup through a capturing API process.
    api = await startBuiltApi(database.url, {
      ...common,
      NODE_OPTIONS: `--require ${hookFile}`,
      BENCH_SQL_LOG: sqlLog,
      BENCH_ROOT: ROOT,
    });
    const admin = await json(api.url, 'POST', '/api/auth/login', null, {
      login: 'admin',
      password: common.ADMIN_PASSWORD,
    });
    const home = await json(api.url, 'POST', '/api/institutions', admin.accessToken, {
      name: 'Центр постинтернатного сопровождения (измеряемый)',
      kind: 'children_home',
      region: 'Край',
    });
    const account = async (login, role, fullName) => {
      const created = await json(api.url, 'POST', '/api/users', admin.accessToken, {
        login,
        fullName,
        role,
        institutionId: home.id,
        password: 'Walrus-Cinnamon-84',
      });
      const session = await json(api.url, 'POST', '/api/auth/login', null, {
        login,
        password: 'Walrus-Cinnamon-84',
      });
      return { id: created.user.id, token: session.accessToken };
    };
    const head = await account('bench.head', 'head', 'Руководитель Службы');
    const specialist = await account('bench.specialist', 'specialist', 'Специалист Первый');
    const roles = { head, specialist };

    const d0 = await seedRegion(database.url, {
      institutionId: home.id,
      headId: head.id,
      specialistId: specialist.id,
    });
    pool = new pg.Pool({ connectionString: database.url, max: 20 });
    const { sizes, facts } = await tableSizes(pool, home.id, specialist.id);
    console.log(
      `seeded in ${((performance.now() - started) / 1000).toFixed(0)} s; today in ${TIME_ZONE}: ${d0}`,
    );
    console.log(
      `measured institution: ${sizes.graduates.own} files, ${facts.under_support} under support, ` +
        `intake queue ${facts.intake_queue}; the specialist: ${facts.specialist_files} files ` +
        `(${facts.specialist_under_support} under support)`,
    );
    console.log('table                   region  measured institution');
    for (const [t, s] of Object.entries(sizes))
      console.log(`${t.padEnd(22)} ${String(s.region).padStart(7)}  ${String(s.own).padStart(7)}`);

    // 2. Capture each list's SQL, one request per role.
    const variants = [];
    for (const list of LISTS.filter((l) => !args.only || l.name.includes(args.only)))
      for (const role of ['head', 'specialist']) {
        const before = statSync(sqlLog).size;
        const res = await request(api.url, 'GET', list.path, roles[role].token);
        if (res.status !== 200)
          throw new Error(`${list.path} as ${role}: ${res.status} ${res.body}`);
        const body = JSON.parse(res.body.toString());
        const queries = readFileSync(sqlLog)
          .subarray(before)
          .toString()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line));
        variants.push({
          ...list,
          role,
          queries,
          connections: new Set(queries.map((q) => q.pid)).size,
          total: body.total,
          items: body.items.length,
        });
      }
    if (args['save-sql']) writeFileSync(args['save-sql'], JSON.stringify(variants, null, 2));
    await api.stop();
    api = null;

    console.log('\n== SQL per request (captured from pg.Client#query in the API process)');
    for (const v of variants) {
      console.log(
        `\n-- ${v.name} as ${v.role}: total ${v.total}, page of ${v.items}; ${v.queries.length} statements on ${v.connections} connection(s)`,
      );
      for (const q of v.queries)
        console.log(
          `   ${isAuth(q) ? '[token check] ' : isAudit(q) ? '[audit] ' : ''}${folded(q.text).slice(0, isAuth(q) || isAudit(q) ? 120 : 4000)}${q.values.length ? `  -- params ${JSON.stringify(q.values).slice(0, 300)}` : ''}`,
        );
    }

    // 3. Measure through a clean API process (no hook), same database and tokens.
    const profileHook = join(work, 'profile-hook.cjs');
    writeFileSync(profileHook, PROFILE_HOOK);
    api = await startBuiltApi(database.url, {
      ...common,
      ...(args['profile-dir']
        ? {
            NODE_OPTIONS: `--require ${profileHook}`,
            BENCH_PROFILE_FILE: join(args['profile-dir'], `api-${Date.now()}.cpuprofile`),
          }
        : {}),
    });
    const results = [];
    for (const v of variants) {
      const viaApi = async () => {
        const res = await request(api.url, 'GET', v.path, roles[v.role].token);
        if (res.status !== 200) throw new Error(`${v.path}: ${res.status}`);
      };
      const floor = async () => {
        const client = await pool.connect();
        try {
          for (const q of v.queries) await client.query(q.text, q.values);
        } finally {
          client.release();
        }
      };
      // Warm-up, including enough parallel requests to open both pools' connections.
      for (const once of [viaApi, floor]) {
        await load(20, 1, once);
        await load(64, 32, once);
      }
      const row = { name: v.name, role: v.role, total: v.total, statements: v.queries.length };
      for (const c of [1, 32]) {
        row[`api${c}`] = stats(await load(REQUESTS[c], c, viaApi));
        row[`floor${c}`] = stats(await load(REQUESTS[c], c, floor));
        const a = row[`api${c}`];
        const f = row[`floor${c}`];
        console.log(
          `${v.name.padEnd(40)} ${v.role.padEnd(10)} c=${String(c).padEnd(2)} ` +
            `API p50 ${ms(a.p50)} p95 ${ms(a.p95)} p99 ${ms(a.p99)} ms | floor p50 ${ms(f.p50)} p95 ${ms(f.p95)} p99 ${ms(f.p99)} ms | ` +
            `API/floor p50 ${(a.p50 / f.p50).toFixed(1)}× p95 ${(a.p95 / f.p95).toFixed(1)}×`,
        );
      }
      results.push(row);
    }

    // 4. EXPLAIN each list query once (the token check and the audit insert aside).
    console.log('\n== EXPLAIN (ANALYZE, BUFFERS) of the list queries');
    const findings = [];
    for (const v of variants) {
      for (const [i, q] of v.queries.entries()) {
        if (isAuth(q) || isAudit(q) || !/^\s*(SELECT|WITH)/i.test(q.text)) continue;
        const text = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
        const plan = (
          await pool.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${q.text}`, q.values)
        ).rows[0]['QUERY PLAN'][0];
        const flags = flagsOf(plan.Plan, sizes);
        const buffers =
          (plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0);
        findings.push({
          list: v.name,
          role: v.role,
          statement: i + 1,
          ms: plan['Execution Time'],
          buffers,
          flags,
        });
        console.log(
          `\n-- ${v.name} as ${v.role}, statement ${i + 1}: execution ${plan['Execution Time'].toFixed(2)} ms, ${buffers} buffers`,
        );
        console.log(`   ${folded(q.text).slice(0, 600)}`);
        for (const r of text.rows) console.log(`   ${r['QUERY PLAN']}`);
        for (const f of flags) console.log(`   !! ${f}`);
      }
    }

    // 5. The summary tables.
    console.log(
      `\n== Summary (${REQUESTS[1]} requests at c=1, ${REQUESTS[32]} at c=32; ms; ratio = API / floor)`,
    );
    console.log(
      '| list | caller | rows | stmts | c | API p50 | API p95 | API p99 | floor p50 | floor p95 | floor p99 | ratio p50 | ratio p95 |',
    );
    console.log('| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
    for (const r of results)
      for (const c of [1, 32]) {
        const a = r[`api${c}`];
        const f = r[`floor${c}`];
        console.log(
          `| ${r.name} | ${r.role} | ${r.total} | ${r.statements} | ${c} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.p99)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${(a.p50 / f.p50).toFixed(1)}× | ${(a.p95 / f.p95).toFixed(1)}× |`,
        );
      }
    console.log('\n| list | caller | stmt | execution ms | buffers | flags |');
    console.log('| --- | --- | --: | --: | --: | --- |');
    for (const f of findings)
      console.log(
        `| ${f.list} | ${f.role} | ${f.statement} | ${f.ms.toFixed(2)} | ${f.buffers} | ${f.flags.join('; ') || '—'} |`,
      );
    console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await stopAll();
  }
}

export { seedRegion, tableSizes, flagsOf, folded };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
