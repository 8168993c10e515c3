import { Permission, Role, permissionsOf } from './permissions';

/** The authenticated caller, as the guard puts it on the request. */
export class Actor {
  constructor(
    readonly userId: string,
    readonly role: Role,
    readonly institutionId: string | null,
  ) {}

  get permissions(): readonly Permission[] {
    return permissionsOf(this.role);
  }

  can(permission: Permission): boolean {
    return this.permissions.includes(permission);
  }
}
