import { useMutation, useQueryClient } from '@tanstack/react-query';
import { $api, fetchClient } from '../../shared/api/client';
import { contractChanged, contractRefused } from './invalidateContracts';
import type { ContractDetail } from './vocabulary';
import { multipartBody } from '../../shared/api/multipartBody';

/** The callbacks every contract change shares: keep the answer, or reload after a refusal. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (contract: ContractDetail) => contractChanged(queryClient, contract),
    onError: () => contractRefused(queryClient),
  };
}

/** Drafts a contract; the number and the term default on the server. */
export function useCreateContract() {
  return $api.useMutation('post', '/api/contracts', useAfterChange());
}

/** Edits a draft (an active contract only changes its responsible specialist). */
export function useUpdateContract() {
  return $api.useMutation('patch', '/api/contracts/{id}', useAfterChange());
}

/** Signed: 409 not-eligible, legal-representative-required, signed-scan-required, active-contract-exists. */
export function useActivateContract() {
  return $api.useMutation('post', '/api/contracts/{id}/activate', useAfterChange());
}

export function useEndContract() {
  return $api.useMutation('post', '/api/contracts/{id}/end', useAfterChange());
}

export function useDiscardContract() {
  return $api.useMutation('post', '/api/contracts/{id}/discard', useAfterChange());
}

export interface ScanUpload {
  contractId: string;
  version: number;
  file: File;
}

/** Sends the scan as multipart/form-data (the browser sets the boundary). */
/** Attaches the signed scan; it is kept among the personal file's documents too. */
export function useUploadContractScan() {
  const afterChange = useAfterChange();
  return useMutation<ContractDetail, unknown, ScanUpload>({
    mutationFn: async ({ contractId, version, file }) => {
      const { data, error } = await fetchClient.POST('/api/contracts/{id}/scan', {
        params: { path: { id: contractId } },
        // The generated type names binary content a string; the serializer sends the File.
        body: { file: file as unknown as string, version },
        bodySerializer: multipartBody,
      });
      if (error) throw error;
      return data;
    },
    ...afterChange,
  });
}
