import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { RefreshTokensService } from '../auth/sessions/refresh-tokens.service';
import { AppConfig } from '../config/app-config';
import { Role } from '../common/auth/permissions';
import { generatePassword, hashPassword, verifyPassword } from '../common/security/passwords';
import { User } from './user.entity';

export type CredentialCheck = { ok: true; user: User } | { ok: false; lockedForSeconds?: number };

/** A hash to verify against when the login is unknown, so timing does not reveal which logins exist. */
const DUMMY_HASH = hashPassword('not-a-real-password-' + Math.random());

/** Account operations used by authentication: credentials, lockout, own password, first admin. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refreshTokens: RefreshTokensService,
    private readonly config: AppConfig,
  ) {}

  /** An active account with its institution (whose time zone is the user's "today"). */
  findActive(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id, active: true }, relations: { institution: true } });
  }

  /**
   * Checks a login and password. Repeated wrong passwords lock the account for
   * LOGIN_LOCK_MINUTES; while locked, even the right password is refused.
   */
  checkCredentials(login: string, password: string): Promise<CredentialCheck> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, {
        where: { login: login.trim().toLowerCase() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || !user.active) {
        await verifyPassword(await DUMMY_HASH, password);
        return { ok: false };
      }
      const now = Date.now();
      if (user.lockedUntil && user.lockedUntil.getTime() > now) {
        return {
          ok: false,
          lockedForSeconds: Math.ceil((user.lockedUntil.getTime() - now) / 1000),
        };
      }
      if (await verifyPassword(user.passwordHash, password)) {
        if (user.failedLogins > 0 || user.lockedUntil) {
          await manager.update(User, { id: user.id }, { failedLogins: 0, lockedUntil: null });
        }
        return { ok: true, user };
      }
      const failedLogins = user.failedLogins + 1;
      if (failedLogins >= this.config.LOGIN_MAX_FAILURES) {
        const lockMs = this.config.LOGIN_LOCK_MINUTES * 60_000;
        await manager.update(
          User,
          { id: user.id },
          { failedLogins: 0, lockedUntil: new Date(now + lockMs) },
        );
        return { ok: false, lockedForSeconds: Math.ceil(lockMs / 1000) };
      }
      await manager.update(User, { id: user.id }, { failedLogins });
      return { ok: false };
    });
  }

  /** Own password change: needs the current one; ends every session of the account. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<boolean> {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) return false;
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: userId }, { passwordHash, mustChangePassword: false });
      await this.refreshTokens.revokeAllOfUser(userId, 'password-changed', manager);
    });
    return true;
  }

  /**
   * On first start there is no administrator: create one. Returns the generated password
   * (null when ADMIN_PASSWORD was given, or when an administrator already exists).
   */
  async ensureAdmin(): Promise<{ login: string; password: string | null } | null> {
    if (await this.users.exists({ where: { role: Role.Admin } })) return null;
    const login = this.config.ADMIN_LOGIN.toLowerCase();
    const generated = this.config.ADMIN_PASSWORD ? null : generatePassword();
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values({
        login,
        fullName: 'Администратор',
        position: 'Администратор системы',
        role: Role.Admin,
        institutionId: null,
        passwordHash: await hashPassword(this.config.ADMIN_PASSWORD ?? generated!),
        mustChangePassword: generated !== null,
      })
      .orIgnore()
      .execute();
    // Another instance may have created it at the same moment.
    return result.identifiers.length > 0 ? { login, password: generated } : null;
  }
}
