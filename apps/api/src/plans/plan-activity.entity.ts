import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { LifeDomain } from '../common/life-domains';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { Curator } from '../curators/curator.entity';
import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import { ActivityStatus } from './activity-status';
import { SupportPlan } from './plan.entity';

// The enum sits apart from the entity so that unit specs can load it without TypeORM.
export { ACTIVITY_STATUS_LABELS, ActivityStatus } from './activity-status';

/** Statuses of an activity still to be done. */
export const OPEN_ACTIVITY = [ActivityStatus.Planned, ActivityStatus.Moved];

export interface ActivityMove {
  from: string;
  to: string;
  reason: string;
  at: string;
  userId: string;
}

/** One activity of an individual plan: what, in which life domain, by when, by whom. */
@Entity('plan_activities')
@Index('plan_activities_open_due_idx', ['institutionId', 'status', 'dueOn'])
export class PlanActivity extends InstitutionOwnedEntity {
  @Index('plan_activities_plan_idx')
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => SupportPlan, (p) => p.activities, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: SupportPlan;

  @Column({ type: 'enum', enum: LifeDomain, enumName: 'life_domain' })
  domain: LifeDomain;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  /** A staff member of the institution (beside a curator or a partner, or alone). */
  @Index('plan_activities_responsible_idx')
  @Column({ name: 'responsible_user_id', type: 'uuid', nullable: true })
  responsibleUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_user_id' })
  responsibleUser?: User | null;

  /** A partner organisation responsible for the activity (alongside or instead of staff). */
  @Column({ name: 'responsible_partner_id', type: 'uuid', nullable: true })
  responsiblePartnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_partner_id' })
  responsiblePartner?: Partner | null;

  /** A volunteer curator who carries the activity out; they see it and may mark it done. */
  @Index('plan_activities_curator_idx')
  @Column({ name: 'responsible_curator_id', type: 'uuid', nullable: true })
  responsibleCuratorId: string | null;

  @ManyToOne(() => Curator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_curator_id' })
  responsibleCurator?: Curator | null;

  @Column({
    type: 'enum',
    enum: ActivityStatus,
    enumName: 'plan_activity_status',
    default: ActivityStatus.Planned,
  })
  status: ActivityStatus;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ type: 'text', default: '' })
  result: string;

  @Column({ name: 'cancel_reason', type: 'text', default: '' })
  cancelReason: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  moves: ActivityMove[];
}
