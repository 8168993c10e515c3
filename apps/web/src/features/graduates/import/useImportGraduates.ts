import type { Schemas } from '@postcare/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchClient } from '../../../shared/api/client';
import { invalidateGraduates } from '../invalidateGraduates';
import { multipartBody } from '../../../shared/api/multipartBody';

export interface ImportRun {
  file: File;
  /** Only check every row and report; nothing is written. */
  dryRun: boolean;
}

/** Sends the register: a dry run reports every row's problems; a real run imports all or none. */
export function useImportGraduates() {
  const queryClient = useQueryClient();
  return useMutation<Schemas['ImportReportDto'], unknown, ImportRun>({
    mutationFn: async ({ file, dryRun }) => {
      const { data, error } = await fetchClient.POST('/api/graduates/import', {
        params: { query: { dryRun } },
        // The generated type names binary content a string; the serializer sends the File.
        body: { file: file as unknown as string },
        bodySerializer: multipartBody,
      });
      if (error) throw error;
      return data;
    },
    onSuccess: (report) => {
      if (report.imported > 0) void invalidateGraduates(queryClient);
    },
  });
}
