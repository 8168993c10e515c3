import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanSnapshot } from './plan-snapshot';

/** The plan as it stood after an approval or a later change. Never changed. */
@Entity('plan_revisions')
@Index('plan_revisions_plan_number_unique', ['planId', 'number'], { unique: true })
export class PlanRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ type: 'int' })
  number: number;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** What made the revision: approval, an activity done, a goal edited … (Russian). */
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'jsonb' })
  snapshot: PlanSnapshot;
}
