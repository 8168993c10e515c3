import type { operations, Schemas } from '@postcare/api-client';

export type Plan = Schemas['PlanDto'];
export type PlanSummary = Schemas['PlanSummaryDto'];
export type PlanStatus = Schemas['PlanStatus'];
export type Activity = Schemas['PlanActivityDto'];
export type ActivityWithPlan = Schemas['ActivityWithPlanDto'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type LifeDomain = Schemas['LifeDomain'];
export type PlanGoal = Schemas['PlanGoalDto'];
export type PlanListQuery = NonNullable<operations['listPlans']['parameters']['query']>;
export type ActivityListQuery = NonNullable<
  operations['listPlanActivities']['parameters']['query']
>;

export { LIFE_DOMAINS } from '../../shared/vocabulary/lifeDomains';

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'blue',
  submitted: 'gold',
  approved: 'green',
  returned: 'orange',
};

export const ACTIVITY_STATUS_COLORS: Record<ActivityStatus, string> = {
  planned: 'blue',
  moved: 'purple',
  done: 'green',
  cancelled: 'default',
};

/** Planned and moved activities are still to be done. */
export const isOpenActivity = (activity: Pick<Activity, 'status'>) =>
  activity.status === 'planned' || activity.status === 'moved';

/** Goals and activities are not changed while the head reviews the plan. */
export const isEditable = (plan: Pick<Plan, 'status'>) => plan.status !== 'submitted';

/** Plans are reviewed at least every 6 months. */
export const REVIEW_MONTHS = 6;

/** Limits the API checks, mirrored in the forms. */
export const LIMITS = {
  goal: 2000,
  goals: 10,
  title: 300,
  description: 4000,
  result: 2000,
  reason: 1000,
  comment: 2000,
} as const;
