import { CONTRACT_PARAM } from '../contracts/paths';
import { graduatePath } from '../graduates/paths';

/** Addresses of the plans section, for links from elsewhere. */
export const PLANS_PATH = '/plans';

/** The «План» tab of a graduate's card, optionally for one contract's plan. */
export function graduatePlanPath(graduateId: string, contractId?: string): string {
  const params = new URLSearchParams({ tab: 'plan' });
  if (contractId) params.set(CONTRACT_PARAM, contractId);
  return `${graduatePath(graduateId)}?${params.toString()}`;
}
