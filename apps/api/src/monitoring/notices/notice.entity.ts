import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Graduate } from '../../graduates/graduate.entity';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';
import { NoticeMethod, NoticeSource, NoticeStatus, NoticeTrigger } from './notice-vocabulary';

// The enums sit apart from the entity so that unit specs can load them without TypeORM.
export {
  NOTICE_STATUS_LABELS,
  NoticeMethod,
  NoticeSource,
  NoticeStatus,
  NoticeTrigger,
} from './notice-vocabulary';

/**
 * Informing the guardianship body (000 §7.1.4, 001 §6.2): what was found and when, to whom
 * it must go and by when, when and how it went, and the answer.
 */
@Entity('guardianship_notices')
@Index('guardianship_notices_institution_status_idx', ['institutionId', 'status', 'dueOn'])
@Index('guardianship_notices_graduate_idx', ['graduateId'])
export class GuardianshipNotice extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @ManyToOne(() => Graduate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graduate_id' })
  graduate?: Graduate;

  @Column({ type: 'enum', enum: NoticeTrigger, enumName: 'notice_trigger' })
  trigger: NoticeTrigger;

  @Column({ name: 'found_on', type: 'date' })
  foundOn: string;

  @Column({ type: 'text' })
  finding: string;

  /** Measures the service has already taken. */
  @Column({ type: 'text', default: '' })
  measures: string;

  @Column({
    type: 'enum',
    enum: NoticeSource,
    enumName: 'notice_source',
    default: NoticeSource.Other,
  })
  source: NoticeSource;

  /** The assessment, contact or appeal where it was found. */
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  /** Mandatory under the institution's rule at the graduate's age on the day it was found. */
  @Column({ type: 'boolean' })
  mandatory: boolean;

  /** The guardianship body addressed. */
  @Column({ type: 'text' })
  recipient: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({
    type: 'enum',
    enum: NoticeStatus,
    enumName: 'notice_status',
    default: NoticeStatus.ToSend,
  })
  status: NoticeStatus;

  @Column({ name: 'sent_on', type: 'date', nullable: true })
  sentOn: string | null;

  @Column({ type: 'enum', enum: NoticeMethod, enumName: 'notice_method', nullable: true })
  method: NoticeMethod | null;

  @Column({ name: 'outgoing_number', type: 'text', default: '' })
  outgoingNumber: string;

  @Column({ name: 'letter_scan_file_id', type: 'uuid', nullable: true })
  letterScanFileId: string | null;

  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn: string | null;

  @Column({ name: 'answer_text', type: 'text', default: '' })
  answerText: string;

  @Column({ name: 'answer_scan_file_id', type: 'uuid', nullable: true })
  answerScanFileId: string | null;

  @Column({ name: 'cancel_reason', type: 'text', default: '' })
  cancelReason: string;
}
