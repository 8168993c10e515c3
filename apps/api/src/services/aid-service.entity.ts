import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Appeal } from '../appeals/appeal.entity';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { DictionaryEntry } from '../dictionaries/dictionary-entry.entity';
import { Graduate } from '../graduates/graduate.entity';
import { User } from '../users/user.entity';
import { ServiceDelivery, ServiceForm } from './service-vocabulary';

// The enums sit apart from the entity so that unit specs can load them without TypeORM.
export { ServiceDelivery, ServiceForm } from './service-vocabulary';

/**
 * One act of help given to a graduate («оказанная помощь», 001 §8.2): counted by kind in
 * the monthly report (001 §8.4). It answers an appeal, or stands alone (one-off help).
 */
@Entity('aid_services')
@Index('aid_services_institution_provided_idx', ['institutionId', 'providedOn'])
@Check('aid_services_duration_range', '"duration_minutes" BETWEEN 1 AND 1440')
export class AidService extends InstitutionOwnedEntity {
  @Column({ name: 'provided_on', type: 'date' })
  providedOn: string;

  @Index('aid_services_graduate_idx')
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @ManyToOne(() => Graduate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graduate_id' })
  graduate?: Graduate;

  /** Who gave the help. */
  @Index('aid_services_specialist_idx')
  @Column({ name: 'specialist_id', type: 'uuid' })
  specialistId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specialist_id' })
  specialist?: User;

  /** Entry of the `service_kind` dictionary. */
  @Column({ name: 'kind_id', type: 'uuid' })
  kindId: string;

  @ManyToOne(() => DictionaryEntry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_id' })
  kind?: DictionaryEntry;

  @Column({ type: 'enum', enum: ServiceForm, enumName: 'service_form' })
  form: ServiceForm;

  @Column({ type: 'enum', enum: ServiceDelivery, enumName: 'service_delivery' })
  delivery: ServiceDelivery;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ type: 'text', default: '' })
  result: string;

  /** The appeal this help answers (same graduate); null for help without an appeal. */
  @Index('aid_services_appeal_idx')
  @Column({ name: 'appeal_id', type: 'uuid', nullable: true })
  appealId: string | null;

  @ManyToOne(() => Appeal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appeal_id' })
  appeal?: Appeal | null;
}
