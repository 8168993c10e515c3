import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { WorkPlan } from './work-plan.entity';
import { WorkPlansService } from './work-plans.service';

/**
 * The one way a work plan changes: lock it, check the version, apply the change (to the
 * plan, its sections or its items) and move the version, in one transaction. Used by the
 * plan and the item changes alike.
 */
@Injectable()
export class WorkPlanEditor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: WorkPlansService,
    private readonly audit: AuditService,
  ) {}

  change(
    actor: Actor,
    id: string,
    version: number,
    apply: (plan: WorkPlan, manager: EntityManager) => Promise<void>,
  ): Promise<WorkPlan> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plans.lockForUpdate(actor, id, version, manager);
      await apply(plan, manager);
      plan.changedAt = new Date();
      return manager.save(plan);
    });
  }

  record(
    actor: Actor,
    manager: EntityManager,
    plan: WorkPlan,
    action: AuditAction,
    changedFields: string[],
    details: Record<string, unknown> = {},
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'work_plan',
        entityId: plan.id,
        changedFields,
        details: { year: plan.year, month: plan.month, ...details },
      },
      manager,
    );
  }
}
