import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager, FindOptionsWhere, In, LessThan } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { historyOf, HistoryEntry } from '../common/lifecycle/lifecycle';
import { addDays } from '../common/local-day';
import { Page, skipTake } from '../common/pagination/page';
import { notFound } from '../common/problem/domain-error';
import { ContractStatus } from '../contracts/contract.entity';
import { ContractsService } from '../contracts/contracts.service';
import { User } from '../users/user.entity';
import { ListActivitiesQueryDto, ListPlansQueryDto } from './dto/plan.requests';
import { OPEN_ACTIVITY, PlanActivity } from './plan-activity.entity';
import { PlanRevision } from './plan-revision.entity';
import { diffSnapshots, PlanChange } from './plan-snapshot';
import { PlanStatus, SupportPlan } from './plan.entity';

export interface RevisionView {
  revision: PlanRevision;
  user: User | null;
  changes: PlanChange[];
}

/** Reading plans and activities: visible exactly when the plan's contract is visible. */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly audit: AuditService,
  ) {}

  visibleWhere(
    actor: Actor,
    filter: FindOptionsWhere<SupportPlan> = {},
  ): FindOptionsWhere<SupportPlan>[] {
    const asked = (filter.contract ?? {}) as object;
    return this.contracts
      .visibleWhere(actor)
      .map((contract) => ({ ...filter, contract: { ...asked, ...contract } }));
  }

  async list(actor: Actor, query: ListPlansQueryDto): Promise<Page<SupportPlan>> {
    const filter: FindOptionsWhere<SupportPlan> = {};
    if (query.graduateId) filter.graduateId = query.graduateId;
    if (query.contractId) filter.contractId = query.contractId;
    if (query.status) filter.status = query.status;
    if (query.attention === 'awaiting_approval') filter.status = PlanStatus.Submitted;
    if (query.attention === 'past_review')
      Object.assign(filter, { status: PlanStatus.Approved, nextReviewOn: LessThan(actor.today()) });
    const [items, total] = await this.dataSource.manager.findAndCount(SupportPlan, {
      where: this.visibleWhere(actor, filter),
      relations: { contract: { graduate: true } },
      order: query.attention ? { nextReviewOn: 'ASC', updatedAt: 'ASC' } : { updatedAt: 'DESC' },
      ...skipTake(query),
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  /** A plan the caller may see, with its contract and graduate; otherwise 404. */
  async get(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SupportPlan> {
    const found = await manager.findOne(SupportPlan, {
      where: this.visibleWhere(actor, { id }),
      relations: { contract: { graduate: true } },
    });
    if (!found) throw notFound('План не найден');
    return found;
  }

  /** The whole plan: activities with their responsible staff, who approved it, its history. */
  async full(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager) {
    const plan = await this.get(actor, id, manager);
    const activities = await this.activitiesOf(id, manager);
    const approvedBy = plan.approvedBy
      ? await manager.findOneBy(User, { id: plan.approvedBy })
      : null;
    const history: HistoryEntry[] = await historyOf(manager, 'plan', id);
    return { plan, activities, approvedBy, history };
  }

  /** Opening a plan is logged: it is part of the personal file. */
  async open(actor: Actor, id: string) {
    const view = await this.full(actor, id);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'plan',
      entityId: id,
      details: { graduateId: view.plan.graduateId },
    });
    return view;
  }

  activitiesOf(planId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.find(PlanActivity, {
      where: { planId },
      relations: { responsibleUser: true, responsiblePartner: true, responsibleCurator: true },
      order: { dueOn: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Open activities across the plans the caller may see: overdue, due this week, or all. */
  async activities(actor: Actor, query: ListActivitiesQueryDto): Promise<Page<PlanActivity>> {
    const today = actor.today();
    // The activity's own institution too, so the plan reads only the caller's institution.
    const filter: FindOptionsWhere<PlanActivity> = {
      status: In(OPEN_ACTIVITY),
      ...(actor.institutionId ? { institutionId: actor.institutionId } : {}),
    };
    if (query.due === 'overdue') filter.dueOn = LessThan(today);
    if (query.due === 'week') filter.dueOn = Between(today, addDays(today, 6));
    if (query.mine) filter.responsibleUserId = actor.userId;
    const live = { status: In([ContractStatus.Draft, ContractStatus.Active]) };
    const where = this.visibleWhere(actor, { contract: live }).map((plan) => ({ ...filter, plan }));
    const [items, total] = await this.dataSource.manager.findAndCount(PlanActivity, {
      where,
      relations: {
        responsibleUser: true,
        responsiblePartner: true,
        responsibleCurator: true,
        plan: { contract: { graduate: true } },
      },
      order: { dueOn: 'ASC', id: 'ASC' },
      ...skipTake(query),
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  /** Revisions with what changed against the previous one, oldest first. */
  async revisions(actor: Actor, id: string): Promise<RevisionView[]> {
    await this.get(actor, id);
    const revisions = await this.dataSource.manager.find(PlanRevision, {
      where: { planId: id },
      order: { number: 'ASC' },
    });
    const users = await this.usersOf(revisions.map((r) => r.userId));
    return revisions.map((revision, i) => ({
      revision,
      user: users.get(revision.userId) ?? null,
      changes: diffSnapshots(revisions[i - 1]?.snapshot ?? null, revision.snapshot),
    }));
  }

  async revision(actor: Actor, id: string, number: number): Promise<RevisionView> {
    await this.get(actor, id);
    const [revision, previous] = await Promise.all([
      this.dataSource.manager.findOneBy(PlanRevision, { planId: id, number }),
      this.dataSource.manager.findOneBy(PlanRevision, { planId: id, number: number - 1 }),
    ]);
    if (!revision) throw notFound('Редакция плана не найдена');
    const users = await this.usersOf([revision.userId]);
    return {
      revision,
      user: users.get(revision.userId) ?? null,
      changes: diffSnapshots(previous?.snapshot ?? null, revision.snapshot),
    };
  }

  private async usersOf(ids: string[]): Promise<Map<string, User>> {
    const unique = [...new Set(ids)];
    const users = unique.length
      ? await this.dataSource.manager.findBy(User, { id: In(unique) })
      : [];
    return new Map(users.map((u) => [u.id, u]));
  }
}
