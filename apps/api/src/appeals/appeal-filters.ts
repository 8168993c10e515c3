import { FindOptionsWhere, IsNull, Raw } from 'typeorm';
import { Appeal } from './appeal.entity';
import { ListAppealsQueryDto } from './dto/appeal.requests';
import { withinDays } from '../common/local-day';

/** The list's query as where-conditions; visibility is added by `visibleAppeals`. */
export function appealFilter(
  query: ListAppealsQueryDto,
  timeZone: string,
): FindOptionsWhere<Appeal> {
  const filter: FindOptionsWhere<Appeal> = {};
  const period = withinDays(timeZone, query.from, query.to);
  if (period) filter.registeredAt = period;
  if (query.status) filter.status = query.status;
  if (query.specialistId) filter.assignedSpecialistId = query.specialistId;
  else if (query.unassigned) filter.assignedSpecialistId = IsNull();
  if (query.graduateId) filter.graduateId = query.graduateId;
  if (query.problemId) {
    // A condition on the join table itself, so the loaded problem lists stay complete.
    filter.id = Raw(
      (alias) =>
        `${alias} IN (SELECT "appeal_id" FROM "appeal_problems" WHERE "problem_id" = :problemId)`,
      { problemId: query.problemId },
    );
  }
  return filter;
}
