import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { DictionaryEntry } from '../dictionaries/dictionary-entry.entity';
import { Graduate } from '../graduates/graduate.entity';
import { User } from '../users/user.entity';
import { ContractEndReason, ContractKind, ContractStatus } from './contract-vocabulary';

// The enums sit apart from the entity so that unit specs can load them without TypeORM.
export {
  CONTRACT_STATUS_LABELS,
  ContractEndReason,
  ContractKind,
  ContractStatus,
  END_REASON_LABELS,
} from './contract-vocabulary';

/**
 * A support contract between the institution and a graduate (000 §4.3, 001 §4.2), or a
 * preliminary one signed before leaving care. Lifecycle: draft → active → ended (or a
 * draft discarded); transitions are kept in `lifecycle_events`. Never deleted.
 */
@Entity('contracts')
@Index('contracts_number_unique', ['institutionId', 'number'], { unique: true })
@Index('contracts_one_active_support', ['graduateId'], {
  unique: true,
  where: `"status" = 'active' AND "kind" = 'support'`,
})
@Index('contracts_institution_status_ends_idx', ['institutionId', 'status', 'endsOn'])
export class Contract extends InstitutionOwnedEntity {
  @Index('contracts_graduate_idx')
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @ManyToOne(() => Graduate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graduate_id' })
  graduate?: Graduate;

  @Column({ type: 'enum', enum: ContractKind, enumName: 'contract_kind' })
  kind: ContractKind;

  /** `<prefix>-<year>/<seq>`, unique within the institution; editable while a draft. */
  @Column({ type: 'text' })
  number: string;

  /** The graduate's application the contract answers (001 §4.2.2). */
  @Column({ name: 'application_date', type: 'date', nullable: true })
  applicationDate: string | null;

  /** Day of signing; set when the contract becomes active. */
  @Column({ name: 'concluded_on', type: 'date', nullable: true })
  concludedOn: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  /** Kinds of help agreed (001 §4.2.1), entries of the `service_kind` dictionary. */
  @ManyToMany(() => DictionaryEntry)
  @JoinTable({
    name: 'contract_service_kinds',
    joinColumn: { name: 'contract_id' },
    inverseJoinColumn: { name: 'service_kind_id' },
  })
  serviceKinds?: DictionaryEntry[];

  /** Needed when the graduate is under 18 on the day of signing. */
  @Column({ name: 'legal_representative', type: 'text', default: '' })
  legalRepresentative: string;

  @Index('contracts_specialist_idx')
  @Column({ name: 'responsible_specialist_id', type: 'uuid', nullable: true })
  responsibleSpecialistId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_specialist_id' })
  responsibleSpecialist?: User | null;

  @Column({ type: 'text', default: '' })
  conditions: string;

  @Column({
    type: 'enum',
    enum: ContractStatus,
    enumName: 'contract_status',
    default: ContractStatus.Draft,
  })
  status: ContractStatus;

  /** The signed paper copy (a `contract_scan` file of the personal file). */
  @Column({ name: 'signed_scan_file_id', type: 'uuid', nullable: true })
  signedScanFileId: string | null;

  /** "Signed on paper, scan later": active without a scan, listed as missing one. */
  @Column({ name: 'scan_later', type: 'boolean', default: false })
  scanLater: boolean;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({
    name: 'end_reason',
    type: 'enum',
    enum: ContractEndReason,
    enumName: 'contract_end_reason',
    nullable: true,
  })
  endReason: ContractEndReason | null;

  @Column({ name: 'end_reason_text', type: 'text', default: '' })
  endReasonText: string;

  /** The confirmed order that made the graduate eligible on the signing day, if that was the basis. */
  @Column({ name: 'exception_order_id', type: 'uuid', nullable: true })
  exceptionOrderId: string | null;
}
