import { EntityManager } from 'typeorm';
import { fullNameOf } from '../../common/person-name';
import { ReportPeriod } from '../report-rules';
import { periodQueries } from './period-sql';
import { num, ReportTable, ReportTotal } from './report-figures';

/**
 * A specialist's month (001 §8.3): for each graduate whose plan activities they are
 * responsible for — activities done, moved, cancelled and overdue; services given; appeals
 * handled; contacts and visits; notices sent. This report goes to the head only: it names
 * graduates.
 */
export async function specialistFigures(
  manager: EntityManager,
  institutionId: string,
  specialistId: string,
  period: ReportPeriod,
  zone: string,
): Promise<{ totals: ReportTotal[]; tables: ReportTable[] }> {
  const q = periodQueries(manager, institutionId, period, zone, specialistId);

  // One row per graduate with an activity of this specialist that counts in the month.
  const activities = await q(`
    SELECT g.last_name, g.first_name, g.patronymic,
      count(*) FILTER (WHERE a.status = 'done' AND a.done_on BETWEEN $2 AND $3) AS done,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM jsonb_array_elements(a.moves) m
        WHERE (m->>'at')::timestamptz >= $4 AND (m->>'at')::timestamptz < $5)) AS moved,
      count(*) FILTER (WHERE a.status = 'cancelled' AND a.updated_at >= $4 AND a.updated_at < $5) AS cancelled,
      count(*) FILTER (WHERE a.status <> 'cancelled' AND a.due_on <= $3
        AND (a.done_on IS NULL OR a.done_on > $3) AND a.created_at < $5) AS overdue
    FROM plan_activities a
    JOIN support_plans pl ON pl.id = a.plan_id
    JOIN graduates g ON g.id = pl.graduate_id
    WHERE a.institution_id = $1 AND a.responsible_user_id = $6
    GROUP BY g.id, g.last_name, g.first_name, g.patronymic
    ORDER BY g.last_name, g.first_name, g.id`);
  const counted = activities.filter(
    (r) => num(r.done) + num(r.moved) + num(r.cancelled) + num(r.overdue) > 0,
  );

  const [services] = await q(`
    SELECT count(*) AS n, coalesce(sum(duration_minutes), 0) AS minutes, count(DISTINCT graduate_id) AS graduates
    FROM aid_services WHERE institution_id = $1 AND specialist_id = $6 AND provided_on BETWEEN $2 AND $3`);
  const byKind = await q(`
    SELECT k.name, count(*) AS n, coalesce(sum(s.duration_minutes), 0) AS minutes
    FROM aid_services s JOIN dictionary_entries k ON k.id = s.kind_id
    WHERE s.institution_id = $1 AND s.specialist_id = $6 AND s.provided_on BETWEEN $2 AND $3
    GROUP BY k.name ORDER BY n DESC, k.name`);
  const [appeals] = await q(`
    SELECT count(*) FILTER (WHERE registered_at >= $4 AND registered_at < $5) AS registered,
      count(*) FILTER (WHERE status IN ('resolved', 'referred') AND updated_at >= $4 AND updated_at < $5) AS closed
    FROM appeals WHERE institution_id = $1 AND assigned_specialist_id = $6`);
  const [contacts] = await q(`
    SELECT count(*) AS n,
      count(*) FILTER (WHERE kind IN ('home_visit', 'study_visit', 'work_visit')) AS visits
    FROM case_contacts
    WHERE institution_id = $1 AND $6 = ANY(participant_ids) AND occurred_at >= $4 AND occurred_at < $5`);
  const [notices] = await q(`
    SELECT count(*) AS sent FROM guardianship_notices
    WHERE institution_id = $1 AND created_by = $6 AND sent_on BETWEEN $2 AND $3`);

  const sum = (key: string) => counted.reduce((s: number, r) => s + num(r[key]), 0);
  const totals: ReportTotal[] = [
    { key: 'activitiesDone', label: 'Мероприятий планов выполнено', value: sum('done') },
    { key: 'activitiesMoved', label: 'Мероприятий перенесено', value: sum('moved') },
    { key: 'activitiesCancelled', label: 'Мероприятий отменено', value: sum('cancelled') },
    {
      key: 'activitiesOverdue',
      label: 'Мероприятий просрочено на конец месяца',
      value: sum('overdue'),
    },
    { key: 'services', label: 'Оказано услуг', value: num(services.n) },
    {
      key: 'serviceHours',
      label: 'Часов услуг',
      value: Math.round(num(services.minutes) / 6) / 10,
    },
    {
      key: 'graduatesServed',
      label: 'Выпускников получили услуги',
      value: num(services.graduates),
    },
    {
      key: 'appealsRegistered',
      label: 'Обращений принято в работу',
      value: num(appeals.registered),
    },
    {
      key: 'appealsClosed',
      label: 'Обращений решено или перенаправлено',
      value: num(appeals.closed),
    },
    { key: 'contacts', label: 'Контактов с выпускниками и о них', value: num(contacts.n) },
    { key: 'visits', label: 'Из них посещений', value: num(contacts.visits) },
    { key: 'noticesSent', label: 'Направлено информаций в органы опеки', value: num(notices.sent) },
  ];
  const tables: ReportTable[] = [
    {
      key: 'plansByGraduate',
      title: 'Выполнение индивидуальных планов',
      columns: ['Выпускник', 'Выполнено', 'Перенесено', 'Отменено', 'Просрочено'],
      rows: counted.map((r) => [
        fullNameOf({ lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic }),
        num(r.done),
        num(r.moved),
        num(r.cancelled),
        num(r.overdue),
      ]),
    },
    {
      key: 'servicesByKind',
      title: 'Услуги по видам',
      columns: ['Вид услуги', 'Количество', 'Часов'],
      rows: byKind.map((r) => [r.name, num(r.n), Math.round(num(r.minutes) / 6) / 10]),
      chart: { label: 0, value: 1 },
    },
  ];
  return { totals, tables };
}
