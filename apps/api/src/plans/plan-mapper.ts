import { StaffRefDto } from '../appeals/dto/refs.response';
import { HistoryEntryDto } from '../contracts/dto/contract.response';
import { GraduateRefDto } from '../appeals/dto/refs.response';
import { HistoryEntry } from '../common/lifecycle/lifecycle';
import { User } from '../users/user.entity';
import {
  ActivityWithPlanDto,
  PlanActivityDto,
  PlanDto,
  PlanRevisionDto,
  PlanRevisionSummaryDto,
  PlanSummaryDto,
} from './dto/plan.response';
import { PlanActivity } from './plan-activity.entity';
import { SupportPlan } from './plan.entity';
import { RevisionView } from './plans.service';

export function toPlanDto(
  view: {
    plan: SupportPlan;
    activities: PlanActivity[];
    approvedBy: User | null;
    history: HistoryEntry[];
  },
  today: string,
): PlanDto {
  return {
    ...PlanSummaryDto.from(view.plan, today),
    goals: view.plan.goals,
    activities: view.activities.map((a) => PlanActivityDto.from(a, today)),
    approvedBy: view.approvedBy ? StaffRefDto.from(view.approvedBy) : null,
    history: view.history.map(HistoryEntryDto.from),
  };
}

/** Expects the plan, its contract and graduate loaded on the activity. */
export function toActivityWithPlan(a: PlanActivity, today: string): ActivityWithPlanDto {
  return {
    ...PlanActivityDto.from(a, today),
    planId: a.planId,
    contractId: a.plan!.contractId,
    graduate: GraduateRefDto.from(a.plan!.contract!.graduate!),
  };
}

export function toRevisionSummary(v: RevisionView): PlanRevisionSummaryDto {
  return {
    number: v.revision.number,
    at: v.revision.at.toISOString(),
    user: v.user ? StaffRefDto.from(v.user) : null,
    reason: v.revision.reason,
    changes: v.changes,
  };
}

export function toRevision(v: RevisionView): PlanRevisionDto {
  const { snapshot } = v.revision;
  // Revisions kept before curators could be responsible have no such field: none was named.
  const activities = snapshot.activities.map((a) => ({
    ...a,
    responsibleCuratorId: a.responsibleCuratorId ?? null,
  }));
  return { ...toRevisionSummary(v), snapshot: { ...snapshot, activities } };
}
