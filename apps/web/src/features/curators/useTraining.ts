import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import { reloadCurators } from './useCurators';
import type { TrainingListQuery } from './vocabulary';

/** One page of training sessions, newest first, by period or by who attended. */
export function useTrainingSessions(query: TrainingListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/curator-trainings',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

export function useTrainingSession(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/curator-trainings/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );
}

/**
 * Sessions and attendance move the curators' hours, and with them candidates to
 * «Обучен» and back: reload both, after a refusal as well (the next try starts from the
 * current version).
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      ...['/api/curator-trainings', '/api/curator-trainings/{id}'].map((path) =>
        queryClient.invalidateQueries({ queryKey: ['get', path] }),
      ),
      reloadCurators(queryClient),
    ]);
  return { onSuccess: reload, onError: reload };
}

export const useCreateTraining = () =>
  $api.useMutation('post', '/api/curator-trainings', useAfterChange());
export const useUpdateTraining = () =>
  $api.useMutation('patch', '/api/curator-trainings/{id}', useAfterChange());
export const useSetAttendance = () =>
  $api.useMutation('put', '/api/curator-trainings/{id}/attendance', useAfterChange());
