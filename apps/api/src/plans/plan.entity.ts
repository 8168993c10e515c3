import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { LifeDomain } from '../common/life-domains';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { Contract } from '../contracts/contract.entity';
import { PlanActivity } from './plan-activity.entity';
import { PlanStatus } from './plan-status';

// The enums sit apart from the entity so that unit specs can load them without TypeORM.
export { PLAN_STATUS_LABELS, PlanStatus } from './plan-status';

export interface PlanGoal {
  domain: LifeDomain;
  goal: string;
}

/**
 * The individual support plan (001 §4.2.3, §7.1): the annex of one contract, with goals per
 * life domain and activities. Approved by the head; after the first approval every change
 * makes a new revision (plan_revisions). Never deleted.
 */
@Entity('support_plans')
@Index('support_plans_contract_unique', ['contractId'], { unique: true })
@Index('support_plans_institution_status_idx', ['institutionId', 'status', 'nextReviewOn'])
export class SupportPlan extends InstitutionOwnedEntity {
  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id' })
  contract?: Contract;

  @Index('support_plans_graduate_idx')
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  goals: PlanGoal[];

  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status', default: PlanStatus.Draft })
  status: PlanStatus;

  /** The newest revision number (0 until the first approval). */
  @Column({ type: 'int', default: 0 })
  revision: number;

  /** The revision the head approved last (0 = never approved). */
  @Column({ name: 'approved_revision', type: 'int', default: 0 })
  approvedRevision: number;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  /** Next review of the approved plan, at most 6 months ahead. */
  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  /** The head's comment when returning the plan. */
  @Column({ name: 'review_comment', type: 'text', default: '' })
  reviewComment: string;

  /** Moves on every change of the plan or its activities, so the version always moves too. */
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;

  @OneToMany(() => PlanActivity, (a) => a.plan)
  activities?: PlanActivity[];
}
