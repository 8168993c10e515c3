import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { recordTransition, transition } from '../common/lifecycle/lifecycle';
import { addDays, addMonths } from '../common/local-day';
import { DomainError, notFound, staleVersion } from '../common/problem/domain-error';
import { Contract, ContractStatus } from '../contracts/contract.entity';
import { ContractsService } from '../contracts/contracts.service';
import { UsersService } from '../users/users.service';
import { formatDay } from '../common/russian-dates';
import {
  AddActivityDto,
  ApprovePlanDto,
  CancelActivityDto,
  CompleteActivityDto,
  CreatePlanDto,
  MoveActivityDto,
  ReturnPlanDto,
  UpdateActivityDto,
  UpdatePlanDto,
} from './dto/plan.requests';
import { ACTIVITY_STATUS_LABELS, ActivityStatus, PlanActivity } from './plan-activity.entity';
import { PlanRevision } from './plan-revision.entity';
import {
  ACTIVITY_LIFECYCLE,
  ActivityAction,
  assertOneGoalPerDomain,
  fieldError,
  nextReviewDay,
  PLAN_LIFECYCLE,
  PlanAction,
} from './plan-rules';
import { snapshotOf } from './plan-snapshot';
import { PLAN_STATUS_LABELS, PlanStatus, SupportPlan } from './plan.entity';
import { PlansService } from './plans.service';

/**
 * Writing plans: drafting, approval, activities. After the first approval every change
 * is kept as a new revision, in the same transaction as the change.
 */
