import { Column, Entity, Index } from 'typeorm';
import type { SubjectRequestChannel, SubjectRequestKind } from '@postcare/domain';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';

// 152-FZ Art. 14 access and Art. 21 correction; how the request came. Codes and words live
// in @postcare/domain.
export {
  SUBJECT_REQUEST_CHANNELS,
  SUBJECT_REQUEST_KINDS,
  type SubjectRequestChannel,
  type SubjectRequestKind,
} from '@postcare/domain';

/** Working days the law gives for the answer: 10 for access (Art. 14 p. 3), 7 for correction (Art. 21 p. 2). */
export const ANSWER_WORKING_DAYS: Record<SubjectRequestKind, number> = {
  access: 10,
  correction: 7,
};

/** A data subject's request about the personal data held in one personal file. */
@Entity('subject_requests')
@Index('subject_requests_graduate_idx', ['graduateId', 'receivedOn'])
export class SubjectRequest extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: SubjectRequestKind;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ type: 'varchar', length: 20 })
  channel: SubjectRequestChannel;

  /** Who asked: the graduate or their representative (name, document of authority). */
  @Column({ type: 'text', default: '' })
  requester: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  /** The last day to answer, in working days after receipt. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn: string | null;

  /** For a correction: what was corrected (or why nothing was). */
  @Column({ name: 'answer', type: 'text', default: '' })
  answer: string;
}
