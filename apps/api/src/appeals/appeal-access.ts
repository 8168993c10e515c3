import { FindOptionsWhere } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Permission } from '../common/auth/permissions';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { visibleGraduates } from '../graduates/graduate-access';
import { Graduate } from '../graduates/graduate.entity';
import { Appeal } from './appeal.entity';

/**
 * Which appeals a caller may see, in one place. Heads and supervisors: every appeal of
 * their institution. Specialists: the appeals assigned to them and the appeals of graduates
 * whose files they may see (their own and the intake queue of files). An unassigned appeal
 * of a colleague's graduate stays the colleague's: it is part of that personal file.
 * Always inside the caller's institution. An empty list means "nothing".
 */
export function visibleAppeals(
  appeals: InstitutionScoped<Appeal>,
  graduates: InstitutionScoped<Graduate>,
  actor: Actor,
  filter: FindOptionsWhere<Appeal> = {},
): FindOptionsWhere<Appeal>[] {
  if (actor.can(Permission.GraduatesAllInInstitution)) return [appeals.where(actor, filter)];
  const throughGraduate = visibleGraduates(graduates, actor).map((graduate) =>
    appeals.where(actor, { ...filter, graduate }),
  );
  const specialist = filter.assignedSpecialistId;
  if (specialist !== undefined) {
    // A filter by specialist narrows the view; it never widens it. The caller's own
    // appeals are theirs to see whole; the intake queue (no specialist) only through
    // the graduates they may see.
    return specialist === actor.userId ? [appeals.where(actor, filter)] : throughGraduate;
  }
  return [
    appeals.where(actor, { ...filter, assignedSpecialistId: actor.userId }),
    ...throughGraduate,
  ];
}
