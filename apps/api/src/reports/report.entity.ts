import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  CreateDateColumn,
} from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { User } from '../users/user.entity';
import type { ReportFigures } from './figures/report-figures';

import { ReportKind, ReportStatus } from './report-kinds';

export { ReportKind, ReportStatus };

/**
 * One report of an institution for a period. While a draft its figures are computed live
 * from the case tables; on submission they are frozen into `figures` (and a version), so
 * later edits of cases never change what was submitted.
 */
@Entity('reports')
@Index('reports_specialist_period_key', ['institutionId', 'kind', 'periodFrom', 'authorId'], {
  unique: true,
  where: `kind = 'specialist_monthly'`,
})
@Index('reports_department_period_key', ['institutionId', 'kind', 'periodFrom'], {
  unique: true,
  where: `kind <> 'specialist_monthly'`,
})
export class Report extends InstitutionOwnedEntity {
  @Column({ type: 'enum', enum: ReportKind, enumName: 'report_kind' })
  kind: ReportKind;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  /** The specialist (their monthly report) or the head who compiles a department report. */
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({
    type: 'enum',
    enum: ReportStatus,
    enumName: 'report_status',
    default: ReportStatus.Draft,
  })
  status: ReportStatus;

  /** Free-text sections by key (results, analysis, problems, proposals …). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  narrative: Record<string, string>;

  /** The frozen figures of the last submission; null while never submitted. */
  @Column({ type: 'jsonb', nullable: true })
  figures: ReportFigures | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'review_comment', type: 'text', default: '' })
  reviewComment: string;

  /** Submissions so far (the number of the last kept version). */
  @Column({ name: 'submissions', type: 'int', default: 0 })
  submissions: number;
}

/** Every submission, kept: what was sent, when and by whom. */
@Entity('report_versions')
@Index('report_versions_report_key', ['reportId', 'number'], { unique: true })
export class ReportVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => Report, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id' })
  report?: Report;

  @Column({ type: 'int' })
  number: number;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @Column({ type: 'jsonb' })
  figures: ReportFigures;

  @Column({ type: 'jsonb' })
  narrative: Record<string, string>;
}
