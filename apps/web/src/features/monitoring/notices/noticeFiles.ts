import { fetchClient } from '../../../shared/api/client';
import { saveDownload } from '../../../shared/files/download';
import type { PrintFormat } from '../../../shared/ui/PrintButtons';
import type { Notice } from '../vocabulary';

/**
 * The letter to the guardianship body (DOCX to edit, PDF to print), saved under the name
 * the server gives it (Content-Disposition `filename*`). Resolves to that name.
 */
export function printNotice(notice: Pick<Notice, 'id' | 'foundOn'>, format: PrintFormat) {
  return saveDownload(
    fetchClient.GET('/api/notices/{id}/document', {
      params: { path: { id: notice.id }, query: { format } },
      parseAs: 'blob',
    }),
    `Уведомление ${notice.foundOn}.${format}`,
  );
}

/** A scan kept among the personal file's documents (the download is logged by the API). */
export function downloadNoticeScan(graduateId: string, fileId: string, fallback: string) {
  return saveDownload(
    fetchClient.GET('/api/graduates/{graduateId}/files/{fileId}/content', {
      params: { path: { graduateId, fileId } },
      parseAs: 'blob',
    }),
    fallback,
  );
}
