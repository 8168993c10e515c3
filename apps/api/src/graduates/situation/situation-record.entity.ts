import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Situation } from '../graduate.entity';

/**
 * One state of a graduate's situation (study, work, housing, family, disability), valid
 * from a day until the next record. Every change of the situation adds a record; none is
 * changed or deleted, so eligibility on a past day reads the study facts of that day.
 */
@Entity('situation_records')
@Index('situation_records_graduate_idx', ['graduateId', 'validFrom', 'recordedAt'])
export class SituationRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ type: 'jsonb' })
  situation: Situation;

  /** Top-level parts that changed against the previous record (education, housing …). */
  @Column({ name: 'changed_parts', type: 'text', array: true, default: () => "'{}'" })
  changedParts: string[];

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** The record valid on `day`: the latest valid from that day or earlier (ties: the newest). */
export function recordOn(records: SituationRecord[], day: string): SituationRecord | undefined {
  return records
    .filter((r) => r.validFrom <= day)
    .sort(
      (a, b) =>
        a.validFrom.localeCompare(b.validFrom) || a.recordedAt.getTime() - b.recordedAt.getTime(),
    )
    .pop();
}
