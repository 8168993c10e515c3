import { graduatePath } from '../graduates/paths';

/** Addresses of the contracts section, for links from elsewhere. */
export const CONTRACTS_PATH = '/contracts';

/** The «Договор» tab of a graduate's card, optionally opened on one contract. */
export function graduateContractPath(graduateId: string, contractId?: string): string {
  const params = new URLSearchParams({ tab: 'contract' });
  if (contractId) params.set('contract', contractId);
  return `${graduatePath(graduateId)}?${params.toString()}`;
}

/** The URL parameter naming the contract the card's «Договор» and «План» tabs show. */
export const CONTRACT_PARAM = 'contract';
