import { Column, Entity, Index } from 'typeorm';
import { LifeDomain } from '../../common/life-domains';
import { InstitutionOwnedEntity } from '../../common/persistence/tracked.entity';

/** 1 crisis, 2 vulnerable, 3 stable, 4 independent. */
export type Score = 1 | 2 | 3 | 4;

export interface DomainScore {
  domain: LifeDomain;
  score: Score;
  /** A short note on the score. */
  note: string;
  /** The facts behind it. */
  facts: string;
}

/**
 * One dated look at the graduate's situation across every life domain (the social map,
 * 000 §3.1, 001 §8.2). A correction adds a new revision of the same assessment; earlier
 * revisions stay as they were (only `current` moves to the newest).
 */
@Entity('assessments')
@Index('assessments_revision_unique', ['assessmentId', 'revision'], { unique: true })
@Index('assessments_graduate_current_idx', ['graduateId', 'current', 'assessedOn'])
export class Assessment extends InstitutionOwnedEntity {
  /** The assessment all revisions belong to (the id of its first revision). */
  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'boolean', default: true })
  current: boolean;

  @Column({ name: 'graduate_id', type: 'uuid' })
  graduateId: string;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ type: 'jsonb' })
  scores: DomainScore[];

  /** Why a correction was made (empty for the first revision). */
  @Column({ name: 'correction_reason', type: 'text', default: '' })
  correctionReason: string;
}
