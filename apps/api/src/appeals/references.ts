import { EntityManager } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { DomainError } from '../common/problem/domain-error';
import { referenceNotFound } from '../common/problem/reference';
import { Graduate } from '../graduates/graduate.entity';
import { GraduatesService } from '../graduates/graduates.service';

/** A field naming something that does not exist (for the caller): 422 on that field. */
export function noSuch(field: string, message: string): DomainError {
  return referenceNotFound(field, message);
}

/** The graduate named in a body, if the caller may see the file; else 422 on `graduateId`. */
export async function visibleGraduateFor(
  graduates: GraduatesService,
  actor: Actor,
  id: string,
  manager: EntityManager,
): Promise<Graduate> {
  try {
    return await graduates.getVisible(actor, id, manager);
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) {
      throw noSuch('graduateId', 'Личное дело выпускника не найдено');
    }
    throw error;
  }
}

/** Clocks of staff computers drift a little; more than this ahead is a typo. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A moment from the body (default now) that is not in the future. */
export function momentNotInFuture(value: string | undefined, field: string): Date {
  const moment = value ? new Date(value) : new Date();
  if (moment.getTime() > Date.now() + CLOCK_SKEW_MS) {
    throw new DomainError(400, 'validation', 'Дата не может быть в будущем', {
      errors: { [field]: [`${field} must not be in the future`] },
    });
  }
  return moment;
}
