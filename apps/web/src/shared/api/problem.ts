import type { Problem } from '@postcare/api-client';

/** The problem+json body of a failed call, or null for other failures (network, bugs). */
export function asProblem(error: unknown): Problem | null {
  if (typeof error !== 'object' || error === null) return null;
  return 'status' in error && 'title' in error ? (error as Problem) : null;
}
