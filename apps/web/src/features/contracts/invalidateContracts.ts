import type { QueryClient } from '@tanstack/react-query';
import type { ContractDetail } from './vocabulary';
import { contractKey } from './useContracts';

/**
 * Everything a contract change touches: contract lists, the graduate's file (its status
 * follows the contracts), eligibility, and the plan lists (a plan belongs to a contract).
 */
const AFFECTED = [
  '/api/contracts',
  '/api/plans',
  '/api/plan-activities',
  '/api/graduates',
  '/api/graduates/{id}',
  '/api/graduates/{id}/eligibility',
  '/api/graduates/{graduateId}/files',
];

export function invalidateContractLists(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    AFFECTED.map((path) => queryClient.invalidateQueries({ queryKey: ['get', path] })),
  );
}

/** After a change the API answered with the whole contract: keep it, reload the rest. */
export function contractChanged(queryClient: QueryClient, contract: ContractDetail) {
  queryClient.setQueryData(contractKey(contract.id), contract);
  return invalidateContractLists(queryClient);
}

/** After a refused change (e.g. a stale version): load the contract and the lists again. */
export function contractRefused(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['get', '/api/contracts/{id}'] }),
    invalidateContractLists(queryClient),
  ]);
}
