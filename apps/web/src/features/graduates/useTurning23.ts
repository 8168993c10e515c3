import { $api } from '../../shared/api/client';

/** How far ahead the list warns about a coming 23rd birthday. */
export const TURNING_23_DAYS = 90;

/** Files of people who turn 23 within the next days: support then needs a basis (001 §4.1). */
export function useTurning23(days = TURNING_23_DAYS) {
  return $api.useQuery('get', '/api/graduates/turning-23', { params: { query: { days } } });
}
