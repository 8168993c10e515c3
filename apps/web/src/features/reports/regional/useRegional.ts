import { keepPreviousData } from '@tanstack/react-query';
import type { operations } from '@postcare/api-client';
import { $api } from '../../../shared/api/client';

export type RegionalReportsQuery = NonNullable<
  operations['listRegionalReports']['parameters']['query']
>;
export type RegionalSummaryQuery = operations['getRegionalSummary']['parameters']['query'];

/** The institutions this regional user oversees (given by an administrator). */
export const useRegionalInstitutions = () =>
  $api.useQuery('get', '/api/regional/institutions', {}, { staleTime: 5 * 60_000 });

/** The submitted and accepted department reports of those institutions. */
export const useRegionalReports = (query: RegionalReportsQuery) =>
  $api.useQuery(
    'get',
    '/api/regional/reports',
    { params: { query } },
    { placeholderData: keepPreviousData },
  );

/** One such report: frozen figures and the text, no person in it. */
export const useRegionalReport = (id: string | undefined) =>
  $api.useQuery(
    'get',
    '/api/regional/reports/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );

/** A period summed over the institutions, with the per-institution breakdown. */
export const useRegionalSummary = (query: RegionalSummaryQuery) =>
  $api.useQuery(
    'get',
    '/api/regional/summary',
    { params: { query } },
    { placeholderData: keepPreviousData },
  );
