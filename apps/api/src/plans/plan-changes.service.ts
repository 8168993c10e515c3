import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { Actor } from '../common/auth/actor';
import { recordTransition, transition } from '../common/lifecycle/lifecycle';
import { addDays, addMonths } from '../common/local-day';
import { DomainError } from '../common/problem/domain-error';
import { ContractsService } from '../contracts/contracts.service';
import { Graduate } from '../graduates/graduate.entity';
import { planReviewed } from '../notifications/messages';
import { NotificationsService } from '../notifications/notifications.service';
import { ApprovePlanDto, CreatePlanDto, ReturnPlanDto, UpdatePlanDto } from './dto/plan.requests';
import { PlanActivity } from './plan-activity.entity';
import { PlanEditor } from './plan-editor.service';
import {
  assertContractOpen,
  assertEditable,
  assertOneGoalPerDomain,
  assertPeriod,
  nextReviewDay,
  PLAN_LIFECYCLE,
  PlanAction,
} from './plan-rules';
import { PLAN_STATUS_LABELS, PlanStatus, SupportPlan } from './plan.entity';
import { referenced } from '../common/problem/reference';

/** Writing plans: drafting, the period and goals, submission, approval and return. */
@Injectable()
export class PlanChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: PlanEditor,
    private readonly contracts: ContractsService,
    private readonly notifications: NotificationsService,
  ) {}

  create(actor: Actor, dto: CreatePlanDto): Promise<SupportPlan> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await referenced(
        'contractId',
        this.contracts.get(actor, dto.contractId, manager),
      );
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
      await this.editor.record(actor, manager, plan, AuditAction.Create, [
        'periodFrom',
        'periodTo',
        'goals',
      ]);
      return plan;
    });
  }

  update(actor: Actor, id: string, dto: UpdatePlanDto): Promise<SupportPlan> {
    return this.editor.change(
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
        await this.editor.record(
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
      async (plan, manager) => {
        Object.assign(plan, {
          approvedAt: new Date(),
          approvedBy: actor.userId,
          nextReviewOn,
          reviewComment: dto.comment ?? '',
        });
        await this.notifyReviewed(actor, manager, plan, true, dto.comment ?? '');
      },
    );
  }

  return(actor: Actor, id: string, dto: ReturnPlanDto): Promise<SupportPlan> {
    return this.transitionPlan(
      actor,
      id,
      dto.version,
      'return',
      dto.comment,
      async (plan, manager) => {
        plan.reviewComment = dto.comment;
        await this.notifyReviewed(actor, manager, plan, false, dto.comment);
      },
    );
  }

  /** The plan's responsible specialist (the contract's, else its author) hears of the decision. */
  private async notifyReviewed(
    actor: Actor,
    manager: EntityManager,
    plan: SupportPlan,
    approved: boolean,
    comment: string,
  ): Promise<void> {
    const userId = plan.contract!.responsibleSpecialistId ?? plan.createdBy;
    if (!userId) return;
    const graduate = await manager.findOneByOrFail(Graduate, { id: plan.graduateId });
    await this.notifications.notify(
      manager,
      planReviewed(plan, graduate, { approved, comment }, { userId, actorId: actor.userId }),
    );
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
    return this.editor.change(
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
        await this.editor.record(actor, manager, plan, AuditAction.Update, ['status']);
      },
      action === 'approve' ? 'always' : 'never',
    );
  }
}
