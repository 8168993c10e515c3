import { Curator } from '../curators/curator.entity';
import { Partner } from '../partners/partner.entity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { User } from '../users/user.entity';
import { EventParticipant } from './event-participant.entity';
import {
  GroupEventKind,
  GroupEventStatus,
  GROUP_EVENT_KIND_LABELS,
  GROUP_EVENT_STATUS_LABELS,
} from './group-event-vocabulary';

export { GroupEventKind, GroupEventStatus, GROUP_EVENT_KIND_LABELS, GROUP_EVENT_STATUS_LABELS };

/**
 * A group event of the service (training, club, evening, excursion …, 001 §3.1.2). Every
 * participant present when it is held is counted as a group-form service (001 §3.2).
 * Never deleted: a cancelled event stays with its reason.
 */
@Entity('group_events')
@Index('group_events_institution_starts_idx', ['institutionId', 'startsAt'])
@Check('group_events_duration_range', '"duration_minutes" BETWEEN 1 AND 1440')
export class GroupEvent extends InstitutionOwnedEntity {
  @Column({ type: 'enum', enum: GroupEventKind, enumName: 'group_event_kind' })
  kind: GroupEventKind;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ type: 'text' })
  topic: string;

  /** A staff member of the institution who leads it (or a curator, a partner, a name). */
  @Index('group_events_lead_idx')
  @Column({ name: 'lead_user_id', type: 'uuid', nullable: true })
  leadUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_user_id' })
  leadUser?: User | null;

  /** A volunteer curator who leads it. */
  @Column({ name: 'lead_curator_id', type: 'uuid', nullable: true })
  leadCuratorId: string | null;

  @ManyToOne(() => Curator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_curator_id' })
  leadCurator?: Curator | null;

  /** A partner organisation that runs it (a college's teacher, an employment centre). */
  @Column({ name: 'lead_partner_id', type: 'uuid', nullable: true })
  leadPartnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_partner_id' })
  leadPartner?: Partner | null;

  /** A lead who is not a user (an invited specialist, a partner's staff member). */
  @Column({ name: 'lead_name', type: 'text', default: '' })
  leadName: string;

  @Column({ type: 'text', default: '' })
  place: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({
    type: 'enum',
    enum: GroupEventStatus,
    enumName: 'group_event_status',
    default: GroupEventStatus.Scheduled,
  })
  status: GroupEventStatus;

  @Column({ name: 'cancel_reason', type: 'text', default: '' })
  cancelReason: string;

  /** Moves on every change, also of the participants only, so the version always moves too. */
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;

  @OneToMany(() => EventParticipant, (p) => p.event)
  participants?: EventParticipant[];
}
