import { Column, Entity, Index } from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';

/** One personal file listed in a destruction act: its id and the short number shown. */
export interface DestroyedSubject {
  graduateId: string;
  fileNumber: string;
  supportEndedOn: string | null;
}

/**
 * The act of destroying personal data (Roskomnadzor order No. 179 of 28.10.2022): what was
 * destroyed, whose, how, why and by whom. The rendered PDF is kept with it, so the act reads
 * the same whenever it is downloaded.
 */
@Entity('destruction_acts')
@Index('destruction_acts_number_unique', ['institutionId', 'number'], { unique: true })
export class DestructionAct extends InstitutionOwnedEntity {
  /** `<year>/<seq>` within the institution. */
  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'act_date', type: 'date' })
  actDate: string;

  @Column({ name: 'destroyed_by_name', type: 'text' })
  destroyedByName: string;

  @Column({ type: 'jsonb' })
  subjects: DestroyedSubject[];

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  method: string;

  @Column({ type: 'bytea', select: false })
  pdf: Buffer;
}
