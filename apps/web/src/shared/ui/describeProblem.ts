import type { TFunction } from 'i18next';
import { asProblem } from '../api/problem';

export interface ProblemDescription {
  message: string;
  /** What the interface already did about it, e.g. reloaded data after an edit conflict. */
  hint?: string;
  /** Shown for server faults so support can find the request in the logs. */
  correlationId?: string;
}

/** What to tell the user about a failed call: the API's own (Russian) detail when there is one. */
export function describeProblem(error: unknown, t: TFunction): ProblemDescription {
  const problem = asProblem(error);
  if (!problem) {
    return { message: t(error instanceof TypeError ? 'errors.network' : 'errors.unknown') };
  }
  return {
    message: problem.detail ?? problem.title,
    hint: problem.code === 'stale-version' ? t('errors.reloaded') : undefined,
    correlationId: problem.status >= 500 ? problem.correlationId : undefined,
  };
}
