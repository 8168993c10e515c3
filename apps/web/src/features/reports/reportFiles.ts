import { fetchClient } from '../../shared/api/client';
import { saveDownload } from '../../shared/files/download';
import type { Report } from './vocabulary';

export type ReportFormat = 'pdf' | 'xlsx';

/** The report as a PDF to sign or an XLSX to count in, under the name the server gives. */
export function downloadReport(report: Pick<Report, 'id' | 'title'>, format: ReportFormat) {
  return saveDownload(
    fetchClient.GET('/api/reports/{id}/document', {
      params: { path: { id: report.id }, query: { format } },
      parseAs: 'blob',
    }),
    `${report.title}.${format}`,
  );
}
