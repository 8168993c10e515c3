import { lazy, Suspense } from 'react';

const ProblemAlert = lazy(async () => ({ default: (await import('./ProblemAlert')).ProblemAlert }));

/**
 * `ProblemAlert` for pages drawn without antd: nothing (and nothing loaded) until there is
 * an error, then antd's Alert arrives with it.
 */
export function LazyProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Suspense fallback={null}>
      <ProblemAlert error={error} />
    </Suspense>
  );
}
