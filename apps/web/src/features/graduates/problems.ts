import type { Problem } from '@postcare/api-client';
import { asProblem } from '../../shared/api/problem';

/** A refused registration of a person already on file names that file. */
export function duplicateOf(error: unknown): string | null {
  const problem = asProblem(error) as (Problem & { existingId?: unknown }) | null;
  if (problem?.code !== 'duplicate-person') return null;
  return typeof problem.existingId === 'string' ? problem.existingId : null;
}

export const problemCode = (error: unknown): string | undefined => asProblem(error)?.code;
