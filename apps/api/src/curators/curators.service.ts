import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { RefreshTokensService } from '../auth/sessions/refresh-tokens.service';
import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/permissions';
import {
  HistoryEntry,
  historyOf,
  recordTransition,
  transition,
} from '../common/lifecycle/lifecycle';
import { Page } from '../common/pagination/page';
import { escapeLike } from '../common/persistence/like';
import { DomainError, fieldError } from '../common/problem/domain-error';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { generatePassword, hashPassword } from '../common/security/passwords';
import { Institution } from '../institutions/institution.entity';
import { User } from '../users/user.entity';
import { CuratorAssignment } from './assignments/curator-assignment.entity';
import { openOn } from './assignments/assignment-period';
import { Curator, CuratorStatus } from './curator.entity';
import {
  CURATOR_LIFECYCLE,
  CURATOR_STATUS_LABELS,
  CuratorAction,
  fullNameOf,
} from './curator-rules';
import {
  CreateCuratorAccountDto,
  CreateCuratorDto,
  CuratorDto,
  ListCuratorsQueryDto,
  UpdateCuratorDto,
} from './dto/curator.dto';
import { attendedHours } from './training/attended-hours';

/** Candidates and curators of the institution, their lifecycle and their accounts. */
@Injectable()
export class CuratorsService {
  readonly scoped: InstitutionScoped<Curator>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: RefreshTokensService,
  ) {
    this.scoped = new InstitutionScoped(dataSource.getRepository(Curator), 'Куратор не найден');
  }

  async list(actor: Actor, query: ListCuratorsQueryDto): Promise<Page<CuratorDto>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Curator, 'c')
      .where(this.scoped.where(actor))
      .orderBy('c.last_name', 'ASC')
      .addOrderBy('c.first_name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip(((query.page ?? 1) - 1) * (query.pageSize ?? 20))
      .take(query.pageSize ?? 20);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      qb.andWhere(
        new Brackets((b) =>
          b
            .where("(c.last_name || ' ' || c.first_name || ' ' || c.patronymic) ILIKE :like")
            .orWhere('c.phone ILIKE :like')
            .orWhere('c.email ILIKE :like'),
        ),
        { like },
      );
    }
    const [rows, total] = await qb.getManyAndCount();
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'curator',
      entityId: null,
      details: { list: true, ids: rows.map((r) => r.id) },
    });
    return {
      items: await this.toDtos(actor, rows),
      total,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    };
  }

  get(actor: Actor, id: string, manager?: EntityManager): Promise<Curator> {
    return this.scoped.get(actor, id, manager);
  }

  async read(actor: Actor, id: string): Promise<CuratorDto> {
    const curator = await this.get(actor, id);
    await this.audit.record(actor, { action: AuditAction.Read, entity: 'curator', entityId: id });
    return (await this.toDtos(actor, [curator]))[0];
  }

  create(actor: Actor, dto: CreateCuratorDto): Promise<CuratorDto> {
    assertPastDays(actor, dto);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Curator, {
          ...defined(dto),
          institutionId: actor.institutionId!,
          createdBy: actor.userId,
        }),
      );
      await recordTransition(manager, {
        entity: 'curator',
        entityId: saved.id,
        userId: actor.userId,
        from: null,
        to: saved.status,
      });
      await this.record(actor, manager, saved.id, AuditAction.Create, Object.keys(defined(dto)));
      return (await this.toDtos(actor, [saved], manager))[0];
    });
  }

  update(actor: Actor, id: string, dto: UpdateCuratorDto): Promise<CuratorDto> {
    assertPastDays(actor, dto);
    return this.dataSource.transaction(async (manager) => {
      const curator = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      if (curator.status === CuratorStatus.Left)
        throw new DomainError(409, 'curator-left', 'Куратор выбыл: карточка только для чтения');
      const { version: _v, ...changes } = dto;
      const next = defined(changes);
      const changed = AuditService.changedFields(
        Object.fromEntries(Object.keys(next).map((k) => [k, (curator as never)[k]])),
        next,
      );
      Object.assign(curator, next);
      const saved = await manager.save(curator);
      await this.record(actor, manager, id, AuditAction.Update, changed);
      return (await this.toDtos(actor, [saved], manager))[0];
    });
  }

  /** The head approves a trained candidate whose documents are checked. */
  approve(actor: Actor, id: string, version: number): Promise<CuratorDto> {
    return this.step(actor, id, version, 'approve', '', (curator) => {
      const missing = [
        !curator.recordCheckOn && 'recordCheckOn',
        !curator.consentOn && 'consentOn',
      ].filter((f): f is string => !!f);
      if (missing.length)
        throw new DomainError(
          409,
          'documents-missing',
          'Для утверждения нужны справка об отсутствии судимости (с датой) и согласие на обработку персональных данных',
          { fields: missing },
        );
    });
  }

  pause(actor: Actor, id: string, version: number, reason: string) {
    return this.step(actor, id, version, 'pause', reason);
  }

  resume(actor: Actor, id: string, version: number) {
    return this.step(actor, id, version, 'resume', '');
  }

  /** Leaving ends the curator's assignments today and blocks their account at once. */
  leave(actor: Actor, id: string, version: number, reason: string) {
    return this.step(actor, id, version, 'leave', reason, async (curator, manager) => {
      const today = actor.today();
      const open = await manager.find(CuratorAssignment, {
        where: [
          { curatorId: id, endsOn: IsNull() },
          { curatorId: id, endsOn: Not(LessThanOrEqual(today)) },
        ],
        lock: { mode: 'pessimistic_write' },
      });
      for (const assignment of open) {
        // One that had not started yet ends on its first day: it never gave access.
        assignment.endsOn = assignment.startsOn > today ? assignment.startsOn : today;
        assignment.endReason = `Куратор выбыл: ${reason}`;
        await manager.save(assignment);
      }
      if (curator.userId) {
        await manager.update(User, { id: curator.userId }, { active: false });
        await this.sessions.revokeAllOfUser(curator.userId, 'curator-left', manager);
      }
    });
  }

  history(actor: Actor, id: string): Promise<HistoryEntry[]> {
    return this.get(actor, id).then(() => historyOf(this.dataSource.manager, 'curator', id));
  }

  /**
   * Gives an approved curator an account (role curator) in the institution, with a temporary
   * password shown once; the curator changes it at the first login.
   */
  async createAccount(
    actor: Actor,
    id: string,
    dto: CreateCuratorAccountDto,
  ): Promise<{ curator: CuratorDto; temporaryPassword: string }> {
    const temporaryPassword = generatePassword();
    const passwordHash = await hashPassword(temporaryPassword);
    return this.dataSource.transaction(async (manager) => {
      const curator = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      if (curator.userId)
        throw new DomainError(409, 'account-exists', 'У куратора уже есть учётная запись');
      if (
        ![CuratorStatus.Approved, CuratorStatus.Active, CuratorStatus.Paused].includes(
          curator.status,
        )
      )
        throw new DomainError(
          409,
          'invalid-transition',
          `Учётную запись получает утверждённый куратор, а этот — «${CURATOR_STATUS_LABELS[curator.status]}»`,
          { currentStatus: curator.status, action: 'create-account' },
        );
      const login = dto.login.toLowerCase();
      if (await manager.exists(User, { where: { login } }))
        throw new DomainError(409, 'login-taken', `Логин «${login}» уже занят`);
      const user = await manager.save(
        manager.create(User, {
          login,
          fullName: fullNameOf(curator),
          position: 'Добровольный куратор',
          role: Role.Curator,
          institutionId: curator.institutionId,
          passwordHash,
          mustChangePassword: true,
          createdBy: actor.userId,
        }),
      );
      curator.userId = user.id;
      const saved = await manager.save(curator);
      await this.record(actor, manager, id, AuditAction.Update, ['userId']);
      return { curator: (await this.toDtos(actor, [saved], manager))[0], temporaryPassword };
    });
  }

  /** A lifecycle step under lock, with its history entry and audit. */
  async step(
    actor: Actor,
    id: string,
    version: number,
    action: CuratorAction,
    reason: string,
    check?: (curator: Curator, manager: EntityManager) => void | Promise<void>,
  ): Promise<CuratorDto> {
    return this.dataSource.transaction(async (manager) => {
      const curator = await this.scoped.lockForUpdate(actor, id, version, manager);
      const saved = await this.move(actor, manager, curator, action, reason, check);
      return (await this.toDtos(actor, [saved], manager))[0];
    });
  }

  /** Moves a locked curator along the lifecycle (also used by training and assignments). */
  async move(
    actor: Actor,
    manager: EntityManager,
    curator: Curator,
    action: CuratorAction,
    reason: string,
    check?: (curator: Curator, manager: EntityManager) => void | Promise<void>,
  ): Promise<Curator> {
    const from = curator.status;
    const to = transition(CURATOR_LIFECYCLE, action, from, CURATOR_STATUS_LABELS);
    await check?.(curator, manager);
    curator.status = to;
    const saved = await manager.save(curator);
    await recordTransition(manager, {
      entity: 'curator',
      entityId: curator.id,
      userId: actor.userId,
      from,
      to,
      reason,
      details: { action },
    });
    await this.record(actor, manager, curator.id, AuditAction.Update, ['status']);
    return saved;
  }

  /** The card figures of a page of curators, in three queries whatever the page size. */
  async toDtos(
    actor: Actor,
    curators: Curator[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CuratorDto[]> {
    if (!curators.length) return [];
    const ids = curators.map((c) => c.id);
    const institution = await manager.findOneByOrFail(Institution, {
      id: curators[0].institutionId,
    });
    const hours = await attendedHours(manager, ids);
    const today = actor.today();
    const assigned = await manager
      .createQueryBuilder(CuratorAssignment, 'a')
      .select('a.curator_id', 'curatorId')
      .addSelect('count(*)::int', 'count')
      .where({ curatorId: In(ids) })
      .andWhere(openOn('a', today))
      .groupBy('a.curator_id')
      .getRawMany<{ curatorId: string; count: number }>();
    const counts = new Map(assigned.map((r) => [r.curatorId, r.count]));
    const userIds = curators.map((c) => c.userId).filter((u): u is string => !!u);
    const users = userIds.length ? await manager.findBy(User, { id: In(userIds) }) : [];
    const accounts = new Map(users.map((u) => [u.id, u]));
    return curators.map((c) => {
      const user = c.userId ? accounts.get(c.userId) : undefined;
      return {
        id: c.id,
        lastName: c.lastName,
        firstName: c.firstName,
        patronymic: c.patronymic,
        fullName: fullNameOf(c),
        birthDate: c.birthDate,
        phone: c.phone,
        email: c.email,
        occupation: c.occupation,
        source: c.source,
        recordCheckNumber: c.recordCheckNumber,
        recordCheckOn: c.recordCheckOn,
        consentOn: c.consentOn,
        note: c.note,
        status: c.status,
        trainingHours: hours.get(c.id) ?? 0,
        requiredHours: institution.curatorTrainingHours,
        activeAssignments: counts.get(c.id) ?? 0,
        maxGraduates: institution.curatorMaxGraduates,
        account: user ? { userId: user.id, login: user.login, active: user.active } : null,
        updatedAt: c.updatedAt.toISOString(),
        version: c.version,
      };
    });
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    id: string,
    action: AuditAction,
    fields: string[],
  ) {
    return this.audit.record(
      actor,
      { action, entity: 'curator', entityId: id, changedFields: fields },
      manager,
    );
  }
}

function defined<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Birth, the certificate and the consent are facts of the past, never of tomorrow. */
function assertPastDays(
  actor: Actor,
  dto: { birthDate?: string | null; recordCheckOn?: string | null; consentOn?: string | null },
): void {
  const today = actor.today();
  for (const field of ['birthDate', 'recordCheckOn', 'consentOn'] as const) {
    const day = dto[field];
    if (day && day > today)
      throw fieldError(
        field,
        'Дата не может быть позже сегодняшнего дня',
        `${field} must not be in the future`,
      );
  }
}
