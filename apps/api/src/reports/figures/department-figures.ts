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

  const [contracts] = await q(`
    SELECT
      count(*) FILTER (WHERE concluded_on BETWEEN $2 AND $3) AS concluded,
      count(*) FILTER (WHERE concluded_on <= $3 AND (ended_on IS NULL OR ended_on > $3)) AS active,
      count(*) FILTER (WHERE ended_on BETWEEN $2 AND $3) AS ended
    FROM contracts
    WHERE institution_id = $1 AND kind = 'support' AND status IN ('active', 'ended')`);
  const endReasons = await q(`
    SELECT end_reason AS reason, count(*) AS n FROM contracts
    WHERE institution_id = $1 AND kind = 'support' AND status = 'ended' AND ended_on BETWEEN $2 AND $3
    GROUP BY end_reason ORDER BY n DESC, end_reason`);

  const [services] = await q(`
    SELECT count(*) AS n, coalesce(sum(duration_minutes), 0) AS minutes,
      count(DISTINCT graduate_id) AS graduates,
      count(*) FILTER (WHERE form = 'individual') AS individual,
      count(*) FILTER (WHERE form = 'group') AS "group",
      count(*) FILTER (WHERE delivery = 'in_person') AS in_person,
      count(*) FILTER (WHERE delivery = 'remote') AS remote
    FROM aid_services WHERE institution_id = $1 AND provided_on BETWEEN $2 AND $3`);
  const byKind = await q(`
    SELECT k.name, count(*) AS n, coalesce(sum(s.duration_minutes), 0) AS minutes
    FROM aid_services s JOIN dictionary_entries k ON k.id = s.kind_id
    WHERE s.institution_id = $1 AND s.provided_on BETWEEN $2 AND $3
    GROUP BY k.name ORDER BY n DESC, k.name`);
  const byForm = await q(`
    SELECT form, delivery, count(*) AS n FROM aid_services
    WHERE institution_id = $1 AND provided_on BETWEEN $2 AND $3
    GROUP BY form, delivery ORDER BY form, delivery`);

  const byChannel = await q(`
    SELECT channel, count(*) AS n FROM appeals
    WHERE institution_id = $1 AND registered_at >= $4 AND registered_at < $5
    GROUP BY channel ORDER BY n DESC, channel`);
  const byStatus = await q(`
    SELECT status, count(*) AS n FROM appeals
    WHERE institution_id = $1 AND registered_at >= $4 AND registered_at < $5
    GROUP BY status ORDER BY n DESC, status`);
  const problems = await q(`
    SELECT d.name, count(*) AS n
    FROM appeal_problems ap
    JOIN appeals a ON a.id = ap.appeal_id
    JOIN dictionary_entries d ON d.id = ap.problem_id
    WHERE a.institution_id = $1 AND a.registered_at >= $4 AND a.registered_at < $5
    GROUP BY d.name ORDER BY n DESC, d.name`);

  const [notices] = await q(`
    SELECT count(*) FILTER (WHERE sent_on BETWEEN $2 AND $3) AS sent,
      count(*) FILTER (WHERE due_on BETWEEN $2 AND $3 AND (sent_on IS NULL OR sent_on > due_on)) AS overdue
    FROM guardianship_notices WHERE institution_id = $1 AND status <> 'cancelled'`);
  const [events] = await q(`
    SELECT count(DISTINCT e.id) AS held, count(p.graduate_id) FILTER (WHERE p.present) AS present
    FROM group_events e LEFT JOIN group_event_participants p ON p.event_id = e.id
    WHERE e.institution_id = $1 AND e.status = 'held' AND e.starts_at >= $4 AND e.starts_at < $5`);
  const [curators] = await q(`
    SELECT count(DISTINCT curator_id) AS active FROM curator_assignments
    WHERE institution_id = $1 AND starts_on <= $3 AND (ends_on IS NULL OR ends_on > $3)`);

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
