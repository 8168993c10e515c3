import { Column } from 'typeorm';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';

/**
 * A part of a personal file kept as its own rows (relatives, identity documents): it belongs
 * to one graduate, is never deleted, only archived, and needs a current written consent.
 */
export abstract class GraduateRecord extends InstitutionOwnedEntity {
  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
