import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { transition } from '../common/lifecycle/lifecycle';
import { DomainError, notFound } from '../common/problem/domain-error';
import { UsersService } from '../users/users.service';
import {
  AddItemDto,
  AddSectionDto,
  MarkItemDto,
  MoveItemDto,
  UpdateItemDto,
  UpdateSectionDto,
} from './dto/work-plan.requests';
import { WORK_PLAN_ITEM_STATUS_LABELS, WorkPlanItem } from './work-plan-item.entity';
import {
  assertApproved,
  assertEditable,
  daysOf,
  fieldError,
  ITEM_LIFECYCLE,
  nextMonth,
} from './work-plan-rules';
import { WorkPlanSection } from './work-plan-section.entity';
import { WorkPlan, WorkPlanKind } from './work-plan.entity';
import { WorkPlanChangesService } from './work-plan-changes.service';
import { WorkPlanEditor } from './work-plan-editor.service';
import { WorkPlansService } from './work-plans.service';

type Due = Pick<WorkPlanItem, 'dueMonth' | 'dueOn'>;

/**
 * Sections and items of a work plan. The content changes while the plan is a draft (or
 * returned); after approval items are only marked done or not done, and a not-done item
 * of a monthly plan is moved to the next month's plan. Every change moves the plan's version.
 */
