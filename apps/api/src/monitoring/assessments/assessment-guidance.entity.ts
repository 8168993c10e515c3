import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { LifeDomain } from '../../common/life-domains';

/** What a score means in a life domain: shown to staff while assessing. Edited by administrators. */
@Entity('assessment_guidance')
export class AssessmentGuidance {
  @PrimaryColumn({ type: 'enum', enum: LifeDomain, enumName: 'life_domain' })
  domain: LifeDomain;

  @PrimaryColumn({ type: 'int' })
  score: number;

  @Column({ type: 'text' })
  text: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
