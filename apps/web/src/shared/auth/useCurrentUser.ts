import { $api } from '../api/client';
import { useSessionStatus } from './useSessionStatus';

/** The signed-in user: profile, institution and permissions (GET /api/auth/me). */
export function useCurrentUser() {
  const signedIn = useSessionStatus() === 'signedIn';
  return $api.useQuery('get', '/api/auth/me', {}, { enabled: signedIn, staleTime: 5 * 60_000 });
}