@Injectable()
export class WorkPlanItemsService {
  constructor(
    private readonly plans: WorkPlansService,
    private readonly changes: WorkPlanChangesService,
    private readonly editor: WorkPlanEditor,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  addSection(actor: Actor, planId: string, dto: AddSectionDto): Promise<WorkPlan> {
    return this.editor.change(actor, planId, dto.version, async (plan, manager) => {
      assertEditable(plan);
      const position = (await this.plans.sectionsOf(planId, manager)).length + 1;
      await manager.insert(WorkPlanSection, {
        institutionId: plan.institutionId,
        planId,
        position,
        title: dto.title,
        createdBy: actor.userId,
      });
      await this.editor.record(actor, manager, plan, AuditAction.Update, ['sections']);
    });
  }

  updateSection(
    actor: Actor,
    planId: string,
    sectionId: string,
    dto: UpdateSectionDto,
  ): Promise<WorkPlan> {
    return this.editor.change(actor, planId, dto.version, async (plan, manager) => {
      assertEditable(plan);
      const section = await this.sectionOf(planId, sectionId, manager);
      section.title = dto.title;
      await manager.save(section);
      await this.editor.record(actor, manager, plan, AuditAction.Update, ['sections']);
    });
  }

  addItem(actor: Actor, planId: string, dto: AddItemDto): Promise<WorkPlan> {
    return this.editor.change(actor, planId, dto.version, async (plan, manager) => {
      assertEditable(plan);
      await this.sectionOf(planId, dto.sectionId, manager, 'sectionId');
      const due = dueOf(plan, dto, null);
      if (dto.responsibleUserId)
        await this.users.assertAssignable(actor, dto.responsibleUserId, 'responsibleUserId');
      const item = await manager.save(
        manager.create(WorkPlanItem, {
          institutionId: plan.institutionId,
          planId,
          sectionId: dto.sectionId,
          title: dto.title,
          ...due,
          responsibleUserId: dto.responsibleUserId ?? null,
          responsibleName: dto.responsibleName ?? '',
          expectedResult: dto.expectedResult ?? '',
          createdBy: actor.userId,
        }),
      );
      await this.recordItem(actor, manager, plan, item, AuditAction.Create, []);
    });
  }

  updateItem(actor: Actor, planId: string, itemId: string, dto: UpdateItemDto): Promise<WorkPlan> {
    return this.editor.change(actor, planId, dto.version, async (plan, manager) => {
      assertEditable(plan);
      const item = await this.itemOf(planId, itemId, manager);
      const { version: _v, dueMonth, dueOn, ...fields } = dto;
      if (fields.sectionId) await this.sectionOf(planId, fields.sectionId, manager, 'sectionId');
      if (fields.responsibleUserId)
        await this.users.assertAssignable(actor, fields.responsibleUserId, 'responsibleUserId');
      const due =
        dueMonth !== undefined || dueOn !== undefined ? dueOf(plan, { dueMonth, dueOn }, item) : {};
      const defined = Object.fromEntries(
        Object.entries({ ...fields, ...due }).filter(([, v]) => v !== undefined),
      );
      Object.assign(item, defined);
      await manager.save(item);
      await this.recordItem(actor, manager, plan, item, AuditAction.Update, Object.keys(defined));
    });
  }

  /** A draft's item may be taken out again; an approved plan keeps every item. */
  removeItem(actor: Actor, planId: string, itemId: string, version: number): Promise<WorkPlan> {
    return this.editor.change(actor, planId, version, async (plan, manager) => {
      assertEditable(plan);
      const item = await this.itemOf(planId, itemId, manager);
      await manager.delete(WorkPlanItem, { id: item.id });
      await this.editor.record(actor, manager, plan, AuditAction.Update, ['items'], {
        removedItemId: item.id,
      });
    });
  }

  mark(actor: Actor, planId: string, itemId: string, dto: MarkItemDto): Promise<WorkPlan> {
    if (dto.status === 'not_done' && !dto.note)
      throw fieldError(
        'note',
        'Укажите, почему мероприятие не выполнено',
        'note is required for not_done',
      );
    return this.editor.change(actor, planId, dto.version, async (plan, manager) => {
      assertApproved(plan, dto.status);
      const item = await this.itemOf(planId, itemId, manager);
      item.status = transition(
        ITEM_LIFECYCLE,
        dto.status,
        item.status,
        WORK_PLAN_ITEM_STATUS_LABELS,
      );
      item.note = dto.note ?? '';
      item.markedAt = new Date();
      await manager.save(item);
      await this.recordItem(actor, manager, plan, item, AuditAction.Update, ['status', 'note']);
    });
  }

  /**
   * A not-done item of a monthly plan goes to the next month's plan with a reason; the
   * original keeps the move. Without a next month's plan yet, the copy is made when that
   * plan is created.
   */
  move(actor: Actor, planId: string, itemId: string, dto: MoveItemDto): Promise<WorkPlan> {
    return this.editor.change(actor, planId, dto.version, async (plan, manager) => {
      if (plan.kind !== WorkPlanKind.Monthly)
        throw new DomainError(
          409,
          'invalid-transition',
          'Переносятся мероприятия месячного плана на следующий месяц',
          { currentStatus: plan.status, action: 'move' },
        );
      assertApproved(plan, 'move');
      const item = await this.itemOf(planId, itemId, manager);
      item.status = transition(ITEM_LIFECYCLE, 'move', item.status, WORK_PLAN_ITEM_STATUS_LABELS);
      Object.assign(item, { moveReason: dto.reason, movedAt: new Date() });
      await manager.save(item);
      const next = await this.plans.findOf(
        plan.institutionId,
        nextMonth(plan.year, plan.month!),
        manager,
      );
      if (next) {
        const target = await manager.findOneOrFail(WorkPlan, {
          where: { id: next.id },
          lock: { mode: 'pessimistic_write' },
        });
        const section = await this.sectionOf(planId, item.sectionId, manager);
        const copy = await this.changes.carryOver(actor, item, section, target, manager);
        target.changedAt = new Date();
        await manager.save(target);
        await this.recordItem(actor, manager, target, copy, AuditAction.Create, [], {
          movedFromItemId: item.id,
        });
      }
      await this.recordItem(actor, manager, plan, item, AuditAction.Update, [
        'status',
        'moveReason',
      ]);
    });
  }

  private async sectionOf(
    planId: string,
    id: string,
    manager: EntityManager,
    /** Set when the section is named in the body: then an unknown one is bad input. */
    field?: string,
  ): Promise<WorkPlanSection> {
    const section = await manager.findOneBy(WorkPlanSection, { id, planId });
    if (section) return section;
    if (field) throw fieldError(field, 'Раздел плана не найден', 'no such section of the plan');
    throw notFound('Раздел плана не найден');
  }

  private async itemOf(planId: string, id: string, manager: EntityManager): Promise<WorkPlanItem> {
    const item = await manager.findOne(WorkPlanItem, {
      where: { id, planId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!item) throw notFound('Мероприятие плана не найдено');
    return item;
  }

  private recordItem(
    actor: Actor,
    manager: EntityManager,
    plan: WorkPlan,
    item: WorkPlanItem,
    action: AuditAction,
    changedFields: string[],
    details: Record<string, unknown> = {},
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'work_plan_item',
        entityId: item.id,
        changedFields,
        details: { planId: plan.id, ...details },
      },
      manager,
    );
  }
}

/**
 * The term of an item: a month or a day, within the plan's year (annual) or month
 * (monthly). A monthly plan's item without a term is due within the month.
 */
function dueOf(
  plan: WorkPlan,
  asked: { dueMonth?: number; dueOn?: string },
  current: Due | null,
): Due {
  if (asked.dueMonth !== undefined && asked.dueOn !== undefined)
    throw fieldError(
      'dueOn',
      'Укажите срок месяцем или датой, не тем и другим',
      'give dueMonth or dueOn, not both',
    );
  if (asked.dueOn !== undefined) {
    const { first, last } = daysOf(plan);
    if (asked.dueOn < first || asked.dueOn > last)
      throw fieldError(
        'dueOn',
        plan.month === null ? 'Срок — в пределах года плана' : 'Срок — в пределах месяца плана',
        'dueOn must lie within the plan’s period',
      );
    return { dueMonth: null, dueOn: asked.dueOn };
  }
  if (asked.dueMonth !== undefined) {
    if (plan.month !== null && asked.dueMonth !== plan.month)
      throw fieldError('dueMonth', 'Срок — месяц плана', 'dueMonth must be the plan’s month');
    return { dueMonth: asked.dueMonth, dueOn: null };
  }
  if (current) return current;
  if (plan.month !== null) return { dueMonth: plan.month, dueOn: null };
  throw fieldError('dueMonth', 'Укажите срок: месяц или дату', 'dueMonth or dueOn is required');
}