@Injectable()
export class PlanChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly contracts: ContractsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, dto: CreatePlanDto): Promise<SupportPlan> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.contracts.get(actor, dto.contractId, manager);
      assertContractOpen(contract);
      const existing = await manager.findOneBy(SupportPlan, { contractId: contract.id });
      if (existing)
        throw new DomainError(409, 'plan-exists', `У договора № ${contract.number} уже есть план`, {
          planId: existing.id,
        });
      const periodFrom = dto.periodFrom ?? contract.startsOn;
      const yearLater = addDays(addMonths(periodFrom, 12), -1);
      const periodTo = dto.periodTo ?? (yearLater < contract.endsOn ? yearLater : contract.endsOn);
      assertPeriod(periodFrom, periodTo, contract);
      assertOneGoalPerDomain(dto.goals ?? []);
      const plan = await manager.save(
        manager.create(SupportPlan, {
          institutionId: contract.institutionId,
          contractId: contract.id,
          graduateId: contract.graduateId,
          periodFrom,
          periodTo,
          goals: dto.goals ?? [],
          status: PlanStatus.Draft,
          createdBy: actor.userId,
        }),
      );
      await recordTransition(manager, {
        entity: 'plan',
        entityId: plan.id,
        userId: actor.userId,
        from: null,
        to: PlanStatus.Draft,
      });
      await this.record(actor, manager, plan, AuditAction.Create, [
        'periodFrom',
        'periodTo',
        'goals',
      ]);
      return plan;
    });
  }

  update(actor: Actor, id: string, dto: UpdatePlanDto): Promise<SupportPlan> {
    return this.change(
      actor,
      id,
      dto.version,
      'Изменение периода и целей',
      async (plan, manager) => {
        assertEditable(plan);
        const periodFrom = dto.periodFrom ?? plan.periodFrom;
        const periodTo = dto.periodTo ?? plan.periodTo;
        assertPeriod(periodFrom, periodTo, plan.contract!);
        if (dto.goals) assertOneGoalPerDomain(dto.goals);
        Object.assign(plan, { periodFrom, periodTo, goals: dto.goals ?? plan.goals });
        await this.record(
          actor,
          manager,
          plan,
          AuditAction.Update,
          Object.keys(dto).filter((k) => k !== 'version'),
        );
      },
    );
  }

  /** Submit for approval: a plan needs at least one activity. */
  submit(actor: Actor, id: string, version: number): Promise<SupportPlan> {
    return this.transitionPlan(actor, id, version, 'submit', '', async (plan, manager) => {
      const count = await manager.countBy(PlanActivity, { planId: plan.id });
      if (!count)
        throw new DomainError(409, 'plan-empty', 'Добавьте в план хотя бы одно мероприятие');
    });
  }

  approve(actor: Actor, id: string, dto: ApprovePlanDto): Promise<SupportPlan> {
    const nextReviewOn = nextReviewDay(actor.today(), dto.nextReviewOn);
    return this.transitionPlan(
      actor,
      id,
      dto.version,
      'approve',
      dto.comment ?? '',
      async (plan) => {
        Object.assign(plan, {
          approvedAt: new Date(),
          approvedBy: actor.userId,
          nextReviewOn,
          reviewComment: dto.comment ?? '',
        });
      },
    );
  }

  return(actor: Actor, id: string, dto: ReturnPlanDto): Promise<SupportPlan> {
    return this.transitionPlan(actor, id, dto.version, 'return', dto.comment, async (plan) => {
      plan.reviewComment = dto.comment;
    });
  }

  addActivity(actor: Actor, planId: string, dto: AddActivityDto): Promise<SupportPlan> {
    return this.change(
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
    return this.change(
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
    return this.change(actor, planId, version, reason, async (plan, manager) => {
      const activity = await this.activityOf(planId, activityId, manager);
      const to = transition(ACTIVITY_LIFECYCLE, action, activity.status, ACTIVITY_STATUS_LABELS);
      apply(activity);
      activity.status = to;
      await manager.save(activity);
      await this.recordActivity(actor, manager, plan, activity, AuditAction.Update, ['status']);
    });
  }

  private transitionPlan(
    actor: Actor,
    id: string,
    version: number,
    action: PlanAction,
    comment: string,
    apply: (plan: SupportPlan, manager: EntityManager) => Promise<void>,
  ): Promise<SupportPlan> {
    const reason = action === 'approve' ? 'Утверждение плана' : '';
    return this.change(
      actor,
      id,
      version,
      reason,
      async (plan, manager) => {
        const from = plan.status;
        const to = transition(PLAN_LIFECYCLE, action, from, PLAN_STATUS_LABELS);
        await apply(plan, manager);
        plan.status = to;
        await recordTransition(manager, {
          entity: 'plan',
          entityId: id,
          userId: actor.userId,
          from,
          to,
          reason: comment,
        });
        await this.record(actor, manager, plan, AuditAction.Update, ['status']);
      },
      action === 'approve' ? 'always' : 'never',
    );
  }

  /**
   * One change of a plan: lock it, check the version, apply, move the version, and keep a
   * revision when the plan was approved before (or is being approved now).
   */
  private change(
    actor: Actor,
    id: string,
    version: number,
    reason: string,
    apply: (plan: SupportPlan, manager: EntityManager) => Promise<void>,
    /** Submissions and returns change no content: they are lifecycle events, not revisions. */
    revise: 'if-approved' | 'always' | 'never' = 'if-approved',
  ): Promise<SupportPlan> {
    return this.dataSource.transaction(async (manager) => {
      await this.plans.get(actor, id, manager);
      const plan = await manager.findOneOrFail(SupportPlan, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (plan.version !== version) throw staleVersion();
      plan.contract = await manager.findOneByOrFail(Contract, { id: plan.contractId });
      assertContractOpen(plan.contract);
      await apply(plan, manager);
      plan.changedAt = new Date();
      if (revise === 'always' || (revise === 'if-approved' && plan.approvedRevision > 0)) {
        plan.revision += 1;
        if (revise === 'always') plan.approvedRevision = plan.revision;
        await manager.insert(PlanRevision, {
          planId: id,
          number: plan.revision,
          userId: actor.userId,
          reason,
          snapshot: snapshotOf(plan, await this.plans.activitiesOf(id, manager)) as object,
        });
      }
      const { contract: _c, ...columns } = plan;
      await manager.save(SupportPlan, columns);
      return manager.findOneByOrFail(SupportPlan, { id });
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

  private async assignable(actor: Actor, userId: string | null): Promise<string | null> {
    if (userId) await this.users.assertAssignable(actor, userId, 'responsibleUserId');
    return userId;
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    plan: SupportPlan,
    action: AuditAction,
    changedFields: string[],
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'plan',
        entityId: plan.id,
        changedFields,
        details: { graduateId: plan.graduateId },
      },
      manager,
    );
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

function assertContractOpen(contract: Contract): void {
  if (contract.status === ContractStatus.Ended || contract.status === ContractStatus.Discarded)
    throw new DomainError(
      409,
      'contract-closed',
      `Договор № ${contract.number} прекращён или отменён: план не изменяется`,
    );
}

/** Goals and activities are not changed while the head is reviewing the plan. */
function assertEditable(plan: SupportPlan): void {
  if (plan.status === PlanStatus.Submitted)
    throw new DomainError(
      409,
      'plan-under-review',
      'План на утверждении: изменить его можно после решения руководителя',
    );
}

/** The plan is an annex of the contract: its period lies within the contract's term. */
function assertPeriod(from: string, to: string, contract: Contract): void {
  if (to > contract.endsOn)
    throw fieldError(
      'periodTo',
      `Период плана выходит за срок договора (до ${formatDay(contract.endsOn)})`,
      'periodTo must not be after the contract ends',
    );
  if (to < from)
    throw fieldError(
      'periodTo',
      'Период плана заканчивается раньше, чем начинается',
      'periodTo must not precede periodFrom',
    );
}
