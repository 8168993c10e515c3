import { Check, Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { WorkPlanKind, WorkPlanStatus, WORK_PLAN_STATUS_LABELS } from './work-plan-vocabulary';

export { WorkPlanKind, WorkPlanStatus, WORK_PLAN_STATUS_LABELS };

/**
 * The service's own work plan (000 §8.2, 001 §8.1): one annual plan per institution and
 * year, one monthly plan per institution and month. Approved by the head; after approval
 * only the marks of its items change. Never deleted.
 */
@Entity('work_plans')
@Index('work_plans_annual_unique', ['institutionId', 'year'], {
  unique: true,
  where: '"month" IS NULL',
})
@Index('work_plans_monthly_unique', ['institutionId', 'year', 'month'], {
  unique: true,
  where: '"month" IS NOT NULL',
})
@Check('work_plans_month_of_kind', `("kind" = 'annual') = ("month" IS NULL)`)
@Check('work_plans_month_range', '"month" BETWEEN 1 AND 12')
export class WorkPlan extends InstitutionOwnedEntity {
  @Column({ type: 'enum', enum: WorkPlanKind, enumName: 'work_plan_kind' })
  kind: WorkPlanKind;

  @Column({ type: 'int' })
  year: number;

  /** 1–12 for a monthly plan; null for the annual one. */
  @Column({ type: 'int', nullable: true })
  month: number | null;

  @Column({
    type: 'enum',
    enum: WorkPlanStatus,
    enumName: 'work_plan_status',
    default: WorkPlanStatus.Draft,
  })
  status: WorkPlanStatus;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  /** The head's comment when approving or returning the plan. */
  @Column({ name: 'review_comment', type: 'text', default: '' })
  reviewComment: string;

  /** Moves on every change of the plan or its items, so the version always moves too. */
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
