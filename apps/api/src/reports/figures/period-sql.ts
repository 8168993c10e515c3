import { EntityManager } from 'typeorm';
import { addDays, startOfDay } from '../../common/local-day';
import { ReportPeriod } from '../report-rules';

/**
 * Figure queries of a period. Every query may use: $1 the institution, $2..$3 the period's
 * first and last day (date columns), $4..$5 the instants it starts and ends in the
 * institution's zone (timestamp columns, end exclusive), and $6 the specialist, if given.
 * PostgreSQL wants every parameter it is sent to appear, with a type, in the statement; a
 * leading CTE names them all, so each query uses just the ones it needs.
 */
export function periodQueries(
  manager: EntityManager,
  institutionId: string,
  period: ReportPeriod,
  zone: string,
  specialistId?: string,
) {
  const params: unknown[] = [
    institutionId,
    period.from,
    period.to,
    startOfDay(period.from, zone),
    startOfDay(addDays(period.to, 1), zone),
  ];
  if (specialistId) params.push(specialistId);
  const types = ['uuid', 'date', 'date', 'timestamptz', 'timestamptz', 'uuid'];
  const preamble = `_params AS (SELECT ${params.map((_, i) => `$${i + 1}::${types[i]}`).join(', ')})`;
  return (sql: string): Promise<Record<string, string>[]> => {
    const body = sql.trim();
    const statement = /^WITH\s/i.test(body)
      ? body.replace(/^WITH\s/i, `WITH ${preamble}, `)
      : `WITH ${preamble} ${body}`;
    return manager.query(statement, params);
  };
}
