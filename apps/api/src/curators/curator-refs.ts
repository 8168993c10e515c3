import { EntityManager, In } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { fieldError } from '../common/problem/domain-error';
import { referenceNotFound } from '../common/problem/reference';
import { Curator } from './curator.entity';
import { WORKING_CURATOR } from './curator-rules';

/**
 * Curators named on other records (a plan activity, a case-log entry, an event) must be
 * approved, working curators of the caller's institution. No such curator (or another
 * institution's) is a 422 on `field`; one who is not (or no longer) working is a 400.
 */
export async function assertWorkingCurators(
  manager: EntityManager,
  actor: Actor,
  curatorIds: readonly string[],
  field: string,
): Promise<void> {
  const ids = [...new Set(curatorIds)];
  if (!ids.length) return;
  const found = await manager.find(Curator, {
    select: { id: true, status: true },
    where: { id: In(ids), institutionId: actor.institutionId ?? undefined },
  });
  if (found.length !== ids.length) throw referenceNotFound(field, 'Куратор не найден');
  if (found.some((c) => !WORKING_CURATOR.includes(c.status)))
    throw fieldError(
      field,
      'Выберите утверждённого работающего куратора своего учреждения',
      'must be an approved, working curator of the institution',
    );
}
