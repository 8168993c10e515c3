import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';

/** The current revision of every assessment, newest first. */
export function useAssessments(graduateId: string) {
  return $api.useQuery('get', '/api/graduates/{graduateId}/assessments', {
    params: { path: { graduateId } },
  });
}

/** Every revision of one assessment, oldest first. */
export function useAssessmentRevisions(graduateId: string, assessmentId: string) {
  return $api.useQuery('get', '/api/graduates/{graduateId}/assessments/{assessmentId}/revisions', {
    params: { path: { graduateId, assessmentId } },
  });
}

/** Each life domain's scores over time, with the change since the first and the previous. */
export function useDynamics(graduateId: string) {
  return $api.useQuery('get', '/api/graduates/{graduateId}/dynamics', {
    params: { path: { graduateId } },
  });
}

/** What each score means in each life domain (changes rarely). */
export function useGuidance() {
  return $api.useQuery('get', '/api/assessment-guidance', {}, { staleTime: 30 * 60_000 });
}

/** What a new or corrected assessment moves: the lists, the dynamics and the due list. */
const AFFECTED = [
  '/api/graduates/{graduateId}/assessments',
  '/api/graduates/{graduateId}/assessments/{assessmentId}/revisions',
  '/api/graduates/{graduateId}/dynamics',
  '/api/assessments/due',
];

function invalidateAssessments(queryClient: QueryClient) {
  return Promise.all(
    AFFECTED.map((path) => queryClient.invalidateQueries({ queryKey: ['get', path] })),
  );
}

function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSuccess: () => invalidateAssessments(queryClient),
    onError: () => invalidateAssessments(queryClient),
  };
}

export const useCreateAssessment = () =>
  $api.useMutation('post', '/api/graduates/{graduateId}/assessments', useAfterChange());

export const useCorrectAssessment = () =>
  $api.useMutation(
    'post',
    '/api/graduates/{graduateId}/assessments/{assessmentId}/corrections',
    useAfterChange(),
  );
