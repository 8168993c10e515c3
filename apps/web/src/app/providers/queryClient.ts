import { QueryClient } from '@tanstack/react-query';
import { asProblem } from '../../shared/api/problem';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // An answer from the API (404, 403, ...) will not change on a second try; a lost connection may.
      retry: (failureCount, error) => !asProblem(error) && failureCount < 2,
    },
  },
});
