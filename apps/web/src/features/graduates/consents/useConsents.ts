import { $api } from '../../../shared/api/client';

/** The written consents of a file, the latest first. */
export function useConsents(graduateId: string) {
  return $api.useQuery('get', '/api/graduates/{graduateId}/consents', {
    params: { path: { graduateId } },
  });
}
