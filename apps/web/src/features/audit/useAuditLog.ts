import type { operations } from '@postcare/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api, fetchClient } from '../../shared/api/client';
import { saveDownload } from '../../shared/files/download';

export type AuditQuery = NonNullable<operations['listAudit']['parameters']['query']>;
export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

/** One page of the access log, newest first (reading it is itself recorded). */
export function useAuditLog(query: AuditQuery, enabled = true) {
  return $api.useQuery(
    'get',
    '/api/audit',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** The same selection as a spreadsheet, saved under the name the server gives it. */
export function exportAuditLog(filters: AuditFilters) {
  return saveDownload(
    fetchClient.GET('/api/audit/export.xlsx', {
      params: { query: filters },
      parseAs: 'blob',
    }),
    'audit.xlsx',
  );
}
