import dayjs from 'dayjs';
import { TransitionTable } from '../common/lifecycle/lifecycle';
import { fieldError } from '../common/problem/domain-error';
import { Eligibility, lastDayByAge } from '../graduates/eligibility';
import { Graduate } from '../graduates/graduate.entity';
import { ContractStatus as S } from './contract.entity';

export type ContractAction = 'activate' | 'end' | 'discard';

/** Draft → active → ended, or a draft discarded; nothing else. */
export const CONTRACT_LIFECYCLE: TransitionTable<S, ContractAction> = {
  activate: { from: [S.Draft], to: S.Active },
  end: { from: [S.Active], to: S.Ended },
  discard: { from: [S.Draft], to: S.Discarded },
};

export const ADULT_AGE = 18;

export { fieldError };

/**
 * The default last day of a contract: the day before the 23rd birthday; for a student over
 * 23 the expected end of study; under an exception order the order's last day; none otherwise.
 */
export function defaultEndsOn(graduate: Graduate, eligibility: Eligibility): string | null {
  switch (eligibility.basis) {
    case 'full_time_student':
      return graduate.situation?.education?.expectedEndOn ?? null;
    case 'exception_order':
      return (
        graduate.exceptionOrders?.find((o) => o.id === eligibility.exceptionOrderId)?.validTo ??
        null
      );
    case 'under_23':
      return lastDayByAge(graduate.birthDate);
    default:
      // Not eligible on the start day: no default; staff name the end (activation will judge).
      return null;
  }
}

export function assertTerm(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn)
    throw fieldError(
      'endsOn',
      'Срок договора заканчивается раньше, чем начинается',
      'endsOn must not precede startsOn',
    );
}

export const ageOn = (birthDate: string, day: string) => dayjs(day).diff(dayjs(birthDate), 'year');
