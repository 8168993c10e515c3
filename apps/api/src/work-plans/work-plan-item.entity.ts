import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InstitutionOwnedEntity } from '../common/persistence/tracked.entity';
import { User } from '../users/user.entity';
import { WorkPlanSection } from './work-plan-section.entity';
import { WorkPlan } from './work-plan.entity';
import { WorkPlanItemStatus, WORK_PLAN_ITEM_STATUS_LABELS } from './work-plan-item-status';

export { WorkPlanItemStatus, WORK_PLAN_ITEM_STATUS_LABELS };

/**
 * One line of a work plan: what, when (a month or a date), who is responsible and what is
 * expected; after approval, whether it was done. A monthly item may come from the annual
 * plan or be carried over from the previous month.
 */
@Entity('work_plan_items')
@Index('work_plan_items_plan_idx', ['planId', 'sectionId'])
@Check('work_plan_items_due_month_range', '"due_month" BETWEEN 1 AND 12')
@Check('work_plan_items_one_due', '("due_month" IS NULL) <> ("due_on" IS NULL)')
export class WorkPlanItem extends InstitutionOwnedEntity {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => WorkPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: WorkPlan;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @ManyToOne(() => WorkPlanSection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id' })
  section?: WorkPlanSection;

  /** What is to be done. */
  @Column({ type: 'text' })
  title: string;

  /** When, as a whole month (1–12) … */
  @Column({ name: 'due_month', type: 'int', nullable: true })
  dueMonth: number | null;

  /** … or as a day. Exactly one of the two is set. */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  /** A staff member of the institution. */
  @Column({ name: 'responsible_user_id', type: 'uuid', nullable: true })
  responsibleUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_user_id' })
  responsibleUser?: User | null;

  /** Responsible people who are not users («все специалисты службы», a partner). */
  @Column({ name: 'responsible_name', type: 'text', default: '' })
  responsibleName: string;

  @Column({ name: 'expected_result', type: 'text', default: '' })
  expectedResult: string;

  @Column({
    type: 'enum',
    enum: WorkPlanItemStatus,
    enumName: 'work_plan_item_status',
    default: WorkPlanItemStatus.Planned,
  })
  status: WorkPlanItemStatus;

  /** The note given with the mark «done» / «not done». */
  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'marked_at', type: 'timestamptz', nullable: true })
  markedAt: Date | null;

  /** The annual item a monthly item was copied from. */
  @Index('work_plan_items_annual_idx')
  @Column({ name: 'annual_item_id', type: 'uuid', nullable: true })
  annualItemId: string | null;

  @ManyToOne(() => WorkPlanItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'annual_item_id' })
  annualItem?: WorkPlanItem | null;

  /** The previous month's item this one carries over. */
  @Column({ name: 'moved_from_id', type: 'uuid', nullable: true })
  movedFromId: string | null;

  @ManyToOne(() => WorkPlanItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'moved_from_id' })
  movedFrom?: WorkPlanItem | null;

  /** A moved item: why, when, and its copy in the next month's plan (once that plan exists). */
  @Column({ name: 'move_reason', type: 'text', default: '' })
  moveReason: string;

  @Column({ name: 'moved_at', type: 'timestamptz', nullable: true })
  movedAt: Date | null;

  @Index('work_plan_items_moved_to_idx')
  @Column({ name: 'moved_to_item_id', type: 'uuid', nullable: true })
  movedToItemId: string | null;

  @ManyToOne(() => WorkPlanItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'moved_to_item_id' })
  movedTo?: WorkPlanItem | null;
}
