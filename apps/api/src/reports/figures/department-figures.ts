import { EntityManager } from 'typeorm';
import { AppealChannel, AppealStatus } from '../../appeals/appeal.entity';
import { ContractEndReason, END_REASON_LABELS } from '../../contracts/contract.entity';
import { ServiceDelivery, ServiceForm } from '../../services/aid-service.entity';
import { CHANNEL, DELIVERY, FORM, STATUS } from '../../journal/journal-labels';
import { ReportPeriod } from '../report-rules';
import { periodQueries } from './period-sql';
import { num, percent, ReportTable, ReportTotal } from './report-figures';

/**
 * The department's figures for a period (001 §8.4): contracts, services by kind and form,
 * graduates served, appeals by channel and status, the ranking of problems, notices,
 * group events and curators. Aggregates only: no names, no birth dates, no graduate ids —
 * these figures also go to the regional centre.
 */
export async function departmentFigures(
  manager: EntityManager,
  institutionId: string,
  period: ReportPeriod,
  zone: string,
): Promise<{ totals: ReportTotal[]; tables: ReportTable[] }> {
  const q = periodQueries(manager, institutionId, period, zone);
  // One statement: the headline figures as columns, each table as a JSON array.
  const [row] = await q(`
    WITH services AS (
      SELECT s.* FROM aid_services s WHERE s.institution_id = $1 AND s.provided_on BETWEEN $2 AND $3
    ), appeals_in AS (
      SELECT a.id, a.channel, a.status FROM appeals a
      WHERE a.institution_id = $1 AND a.registered_at >= $4 AND a.registered_at < $5
    ), contracts_in AS (
      SELECT c.concluded_on, c.ended_on, c.status, c.end_reason FROM contracts c
      WHERE c.institution_id = $1 AND c.kind = 'support' AND c.status IN ('active', 'ended')
    )
    SELECT
      (SELECT count(*) FROM contracts_in WHERE concluded_on BETWEEN $2 AND $3) AS concluded,
      (SELECT count(*) FROM contracts_in WHERE concluded_on <= $3 AND (ended_on IS NULL OR ended_on > $3)) AS active,
      (SELECT count(*) FROM contracts_in WHERE ended_on BETWEEN $2 AND $3) AS ended,
      (SELECT json_agg(x) FROM (
        SELECT end_reason AS reason, count(*) AS n FROM contracts_in
        WHERE status = 'ended' AND ended_on BETWEEN $2 AND $3
        GROUP BY end_reason ORDER BY n DESC, end_reason) x) AS end_reasons,
      (SELECT json_build_object(
        'n', count(*), 'minutes', coalesce(sum(duration_minutes), 0),
        'graduates', count(DISTINCT graduate_id),
        'individual', count(*) FILTER (WHERE form = 'individual'),
        'group', count(*) FILTER (WHERE form = 'group'),
        'in_person', count(*) FILTER (WHERE delivery = 'in_person'),
        'remote', count(*) FILTER (WHERE delivery = 'remote')) FROM services) AS services,
      (SELECT json_agg(x) FROM (
        SELECT k.name, count(*) AS n, coalesce(sum(s.duration_minutes), 0) AS minutes
        FROM services s JOIN dictionary_entries k ON k.id = s.kind_id
        GROUP BY k.name ORDER BY n DESC, k.name) x) AS by_kind,
      (SELECT json_agg(x) FROM (
        SELECT form, delivery, count(*) AS n FROM services
        GROUP BY form, delivery ORDER BY form, delivery) x) AS by_form,
      (SELECT json_agg(x) FROM (
        SELECT channel, count(*) AS n FROM appeals_in GROUP BY channel ORDER BY n DESC, channel) x) AS by_channel,
      (SELECT json_agg(x) FROM (
        SELECT status, count(*) AS n FROM appeals_in GROUP BY status ORDER BY n DESC, status) x) AS by_status,
      (SELECT json_agg(x) FROM (
        SELECT d.name, count(*) AS n
        FROM appeal_problems ap JOIN appeals_in a ON a.id = ap.appeal_id
        JOIN dictionary_entries d ON d.id = ap.problem_id
        GROUP BY d.name ORDER BY n DESC, d.name) x) AS problems,
      (SELECT count(*) FROM guardianship_notices
        WHERE institution_id = $1 AND status <> 'cancelled' AND sent_on BETWEEN $2 AND $3) AS notices_sent,
      (SELECT count(*) FROM guardianship_notices
        WHERE institution_id = $1 AND status <> 'cancelled' AND due_on BETWEEN $2 AND $3
          AND (sent_on IS NULL OR sent_on > due_on)) AS notices_overdue,
      (SELECT count(*) FROM group_events
        WHERE institution_id = $1 AND status = 'held' AND starts_at >= $4 AND starts_at < $5) AS events_held,
      (SELECT count(*) FROM group_events e JOIN group_event_participants p ON p.event_id = e.id
        WHERE e.institution_id = $1 AND e.status = 'held' AND e.starts_at >= $4 AND e.starts_at < $5
          AND p.present) AS events_present,
      (SELECT count(DISTINCT curator_id) FROM curator_assignments
        WHERE institution_id = $1 AND starts_on <= $3 AND (ends_on IS NULL OR ends_on > $3)) AS curators_active`);
  const rows = (value: unknown) => (value ?? []) as Record<string, string>[];
  const contracts = { concluded: row.concluded, active: row.active, ended: row.ended };
  const endReasons = rows(row.end_reasons);
  const services = row.services as unknown as Record<string, string>;
  const byKind = rows(row.by_kind);
  const byForm = rows(row.by_form);
  const byChannel = rows(row.by_channel);
  const byStatus = rows(row.by_status);
  const problems = rows(row.problems);
  const notices = { sent: row.notices_sent, overdue: row.notices_overdue };
  const events = { held: row.events_held, present: row.events_present };
  const curators = { active: row.curators_active };

  const appeals = byChannel.reduce((sum: number, r) => sum + num(r.n), 0);
  const mentions = problems.reduce((sum: number, r) => sum + num(r.n), 0);
  const totals: ReportTotal[] = [
    {
      key: 'contractsConcluded',
      label: 'Заключено договоров о сопровождении',
      value: num(contracts.concluded),
    },
    {
      key: 'contractsActive',
      label: 'Действующих договоров на конец периода',
      value: num(contracts.active),
    },
    { key: 'contractsEnded', label: 'Прекращено договоров', value: num(contracts.ended) },
    { key: 'services', label: 'Оказано услуг', value: num(services.n) },
    {
      key: 'serviceHours',
      label: 'Часов услуг',
      value: Math.round(num(services.minutes) / 6) / 10,
    },
    {
      key: 'servicesIndividual',
      label: 'Услуг в индивидуальной форме',
      value: num(services.individual),
    },
    { key: 'servicesGroup', label: 'Услуг в групповой форме', value: num(services.group) },
    { key: 'servicesInPerson', label: 'Услуг очно', value: num(services.in_person) },
    { key: 'servicesRemote', label: 'Услуг дистанционно', value: num(services.remote) },
    {
      key: 'graduatesServed',
      label: 'Выпускников получили услуги',
      value: num(services.graduates),
    },
    { key: 'appeals', label: 'Зарегистрировано обращений', value: appeals },
    { key: 'noticesSent', label: 'Направлено информаций в органы опеки', value: num(notices.sent) },
    {
      key: 'noticesOverdue',
      label: 'Информаций направлено с опозданием или не направлено',
      value: num(notices.overdue),
    },
    { key: 'groupEvents', label: 'Проведено групповых мероприятий', value: num(events.held) },
    {
      key: 'groupEventAttendance',
      label: 'Участий выпускников в групповых мероприятиях',
      value: num(events.present),
    },
    {
      key: 'curatorsActive',
      label: 'Работающих добровольных кураторов',
      value: num(curators.active),
    },
  ];
  const tables: ReportTable[] = [
    {
      key: 'problemRanking',
      title: 'Рейтинг проблем, выявленных в обращениях',
      columns: ['Место', 'Проблема', 'Упоминаний', 'Доля, %'],
      chart: { label: 1, value: 2 },
      rows: problems.map((r, i: number) => [i + 1, r.name, num(r.n), percent(num(r.n), mentions)]),
    },
    {
      key: 'servicesByKind',
      title: 'Услуги по видам',
      columns: ['Вид услуги', 'Количество', 'Часов'],
      rows: byKind.map((r) => [r.name, num(r.n), Math.round(num(r.minutes) / 6) / 10]),
      chart: { label: 0, value: 1 },
    },
    {
      key: 'servicesByForm',
      title: 'Услуги по формам',
      columns: ['Форма', 'Способ', 'Количество'],
      rows: byForm.map((r) => [
        FORM[r.form as ServiceForm],
        DELIVERY[r.delivery as ServiceDelivery],
        num(r.n),
      ]),
    },
    {
      key: 'appealsByChannel',
      title: 'Обращения по способу поступления',
      columns: ['Способ', 'Количество'],
      rows: byChannel.map((r) => [CHANNEL[r.channel as AppealChannel], num(r.n)]),
      chart: { label: 0, value: 1 },
    },
    {
      key: 'appealsByStatus',
      title: 'Обращения по состоянию',
      columns: ['Состояние', 'Количество'],
      rows: byStatus.map((r) => [STATUS[r.status as AppealStatus], num(r.n)]),
    },
    {
      key: 'contractsEndedByReason',
      title: 'Прекращение договоров по основаниям',
      columns: ['Основание', 'Количество'],
      rows: endReasons.map((r) => [
        r.reason ? END_REASON_LABELS[r.reason as ContractEndReason] : 'Не указано',
        num(r.n),
      ]),
    },
  ];
  return { totals, tables };
}
