import { $api } from '../../../shared/api/client';

/** The chosen person's file: name, status and eligibility today with its reason. */
export function useGraduateFile(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/graduates/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );
}
