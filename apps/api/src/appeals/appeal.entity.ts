import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { DictionaryEntry } from '../dictionaries/dictionary-entry.entity';
import { Graduate } from '../graduates/graduate.entity';
import { User } from '../users/user.entity';
import { AppealChannel, AppealStatus } from './appeal-vocabulary';

// The enums sit apart from the entity so that unit specs can load them without TypeORM.
export { AppealChannel, AppealStatus } from './appeal-vocabulary';

/**
 * One request for help, a line of the «журнал регистрации обращений» (001 §8.2). It may
 * stand without a contract (001 §4.3). Appeals are never deleted.
 */
@Entity('appeals')
@Index('appeals_institution_registered_idx', ['institutionId', 'registeredAt'])
export class Appeal extends InstitutionOwnedEntity {
  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ type: 'enum', enum: AppealChannel, enumName: 'appeal_channel' })
  channel: AppealChannel;

  @Index('appeals_graduate_idx')
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @ManyToOne(() => Graduate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graduate_id' })
  graduate?: Graduate;

  /**
   * Problems named in the appeal (dictionary kind `problem`); ranked in reports (001 §8.4).
   * The join table's foreign keys cascade (TypeORM's default for a one-sided many-to-many);
   * harmless, as dictionary entries are retired, never deleted, and appeals are never deleted.
   */
  @ManyToMany(() => DictionaryEntry)
  @JoinTable({
    name: 'appeal_problems',
    joinColumn: { name: 'appeal_id' },
    inverseJoinColumn: { name: 'problem_id' },
  })
  problems?: DictionaryEntry[];

  @Column({ type: 'text', default: '' })
  description: string;

  @Index('appeals_specialist_idx')
  @Column({ name: 'assigned_specialist_id', type: 'uuid', nullable: true })
  assignedSpecialistId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_specialist_id' })
  assignedSpecialist?: User | null;

  @Column({
    type: 'enum',
    enum: AppealStatus,
    enumName: 'appeal_status',
    default: AppealStatus.New,
  })
  status: AppealStatus;

  /** What came of it; required once resolved or referred. */
  @Column({ type: 'text', default: '' })
  outcome: string;

  /** The organisation the graduate was referred to. */
  @Column({ name: 'referred_to', type: 'text', default: '' })
  referredTo: string;
}
