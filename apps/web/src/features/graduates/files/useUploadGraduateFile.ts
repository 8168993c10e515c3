import type { Schemas } from '@postcare/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchClient } from '../../../shared/api/client';
import { invalidateGraduates } from '../invalidateGraduates';
import { multipartBody } from '../../../shared/api/multipartBody';

export interface GraduateFileUpload {
  graduateId: string;
  file: File;
  kind: Schemas['GraduateFileKind'];
  title?: string;
}

/** Sends one file as multipart/form-data (the browser sets the boundary). */
/** Uploads a photo, a document scan or a consent scan to a personal file. */
export function useUploadGraduateFile() {
  const queryClient = useQueryClient();
  return useMutation<Schemas['GraduateFileDto'], unknown, GraduateFileUpload>({
    mutationFn: async ({ graduateId, file, kind, title }) => {
      const { data, error } = await fetchClient.POST('/api/graduates/{graduateId}/files', {
        params: { path: { graduateId } },
        // The generated type names binary content a string; the serializer sends the File.
        body: { file: file as unknown as string, kind, title },
        bodySerializer: multipartBody,
      });
      if (error) throw error;
      return data;
    },
    onSuccess: () => invalidateGraduates(queryClient),
  });
}
