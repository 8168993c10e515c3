import type { QueryClient } from '@tanstack/react-query';

/** After any change: lists, single institutions and pickers load again. */
export function invalidateInstitutions(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['get', '/api/institutions'] }),
    queryClient.invalidateQueries({ queryKey: ['get', '/api/institutions/{id}'] }),
  ]);
}
