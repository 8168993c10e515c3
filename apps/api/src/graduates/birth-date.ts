import dayjs from 'dayjs';
import { DomainError } from '../common/problem/domain-error';

/** Graduates are 16–23; 35 leaves room for late registrations and typos stay out. */
export const MAX_AGE = 35;

/**
 * Why a birth date cannot be right on `today` (the institution's day), or undefined:
 * not in the future, and not older than MAX_AGE full years.
 */
export function birthDateProblem(birthDate: string, today: string): string | undefined {
  if (birthDate > today) return 'Дата рождения не может быть в будущем';
  if (dayjs(today).diff(dayjs(birthDate), 'year') > MAX_AGE)
    return `Дата рождения означает возраст старше ${MAX_AGE} лет: проверьте год`;
  return undefined;
}

/** 422 naming `birthDate` when the date cannot be right. */
export function assertBirthDate(birthDate: string | undefined, today: string): void {
  const problem = birthDate === undefined ? undefined : birthDateProblem(birthDate, today);
  if (problem)
    throw new DomainError(422, 'implausible-birth-date', problem, {
      errors: { birthDate: [problem] },
    });
}
