import type { Schemas } from '@postcare/api-client';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';

export type ExceptionOrder = Schemas['ExceptionOrderDto'];
export type ExceptionOrderStatus = Schemas['ExceptionOrderStatus'];
export type OrderedBy = Schemas['OrderedBy'];

/** Who may sign an order (codes and words in @postcare/domain). */
export { ORDERED_BY } from '@postcare/domain';

export const ORDER_STATUS_COLORS: Record<ExceptionOrderStatus, string> = {
  requested: 'gold',
  confirmed: 'green',
  rejected: 'red',
};

/** Limits the API checks, mirrored in the forms. */
export const ORDER_LIMITS = { orderedByName: 200, number: 50, grounds: 2000, comment: 2000 };

/** A graduate's orders, newest first. */
export function useGraduateExceptionOrders(graduateId: string) {
  return $api.useQuery('get', '/api/graduates/{graduateId}/exception-orders', {
    params: { path: { graduateId } },
  });
}

/** The institution's orders by status (heads: the requested ones wait for a decision). */
export function useExceptionOrders(status: ExceptionOrderStatus, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/exception-orders',
    { params: { query: { status } } },
    { enabled },
  );
}

/** An order changes who is eligible: the file, its eligibility and the lists load again. */
function invalidateOrders(queryClient: QueryClient) {
  return Promise.all(
    [
      '/api/exception-orders',
      '/api/graduates/{graduateId}/exception-orders',
      '/api/graduates/{id}',
      '/api/graduates/{id}/eligibility',
      '/api/graduates',
      '/api/graduates/turning-23',
    ].map((path) => queryClient.invalidateQueries({ queryKey: ['get', path] })),
  );
}

/** Enters an order (a head: confirmed at once) or requests one (a specialist). */
export function useCreateExceptionOrder() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/exception-orders', {
    onSettled: () => invalidateOrders(queryClient),
  });
}

export function useConfirmExceptionOrder() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/exception-orders/{id}/confirm', {
    onSettled: () => invalidateOrders(queryClient),
  });
}

export function useRejectExceptionOrder() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/exception-orders/{id}/reject', {
    onSettled: () => invalidateOrders(queryClient),
  });
}
