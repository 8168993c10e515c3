import { TransitionTable } from '../common/lifecycle/lifecycle';
import { addMonths } from '../common/local-day';
import { DomainError, fieldError } from '../common/problem/domain-error';
import { formatDay } from '../common/russian-dates';
import { Contract, ContractStatus } from '../contracts/contract.entity';
import { ActivityStatus as A } from './plan-activity.entity';
import { PlanStatus as S, SupportPlan } from './plan.entity';

export type PlanAction = 'submit' | 'approve' | 'return';

/** A specialist submits, the head approves or returns; an approved plan is submitted again at review. */
export const PLAN_LIFECYCLE: TransitionTable<S, PlanAction> = {
  submit: { from: [S.Draft, S.Returned, S.Approved], to: S.Submitted },
  approve: { from: [S.Submitted], to: S.Approved },
  return: { from: [S.Submitted], to: S.Returned },
};

export type ActivityAction = 'complete' | 'move' | 'cancel';

/** Planned → done | moved | cancelled; a moved activity may be moved again, done or cancelled. */
export const ACTIVITY_LIFECYCLE: TransitionTable<A, ActivityAction> = {
  complete: { from: [A.Planned, A.Moved], to: A.Done },
  move: { from: [A.Planned, A.Moved], to: A.Moved },
  cancel: { from: [A.Planned, A.Moved], to: A.Cancelled },
};

/** Plans are reviewed at least every 6 months (001 §7.1; comparable systems' pathway plans). */
export const REVIEW_MONTHS = 6;

export { fieldError };

/** The next review day: the one asked for, or 6 months ahead; never later, never in the past. */
export function nextReviewDay(today: string, asked?: string): string {
  const latest = addMonths(today, REVIEW_MONTHS);
  if (!asked) return latest;
  if (asked < today || asked > latest)
    throw fieldError(
      'nextReviewOn',
      'Дата пересмотра — не раньше сегодняшнего дня и не позже чем через 6 месяцев',
      'nextReviewOn must be within 6 months from today',
    );
  return asked;
}

export function assertOneGoalPerDomain(goals: { domain: string }[]): void {
  const domains = goals.map((g) => g.domain);
  if (new Set(domains).size !== domains.length)
    throw fieldError(
      'goals',
      'Для каждой сферы жизни — не больше одной цели',
      'one goal per domain',
    );
}

export function assertContractOpen(contract: Contract): void {
  if (contract.status === ContractStatus.Ended || contract.status === ContractStatus.Discarded)
    throw new DomainError(
      409,
      'contract-closed',
      `Договор № ${contract.number} прекращён или отменён: план не изменяется`,
    );
}

/** Goals and activities are not changed while the head is reviewing the plan. */
export function assertEditable(plan: SupportPlan): void {
  if (plan.status === S.Submitted)
    throw new DomainError(
      409,
      'plan-under-review',
      'План на утверждении: изменить его можно после решения руководителя',
    );
}

/** The plan is an annex of the contract: its period lies within the contract's term. */
export function assertPeriod(from: string, to: string, contract: Contract): void {
  if (to > contract.endsOn)
    throw fieldError(
      'periodTo',
      `Период плана выходит за срок договора (до ${formatDay(contract.endsOn)})`,
      'periodTo must not be after the contract ends',
    );
  if (to < from)
    throw fieldError(
      'periodTo',
      'Период плана заканчивается раньше, чем начинается',
      'periodTo must not precede periodFrom',
    );
}
