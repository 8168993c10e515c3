import { FindOptionsWhere } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Permission } from '../common/auth/permissions';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { visibleGraduates } from '../graduates/graduate-access';
import { Graduate } from '../graduates/graduate.entity';
import { AidService } from './aid-service.entity';

/**
 * Which services a caller may see, in one place. Heads and supervisors: every service of
 * their institution. Specialists: the help they gave themselves and the help given to
 * graduates whose files they may see. Always inside the caller's institution.
 */
export function visibleServices(
  services: InstitutionScoped<AidService>,
  graduates: InstitutionScoped<Graduate>,
  actor: Actor,
  filter: FindOptionsWhere<AidService> = {},
): FindOptionsWhere<AidService>[] {
  if (actor.can(Permission.GraduatesAllInInstitution)) return [services.where(actor, filter)];
  const throughGraduate = visibleGraduates(graduates, actor).map((graduate) =>
    services.where(actor, { ...filter, graduate }),
  );
  if (filter.specialistId !== undefined) {
    // A filter by specialist narrows the view; it never widens it.
    return filter.specialistId === actor.userId ? [services.where(actor, filter)] : throughGraduate;
  }
  return [services.where(actor, { ...filter, specialistId: actor.userId }), ...throughGraduate];
}
