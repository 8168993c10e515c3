import { Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';

/** Kinds of partners data may be shared with (000 §1.5, 001 §5.6; codes and words in @postcare/domain). */
export { PARTNER_KINDS, type PartnerKind } from '@postcare/domain';

/** Written consent to process and share the graduate's data (000 §7.1.8, 152-FZ). */
@Entity('consents')
@Index('consents_graduate_idx', ['graduateId'])
export class Consent extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn: string;

  @Column({ name: 'allows_processing', type: 'boolean' })
  allowsProcessing: boolean;

  @Column({ name: 'sharing_partner_kinds', type: 'text', array: true, default: () => "'{}'" })
  sharingPartnerKinds: string[];

  @Column({ name: 'allows_photo', type: 'boolean', default: false })
  allowsPhoto: boolean;

  /** The signed paper, scanned: a file of kind consent_scan of the same graduate. */
  @Column({ name: 'scan_file_id', type: 'uuid', nullable: true })
  scanFileId: string | null;

  /** The last day the consent is given for; null: until withdrawn. */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  /** The day the withdrawal takes effect; may lie ahead (the consent counts until then). */
  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn: string | null;
}
