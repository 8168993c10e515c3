import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, IsNull, Repository } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { historyOf, HistoryEntry } from '../common/lifecycle/lifecycle';
import { Page, skipTake } from '../common/pagination/page';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { User } from '../users/user.entity';
import { ListWorkPlansQueryDto } from './dto/work-plan.requests';
import { WorkPlanItem } from './work-plan-item.entity';
import { byTerm } from './work-plan-rules';
import { WorkPlanSection } from './work-plan-section.entity';
import { WorkPlan, WorkPlanKind } from './work-plan.entity';

export interface WorkPlanView {
  plan: WorkPlan;
  sections: { section: WorkPlanSection; items: WorkPlanItem[] }[];
  approvedBy: User | null;
  annualPlanId: string | null;
  history: HistoryEntry[];
}

/** Reading work plans: the service's own plans, visible to everyone of the institution. */
@Injectable()
export class WorkPlansService {
  private readonly scoped: InstitutionScoped<WorkPlan>;

  constructor(
    @InjectRepository(WorkPlan) plans: Repository<WorkPlan>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(plans, 'План работы не найден');
  }

  async list(actor: Actor, query: ListWorkPlansQueryDto): Promise<Page<WorkPlan>> {
    const filter: FindOptionsWhere<WorkPlan> = {};
    if (query.kind) filter.kind = query.kind;
    if (query.year) filter.year = query.year;
    if (query.status) filter.status = query.status;
    const [items, total] = await this.dataSource.manager.findAndCount(WorkPlan, {
      where: this.scoped.where(actor, filter),
      order: { year: 'DESC', month: { direction: 'DESC', nulls: 'FIRST' }, id: 'ASC' },
      ...skipTake(query),
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  /** A plan of the caller's institution; otherwise 404. */
  get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager) {
    return this.scoped.get(actor, id, manager);
  }

  /** Locks the plan for a change and checks the version the client saw (404, then 409). */
  lockForUpdate(actor: Actor, id: string, version: number, manager: EntityManager) {
    return this.scoped.lockForUpdate(actor, id, version, manager);
  }

  /** The annual plan or the monthly plan of a period, if the institution has one. */
  findOf(
    institutionId: string,
    period: { year: number; month: number | null },
    manager: EntityManager,
  ): Promise<WorkPlan | null> {
    return manager.findOneBy(WorkPlan, {
      institutionId,
      kind: period.month === null ? WorkPlanKind.Annual : WorkPlanKind.Monthly,
      year: period.year,
      month: period.month ?? IsNull(),
    });
  }

  /** The whole plan: sections in order with their items by term, who approved it, its history. */
  async full(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkPlanView> {
    const plan = await this.get(actor, id, manager);
    const [sections, items] = await Promise.all([
      this.sectionsOf(id, manager),
      manager.find(WorkPlanItem, { where: { planId: id }, relations: { responsibleUser: true } }),
    ]);
    const annual =
      plan.month === null
        ? null
        : await this.findOf(plan.institutionId, { year: plan.year, month: null }, manager);
    return {
      plan,
      sections: sections.map((section) => ({
        section,
        items: items.filter((i) => i.sectionId === section.id).sort(byTerm),
      })),
      approvedBy: plan.approvedBy ? await manager.findOneBy(User, { id: plan.approvedBy }) : null,
      annualPlanId: annual?.id ?? null,
      history: await historyOf(manager, 'work_plan', id),
    };
  }

  /** Opening a plan is logged like any other read. */
  async open(actor: Actor, id: string): Promise<WorkPlanView> {
    const view = await this.full(actor, id);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'work_plan',
      entityId: id,
      details: { year: view.plan.year, month: view.plan.month },
    });
    return view;
  }

  sectionsOf(planId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.find(WorkPlanSection, {
      where: { planId },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }
}
