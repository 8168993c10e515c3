import { EntityManager } from 'typeorm';
import { ReportPeriod } from '../report-rules';
import { periodQueries } from './period-sql';
import { num, percent, ReportTable, ReportTotal } from './report-figures';

/**
 * What a half-year or a year adds to the department's figures: the dynamics of the social
 * map (whose average domain score rose, held or fell between the assessment before the
 * period, or its first one, and the last one in it), the completion of the individual
 * plans, and on what grounds the graduates served were eligible.
 */
export async function analysisFigures(
  manager: EntityManager,
  institutionId: string,
  period: ReportPeriod,
  zone: string,
): Promise<{ totals: ReportTotal[]; tables: ReportTable[] }> {
  const q = periodQueries(manager, institutionId, period, zone);

  const [dynamics] = await q(`
    WITH scored AS (
      SELECT graduate_id, assessed_on,
        (SELECT avg((s->>'score')::numeric) FROM jsonb_array_elements(scores) s) AS average
      FROM assessments WHERE institution_id = $1 AND current AND assessed_on <= $3
    ), paired AS (
      SELECT DISTINCT ON (graduate_id) graduate_id, average AS last_average,
        (SELECT b.average FROM scored b WHERE b.graduate_id = l.graduate_id AND b.assessed_on < l.assessed_on
          ORDER BY (b.assessed_on < $2) DESC, CASE WHEN b.assessed_on < $2 THEN b.assessed_on END DESC, b.assessed_on ASC
          LIMIT 1) AS base_average
      FROM scored l WHERE assessed_on >= $2
      ORDER BY graduate_id, assessed_on DESC
    )
    SELECT count(*) FILTER (WHERE last_average > base_average) AS rose,
      count(*) FILTER (WHERE last_average = base_average) AS held,
      count(*) FILTER (WHERE last_average < base_average) AS fell
    FROM paired WHERE base_average IS NOT NULL`);

  const [plans] = await q(`
    SELECT count(*) FILTER (WHERE status <> 'cancelled') AS due,
      count(*) FILTER (WHERE status = 'done' AND done_on <= $3) AS done
    FROM plan_activities WHERE institution_id = $1 AND due_on BETWEEN $2 AND $3`);

  // Eligibility of those served, on the day of their service: under 23, or under a
  // confirmed order, otherwise (services are refused to the ineligible) a full-time student.
  const eligibility = await q(`
    SELECT CASE
        WHEN s.provided_on < (g.birth_date + interval '23 years')::date THEN 'До 23 лет'
        WHEN EXISTS (SELECT 1 FROM exception_orders o WHERE o.graduate_id = g.id AND o.status = 'confirmed'
            AND o.valid_from <= s.provided_on AND (o.valid_to IS NULL OR o.valid_to >= s.provided_on))
          THEN 'По распоряжению (исключение)'
        ELSE 'Старше 23 лет, обучается очно'
      END AS basis,
      count(DISTINCT g.id) AS graduates
    FROM aid_services s JOIN graduates g ON g.id = s.graduate_id
    WHERE s.institution_id = $1 AND s.provided_on BETWEEN $2 AND $3
    GROUP BY basis ORDER BY graduates DESC, basis`);

  const due = num(plans.due);
  const done = num(plans.done);
  const totals: ReportTotal[] = [
    { key: 'mapRose', label: 'Социальная карта: оценка выросла', value: num(dynamics.rose) },
    { key: 'mapHeld', label: 'Социальная карта: без изменений', value: num(dynamics.held) },
    { key: 'mapFell', label: 'Социальная карта: оценка снизилась', value: num(dynamics.fell) },
    { key: 'planActivitiesDue', label: 'Мероприятий планов со сроком в периоде', value: due },
    { key: 'planActivitiesDone', label: 'Из них выполнено', value: done },
  ];
  const tables: ReportTable[] = [
    {
      key: 'mapDynamics',
      title: 'Динамика социальной карты (средняя оценка по сферам жизни)',
      columns: ['Изменение', 'Выпускников'],
      rows: [
        ['Улучшение', num(dynamics.rose)],
        ['Без изменений', num(dynamics.held)],
        ['Ухудшение', num(dynamics.fell)],
      ],
      chart: { label: 0, value: 1 },
    },
    {
      key: 'planCompletion',
      title: 'Выполнение индивидуальных планов',
      columns: ['Мероприятий со сроком в периоде', 'Выполнено', 'Выполнение, %'],
      rows: [[due, done, percent(done, due)]],
    },
    {
      key: 'eligibility',
      title: 'Основания сопровождения выпускников, получивших услуги',
      columns: ['Основание', 'Выпускников'],
      rows: eligibility.map((r) => [r.basis, num(r.graduates)]),
    },
  ];
  return { totals, tables };
}

/** The year's work plans (000 §8.2): how many items were done. */
export async function workPlanFigures(
  manager: EntityManager,
  institutionId: string,
  year: number,
): Promise<{ totals: ReportTotal[]; tables: ReportTable[] }> {
  const [items] = await manager.query(
    `SELECT count(*) FILTER (WHERE i.status = 'done') AS done,
       count(*) FILTER (WHERE i.status IN ('not_done', 'moved')) AS not_done,
       count(*) FILTER (WHERE i.status = 'planned') AS planned
     FROM work_plan_items i JOIN work_plans w ON w.id = i.plan_id
     WHERE w.institution_id = $1 AND w.year = $2 AND w.kind = 'monthly' AND w.status = 'approved'`,
    [institutionId, year],
  );
  const done = num(items.done);
  const notDone = num(items.not_done);
  return {
    totals: [
      { key: 'workPlanDone', label: 'Пунктов планов работы выполнено', value: done },
      { key: 'workPlanNotDone', label: 'Пунктов планов работы не выполнено', value: notDone },
    ],
    tables: [
      {
        key: 'workPlanCompletion',
        title: 'Выполнение месячных планов работы службы',
        columns: ['Выполнено', 'Не выполнено', 'Без отметки', 'Выполнение, %'],
        rows: [[done, notDone, num(items.planned), percent(done, done + notDone)]],
      },
    ],
  };
}
