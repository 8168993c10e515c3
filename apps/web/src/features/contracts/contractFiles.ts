import { fetchClient } from '../../shared/api/client';
import { saveDownload } from '../../shared/files/download';
import type { Contract } from './vocabulary';

export type DocumentFormat = 'docx' | 'pdf';

/**
 * The contract rendered to print and sign (DOCX from the institution's template, if it has
 * one, or PDF), saved under the name the server gives it. Resolves to that name.
 */
export function printContract(contract: Pick<Contract, 'id' | 'number'>, format: DocumentFormat) {
  return saveDownload(
    fetchClient.GET('/api/contracts/{id}/document', {
      params: { path: { id: contract.id }, query: { format } },
      parseAs: 'blob',
    }),
    `Договор ${contract.number}.${format}`,
  );
}

/** The signed scan; the download is logged by the API. */
export function downloadContractScan(contract: Pick<Contract, 'id' | 'number'>) {
  return saveDownload(
    fetchClient.GET('/api/contracts/{id}/scan', {
      params: { path: { id: contract.id } },
      parseAs: 'blob',
    }),
    `Скан договора ${contract.number}`,
  );
}
