import { DEFAULT_TIME_ZONE, todayIn } from '../local-day';
import { Permission, Role, permissionsOf } from './permissions';

/** The authenticated caller, as the guard puts it on the request. */
export class Actor {
  constructor(
    readonly userId: string,
    readonly role: Role,
    readonly institutionId: string | null,
    /** The IANA time zone of the caller's institution: their "today". */
    readonly timeZone: string = DEFAULT_TIME_ZONE,
  ) {}

  get permissions(): readonly Permission[] {
    return permissionsOf(this.role);
  }

  can(permission: Permission): boolean {
    return this.permissions.includes(permission);
  }

  private todayCache?: string;

  /** Today in the caller's institution (computed once per request: lists call it per row). */
  today(): string {
    this.todayCache ??= todayIn(this.timeZone);
    return this.todayCache;
  }
}
