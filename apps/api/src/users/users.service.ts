import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, ILike, In, Repository } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/permissions';
import { Page, skipTake } from '../common/pagination/page';
import { escapeLike } from '../common/persistence/like';
import { DomainError } from '../common/problem/domain-error';
import { referenceNotFound } from '../common/problem/reference';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { assertStrongPassword } from '../common/security/password-policy';
import { generatePassword, hashPassword } from '../common/security/passwords';
import { InstitutionsService } from '../institutions/institutions.service';
import { RefreshTokensService } from '../auth/sessions/refresh-tokens.service';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto } from './dto/user.requests';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  private readonly scoped: InstitutionScoped<User>;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly institutions: InstitutionsService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(users, 'Пользователь не найден');
  }

  async list(actor: Actor, query: ListUsersQueryDto): Promise<Page<User>> {
    const filter: FindOptionsWhere<User> = {};
    if (query.role) filter.role = query.role;
    if (query.active !== undefined) filter.active = query.active;
    if (query.institutionId) filter.institutionId = query.institutionId;
    const where = query.q
      ? [
          this.scoped.where(actor, { ...filter, login: ILike(`%${escapeLike(query.q)}%`) }),
          this.scoped.where(actor, { ...filter, fullName: ILike(`%${escapeLike(query.q)}%`) }),
        ]
      : this.scoped.where(actor, filter);
    const [items, total] = await this.users.findAndCount({
      where,
      order: { fullName: 'ASC', id: 'ASC' },
      ...skipTake(query),
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  get(actor: Actor, id: string): Promise<User> {
    return this.scoped.get(actor, id);
  }

  /** Creates an account; without a given password a temporary one is generated and returned once. */
  async create(
    actor: Actor,
    dto: CreateUserDto,
  ): Promise<{ user: User; temporaryPassword?: string }> {
    const institutionId = await this.checkedInstitution(actor, dto.role, dto.institutionId ?? null);
    const login = dto.login.toLowerCase();
    if (await this.users.exists({ where: { login } })) {
      throw new DomainError(409, 'login-taken', `Логин «${login}» уже занят`);
    }
    if (dto.password) assertStrongPassword('password', dto.password, dto);
    const temporaryPassword = dto.password ? undefined : generatePassword();
    const user = this.users.create({
      login,
      fullName: dto.fullName,
      position: dto.position ?? '',
      email: dto.email ?? '',
      role: dto.role,
      institutionId,
      passwordHash: await hashPassword(dto.password ?? temporaryPassword!),
      mustChangePassword: temporaryPassword !== undefined,
      createdBy: actor.userId,
    });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(user);
      await this.recordChange(actor, AuditAction.Create, saved, [], manager);
      return { user: saved, temporaryPassword };
    });
  }

  /** A new role ends the account's sessions: its access tokens must not keep the old rights. */
  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<User> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const user = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      const role = dto.role ?? user.role;
      const institutionId =
        dto.institutionId !== undefined || role !== user.role
          ? await this.checkedInstitution(actor, role, dto.institutionId ?? user.institutionId)
          : user.institutionId;
      if (user.id === actor.userId && role !== user.role) {
        throw new DomainError(409, 'own-role', 'Нельзя изменить собственную роль');
      }
      const rightsChange = role !== user.role || institutionId !== user.institutionId;
      const before = pick(user);
      Object.assign(user, {
        fullName: dto.fullName ?? user.fullName,
        position: dto.position ?? user.position,
        email: dto.email ?? user.email,
        role,
        institutionId,
      });
      if (rightsChange) await this.refreshTokens.revokeAllOfUser(user.id, 'role-changed', manager);
      const changed = AuditService.changedFields(before, pick(user));
      const saved = await manager.save(user);
      // A move between institutions is recorded in both, so both heads see it.
      if (before.institutionId !== saved.institutionId && before.institutionId) {
        await this.recordChange(
          actor,
          AuditAction.Update,
          saved,
          changed,
          manager,
          before.institutionId,
        );
      }
      await this.recordChange(actor, AuditAction.Update, saved, changed, manager);
      return saved;
    });
    this.refreshTokens.forgetUser(saved.id);
    return saved;
  }

  /** Deactivation keeps the account (and its history) but ends every session at once. */
  async setActive(actor: Actor, id: string, version: number, active: boolean): Promise<User> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const user = await this.scoped.lockForUpdate(actor, id, version, manager);
      if (!active && user.id === actor.userId) {
        throw new DomainError(409, 'own-account', 'Нельзя отключить собственную учётную запись');
      }
      user.active = active;
      if (!active) await this.refreshTokens.revokeAllOfUser(user.id, 'deactivated', manager);
      const saved = await manager.save(user);
      const action = active ? AuditAction.Activate : AuditAction.Deactivate;
      await this.recordChange(actor, action, saved, ['active'], manager);
      return saved;
    });
    this.refreshTokens.forgetUser(saved.id);
    return saved;
  }

  /**
   * Issues a one-time password (shown once; the API admits nothing but the password change
   * until it is replaced) and ends the account's sessions.
   */
  async resetPassword(actor: Actor, id: string): Promise<string> {
    const temporaryPassword = generatePassword();
    const passwordHash = await hashPassword(temporaryPassword);
    const userId = await this.dataSource.transaction(async (manager) => {
      const user = await this.scoped.get(actor, id, manager);
      Object.assign(user, { passwordHash, mustChangePassword: true });
      await manager.save(user);
      await this.refreshTokens.revokeAllOfUser(user.id, 'password-reset', manager);
      await this.recordChange(actor, AuditAction.PasswordReset, user, ['password'], manager);
      return user.id;
    });
    this.refreshTokens.forgetUser(userId);
    return temporaryPassword;
  }

  /** An administrative change of an account, recorded in the account's institution. */
  private recordChange(
    actor: Actor,
    action: AuditAction,
    user: User,
    changedFields: string[],
    manager: EntityManager,
    institutionId: string | null = user.institutionId,
  ): Promise<void> {
    return this.audit.record(
      actor,
      { action, entity: 'user', entityId: user.id, institutionId, changedFields },
      manager,
    );
  }

  /**
   * Case work can be given only to an active head or specialist of the caller's institution.
   * No such user (or another institution's) is a 422 on the named field, as any missing
   * reference; a colleague who cannot take case work (inactive, a curator) is a 400.
   */
  async assertAssignable(actor: Actor, userId: string, field: string): Promise<User> {
    const user = await this.users.findOne({ where: this.scoped.where(actor, { id: userId }) });
    if (!user || user.institutionId !== actor.institutionId) {
      throw referenceNotFound(field, 'Сотрудник не найден');
    }
    const ok = user.active && [Role.Head, Role.Specialist].includes(user.role);
    if (!ok) {
      throw new DomainError(
        400,
        'validation',
        'Назначить можно только действующего специалиста или руководителя своего учреждения',
        {
          errors: { [field]: ['must be an active specialist or head of the institution'] },
        },
      );
    }
    return user;
  }

  /** An active head or specialist of the caller's institution with this login, if any (imports). */
  findStaffByLogin(actor: Actor, login: string): Promise<User | null> {
    return this.users.findOne({
      where: this.scoped.where(actor, {
        login: login.toLowerCase(),
        active: true,
        role: In([Role.Head, Role.Specialist]),
      }),
    });
  }

  /** Admins may stand outside institutions; everyone else needs an existing one in the caller's scope. */
  private async checkedInstitution(
    actor: Actor,
    role: Role,
    institutionId: string | null,
  ): Promise<string | null> {
    if (institutionId === null) {
      if (role === Role.Admin) return null;
      throw new DomainError(400, 'validation', 'Укажите учреждение пользователя', {
        errors: { institutionId: ['institutionId is required for this role'] },
      });
    }
    const found = await this.institutions.get(actor, institutionId).catch(() => null);
    if (!found) throw referenceNotFound('institutionId', 'Учреждение не найдено');
    return institutionId;
  }
}

/** The fields an administrator edits, for the names of changed fields in the audit. */
function pick(user: User) {
  const { fullName, position, email, role, institutionId } = user;
  return { fullName, position, email, role, institutionId };
}
