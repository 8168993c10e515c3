import { FindOptionsWhere } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Permission } from '../common/auth/permissions';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { visibleGraduates } from '../graduates/graduate-access';
import { Graduate } from '../graduates/graduate.entity';
import { Contract } from './contract.entity';

/**
 * Which contracts a caller may see, in one place: heads and supervisors every contract of
 * their institution; specialists the contracts of the files they may see and those they
 * are responsible for. Always inside the caller's institution. Empty = nothing.
 */
export function visibleContracts(
  contracts: InstitutionScoped<Contract>,
  graduates: InstitutionScoped<Graduate>,
  actor: Actor,
  filter: FindOptionsWhere<Contract> = {},
): FindOptionsWhere<Contract>[] {
  if (actor.can(Permission.GraduatesAllInInstitution)) return [contracts.where(actor, filter)];
  const asked = (filter.graduate ?? {}) as FindOptionsWhere<Graduate>;
  return [
    ...visibleGraduates(graduates, actor).map((graduate) =>
      contracts.where(actor, { ...filter, graduate: { ...asked, ...graduate } }),
    ),
    contracts.where(actor, { ...filter, responsibleSpecialistId: actor.userId }),
  ];
}
