import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { transition } from '../common/lifecycle/lifecycle';
import { DomainError, notFound } from '../common/problem/domain-error';
import { assertWorkingCurators } from '../curators/curator-refs';
import { PartnersService } from '../partners/partners.service';
import { UsersService } from '../users/users.service';
import {
  AddActivityDto,
  CancelActivityDto,
  CompleteActivityDto,
  MoveActivityDto,
  UpdateActivityDto,
} from './dto/plan.requests';
import { ACTIVITY_STATUS_LABELS, ActivityStatus, PlanActivity } from './plan-activity.entity';
import { PlanEditor } from './plan-editor.service';
import { ACTIVITY_LIFECYCLE, ActivityAction, assertEditable, fieldError } from './plan-rules';
import { SupportPlan } from './plan.entity';

/** Activities of a plan: added, changed, done, moved, cancelled — each a change of the plan. */
@Injectable()
export class ActivityChangesService {
  constructor(
    private readonly editor: PlanEditor,
    private readonly users: UsersService,
    private readonly partners: PartnersService,
    private readonly audit: AuditService,
  ) {}

  addActivity(actor: Actor, planId: string, dto: AddActivityDto): Promise<SupportPlan> {
    return this.editor.change(
      actor,
      planId,
      dto.version,
      `Добавлено мероприятие «${dto.title}»`,
      async (plan, manager) => {
        assertEditable(plan);
        const responsibleUserId =
          dto.responsibleUserId === undefined
            ? plan.contract!.responsibleSpecialistId
            : await this.assignable(actor, dto.responsibleUserId);
        const activity = await manager.save(
          manager.create(PlanActivity, {
            institutionId: plan.institutionId,
            planId,
            domain: dto.domain,
            title: dto.title,
            description: dto.description ?? '',
            dueOn: dto.dueOn,
            responsibleUserId,
            responsiblePartnerId: await this.partner(actor, dto.responsiblePartnerId ?? null),
            responsibleCuratorId: await this.curator(
              actor,
              manager,
              dto.responsibleCuratorId ?? null,
            ),
            createdBy: actor.userId,
          }),
        );
        await this.recordActivity(actor, manager, plan, activity, AuditAction.Create, []);
      },
    );
  }

  updateActivity(
    actor: Actor,
    planId: string,
    activityId: string,
    dto: UpdateActivityDto,
  ): Promise<SupportPlan> {
    return this.editor.change(
      actor,
      planId,
      dto.version,
      'Изменено мероприятие',
      async (plan, manager) => {
        assertEditable(plan);
        const activity = await this.activityOf(planId, activityId, manager);
        if (activity.status !== ActivityStatus.Planned && activity.status !== ActivityStatus.Moved)
          throw new DomainError(
            409,
            'invalid-transition',
            `Мероприятие уже «${ACTIVITY_STATUS_LABELS[activity.status]}»`,
          );
        const { version: _v, ...changes } = dto;
        if (changes.responsibleUserId !== undefined)
          changes.responsibleUserId = await this.assignable(actor, changes.responsibleUserId);
        if (changes.responsiblePartnerId !== undefined)
          changes.responsiblePartnerId = await this.partner(actor, changes.responsiblePartnerId);
        if (changes.responsibleCuratorId !== undefined)
          changes.responsibleCuratorId = await this.curator(
            actor,
            manager,
            changes.responsibleCuratorId,
          );
        const defined = Object.fromEntries(
          Object.entries(changes).filter(([, v]) => v !== undefined),
        );
        Object.assign(activity, defined);
        await manager.save(activity);
        await this.recordActivity(
          actor,
          manager,
          plan,
          activity,
          AuditAction.Update,
          Object.keys(defined),
        );
      },
    );
  }

  complete(
    actor: Actor,
    planId: string,
    activityId: string,
    dto: CompleteActivityDto,
  ): Promise<SupportPlan> {
    if (dto.doneOn > actor.today())
      throw fieldError(
        'doneOn',
        'Дата выполнения не может быть в будущем',
        'doneOn must not be in the future',
      );
    return this.activityTransition(
      actor,
      planId,
      activityId,
      dto.version,
      'complete',
      'Мероприятие выполнено',
      (a) => Object.assign(a, { doneOn: dto.doneOn, result: dto.result }),
    );
  }

  move(
    actor: Actor,
    planId: string,
    activityId: string,
    dto: MoveActivityDto,
  ): Promise<SupportPlan> {
    return this.activityTransition(
      actor,
      planId,
      activityId,
      dto.version,
      'move',
      'Мероприятие перенесено',
      (a) => {
        if (dto.dueOn === a.dueOn)
          throw fieldError(
            'dueOn',
            'Новый срок совпадает с прежним',
            'dueOn must differ from the current one',
          );
        a.moves = [
          ...a.moves,
          {
            from: a.dueOn,
            to: dto.dueOn,
            reason: dto.reason,
            at: new Date().toISOString(),
            userId: actor.userId,
          },
        ];
        a.dueOn = dto.dueOn;
      },
    );
  }

  cancel(
    actor: Actor,
    planId: string,
    activityId: string,
    dto: CancelActivityDto,
  ): Promise<SupportPlan> {
    return this.activityTransition(
      actor,
      planId,
      activityId,
      dto.version,
      'cancel',
      'Мероприятие отменено',
      (a) => {
        a.cancelReason = dto.reason;
      },
    );
  }

  private activityTransition(
    actor: Actor,
    planId: string,
    activityId: string,
    version: number,
    action: ActivityAction,
    reason: string,
    apply: (activity: PlanActivity) => void,
  ): Promise<SupportPlan> {
    return this.editor.change(actor, planId, version, reason, async (plan, manager) => {
      const activity = await this.activityOf(planId, activityId, manager);
      const to = transition(ACTIVITY_LIFECYCLE, action, activity.status, ACTIVITY_STATUS_LABELS);
      apply(activity);
      activity.status = to;
      await manager.save(activity);
      await this.recordActivity(actor, manager, plan, activity, AuditAction.Update, ['status']);
    });
  }

  private async activityOf(
    planId: string,
    id: string,
    manager: EntityManager,
  ): Promise<PlanActivity> {
    const activity = await manager.findOne(PlanActivity, {
      where: { id, planId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!activity) throw notFound('Мероприятие не найдено');
    return activity;
  }

  /** A partner of the institution's directory, not archived. */
  private async partner(actor: Actor, partnerId: string | null): Promise<string | null> {
    if (!partnerId) return null;
    const partner = await this.partners.get(actor, partnerId).catch(() => null);
    if (!partner || partner.archivedAt)
      throw fieldError(
        'responsiblePartnerId',
        'Выберите организацию из справочника партнёров',
        'no such partner in the directory',
      );
    return partner.id;
  }

  private async curator(
    actor: Actor,
    manager: EntityManager,
    curatorId: string | null,
  ): Promise<string | null> {
    if (curatorId) await assertWorkingCurators(manager, actor, [curatorId], 'responsibleCuratorId');
    return curatorId;
  }

  private async assignable(actor: Actor, userId: string | null): Promise<string | null> {
    if (userId) await this.users.assertAssignable(actor, userId, 'responsibleUserId');
    return userId;
  }

  private recordActivity(
    actor: Actor,
    manager: EntityManager,
    plan: SupportPlan,
    activity: PlanActivity,
    action: AuditAction,
    changedFields: string[],
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'plan_activity',
        entityId: activity.id,
        changedFields,
        details: { graduateId: plan.graduateId, planId: plan.id },
      },
      manager,
    );
  }
}
