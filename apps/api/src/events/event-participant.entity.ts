import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Graduate } from '../graduates/graduate.entity';
import { AidService } from '../services/aid-service.entity';
import { GroupEvent } from './group-event.entity';

/**
 * A graduate taking part in a group event, listed once. When the event is held the
 * attendance is confirmed and a present participant gets a group-form service, linked here.
 */
@Entity('group_event_participants')
@Index('group_event_participants_unique', ['eventId', 'graduateId'], { unique: true })
export class EventParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => GroupEvent, (e) => e.participants, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: GroupEvent;

  @Index('group_event_participants_graduate_idx')
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @ManyToOne(() => Graduate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graduate_id' })
  graduate?: Graduate;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;

  /** Null until the event is held; then whether the graduate came. */
  @Column({ type: 'boolean', nullable: true })
  present: boolean | null;

  /** The group service recorded for a present participant when the event was held. */
  @Index('group_event_participants_service_unique', { unique: true })
  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @ManyToOne(() => AidService, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: AidService | null;
}
