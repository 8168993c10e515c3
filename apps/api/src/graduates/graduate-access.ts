import { FindOptionsWhere, IsNull } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Permission } from '../common/auth/permissions';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { Graduate } from './graduate.entity';

/**
 * Which personal files a caller may see, in one place: heads and supervisors see every
 * file of their institution; specialists see the files assigned to them and the intake
 * queue (files nobody is assigned to yet). Always inside the caller's institution.
 */
export function visibleGraduates(
  scoped: InstitutionScoped<Graduate>,
  actor: Actor,
  filter: FindOptionsWhere<Graduate> = {},
): FindOptionsWhere<Graduate>[] {
  if (actor.can(Permission.GraduatesAllInInstitution)) return [scoped.where(actor, filter)];
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
