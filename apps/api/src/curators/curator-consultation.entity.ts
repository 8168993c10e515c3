import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../users/user.entity';
import { Curator } from './curator.entity';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';

/** Help the staff gave a curator (000 §7.1.9): a consultation, logged on the curator. */
@Entity('curator_consultations')
@Index('curator_consultations_curator_idx', ['curatorId', 'heldOn'])
export class CuratorConsultation extends InstitutionOwnedEntity {
  @Column({ name: 'curator_id', type: 'uuid' })
  curatorId: string;

  @ManyToOne(() => Curator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'curator_id' })
  curator?: Curator;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  /** The staff member who consulted. */
  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_user_id' })
  staffUser?: User;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  /** The graduate the consultation was about, if any. */
  @Column({ name: 'graduate_id', type: 'uuid', nullable: true })
  graduateId: string | null;
}
