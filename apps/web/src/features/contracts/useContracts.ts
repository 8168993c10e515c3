import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import type { ContractListQuery } from './vocabulary';

/** One page of contracts, filtered on the server (newest first; attention lists by end date). */
export function useContracts(query: ContractListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/contracts',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** Every contract of one graduate, newest first (a person has a handful at most). */
export function useGraduateContracts(graduateId: string) {
  return $api.useQuery('get', '/api/contracts', {
    params: { query: { graduateId, pageSize: 100 } },
  });
}

/** One contract with its history; every opening is logged by the API. */
export function useContract(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/contracts/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );
}

/** The cache key of one contract, to put an answer there without reading it again. */
export const contractKey = (id: string) =>
  $api.queryOptions('get', '/api/contracts/{id}', { params: { path: { id } } }).queryKey;
