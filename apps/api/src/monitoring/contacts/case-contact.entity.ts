import { Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';
import { ContactKind, ContactOutcome } from './contact-kind';

// The enums sit apart from the entity so that unit specs can load them without TypeORM.
export { ContactKind, ContactOutcome } from './contact-kind';

/**
 * One entry of the case log: a contact with or about the graduate (visits at home, study and
 * work places, 000 §7.2.3, 001 §7.1; contacts with teachers and employers, 000 §4.6–4.7).
 */
@Entity('case_contacts')
@Index('case_contacts_graduate_idx', ['graduateId', 'occurredAt'])
@Index('case_contacts_appeal_idx', ['appealId'])
export class CaseContact extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'enum', enum: ContactKind, enumName: 'contact_kind' })
  kind: ContactKind;

  @Column({
    type: 'enum',
    enum: ContactOutcome,
    enumName: 'contact_outcome',
    default: ContactOutcome.Held,
  })
  outcome: ContactOutcome;

  /** Staff who took part. */
  @Column({ name: 'participant_ids', type: 'uuid', array: true, default: () => "'{}'" })
  participantIds: string[];

  /** Volunteer curators who took part (an entry a curator writes names them). */
  @Column({ name: 'curator_ids', type: 'uuid', array: true, default: () => "'{}'" })
  curatorIds: string[];

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'next_steps', type: 'text', default: '' })
  nextSteps: string;

  /** The appeal this is a case note of. */
  @Column({ name: 'appeal_id', type: 'uuid', nullable: true })
  appealId: string | null;

  /** Plan activities the contact served. */
  @Column({ name: 'activity_ids', type: 'uuid', array: true, default: () => "'{}'" })
  activityIds: string[];

  /** Study or work contacts: attendance (000 §4.6). */
  @Column({ type: 'text', default: '' })
  attendance: string;

  /** Study or work contacts: results. */
  @Column({ type: 'text', default: '' })
  results: string;

  /** The teacher's or employer's view. */
  @Column({ name: 'counterpart_view', type: 'text', default: '' })
  counterpartView: string;
}
