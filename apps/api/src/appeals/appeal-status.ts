import { DomainError } from '../common/problem/domain-error';
import { AppealStatus } from './appeal.entity';

const NAMES: Record<AppealStatus, string> = {
  [AppealStatus.New]: 'новое',
  [AppealStatus.InProgress]: 'в работе',
  [AppealStatus.Resolved]: 'решено',
  [AppealStatus.Referred]: 'перенаправлено',
};

/** Where an appeal may go next; a closed appeal can only be reopened (back in work). */
const NEXT: Record<AppealStatus, readonly AppealStatus[]> = {
  [AppealStatus.New]: [AppealStatus.InProgress, AppealStatus.Resolved, AppealStatus.Referred],
  [AppealStatus.InProgress]: [AppealStatus.Resolved, AppealStatus.Referred],
  [AppealStatus.Resolved]: [AppealStatus.InProgress],
  [AppealStatus.Referred]: [AppealStatus.InProgress],
};

export function assertTransition(from: AppealStatus, to: AppealStatus): void {
  if (from === to || NEXT[from].includes(to)) return;
  throw new DomainError(
    409,
    'invalid-transition',
    `Нельзя перевести обращение из статуса «${NAMES[from]}» в статус «${NAMES[to]}»`,
  );
}

/** A closed appeal says what came of it; a referral also says to whom. */
export function assertClosable(status: AppealStatus, outcome: string, referredTo: string): void {
  const errors: Record<string, string[]> = {};
  const closed = status === AppealStatus.Resolved || status === AppealStatus.Referred;
  if (closed && !outcome) errors.outcome = ['outcome is required when resolved or referred'];
  if (status === AppealStatus.Referred && !referredTo) {
    errors.referredTo = ['referredTo is required when referred'];
  }
  if (Object.keys(errors).length) {
    throw new DomainError(400, 'validation', 'Укажите результат рассмотрения обращения', {
      errors,
    });
  }
}
