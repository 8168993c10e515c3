import { FindOptionsWhere } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Permission } from '../common/auth/permissions';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { Report, ReportKind } from './report.entity';
import { DEPARTMENT_KINDS } from './report-rules';

/**
 * Which reports a caller may read: heads and the director read the institution's; a
 * specialist reads their own. Always inside the caller's institution.
 */
export function visibleReports(
  scoped: InstitutionScoped<Report>,
  actor: Actor,
  filter: FindOptionsWhere<Report> = {},
): FindOptionsWhere<Report> {
  const wholeInstitution =
    actor.can(Permission.ReportsDepartment) || actor.can(Permission.ReportsReviewDepartment);
  return scoped.where(actor, wholeInstitution ? filter : { ...filter, authorId: actor.userId });
}

/** Who may compile a kind: a specialist their month; heads the department's reports. */
export const mayCompile = (actor: Actor, kind: ReportKind) =>
  DEPARTMENT_KINDS.includes(kind)
    ? actor.can(Permission.ReportsDepartment)
    : actor.can(Permission.ReportsWrite);

/** Who accepts or returns: the head a specialist's month; the director the department's. */
export const mayReview = (actor: Actor, kind: ReportKind) =>
  DEPARTMENT_KINDS.includes(kind)
    ? actor.can(Permission.ReportsReviewDepartment)
    : actor.can(Permission.ReportsReviewStaff);
