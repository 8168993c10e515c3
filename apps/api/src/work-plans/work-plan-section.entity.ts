import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { WorkPlan } from './work-plan.entity';

/** A section of a work plan («Организационная работа», «Работа с выпускниками» …), in order. */
@Entity('work_plan_sections')
@Index('work_plan_sections_plan_idx', ['planId', 'position'])
export class WorkPlanSection extends InstitutionOwnedEntity {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => WorkPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: WorkPlan;

  /** 1, 2, … in the plan: the section's number in print. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;
}
