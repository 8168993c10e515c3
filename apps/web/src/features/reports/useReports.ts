import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import type { ReportListQuery } from './vocabulary';

/** One page of reports: a specialist's own, or the institution's for heads and the director. */
export function useReports(query: ReportListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/reports',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** Every report due in a year, per person, with its state. */
export function useReportCalendar(year: number, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/reports/calendar',
    { params: { query: { year } } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** One report with its figures (live while a draft); every opening is logged by the API. */
export function useReport(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/reports/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );
}

/** One submitted version: never changes, so it is kept as long as the page lives. */
export function useReportVersion(id: string | undefined, number: number) {
  return $api.useQuery(
    'get',
    '/api/reports/{id}/versions/{number}',
    { params: { path: { id: id ?? '', number } } },
    { enabled: Boolean(id) && Number.isInteger(number) && number > 0, staleTime: Infinity },
  );
}

/** The cache key of one report, to put an answer there without reading it again. */
export const reportKey = (id: string) =>
  $api.queryOptions('get', '/api/reports/{id}', { params: { path: { id } } }).queryKey;
