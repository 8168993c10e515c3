import dayjs from 'dayjs';
import { Actor } from '../common/auth/actor';
import { DomainError } from '../common/problem/domain-error';

/** 400 naming the field when a day lies after the institution's today. */
export function dateNotInFuture(actor: Actor, field: string, day: string): void {
  if (day > actor.today())
    throw new DomainError(400, 'validation', 'Дата не может быть в будущем', {
      errors: { [field]: [`${field} must not be in the future`] },
    });
}

/** `n` working days (Monday to Friday) after `day`; public holidays are not known here. */
export function addWorkingDays(day: string, n: number): string {
  let d = dayjs(day);
  let left = n;
  while (left > 0) {
    d = d.add(1, 'day');
    if (d.day() !== 0 && d.day() !== 6) left -= 1;
  }
  return d.format('YYYY-MM-DD');
}
