import { Column, Entity } from 'typeorm';
import { TrackedEntity } from '../common/persistence/tracked.entity';

export enum InstitutionKind {
  ChildrenHome = 'children_home',
  BoardingSchool = 'boarding_school',
  FamilyCenter = 'family_center',
  RegionalCenter = 'regional_center',
  Other = 'other',
}

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
}
