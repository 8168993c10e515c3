import type { Schemas } from '@postcare/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { $api, fetchClient } from '../../shared/api/client';
import { saveDownload } from '../../shared/files/download';
import { multipartBody } from '../../shared/api/multipartBody';

/** The contract layout in use (the institution's own DOCX or the built-in one) and the fields a template may use. */
export function useContractTemplate(institutionId: string) {
  return $api.useQuery('get', '/api/institutions/{id}/contract-template', {
    params: { path: { id: institutionId } },
  });
}

const templateKey = (id: string) =>
  $api.queryOptions('get', '/api/institutions/{id}/contract-template', {
    params: { path: { id } },
  }).queryKey;

/** Sends the DOCX as multipart/form-data (the browser sets the boundary). */
/** Uses an own DOCX template for contracts; a broken tag or an unknown field is refused (400). */
export function useUploadContractTemplate(institutionId: string) {
  const queryClient = useQueryClient();
  return useMutation<Schemas['ContractTemplateDto'], unknown, File>({
    mutationFn: async (file) => {
      const { data, error } = await fetchClient.PUT('/api/institutions/{id}/contract-template', {
        params: { path: { id: institutionId } },
        // The generated type names binary content a string; the serializer sends the File.
        body: { file: file as unknown as string },
        bodySerializer: multipartBody,
      });
      if (error) throw error;
      return data;
    },
    onSuccess: (template) => queryClient.setQueryData(templateKey(institutionId), template),
  });
}

/** Goes back to the built-in layout (the uploaded template stays stored). */
export function useRetireContractTemplate(institutionId: string) {
  const queryClient = useQueryClient();
  return $api.useMutation('delete', '/api/institutions/{id}/contract-template', {
    onSettled: () => queryClient.invalidateQueries({ queryKey: templateKey(institutionId) }),
  });
}

/** Downloads the uploaded template, e.g. to correct it in Word. */
export function downloadContractTemplate(institutionId: string, fallbackName: string) {
  return saveDownload(
    fetchClient.GET('/api/institutions/{id}/contract-template/file', {
      params: { path: { id: institutionId } },
      parseAs: 'blob',
    }),
    fallbackName,
  );
}
