import type { QueryClient } from '@tanstack/react-query';

const GRADUATE_PATHS = [
  '/api/graduates',
  '/api/graduates/turning-23',
  '/api/graduates/{id}',
  '/api/graduates/{id}/eligibility',
  '/api/graduates/{graduateId}/consents',
  '/api/graduates/{graduateId}/files',
  '/api/graduates/{graduateId}/relatives',
  '/api/graduates/{graduateId}/identity-documents',
];

/**
 * After any change to a personal file, its consents or files: lists, the file itself and
 * its parts load again (a withdrawn consent, for one, also reduces the file and archives
 * its photos).
 */
export function invalidateGraduates(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    GRADUATE_PATHS.map((path) => queryClient.invalidateQueries({ queryKey: ['get', path] })),
  );
}
