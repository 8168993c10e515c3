import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { RefreshTokensService } from '../auth/sessions/refresh-tokens.service';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/permissions';
import { DomainError } from '../common/problem/domain-error';
import { assertStrongPassword } from '../common/security/password-policy';
import { generatePassword, hashPassword, verifyPassword } from '../common/security/passwords';
import { User } from './user.entity';

export type CredentialCheck = { ok: true; user: User } | { ok: false; userId: string | null };

export type PasswordChange = 'changed' | 'wrong-current';

/** A hash to verify against when the login is unknown, so timing does not reveal which logins exist. */
const DUMMY_HASH = hashPassword('not-a-real-password-' + Math.random());

/** Account operations used by authentication: credentials, own password, first admin. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** An active account with its institution (whose time zone is the user's "today"). */
  findActive(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id, active: true }, relations: { institution: true } });
  }

  /**
   * Checks a login and password. An unknown or deactivated login costs the same password
   * hashing as a known one, so neither the answer nor its timing tells them apart.
   * (Guessing is slowed down by LoginThrottle, not by locking the account.)
   */
  async checkCredentials(login: string, password: string): Promise<CredentialCheck> {
    const user = await this.users.findOne({ where: { login: login.trim().toLowerCase() } });
    if (!user || !user.active) {
      await verifyPassword(await DUMMY_HASH, password);
      return { ok: false, userId: user?.id ?? null };
    }
    if (await verifyPassword(user.passwordHash, password)) return { ok: true, user };
    return { ok: false, userId: user.id };
  }

  /**
   * Own password change: needs the current one and a strong new one; ends every session of
   * the account (the caller signs in again with the new password).
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
  ): Promise<PasswordChange> {
    const user = await this.users.findOneByOrFail({ id: actor.userId });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) return 'wrong-current';
    assertStrongPassword('newPassword', newPassword, user);
    if (await verifyPassword(user.passwordHash, newPassword)) {
      throw new DomainError(400, 'validation', 'Новый пароль должен отличаться от текущего', {
        errors: { newPassword: ['must differ from the current password'] },
      });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash, mustChangePassword: false });
      await this.refreshTokens.revokeAllOfUser(user.id, 'password-changed', manager);
      await this.audit.record(
        actor,
        { action: AuditAction.PasswordChange, entity: 'user', entityId: user.id },
        manager,
      );
    });
    this.refreshTokens.forgetUser(user.id);
    return 'changed';
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
