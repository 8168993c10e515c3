import { fetchClient } from '../../../shared/api/client';
import { saveDownload } from '../../../shared/files/download';

interface Period {
  from: string;
  to: string;
}

/**
 * Downloads the appeal journal of a period as XLSX. The file comes through the API client
 * (with the session's token in a header, never in an address) and is saved from memory
 * under the server's name; resolves to that name.
 */
export function exportJournal({ from, to }: Period): Promise<string> {
  return saveDownload(
    fetchClient.GET('/api/journal/export', { params: { query: { from, to } }, parseAs: 'blob' }),
    `journal_${from}_${to}.xlsx`,
  );
}
