import { EntityManager } from 'typeorm';
import { CuratorTrainingAttendance, CuratorTrainingSession } from './training-session.entity';

/** Training hours each curator attended, summed over the sessions they came to. */
export async function attendedHours(
  manager: EntityManager,
  curatorIds: string[],
): Promise<Map<string, number>> {
  if (!curatorIds.length) return new Map();
  const rows = await manager
    .createQueryBuilder(CuratorTrainingAttendance, 'a')
    .innerJoin(CuratorTrainingSession, 's', 's.id = a.session_id')
    .select('a.curator_id', 'curatorId')
    .addSelect('sum(s.hours)::int', 'hours')
    .where('a.curator_id IN (:...curatorIds)', { curatorIds })
    .groupBy('a.curator_id')
    .getRawMany<{ curatorId: string; hours: number }>();
  return new Map(rows.map((r) => [r.curatorId, r.hours]));
}
