import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { Actor } from '../common/auth/actor';
import { recordTransition, transition } from '../common/lifecycle/lifecycle';
import { DomainError } from '../common/problem/domain-error';
import { ApproveWorkPlanDto, CreateWorkPlanDto, ReturnWorkPlanDto } from './dto/work-plan.requests';
import { WorkPlanItem, WorkPlanItemStatus } from './work-plan-item.entity';
import {
  byTerm,
  fieldError,
  monthOfItem,
  previousMonth,
  titleOf,
  WORK_PLAN_LIFECYCLE,
  WorkPlanAction,
} from './work-plan-rules';
import { WorkPlanSection } from './work-plan-section.entity';
import {
  WORK_PLAN_STATUS_LABELS,
  WorkPlan,
  WorkPlanKind,
  WorkPlanStatus,
} from './work-plan.entity';
import { WorkPlanEditor } from './work-plan-editor.service';
import { WorkPlansService } from './work-plans.service';

/**
 * Creating work plans and moving them through approval. A monthly plan is drawn from the
 * annual plan's items of its month and takes over the items moved from the month before.
 */
@Injectable()
export class WorkPlanChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: WorkPlansService,
    private readonly editor: WorkPlanEditor,
  ) {}

  create(actor: Actor, dto: CreateWorkPlanDto): Promise<WorkPlan> {
    const monthly = dto.kind === WorkPlanKind.Monthly;
    if (monthly && dto.month === undefined)
      throw fieldError('month', 'Укажите месяц плана', 'month is required for a monthly plan');
    if (!monthly && dto.month !== undefined)
      throw fieldError(
        'month',
        'У годового плана нет месяца',
        'month must be absent for an annual plan',
      );
    const period = { year: dto.year, month: monthly ? dto.month! : null };
    return this.dataSource.transaction(async (manager) => {
      const institutionId = actor.institutionId!;
      const existing = await this.plans.findOf(institutionId, period, manager);
      if (existing)
        throw new DomainError(409, 'plan-exists', `${titleOf(period)} уже есть`, {
          planId: existing.id,
        });
      const plan = await manager.save(
        manager.create(WorkPlan, {
          institutionId,
          kind: dto.kind,
          ...period,
          status: WorkPlanStatus.Draft,
          createdBy: actor.userId,
        }),
      );
      await recordTransition(manager, {
        entity: 'work_plan',
        entityId: plan.id,
        userId: actor.userId,
        from: null,
        to: WorkPlanStatus.Draft,
      });
      const drawn = monthly ? await this.drawFromAnnual(actor, plan, manager) : 0;
      const carried = monthly ? await this.takeOverMoved(actor, plan, manager) : 0;
      await this.editor.record(
        actor,
        manager,
        plan,
        AuditAction.Create,
        ['kind', 'year', 'month'],
        {
          drawn,
          carried,
        },
      );
      return plan;
    });
  }

  submit(actor: Actor, id: string, version: number): Promise<WorkPlan> {
    return this.transitionPlan(actor, id, version, 'submit', '', async (plan, manager) => {
      if (!(await manager.countBy(WorkPlanItem, { planId: plan.id })))
        throw new DomainError(409, 'plan-empty', 'Добавьте в план хотя бы одно мероприятие');
    });
  }

  approve(actor: Actor, id: string, dto: ApproveWorkPlanDto): Promise<WorkPlan> {
    const comment = dto.comment ?? '';
    return this.transitionPlan(actor, id, dto.version, 'approve', comment, async (plan) => {
      Object.assign(plan, {
        approvedAt: new Date(),
        approvedBy: actor.userId,
        reviewComment: comment,
      });
    });
  }

  return(actor: Actor, id: string, dto: ReturnWorkPlanDto): Promise<WorkPlan> {
    return this.transitionPlan(actor, id, dto.version, 'return', dto.comment, async (plan) => {
      plan.reviewComment = dto.comment;
    });
  }

  /**
   * Copies a not-done item moved out of a monthly plan into `target` (the next month's
   * plan), into the section of the same title, and links the two.
   */
  async carryOver(
    actor: Actor,
    original: WorkPlanItem,
    originalSection: WorkPlanSection,
    target: WorkPlan,
    manager: EntityManager,
  ): Promise<WorkPlanItem> {
    const section = await this.sectionTitled(actor, target, originalSection.title, manager);
    const copy = await manager.save(
      manager.create(WorkPlanItem, {
        institutionId: target.institutionId,
        planId: target.id,
        sectionId: section.id,
        title: original.title,
        dueMonth: target.month,
        dueOn: null,
        responsibleUserId: original.responsibleUserId,
        responsibleName: original.responsibleName,
        expectedResult: original.expectedResult,
        annualItemId: original.annualItemId,
        movedFromId: original.id,
        createdBy: actor.userId,
      }),
    );
    await manager.update(WorkPlanItem, { id: original.id }, { movedToItemId: copy.id });
    return copy;
  }

  /** The annual items of the month, in their sections, copied into a new monthly plan. */
  private async drawFromAnnual(
    actor: Actor,
    plan: WorkPlan,
    manager: EntityManager,
  ): Promise<number> {
    const annual = await this.plans.findOf(
      plan.institutionId,
      { year: plan.year, month: null },
      manager,
    );
    if (!annual) return 0;
    const items = (await manager.findBy(WorkPlanItem, { planId: annual.id }))
      .filter((item) => monthOfItem(item) === plan.month)
      .sort(byTerm);
    const sections = await this.plans.sectionsOf(annual.id, manager);
    for (const source of sections) {
      const mine = items.filter((i) => i.sectionId === source.id);
      if (!mine.length) continue;
      const section = await this.sectionTitled(actor, plan, source.title, manager);
      await manager.insert(
        WorkPlanItem,
        mine.map((item) => ({
          institutionId: plan.institutionId,
          planId: plan.id,
          sectionId: section.id,
          title: item.title,
          dueMonth: item.dueMonth,
          dueOn: item.dueOn,
          responsibleUserId: item.responsibleUserId,
          responsibleName: item.responsibleName,
          expectedResult: item.expectedResult,
          annualItemId: item.id,
          createdBy: actor.userId,
        })),
      );
    }
    return items.length;
  }

  /** Items moved out of the previous month's plan before this plan existed. */
  private async takeOverMoved(
    actor: Actor,
    plan: WorkPlan,
    manager: EntityManager,
  ): Promise<number> {
    const previous = await this.plans.findOf(
      plan.institutionId,
      previousMonth(plan.year, plan.month!),
      manager,
    );
    if (!previous) return 0;
    const moved = await manager.find(WorkPlanItem, {
      where: { planId: previous.id, status: WorkPlanItemStatus.Moved, movedToItemId: IsNull() },
      relations: { section: true },
    });
    for (const item of moved.sort(byTerm))
      await this.carryOver(actor, item, item.section!, plan, manager);
    return moved.length;
  }

  /** The plan's section of this title, added at the end when there is none. */
  private async sectionTitled(
    actor: Actor,
    plan: WorkPlan,
    title: string,
    manager: EntityManager,
  ): Promise<WorkPlanSection> {
    const sections = await this.plans.sectionsOf(plan.id, manager);
    const found = sections.find((s) => s.title === title);
    if (found) return found;
    return manager.save(
      manager.create(WorkPlanSection, {
        institutionId: plan.institutionId,
        planId: plan.id,
        position: sections.length + 1,
        title,
        createdBy: actor.userId,
      }),
    );
  }

  private transitionPlan(
    actor: Actor,
    id: string,
    version: number,
    action: WorkPlanAction,
    comment: string,
    apply: (plan: WorkPlan, manager: EntityManager) => Promise<void>,
  ): Promise<WorkPlan> {
    return this.editor.change(actor, id, version, async (plan, manager) => {
      const from = plan.status;
      const to = transition(WORK_PLAN_LIFECYCLE, action, from, WORK_PLAN_STATUS_LABELS);
      await apply(plan, manager);
      plan.status = to;
      await recordTransition(manager, {
        entity: 'work_plan',
        entityId: id,
        userId: actor.userId,
        from,
        to,
        reason: comment,
      });
      await this.editor.record(actor, manager, plan, AuditAction.Update, ['status']);
    });
  }
}
