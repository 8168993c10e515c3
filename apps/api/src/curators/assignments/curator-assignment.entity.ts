import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Graduate } from '../../graduates/graduate.entity';
import { Curator } from '../curator.entity';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';

/**
 * A curator helps a graduate from `startsOn`; on `endsOn` (when set) the assignment is over
 * and the curator's account no longer sees the graduate — days of the institution's zone.
 */
@Entity('curator_assignments')
@Index('curator_assignments_curator_idx', ['curatorId', 'startsOn'])
@Index('curator_assignments_graduate_idx', ['graduateId', 'startsOn'])
@Check('curator_assignments_period_check', '"ends_on" IS NULL OR "ends_on" >= "starts_on"')
export class CuratorAssignment extends InstitutionOwnedEntity {
  @Column({ name: 'curator_id', type: 'uuid' })
  curatorId: string;

  @ManyToOne(() => Curator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'curator_id' })
  curator?: Curator;

  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @ManyToOne(() => Graduate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graduate_id' })
  graduate?: Graduate;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  /** The first day without the assignment; null while open-ended. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  /** What the curator is to help with. */
  @Column({ type: 'text', default: '' })
  goal: string;

  @Column({ name: 'end_reason', type: 'text', default: '' })
  endReason: string;
}
