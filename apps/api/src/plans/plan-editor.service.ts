import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { staleVersion } from '../common/problem/domain-error';
import { Contract } from '../contracts/contract.entity';
import { PlanRevision } from './plan-revision.entity';
import { assertContractOpen } from './plan-rules';
import { snapshotOf } from './plan-snapshot';
import { SupportPlan } from './plan.entity';
import { PlansService } from './plans.service';

/**
 * The one way a plan changes: lock it, check the version, apply the change, move the
 * version, and — after the first approval — keep the plan as a new revision, all in one
 * transaction. Used by the plan and the activity changes alike.
 */
@Injectable()
export class PlanEditor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly audit: AuditService,
  ) {}

  /**
   * One change of a plan: lock it, check the version, apply, move the version, and keep a
   * revision when the plan was approved before (or is being approved now).
   */
  change(
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

  record(
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
}
