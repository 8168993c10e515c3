import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Institution } from '../institutions/institution.entity';
import { User } from '../users/user.entity';

/** What a notification is about; the SPA picks its icon by it. */
export enum NotificationKind {
  /** A graduate's personal file was given to the user. */
  GraduateAssigned = 'graduate_assigned',
  AppealAssigned = 'appeal_assigned',
  PlanApproved = 'plan_approved',
  PlanReturned = 'plan_returned',
  /** An activity of a plan the user is responsible for passed its due date. */
  ActivityOverdue = 'activity_overdue',
  /** A guardianship notice still not sent after its due date. */
  NoticeOverdue = 'notice_overdue',
  ReportReturned = 'report_returned',
  ReportAccepted = 'report_accepted',
}

/**
 * One message to one user, written in the same transaction as the change that caused it
 * (so a rolled-back change notifies nobody). Read by its user only; never deleted.
 */
@Entity('notifications')
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
@Index('notifications_user_unread_idx', ['userId', 'createdAt'], { where: '"read_at" IS NULL' })
@Index('notifications_dedupe_unique', ['dedupeKey'], {
  unique: true,
  where: '"dedupe_key" IS NOT NULL',
})
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** Russian, shown as is in the bell and the e-mail digest. */
  @Column({ type: 'text' })
  title: string;

  /** An address of the SPA (`/graduates/<id>?tab=plan`) that opens what it is about. */
  @Column({ type: 'text' })
  link: string;

  /** The record it is about: `graduate`, `appeal`, `plan`, `plan_activity`, `notice`, `report`. */
  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  /** Set by the daily pass so one event (an activity overdue on a due date) notifies once. */
  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When it went out in an e-mail digest (each notification is mailed at most once). */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
