import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/permissions';

/** The caller of one request together with the session (refresh-token family) it belongs to. */
export class SessionActor extends Actor {
  constructor(
    userId: string,
    role: Role,
    institutionId: string | null,
    timeZone: string | undefined,
    readonly sessionId: string,
    /** A temporary password is still in use: only the password change is open. */
    readonly mustChangePassword: boolean,
  ) {
    super(userId, role, institutionId, timeZone);
  }
}
