import { EntityManager, In } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { fieldError } from '../common/problem/domain-error';
import { Curator } from './curator.entity';
import { WORKING_CURATOR } from './curator-rules';

/**
 * Curators named on other records (a plan activity, a case-log entry, an event) must be
 * approved, working curators of the caller's institution; anything else is a 400 on `field`.
 */
export async function assertWorkingCurators(
  manager: EntityManager,
  actor: Actor,
  curatorIds: readonly string[],
  field: string,
): Promise<void> {
  const ids = [...new Set(curatorIds)];
  if (!ids.length) return;
  const found = await manager.count(Curator, {
    where: {
      id: In(ids),
      institutionId: actor.institutionId ?? undefined,
      status: In(WORKING_CURATOR),
    },
  });
  if (found !== ids.length)
    throw fieldError(
      field,
      'Выберите утверждённого работающего куратора своего учреждения',
      'must be an approved, working curator of the institution',
    );
}
