import { ApiProperty } from '@nestjs/swagger';
import { StaffRefDto } from '../../appeals/dto/refs.response';
import { HistoryEntryDto } from '../../contracts/dto/contract.response';
import { PageDto } from '../../common/pagination/page';
import { WorkPlanItem, WorkPlanItemStatus } from '../work-plan-item.entity';
import { dueLabel, nextMonth, titleOf } from '../work-plan-rules';
import { WorkPlan, WorkPlanKind, WorkPlanStatus } from '../work-plan.entity';

export class WorkPlanItemMoveDto {
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 2027 }) toYear: number;
  @ApiProperty({ example: 2 }) toMonth: number;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The copy in the next month’s plan; null until that plan is created',
  })
  toItemId: string | null;
}

export class WorkPlanItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sectionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 12 }) dueMonth: number | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueOn: string | null;
  @ApiProperty({ example: 'март', description: 'The term as printed' }) due: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) responsible: StaffRefDto | null;
  @ApiProperty() responsibleName: string;
  @ApiProperty() expectedResult: string;
  @ApiProperty({ enum: WorkPlanItemStatus, enumName: 'WorkPlanItemStatus' })
  status: WorkPlanItemStatus;
  @ApiProperty({ description: 'The note of the mark done / not done' }) note: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) markedAt: string | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Monthly plans: the annual item it was drawn from',
  })
  annualItemId: string | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Monthly plans: the previous month’s item it carries over',
  })
  movedFromItemId: string | null;
  @ApiProperty({ type: WorkPlanItemMoveDto, nullable: true, description: 'Set once moved' })
  move: WorkPlanItemMoveDto | null;

  /** Expects the responsible user loaded. */
  static from(item: WorkPlanItem, plan: WorkPlan): WorkPlanItemDto {
    const to = plan.month === null ? null : nextMonth(plan.year, plan.month);
    return {
      id: item.id,
      sectionId: item.sectionId,
      title: item.title,
      dueMonth: item.dueMonth,
      dueOn: item.dueOn,
      due: dueLabel(plan, item),
      responsible: item.responsibleUser ? StaffRefDto.from(item.responsibleUser) : null,
      responsibleName: item.responsibleName,
      expectedResult: item.expectedResult,
      status: item.status,
      note: item.note,
      markedAt: item.markedAt?.toISOString() ?? null,
      annualItemId: item.annualItemId,
      movedFromItemId: item.movedFromId,
      move:
        item.status === WorkPlanItemStatus.Moved && to
          ? {
              reason: item.moveReason,
              at: item.movedAt!.toISOString(),
              toYear: to.year,
              toMonth: to.month,
              toItemId: item.movedToItemId,
            }
          : null,
    };
  }
}

export class WorkPlanSectionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1, description: 'The section’s number in the plan' }) position: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: WorkPlanItemDto, isArray: true, description: 'By term' })
  items: WorkPlanItemDto[];
}

export class WorkPlanSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: WorkPlanKind, enumName: 'WorkPlanKind' }) kind: WorkPlanKind;
  @ApiProperty({ example: 2027 }) year: number;
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 12 }) month: number | null;
  @ApiProperty({ example: 'План работы на январь 2027 года' }) title: string;
  @ApiProperty({ enum: WorkPlanStatus, enumName: 'WorkPlanStatus' }) status: WorkPlanStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) approvedAt: string | null;
  @ApiProperty({ description: 'The head’s comment on approval or return' }) reviewComment: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send back unchanged when changing (optimistic locking)' })
  version: number;

  static from(p: WorkPlan): WorkPlanSummaryDto {
    return {
      id: p.id,
      kind: p.kind,
      year: p.year,
      month: p.month,
      title: titleOf(p),
      status: p.status,
      approvedAt: p.approvedAt?.toISOString() ?? null,
      reviewComment: p.reviewComment,
      updatedAt: p.updatedAt.toISOString(),
      version: p.version,
    };
  }
}

export class WorkPlanDto extends WorkPlanSummaryDto {
  @ApiProperty({ type: WorkPlanSectionDto, isArray: true }) sections: WorkPlanSectionDto[];
  @ApiProperty({ type: StaffRefDto, nullable: true }) approvedBy: StaffRefDto | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Monthly plans: the annual plan of that year, when there is one',
  })
  annualPlanId: string | null;
  @ApiProperty({
    type: HistoryEntryDto,
    isArray: true,
    description: 'Submissions, approvals, returns',
  })
  history: HistoryEntryDto[];
}

export class WorkPlanPageDto extends PageDto(WorkPlanSummaryDto, 'WorkPlanPageDto') {}
