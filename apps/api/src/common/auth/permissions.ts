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
}

export enum Permission {
  /** Own session: profile, password change, logout. Every role has it. */
  AccountSelf = 'account.self',
  InstitutionsRead = 'institutions.read',
  InstitutionsManage = 'institutions.manage',
  UsersRead = 'users.read',
  UsersManage = 'users.manage',
  /** Sees every institution's records, not only the own one (deployment administrators). */
  ScopeAllInstitutions = 'scope.all-institutions',
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.Admin]: [
    Permission.AccountSelf,
    Permission.InstitutionsRead,
    Permission.InstitutionsManage,
    Permission.UsersRead,
    Permission.UsersManage,
    Permission.ScopeAllInstitutions,
  ],
  [Role.Head]: [Permission.AccountSelf, Permission.InstitutionsRead, Permission.UsersRead],
  [Role.Specialist]: [Permission.AccountSelf, Permission.InstitutionsRead],
  [Role.Curator]: [Permission.AccountSelf],
  [Role.Supervisor]: [Permission.AccountSelf, Permission.InstitutionsRead, Permission.UsersRead],
  [Role.Regional]: [Permission.AccountSelf],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role] ?? [];
}
