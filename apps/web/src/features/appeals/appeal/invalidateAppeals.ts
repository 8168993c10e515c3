import type { QueryClient } from '@tanstack/react-query';

/** After an appeal or help changes: the journal, single appeals and lists of help load again. */
export function invalidateAppeals(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    ['/api/appeals', '/api/appeals/{id}', '/api/services'].map((path) =>
      queryClient.invalidateQueries({ queryKey: ['get', path] }),
    ),
  );
}
