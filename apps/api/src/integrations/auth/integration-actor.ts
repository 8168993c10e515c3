import { Actor } from '../../common/auth/actor';
import { Permission, Role } from '../../common/auth/permissions';

/** An API client as the caller: its permissions are the client's list, not a role's. */
export class IntegrationActor extends Actor {
  constructor(
    userId: string,
    institutionId: string,
    timeZone: string | undefined,
    readonly clientId: string,
    readonly keyId: string,
    private readonly granted: readonly Permission[],
  ) {
    super(userId, Role.Integration, institutionId, timeZone);
  }

  override get permissions(): readonly Permission[] {
    return this.granted;
  }
}
