import { Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';
import { Milestone, MilestoneStatus } from './milestone-vocabulary';

// The enums sit apart from the entity so that unit specs can load them without TypeORM.
export { MILESTONE_LABELS, Milestone, MilestoneStatus } from './milestone-vocabulary';

/** A milestone's state for one graduate; a row exists once somebody has set it. */
@Entity('independence_milestones')
@Index('independence_milestones_unique', ['graduateId', 'milestone'], { unique: true })
export class IndependenceMilestone extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ type: 'enum', enum: Milestone, enumName: 'milestone' })
  milestone: Milestone;

  @Column({ type: 'enum', enum: MilestoneStatus, enumName: 'milestone_status' })
  status: MilestoneStatus;

  /** When it was done (or started). */
  @Column({ name: 'on_date', type: 'date', nullable: true })
  onDate: string | null;

  /** E.g. the queue number, the kind of benefit claimed. */
  @Column({ type: 'text', default: '' })
  note: string;
}
