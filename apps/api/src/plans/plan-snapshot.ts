import { PlanActivity } from './plan-activity.entity';
import { PlanGoal, SupportPlan } from './plan.entity';

export interface ActivitySnapshot {
  id: string;
  domain: string;
  title: string;
  description: string;
  dueOn: string;
  responsibleUserId: string | null;
  responsiblePartnerId: string | null;
  /** Absent in revisions kept before curators could be responsible. */
  responsibleCuratorId?: string | null;
  status: string;
  doneOn: string | null;
  result: string;
  cancelReason: string;
}

export interface PlanSnapshot {
  periodFrom: string;
  periodTo: string;
  goals: PlanGoal[];
  activities: ActivitySnapshot[];
}

export interface PlanChange {
  /** `period`, `goal`, `activity`. */
  what: 'period' | 'goal' | 'activity';
  /** `added`, `removed`, `changed`. */
  how: 'added' | 'removed' | 'changed';
  /** The goal's domain or the activity's title. */
  subject: string;
  fields: string[];
}

const ACTIVITY_FIELDS = [
  'domain',
  'title',
  'description',
  'dueOn',
  'responsibleUserId',
  'responsiblePartnerId',
  'responsibleCuratorId',
  'status',
  'doneOn',
  'result',
  'cancelReason',
] as const;

export function snapshotOf(plan: SupportPlan, activities: PlanActivity[]): PlanSnapshot {
  return {
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    goals: plan.goals.map((g) => ({ ...g })),
    activities: activities.map((a) => ({
      id: a.id,
      domain: a.domain,
      title: a.title,
      description: a.description,
      dueOn: a.dueOn,
      responsibleUserId: a.responsibleUserId,
      responsiblePartnerId: a.responsiblePartnerId,
      responsibleCuratorId: a.responsibleCuratorId,
      status: a.status,
      doneOn: a.doneOn,
      result: a.result,
      cancelReason: a.cancelReason,
    })),
  };
}

/** What changed from one revision to the next: period, goals by domain, activities by id. */
export function diffSnapshots(before: PlanSnapshot | null, after: PlanSnapshot): PlanChange[] {
  if (!before) return [];
  const changes: PlanChange[] = [];
  const period = (['periodFrom', 'periodTo'] as const).filter((f) => before[f] !== after[f]);
  if (period.length) changes.push({ what: 'period', how: 'changed', subject: '', fields: period });
  const goalsBefore = new Map(before.goals.map((g) => [g.domain, g.goal]));
  const goalsAfter = new Map(after.goals.map((g) => [g.domain, g.goal]));
  for (const [domain, goal] of goalsAfter) {
    if (!goalsBefore.has(domain))
      changes.push({ what: 'goal', how: 'added', subject: domain, fields: [] });
    else if (goalsBefore.get(domain) !== goal)
      changes.push({ what: 'goal', how: 'changed', subject: domain, fields: ['goal'] });
  }
  for (const domain of goalsBefore.keys())
    if (!goalsAfter.has(domain))
      changes.push({ what: 'goal', how: 'removed', subject: domain, fields: [] });
  const activitiesBefore = new Map(before.activities.map((a) => [a.id, a]));
  for (const a of after.activities) {
    const old = activitiesBefore.get(a.id);
    if (!old) {
      changes.push({ what: 'activity', how: 'added', subject: a.title, fields: [] });
      continue;
    }
    // `?? null`: a field absent from an older revision equals an empty one.
    const fields = ACTIVITY_FIELDS.filter((f) => (old[f] ?? null) !== (a[f] ?? null));
    if (fields.length) changes.push({ what: 'activity', how: 'changed', subject: a.title, fields });
  }
  const ids = new Set(after.activities.map((a) => a.id));
  for (const a of before.activities)
    if (!ids.has(a.id))
      changes.push({ what: 'activity', how: 'removed', subject: a.title, fields: [] });
  return changes;
}
