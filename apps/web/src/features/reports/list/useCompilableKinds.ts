import { usePermissions } from '../../../shared/auth/usePermissions';
import { compilePermission, DEPARTMENT_KINDS, REPORT_KINDS, type ReportKind } from '../vocabulary';

/** The kinds this user may start, the department's first for heads (their usual work). */
export function useCompilableKinds(): ReportKind[] {
  const { can } = usePermissions();
  const allowed = REPORT_KINDS.filter((kind) => can(compilePermission(kind)));
  return [
    ...allowed.filter((kind) => DEPARTMENT_KINDS.includes(kind)),
    ...allowed.filter((kind) => !DEPARTMENT_KINDS.includes(kind)),
  ];
}
