import { Column, Entity, Index } from 'typeorm';
import { GraduateRecord } from '../records/graduate-record.entity';
import { RelativeKind } from './relative-kind';

export { RelativeKind } from './relative-kind';

/** A relative or significant adult in the graduate's life (000 §3.1: family ties, support network). */
@Entity('graduate_relatives')
@Index('graduate_relatives_graduate_idx', ['graduateId'])
export class Relative extends GraduateRecord {
  @Column({ type: 'varchar', length: 30 })
  kind: RelativeKind;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phones: string[];

  @Column({ type: 'varchar', length: 200, default: '' })
  email: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  address: string;

  /** Whether the graduate wants this person contacted; when not, the reason is kept. */
  @Column({ name: 'contact_wanted', type: 'boolean', default: true })
  contactWanted: boolean;

  @Column({ type: 'varchar', length: 2000, default: '' })
  note: string;
}
