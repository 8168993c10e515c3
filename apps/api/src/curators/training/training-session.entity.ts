import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Curator } from '../curator.entity';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';

/** A training session for curator candidates (000 §4.9, 001 §7.1). */
@Entity('curator_training_sessions')
@Index('curator_training_sessions_day_idx', ['institutionId', 'heldOn'])
export class CuratorTrainingSession extends InstitutionOwnedEntity {
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text', default: '' })
  trainer: string;

  @Column({ type: 'int' })
  hours: number;
}

/** Who attended a session: the hours count towards the candidate's training. */
@Entity('curator_training_attendance')
@Index('curator_training_attendance_curator_idx', ['curatorId'])
export class CuratorTrainingAttendance {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CuratorTrainingSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: CuratorTrainingSession;

  @PrimaryColumn({ name: 'curator_id', type: 'uuid' })
  curatorId: string;

  @ManyToOne(() => Curator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'curator_id' })
  curator?: Curator;
}
