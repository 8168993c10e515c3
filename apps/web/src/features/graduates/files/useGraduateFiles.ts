import { $api } from '../../../shared/api/client';

/** Photos and document scans of a file, the newest first. */
export function useGraduateFiles(graduateId: string, includeArchived = false) {
  return $api.useQuery('get', '/api/graduates/{graduateId}/files', {
    params: { path: { graduateId }, query: { includeArchived } },
  });
}
