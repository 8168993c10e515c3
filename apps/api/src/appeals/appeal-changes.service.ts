import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { DictionariesService } from '../dictionaries/dictionaries.service';
import { DictionaryKind } from '../dictionaries/dictionary-entry.entity';
import { GraduatesService } from '../graduates/graduates.service';
import { appealAssigned } from '../notifications/messages';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import { assertClosable, assertTransition } from './appeal-status';
import { Appeal, AppealStatus } from './appeal.entity';
import { AppealsService } from './appeals.service';
import { CreateAppealDto, UpdateAppealDto } from './dto/appeal.requests';
import { dayOf } from '../common/local-day';
import { momentNotInFuture, visibleGraduateFor } from './references';
import { WebhookEvents, WebhookEventType as Hook } from '../integrations/webhooks/webhook-events';

/** Registering and editing appeals, with the rules of 001 §4.1 and the journal's statuses. */
@Injectable()
export class AppealChangesService {
  private readonly scoped: InstitutionScoped<Appeal>;

  constructor(
    @InjectRepository(Appeal) appeals: Repository<Appeal>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: AppealsService,
    private readonly graduates: GraduatesService,
    private readonly dictionaries: DictionariesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {
    this.scoped = new InstitutionScoped(appeals, 'Обращение не найдено');
  }

  /**
   * Inside the caller's transaction when `within` is given (an appeal answered at once is
   * registered together with the help given, or not at all). An `imported` appeal is an old
   * line of a paper journal: problems retired since may stand, and nobody is notified of it.
   */
  create(
    actor: Actor,
    dto: CreateAppealDto,
    { within, imported = false }: { within?: EntityManager; imported?: boolean } = {},
  ): Promise<Appeal> {
    const run = <T>(work: (manager: EntityManager) => Promise<T>) =>
      within ? work(within) : this.dataSource.transaction(work);
    return run(async (manager) => {
      const graduate = await visibleGraduateFor(this.graduates, actor, dto.graduateId, manager);
      const registeredAt = momentNotInFuture(dto.registeredAt, 'registeredAt');
      await this.graduates.assertEligible(graduate, dayOf(registeredAt, actor.timeZone), manager);
      const problems = await this.dictionaries.usable(
        DictionaryKind.Problem,
        dto.problemIds,
        'problemIds',
        imported ? dto.problemIds : [],
        manager,
      );
      if (dto.assignedSpecialistId) {
        await this.users.assertAssignable(actor, dto.assignedSpecialistId, 'assignedSpecialistId');
      }
      const status = dto.status ?? AppealStatus.New;
      assertClosable(status, dto.outcome ?? '', dto.referredTo ?? '');
      const saved = await manager.save(
        manager.create(Appeal, {
          institutionId: graduate.institutionId,
          createdBy: actor.userId,
          registeredAt,
          channel: dto.channel,
          graduateId: graduate.id,
          problems,
          description: dto.description ?? '',
          assignedSpecialistId: dto.assignedSpecialistId ?? null,
          status,
          outcome: dto.outcome ?? '',
          referredTo: dto.referredTo ?? '',
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'appeal',
          entityId: saved.id,
          institutionId: saved.institutionId,
          changedFields: Object.keys(dto).filter(
            (k) => dto[k as keyof CreateAppealDto] !== undefined,
          ),
          details: { graduateId: graduate.id },
        },
        manager,
      );
      await WebhookEvents.emit(manager, saved.institutionId, Hook.AppealRegistered, {
        appealId: saved.id,
        graduateId: graduate.id,
        status: saved.status,
        channel: saved.channel,
        registeredAt: registeredAt.toISOString(),
      });
      if (status === AppealStatus.Resolved)
        await WebhookEvents.emit(manager, saved.institutionId, Hook.AppealResolved, {
          appealId: saved.id,
          graduateId: graduate.id,
        });
      if (saved.assignedSpecialistId && !imported)
        await this.notifications.notify(
          manager,
          appealAssigned(saved, graduate, {
            userId: saved.assignedSpecialistId,
            actorId: actor.userId,
          }),
        );
      return this.reads.get(actor, saved.id, manager);
    });
  }

  update(actor: Actor, id: string, dto: UpdateAppealDto): Promise<Appeal> {
    return this.dataSource.transaction(async (manager) => {
      // Visibility first (404 for what the caller may not see), then the row lock and the
      // version check; read again under the lock so the edit starts from the locked state.
      await this.reads.get(actor, id, manager);
      const appeal = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      const current = await this.reads.get(actor, id, manager);
      const before = snapshot(current);

      const registeredAt = dto.registeredAt
        ? momentNotInFuture(dto.registeredAt, 'registeredAt')
        : current.registeredAt;
      if (dto.registeredAt)
        await this.graduates.assertEligible(
          current.graduate!,
          dayOf(registeredAt, actor.timeZone),
          manager,
        );
      const problems = dto.problemIds
        ? await this.dictionaries.usable(
            DictionaryKind.Problem,
            dto.problemIds,
            'problemIds',
            before.problemIds,
            manager,
          )
        : current.problems!;
      if (dto.assignedSpecialistId && dto.assignedSpecialistId !== current.assignedSpecialistId) {
        await this.users.assertAssignable(actor, dto.assignedSpecialistId, 'assignedSpecialistId');
      }
      const next = {
        registeredAt: registeredAt.toISOString(),
        channel: dto.channel ?? current.channel,
        problemIds: problems.map((p) => p.id).sort(),
        description: dto.description ?? current.description,
        assignedSpecialistId:
          dto.assignedSpecialistId === undefined
            ? current.assignedSpecialistId
            : dto.assignedSpecialistId,
        status: dto.status ?? current.status,
        outcome: dto.outcome ?? current.outcome,
        referredTo: dto.referredTo ?? current.referredTo,
      };
      assertTransition(current.status, next.status);
      assertClosable(next.status, next.outcome, next.referredTo);

      const changed = AuditService.changedFields(before, next);
      if (changed.length === 0) return current;
      const { problemIds: _ids, registeredAt: _at, ...columns } = next;
      Object.assign(appeal, columns, { registeredAt, problems });
      await manager.save(appeal);
      if (changed.every((field) => field === 'problemIds')) {
        // Only the join table changed: still a new version of the appeal.
        await newVersion(manager, id);
      }
      await this.audit.record(
        actor,
        {
          action: AuditAction.Update,
          entity: 'appeal',
          entityId: id,
          institutionId: current.institutionId,
          changedFields: changed,
          details: { graduateId: current.graduateId },
        },
        manager,
      );
      if (next.status === AppealStatus.Resolved && current.status !== AppealStatus.Resolved)
        await WebhookEvents.emit(manager, current.institutionId, Hook.AppealResolved, {
          appealId: id,
          graduateId: current.graduateId,
        });
      if (changed.includes('assignedSpecialistId') && appeal.assignedSpecialistId)
        await this.notifications.notify(
          manager,
          appealAssigned(appeal, current.graduate!, {
            userId: appeal.assignedSpecialistId,
            actorId: actor.userId,
          }),
        );
      return this.reads.get(actor, id, manager);
    });
  }
}

/** The version column moves only with a column change; a join-table change needs a nudge. */
async function newVersion(manager: EntityManager, id: string): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(Appeal)
    .set({ updatedAt: () => 'now()' })
    .where('id = :id', { id })
    .execute();
}

/** The fields an edit may change, in comparable form (for the audit's changed-field names). */
function snapshot(a: Appeal) {
  return {
    registeredAt: a.registeredAt.toISOString(),
    channel: a.channel,
    problemIds: (a.problems ?? []).map((p) => p.id).sort(),
    description: a.description,
    assignedSpecialistId: a.assignedSpecialistId,
    status: a.status,
    outcome: a.outcome,
    referredTo: a.referredTo,
  };
}
