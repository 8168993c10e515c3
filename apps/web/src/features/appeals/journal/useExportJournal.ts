import { useMutation } from '@tanstack/react-query';
import { fetchClient } from '../../../shared/api/client';

interface Period {
  from: string;
  to: string;
}

/** The name the server gave the file (Content-Disposition), or one made of the period. */
function fileName(response: Response, { from, to }: Period): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `journal_${from}_${to}.xlsx`;
}

/** Hands a downloaded file to the browser's save dialog, then lets it go. */
function save(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Downloads the appeal journal of a period as XLSX. The file comes through the API client
 * (with the session's token in a header, never in an address) and is saved from memory.
 */
export function useExportJournal() {
  return useMutation({
    mutationFn: async (period: Period) => {
      const { data, error, response } = await fetchClient.GET('/api/journal/export', {
        params: { query: period },
        parseAs: 'blob',
      });
      // A refusal arrives as problem+json, read as such whatever `parseAs` says.
      if (!response.ok || !data) throw (error as unknown) ?? new Error(`HTTP ${response.status}`);
      save(data, fileName(response, period));
    },
  });
}
