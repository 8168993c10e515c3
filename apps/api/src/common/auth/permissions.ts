import { ROLES, type EnumMatches } from '@postcare/domain';

/**
 * The one vocabulary of roles and permissions. The API enforces it; the SPA receives the
 * same names through the OpenAPI spec (the `Permission` and `Role` enums) and the
 * caller's own list from `GET /api/auth/me`, so it hides what the API would refuse.
 */
export enum Role {
  Admin = 'admin',
  Head = 'head',
  Specialist = 'specialist',
  Curator = 'curator',
  Supervisor = 'supervisor',
  Regional = 'regional',
  /** A third-party system's API client: its permissions come from the client, not from here. */
  Integration = 'integration',
}
/** Codes and words live in @postcare/domain; this line stops the build when they differ. */
export const ROLE_MATCHES_DOMAIN = true satisfies EnumMatches<Role, (typeof ROLES)[number]>;

export enum Permission {
  /** Own session: profile, password change, logout. Every role has it. */
  AccountSelf = 'account.self',
  InstitutionsRead = 'institutions.read',
  InstitutionsManage = 'institutions.manage',
  UsersRead = 'users.read',
  UsersManage = 'users.manage',
  /** Sees every institution's records, not only the own one (deployment administrators). */
  ScopeAllInstitutions = 'scope.all-institutions',
  /** Personal files the caller may see: all of the institution, or (specialists) assigned ones and the intake queue. */
  GraduatesRead = 'graduates.read',
  GraduatesWrite = 'graduates.write',
  /** Every personal file of the institution, not only the assigned ones (heads, supervisors). */
  GraduatesAllInInstitution = 'graduates.all-in-institution',
  GraduatesImport = 'graduates.import',
  AppealsRead = 'appeals.read',
  AppealsWrite = 'appeals.write',
  ServicesRead = 'services.read',
  ServicesWrite = 'services.write',
  JournalExport = 'journal.export',
  /** Load an old appeal journal (appeals and help given) from XLSX (heads, specialists). */
  JournalImport = 'journal.import',
  DictionariesRead = 'dictionaries.read',
  DictionariesManage = 'dictionaries.manage',
  /** The own institution's time zone, requisites, numbering and document templates. */
  InstitutionSettingsManage = 'institutions.settings',
  ContractsRead = 'contracts.read',
  /** Draft, sign, end contracts; request exception orders. */
  ContractsWrite = 'contracts.write',
  /** Enter or confirm a director's or head's order to support someone outside the age rules (001 §4.1.3). */
  ExceptionOrdersConfirm = 'exception-orders.confirm',
  PlansRead = 'plans.read',
  PlansWrite = 'plans.write',
  /** Approve or return individual support plans (heads only). */
  PlansApprove = 'plans.approve',
  /** Assessments, situation, case log, checklist and guardianship notices of visible graduates. */
  MonitoringRead = 'monitoring.read',
  MonitoringWrite = 'monitoring.write',
  /** The partner directory and referrals of graduates to partners. */
  PartnersRead = 'partners.read',
  PartnersWrite = 'partners.write',
  /** Group events (trainings, clubs, evenings) and their participants. */
  EventsRead = 'events.read',
  EventsWrite = 'events.write',
  /** The service's annual and monthly work plans. */
  WorkPlansRead = 'work-plans.read',
  WorkPlansWrite = 'work-plans.write',
  /** Approve work plans (heads only). */
  WorkPlansApprove = 'work-plans.approve',
  /** Volunteer curators: candidates, training, assignments, consultations. */
  CuratorsRead = 'curators.read',
  CuratorsWrite = 'curators.write',
  /** Approve a trained candidate as a curator and give them an account (heads only). */
  CuratorsApprove = 'curators.approve',
  /** A curator's own view: the graduates assigned to them today, and nothing else. */
  CuratorPortal = 'curator.portal',
  /** Reports of the caller (a specialist's own) or of the institution (heads, supervisors). */
  ReportsRead = 'reports.read',
  /** Write and submit one's own monthly report. */
  ReportsWrite = 'reports.write',
  /** Compile and submit the department's monthly, half-year and annual reports (heads). */
  ReportsDepartment = 'reports.department',
  /** Accept or return specialists' monthly reports (heads). */
  ReportsReviewStaff = 'reports.review-staff',
  /** Accept or return the department's reports (the director or deputy). */
  ReportsReviewDepartment = 'reports.review-department',
  /** The submitted department reports of the institutions given to a regional user. */
  ReportsRegional = 'reports.regional',
  /** 152-FZ: a data subject's access and correction requests, exports and consent forms. */
  PrivacyRequests = 'privacy.requests',
  /** 152-FZ: retention period, destruction of personal data past it and destruction acts (heads). */
  PrivacyRetention = 'privacy.retention',
  /** API clients, their keys and webhooks (administrators; heads for their institution). */
  IntegrationsManage = 'integrations.manage',
  /** The change feed (GET /api/changes): what changed, for systems that keep a copy in sync. */
  ChangesRead = 'changes.read',
  /** Who read or changed the institution's records: the access log (heads, the director). */
  AuditRead = 'audit.read',
  /** Administrative actions (accounts, institutions, dictionaries) across institutions. */
  AuditAdmin = 'audit.admin',
}

