import { And, FindOperator, FindOptionsWhere, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { AidService } from './aid-service.entity';
import { ListAidServicesQueryDto } from './dto/aid-service.requests';

/** Days `from`..`to`, both included, on a date column; undefined when neither is given. */
export function daysBetween(from?: string, to?: string): FindOperator<string> | undefined {
  if (from && to) return And(MoreThanOrEqual(from), LessThanOrEqual(to));
  return from ? MoreThanOrEqual(from) : to ? LessThanOrEqual(to) : undefined;
}

/** The list's query as where-conditions; visibility is added by `visibleServices`. */
export function serviceFilter(query: ListAidServicesQueryDto): FindOptionsWhere<AidService> {
  const filter: FindOptionsWhere<AidService> = {};
  const period = daysBetween(query.from, query.to);
  if (period) filter.providedOn = period;
  if (query.graduateId) filter.graduateId = query.graduateId;
  if (query.specialistId) filter.specialistId = query.specialistId;
  if (query.kindId) filter.kindId = query.kindId;
  if (query.appealId) filter.appealId = query.appealId;
  return filter;
}
