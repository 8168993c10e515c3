import { Column, Entity } from 'typeorm';
import { TrackedEntity } from '../common/persistence/tracked.entity';
import { InstitutionKind } from './institution-kind';

// The enum sits apart from the entity so that unit specs can load it without TypeORM.
export { InstitutionKind } from './institution-kind';

@Entity('institutions')
export class Institution extends TrackedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: InstitutionKind, enumName: 'institution_kind' })
  kind: InstitutionKind;

  @Column({ type: 'text' })
  region: string;

  @Column({ type: 'text', default: '' })
  municipality: string;

  /** Guardianship body (орган опеки) the service reports to and notifies. */
  @Column({ name: 'guardianship_body', type: 'text', default: '' })
  guardianshipBody: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** IANA zone of the institution: its "today", due dates and exported times. */
  @Column({ name: 'time_zone', type: 'text', default: 'Europe/Moscow' })
  timeZone: string;

  // Requisites printed on contracts, plans and other documents.
  @Column({ name: 'full_name', type: 'text', default: '' })
  fullName: string;

  @Column({ name: 'short_name', type: 'text', default: '' })
  shortName: string;

  @Column({ type: 'text', default: '' })
  address: string;

  @Column({ name: 'director_name', type: 'text', default: '' })
  directorName: string;

  @Column({ name: 'director_position', type: 'text', default: 'Директор' })
  directorPosition: string;

  @Column({ type: 'text', default: '' })
  phone: string;

  @Column({ type: 'text', default: '' })
  email: string;

  // Monitoring rules of the institution.
  /** Months between assessments in the first year after leaving care. */
  @Column({ name: 'assessment_months_first_year', type: 'int', default: 3 })
  assessmentMonthsFirstYear: number;

  /** Months between assessments later on. */
  @Column({ name: 'assessment_months_later', type: 'int', default: 6 })
  assessmentMonthsLater: number;

  /** Working days after finding a problem by which the guardianship body must be informed. */
  @Column({ name: 'notice_due_working_days', type: 'int', default: 1 })
  noticeDueWorkingDays: number;

  /** 001 §6.2: threat notices only for graduates under 18; false = 000 §7.1.4, any age. */
  @Column({ name: 'threat_notice_minors_only', type: 'boolean', default: false })
  threatNoticeMinorsOnly: boolean;

  /** Guardianship bodies the service writes to (the first is the usual one). */
  @Column({ name: 'guardianship_bodies', type: 'text', array: true, default: () => "'{}'" })
  guardianshipBodies: string[];

  /** Hours of training a curator candidate attends before the head may approve them. */
  @Column({ name: 'curator_training_hours', type: 'int', default: 16 })
  curatorTrainingHours: number;

  /** How many graduates one curator may help at the same time. */
  @Column({ name: 'curator_max_graduates', type: 'int', default: 3 })
  curatorMaxGraduates: number;

  /** Contracts are numbered `<prefix>-<year>/<seq>`. */
  @Column({ name: 'contract_prefix', type: 'text', default: 'ДС' })
  contractPrefix: string;

  /** 152-FZ: years personal data are kept after support ends; then they are destroyed. */
  @Column({ name: 'retention_years', type: 'int', default: 5 })
  retentionYears: number;
}