const CASE_WORK = [
  Permission.GraduatesRead,
  Permission.GraduatesWrite,
  Permission.AppealsRead,
  Permission.AppealsWrite,
  Permission.ServicesRead,
  Permission.ServicesWrite,
  Permission.JournalExport,
  Permission.JournalImport,
  Permission.DictionariesRead,
  Permission.ContractsRead,
  Permission.ContractsWrite,
  Permission.PlansRead,
  Permission.PlansWrite,
  Permission.MonitoringRead,
  Permission.MonitoringWrite,
  Permission.PartnersRead,
  Permission.PartnersWrite,
  Permission.EventsRead,
  Permission.EventsWrite,
  Permission.WorkPlansRead,
  Permission.WorkPlansWrite,
  Permission.CuratorsRead,
  Permission.CuratorsWrite,
  Permission.ReportsRead,
  Permission.ReportsWrite,
  Permission.PrivacyRequests,
];

/** Administrators manage the deployment but see no case content (DOMAIN.md, roles). */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.Admin]: [
    Permission.AccountSelf,
    Permission.InstitutionsRead,
    Permission.InstitutionsManage,
    Permission.UsersRead,
    Permission.UsersManage,
    Permission.ScopeAllInstitutions,
    Permission.DictionariesRead,
    Permission.DictionariesManage,
    Permission.InstitutionSettingsManage,
    Permission.ExceptionOrdersConfirm,
    Permission.IntegrationsManage,
    Permission.AuditRead,
    Permission.AuditAdmin,
  ],
  [Role.Head]: [
    Permission.AccountSelf,
    Permission.InstitutionsRead,
    Permission.UsersRead,
    ...CASE_WORK,
    Permission.GraduatesAllInInstitution,
    Permission.GraduatesImport,
    Permission.InstitutionSettingsManage,
    Permission.ExceptionOrdersConfirm,
    Permission.PlansApprove,
    Permission.WorkPlansApprove,
    Permission.CuratorsApprove,
    Permission.ReportsDepartment,
    Permission.ReportsReviewStaff,
    Permission.PrivacyRetention,
    Permission.IntegrationsManage,
    Permission.ChangesRead,
    Permission.AuditRead,
  ],
  [Role.Specialist]: [
    Permission.AccountSelf,
    Permission.InstitutionsRead,
    Permission.UsersRead,
    ...CASE_WORK,
  ],
  [Role.Curator]: [Permission.AccountSelf, Permission.CuratorPortal],
  [Role.Supervisor]: [
    Permission.AccountSelf,
    Permission.InstitutionsRead,
    Permission.UsersRead,
    Permission.GraduatesRead,
    Permission.GraduatesAllInInstitution,
    Permission.AppealsRead,
    Permission.ServicesRead,
    Permission.JournalExport,
    Permission.DictionariesRead,
    Permission.ContractsRead,
    Permission.PlansRead,
    Permission.MonitoringRead,
    Permission.PartnersRead,
    Permission.EventsRead,
    Permission.WorkPlansRead,
    Permission.CuratorsRead,
    Permission.ReportsRead,
    Permission.ReportsReviewDepartment,
    Permission.AuditRead,
  ],
  [Role.Regional]: [Permission.AccountSelf, Permission.ReportsRegional],
  // An API client's technical account: the client's own list applies (IntegrationActor).
  [Role.Integration]: [],
};

/**
 * Roles for whom a route outside their permissions does not exist: a volunteer's account
 * learns nothing about the rest of the API, not even that a graduate's consents are there.
 */
export const ROLES_DENIED_AS_NOT_FOUND: readonly Role[] = [Role.Curator];

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role] ?? [];
}
