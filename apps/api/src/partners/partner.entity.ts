import { Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { PARTNER_KINDS, type PartnerKind } from '../graduates/consents/consent.entity';

export { PARTNER_KINDS, type PartnerKind };

/**
 * An organisation the service works with and refers graduates to (000 §1.5, §4.4; 001 §5.6):
 * colleges, employers, clinics, employment centres, guardianship bodies, courts, NGOs …
 * Kinds are those a graduate's consent names for sharing data. Archived, never deleted.
 */
@Entity('partners')
@Index('partners_institution_kind_idx', ['institutionId', 'kind', 'name'])
export class Partner extends InstitutionOwnedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: PartnerKind;

  @Column({ type: 'text', default: '' })
  address: string;

  @Column({ name: 'contact_person', type: 'text', default: '' })
  contactPerson: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phones: string[];

  @Column({ type: 'text', default: '' })
  email: string;

  /** The cooperation agreement, if any. */
  @Column({ name: 'agreement_number', type: 'text', default: '' })
  agreementNumber: string;

  @Column({ name: 'agreement_date', type: 'date', nullable: true })
  agreementDate: string | null;

  @Column({ name: 'agreement_valid_to', type: 'date', nullable: true })
  agreementValidTo: string | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
