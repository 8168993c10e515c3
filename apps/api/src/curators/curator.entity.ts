import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../users/user.entity';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { CuratorStatus } from './curator-status';

export { CuratorStatus };

/**
 * A volunteer curator (добровольный куратор, 000 §2.3.3, §4.9; 001 §7.1): a person the
 * service chose, trained and approved to help graduates. Their own personal data is kept
 * with their consent. Never deleted: a curator who leaves keeps the history.
 */
@Entity('curators')
@Index('curators_institution_status_idx', ['institutionId', 'status', 'lastName'])
export class Curator extends InstitutionOwnedEntity {
  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ type: 'text', default: '' })
  patronymic: string;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'text', default: '' })
  phone: string;

  @Column({ type: 'text', default: '' })
  email: string;

  /** Where they work or study. */
  @Column({ type: 'text', default: '' })
  occupation: string;

  /** How they came to the service (an event, a partner, an acquaintance …). */
  @Column({ type: 'text', default: '' })
  source: string;

  /** The certificate of no criminal record: required before approval. */
  @Column({ name: 'record_check_number', type: 'text', default: '' })
  recordCheckNumber: string;

  @Column({ name: 'record_check_on', type: 'date', nullable: true })
  recordCheckOn: string | null;

  /** The day they consented to the processing of their own personal data. */
  @Column({ name: 'consent_on', type: 'date', nullable: true })
  consentOn: string | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({
    type: 'enum',
    enum: CuratorStatus,
    enumName: 'curator_status',
    default: CuratorStatus.Candidate,
  })
  status: CuratorStatus;

  /** The curator's own account (role curator), if they were given one. */
  @Index('curators_user_idx', { unique: true, where: 'user_id IS NOT NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User | null;
}
