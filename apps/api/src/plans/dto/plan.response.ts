import { ApiProperty } from '@nestjs/swagger';
import { GraduateRefDto, StaffRefDto } from '../../appeals/dto/refs.response';
import { PartnerRefDto } from '../../partners/referrals/referral.dto';
import { HistoryEntryDto } from '../../contracts/dto/contract.response';
import { LifeDomain } from '../../common/life-domains';
import { PageDto } from '../../common/pagination/page';
import { ActivityStatus, OPEN_ACTIVITY, PlanActivity } from '../plan-activity.entity';
import { PlanStatus, SupportPlan } from '../plan.entity';
import { PlanChange, PlanSnapshot } from '../plan-snapshot';
import { PlanGoalDto } from './plan.requests';
import { fullNameOf } from '../../curators/curator-rules';
import { CuratorRefDto } from '../../curators/dto/curator-ref.dto';

export class ActivityMoveDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class PlanActivityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' }) domain: LifeDomain;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) responsible: StaffRefDto | null;
  @ApiProperty({ type: PartnerRefDto, nullable: true }) responsiblePartner: PartnerRefDto | null;
  @ApiProperty({ type: CuratorRefDto, nullable: true }) responsibleCurator: CuratorRefDto | null;
  @ApiProperty({ enum: ActivityStatus, enumName: 'ActivityStatus' }) status: ActivityStatus;
  @ApiProperty({ format: 'date', nullable: true, type: String }) doneOn: string | null;
  @ApiProperty() result: string;
  @ApiProperty() cancelReason: string;
  @ApiProperty({
    type: ActivityMoveDto,
    isArray: true,
    description: 'Earlier due dates, oldest first',
  })
  moves: ActivityMoveDto[];
  @ApiProperty({ description: 'Not done and due before today in the institution’s time zone' })
  overdue: boolean;

  /** Expects the responsible user, partner and curator loaded. */
  static from(a: PlanActivity, today: string): PlanActivityDto {
    return {
      id: a.id,
      domain: a.domain,
      title: a.title,
      description: a.description,
      dueOn: a.dueOn,
      responsible: a.responsibleUser ? StaffRefDto.from(a.responsibleUser) : null,
      responsiblePartner: a.responsiblePartner
        ? {
            id: a.responsiblePartner.id,
            name: a.responsiblePartner.name,
            kind: a.responsiblePartner.kind,
          }
        : null,
      responsibleCurator: a.responsibleCurator
        ? { id: a.responsibleCurator.id, fullName: fullNameOf(a.responsibleCurator) }
        : null,
      status: a.status,
      doneOn: a.doneOn,
      result: a.result,
      cancelReason: a.cancelReason,
      moves: a.moves.map((m) => ({ from: m.from, to: m.to, reason: m.reason, at: m.at })),
      overdue: isOverdue(a, today),
    };
  }
}

export const isOverdue = (a: Pick<PlanActivity, 'status' | 'dueOn'>, today: string) =>
  OPEN_ACTIVITY.includes(a.status) && a.dueOn < today;

export class PlanSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: 'ДС-2026/7' }) contractNumber: string;
  @ApiProperty({ type: GraduateRefDto }) graduate: GraduateRefDto;
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ enum: PlanStatus, enumName: 'PlanStatus' }) status: PlanStatus;
  @ApiProperty({ description: 'Newest revision (0 until the first approval)' }) revision: number;
  @ApiProperty({ description: 'Revision approved last (0 = never)' }) approvedRevision: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) approvedAt: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) nextReviewOn: string | null;
  @ApiProperty({ description: 'Approved and the review date has passed' }) pastReview: boolean;
  @ApiProperty() reviewComment: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;

  /** Expects the contract and its graduate loaded. */
  static from(p: SupportPlan, today: string): PlanSummaryDto {
    return {
      id: p.id,
      contractId: p.contractId,
      contractNumber: p.contract!.number,
      graduate: GraduateRefDto.from(p.contract!.graduate!),
      periodFrom: p.periodFrom,
      periodTo: p.periodTo,
      status: p.status,
      revision: p.revision,
      approvedRevision: p.approvedRevision,
      approvedAt: p.approvedAt ? p.approvedAt.toISOString() : null,
      nextReviewOn: p.nextReviewOn,
      pastReview:
        p.status === PlanStatus.Approved && p.nextReviewOn !== null && p.nextReviewOn < today,
      reviewComment: p.reviewComment,
      updatedAt: p.updatedAt.toISOString(),
      version: p.version,
    };
  }
}

export class PlanDto extends PlanSummaryDto {
  @ApiProperty({ type: PlanGoalDto, isArray: true }) goals: PlanGoalDto[];
  @ApiProperty({ type: PlanActivityDto, isArray: true, description: 'By due date' })
  activities: PlanActivityDto[];
  @ApiProperty({ type: StaffRefDto, nullable: true }) approvedBy: StaffRefDto | null;
  @ApiProperty({
    type: HistoryEntryDto,
    isArray: true,
    description: 'Submissions, approvals, returns',
  })
  history: HistoryEntryDto[];
}

export class PlanPageDto extends PageDto(PlanSummaryDto, 'PlanPageDto') {}

export class ActivityWithPlanDto extends PlanActivityDto {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ type: GraduateRefDto }) graduate: GraduateRefDto;
}

export class ActivityPageDto extends PageDto(ActivityWithPlanDto, 'ActivityPageDto') {}

export class PlanChangeDto {
  @ApiProperty({ enum: ['period', 'goal', 'activity'] }) what: PlanChange['what'];
  @ApiProperty({ enum: ['added', 'removed', 'changed'] }) how: PlanChange['how'];
  @ApiProperty({ description: 'The goal’s life domain or the activity’s title' }) subject: string;
  @ApiProperty({ type: [String] }) fields: string[];
}

export class PlanRevisionSummaryDto {
  @ApiProperty() number: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) user: StaffRefDto | null;
  @ApiProperty({ example: 'Утверждение плана' }) reason: string;
  @ApiProperty({ type: PlanChangeDto, isArray: true, description: 'Against the previous revision' })
  changes: PlanChangeDto[];
}

export class ActivitySnapshotDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' }) domain: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) responsibleUserId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  responsiblePartnerId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  responsibleCuratorId: string | null;
  @ApiProperty({ enum: ActivityStatus, enumName: 'ActivityStatus' }) status: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) doneOn: string | null;
  @ApiProperty() result: string;
  @ApiProperty() cancelReason: string;
}

export class PlanSnapshotDto {
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ type: PlanGoalDto, isArray: true }) goals: PlanGoalDto[];
  @ApiProperty({ type: ActivitySnapshotDto, isArray: true }) activities: ActivitySnapshotDto[];
}

export class PlanRevisionDto extends PlanRevisionSummaryDto {
  @ApiProperty({ type: PlanSnapshotDto }) snapshot: PlanSnapshotDto;
}

export type { PlanSnapshot };
