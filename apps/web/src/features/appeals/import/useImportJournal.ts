import type { Schemas } from '@postcare/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchClient } from '../../../shared/api/client';
import { saveBlob } from '../../graduates/files/fileContent';
import { invalidateAppeals } from '../appeal/invalidateAppeals';
import { multipartBody } from '../../../shared/api/multipartBody';

export interface JournalImportRun {
  file: File;
  /** Only check every row and report; nothing is written. */
  dryRun: boolean;
}

/** Sends an old journal: a dry run reports every row's problems; a real run imports all or none. */
export function useImportJournal() {
  const queryClient = useQueryClient();
  return useMutation<Schemas['JournalImportReportDto'], unknown, JournalImportRun>({
    mutationFn: async ({ file, dryRun }) => {
      const { data, error } = await fetchClient.POST('/api/journal/import', {
        params: { query: { dryRun } },
        // The generated type names binary content a string; the serializer sends the File.
        body: { file: file as unknown as string },
        bodySerializer: multipartBody,
      });
      if (error) throw error;
      return data;
    },
    onSuccess: (report) => {
      if (report.imported) void invalidateAppeals(queryClient);
    },
  });
}

/** Fetches the XLSX template with the session's credentials and saves it. */
export async function downloadJournalTemplate(fileName: string): Promise<string> {
  const { data, error } = await fetchClient.GET('/api/journal/import/template', {
    parseAs: 'blob',
  });
  if (error) throw error;
  saveBlob(data as unknown as Blob, fileName);
  return fileName;
}
