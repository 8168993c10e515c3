import type { QueryClient } from '@tanstack/react-query';

/**
 * After any change to an account: the lists, the single account, and the signed-in user
 * (an administrator may have edited their own name) load again.
 */
export function invalidateUsers(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    ['/api/users', '/api/users/{id}', '/api/auth/me'].map((path) =>
      queryClient.invalidateQueries({ queryKey: ['get', path] }),
    ),
  );
}
