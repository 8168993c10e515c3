import type { components } from '@postcare/api-client';
import { $api } from '../../shared/api/client';

export type MyWork = components['schemas']['MyWorkDto'];
export type MyWorkCount = components['schemas']['MyWorkCountDto'];
export type CaseloadRow = components['schemas']['MyWorkCaseloadRowDto'];

/** The counts of the caller's daily work; fetched again when the page is returned to. */
export function useMyWork() {
  return $api.useQuery('get', '/api/my-work', {}, { refetchOnMount: 'always' });
}
