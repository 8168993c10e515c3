import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { Institution } from '../institutions/institution.entity';
import { User } from '../users/user.entity';
import { ExceptionOrder } from './exception-orders/exception-order.entity';
import { GraduateStatus, LegalStatus, Sex } from './graduate-vocabulary';

// The enums sit apart from the entity so that unit specs can load them without TypeORM.
export { GraduateStatus, LegalStatus, Sex } from './graduate-vocabulary';

export interface Contacts {
  phones?: string[];
  email?: string;
  socialNetworks?: string[];
}

export interface Situation {
  education?: {
    institution?: string;
    programme?: string;
    fullTime?: boolean;
    firstProfessional?: boolean;
    year?: number;
    studying?: boolean;
    /** Study dates: support at 23+ is judged on the facts valid on the day (001 §4.1.2). */
    startedOn?: string;
    expectedEndOn?: string;
  };
  employment?: { status?: string; employer?: string; position?: string };
  housing?: { type?: string; ownHousingPreserved?: boolean | null; notes?: string };
  family?: { maritalStatus?: string; childrenCount?: number };
  disability?: { group?: string | null; notes?: string };
}

/** Normalised "last first patronymic": lower case, ё → е; the target of fuzzy search. */
export const SEARCH_NAME_SQL = `btrim(translate(lower("last_name" || ' ' || "first_name" || ' ' || "patronymic"), 'ё', 'е'))`;

/** The personal file (личное дело) of a young person the service works with. */
@Entity('graduates')
@Index('graduates_person_unique', ['institutionId', 'searchName', 'birthDate'], { unique: true })
@Index('graduates_search_trgm', { synchronize: false })
// (institution_id, search_name gin_trgm_ops), btree_gin: a search inside one institution.
@Index('graduates_institution_search_trgm', { synchronize: false })
export class Graduate extends InstitutionOwnedEntity {
  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ type: 'text', default: '' })
  patronymic: string;

  @Column({
    name: 'search_name',
    type: 'text',
    generatedType: 'STORED',
    asExpression: SEARCH_NAME_SQL,
    insert: false,
    update: false,
  })
  searchName: string;

  @Column({ type: 'enum', enum: Sex, enumName: 'sex' })
  sex: Sex;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'legal_status', type: 'enum', enum: LegalStatus, enumName: 'legal_status' })
  legalStatus: LegalStatus;

  /** The institution the person left care from; may differ from the one that serves them. */
  @Column({ name: 'origin_institution_id', type: 'uuid', nullable: true })
  originInstitutionId: string | null;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'origin_institution_id' })
  originInstitution?: Institution | null;

  /** Free text when the institution of origin is not registered here (another region, closed). */
  @Column({ name: 'origin_institution_name', type: 'text', default: '' })
  originInstitutionName: string;

  @Column({ name: 'left_care_on', type: 'date', nullable: true })
  leftCareOn: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  contacts: Contacts;

  @Column({ name: 'registration_address', type: 'text', default: '' })
  registrationAddress: string;

  @Column({ name: 'actual_address', type: 'text', default: '' })
  actualAddress: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  situation: Situation;

  @Index('graduates_specialist_idx')
  @Column({ name: 'responsible_specialist_id', type: 'uuid', nullable: true })
  responsibleSpecialistId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_specialist_id' })
  responsibleSpecialist?: User | null;

  /** Follows the contracts (ContractsService); never set by hand. */
  @Column({
    type: 'enum',
    enum: GraduateStatus,
    enumName: 'graduate_status',
    default: GraduateStatus.OneOff,
  })
  status: GraduateStatus;

  @Column({ name: 'status_reason', type: 'text', default: '' })
  statusReason: string;

  @Column({ name: 'status_changed_on', type: 'date', nullable: true })
  statusChangedOn: string | null;

  /** Orders to support the person outside the age rules (001 §4.1.3); loaded for eligibility. */
  @OneToMany(() => ExceptionOrder, (o) => o.graduate)
  exceptionOrders?: ExceptionOrder[];

  /** Files are never deleted; archived ones leave the lists. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
