import { And, Equal, FindOperator, FindOptionsWhere, IsNull, Raw } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Permission } from '../common/auth/permissions';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { Graduate } from './graduate.entity';

/**
 * Which personal files a caller may see, in one place: heads and supervisors see every
 * file of their institution; specialists see the files assigned to them and the intake
 * queue (files nobody is assigned to yet); a volunteer curator sees only the graduates
 * assigned to them today while they are an active curator. Always inside the caller's
 * institution.
 */
export function visibleGraduates(
  scoped: InstitutionScoped<Graduate>,
  actor: Actor,
  filter: FindOptionsWhere<Graduate> = {},
): FindOptionsWhere<Graduate>[] {
  if (actor.can(Permission.GraduatesAllInInstitution)) return [scoped.where(actor, filter)];
  if (actor.can(Permission.CuratorPortal)) {
    const assigned = assignedToCurator(actor);
    const asked = filter.id;
    const id =
      asked === undefined
        ? assigned
        : And(asked instanceof FindOperator ? asked : Equal(asked as string), assigned);
    return [scoped.where(actor, { ...filter, id })];
  }
  if (filter.responsibleSpecialistId !== undefined) {
    // A filter by specialist narrows the specialist's own view; it never widens it.
    const asked = filter.responsibleSpecialistId;
    return asked === actor.userId ? [scoped.where(actor, filter)] : [];
  }
  return [
    scoped.where(actor, { ...filter, responsibleSpecialistId: actor.userId }),
    scoped.where(actor, { ...filter, responsibleSpecialistId: IsNull() }),
  ];
}

/**
 * "Assigned to the calling curator today": an open assignment of their curator record, which
 * must be active (a paused or departed curator sees nobody). Same rule as `openOn`.
 */
function assignedToCurator(actor: Actor) {
  return Raw(
    (id) => `${id} IN (
      SELECT a.graduate_id FROM curator_assignments a
      JOIN curators c ON c.id = a.curator_id
      WHERE c.user_id = :curatorUserId AND c.status = 'active'
        AND a.starts_on <= :curatorToday AND (a.ends_on IS NULL OR a.ends_on > :curatorToday))`,
    { curatorUserId: actor.userId, curatorToday: actor.today() },
  );
}
