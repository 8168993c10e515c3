import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';

/** Consultations the staff gave the curator (000 §7.1.9). */
export function useConsultations(curatorId: string) {
  return $api.useQuery('get', '/api/curators/{id}/consultations', {
    params: { path: { id: curatorId } },
  });
}

export function useAddConsultation() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/curators/{id}/consultations', {
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['get', '/api/curators/{id}/consultations'] }),
  });
}
