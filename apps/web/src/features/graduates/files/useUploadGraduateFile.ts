import type { Schemas } from '@postcare/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchClient } from '../../../shared/api/client';
import { invalidateGraduates } from '../invalidateGraduates';

export interface GraduateFileUpload {
  graduateId: string;
  file: File;
  kind: Schemas['GraduateFileKind'];
  title?: string;
}

/** Sends one file as multipart/form-data (the browser sets the boundary). */
function asFormData(body: Schemas['UploadGraduateFileDto']): FormData {
  const data = new FormData();
  const file = body.file as unknown as File;
  data.append('file', file, file.name);
  data.append('kind', body.kind);
  if (body.title) data.append('title', body.title);
  return data;
}

/** Uploads a photo, a document scan or a consent scan to a personal file. */
export function useUploadGraduateFile() {
  const queryClient = useQueryClient();
  return useMutation<Schemas['GraduateFileDto'], unknown, GraduateFileUpload>({
    mutationFn: async ({ graduateId, file, kind, title }) => {
      const { data, error } = await fetchClient.POST('/api/graduates/{graduateId}/files', {
        params: { path: { graduateId } },
        // The generated type names binary content a string; the serializer sends the File.
        body: { file: file as unknown as string, kind, title },
        bodySerializer: asFormData,
      });
      if (error) throw error;
      return data;
    },
    onSuccess: () => invalidateGraduates(queryClient),
  });
}
