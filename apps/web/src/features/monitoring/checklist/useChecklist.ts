import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import type { MilestoneItem } from '../vocabulary';

export function useChecklist(graduateId: string) {
  return $api.useQuery('get', '/api/graduates/{graduateId}/checklist', {
    params: { path: { graduateId } },
  });
}

const checklistKey = (graduateId: string) =>
  $api.queryOptions('get', '/api/graduates/{graduateId}/checklist', {
    params: { path: { graduateId } },
  }).queryKey;

/**
 * Sets one milestone; the answer (with its new version) replaces that row, so the next
 * save starts from it. After a refusal (someone else saved it first) the list loads again.
 */
export function useSetMilestone(graduateId: string) {
  const queryClient = useQueryClient();
  return $api.useMutation('put', '/api/graduates/{graduateId}/checklist/{milestone}', {
    onSuccess: (saved: MilestoneItem) =>
      queryClient.setQueryData(checklistKey(graduateId), (items: MilestoneItem[] | undefined) =>
        items?.map((item) => (item.milestone === saved.milestone ? saved : item)),
      ),
    onError: () => queryClient.invalidateQueries({ queryKey: checklistKey(graduateId) }),
  });
}
