import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { SESSION_MARKER_KEY, session } from '../../shared/api/session';

/**
 * Keeps the browser consistent with the session: nothing of the previous user stays in the
 * cache after signing out, and signing out in one tab signs out the others.
 */
export function useSessionHousekeeping(queryClient: QueryClient): void {
  useEffect(
    () =>
      session.subscribe(() => {
        if (session.status() === 'signedOut') queryClient.clear();
      }),
    [queryClient],
  );

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SESSION_MARKER_KEY && event.newValue === null) session.end();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
