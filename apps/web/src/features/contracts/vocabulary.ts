import type { operations, Schemas } from '@postcare/api-client';

export type Contract = Schemas['ContractDto'];
export type ContractDetail = Schemas['ContractDetailDto'];
export type ContractStatus = Schemas['ContractStatus'];
export type ContractKind = Schemas['ContractKind'];
export type EndReason = Schemas['ContractEndReason'];
export type EndReasonInput = Schemas['ContractEndReasonInput'];

/** The shared vocabulary (codes and words in @postcare/domain). */
export { CONTRACT_KINDS } from '@postcare/domain';

/** The API's other closed lists, in the order pickers show them. */

export const STATUS_COLORS: Record<ContractStatus, string> = {
  draft: 'blue',
  active: 'green',
  ended: 'default',
  discarded: 'red',
};

/** Reasons staff may choose when ending a contract (`superseded` is set by the system). */
export const END_REASONS = [
  'term_expired',
  'graduate_request',
  'age_limit',
  'goals_reached',
  'moved_away',
  'lost_contact',
  'death',
  'other',
] as const satisfies readonly EndReasonInput[];

/** The head's lists of contracts needing attention (GET /api/contracts?attention=…). */
export type ContractListQuery = NonNullable<operations['listContracts']['parameters']['query']>;
export type Attention = NonNullable<ContractListQuery['attention']>;
export const ATTENTION = [
  'expiring',
  'expired',
  'missing_scan',
  'plan_missing',
] as const satisfies readonly Attention[];

/** Days before its end when an active contract shows as expiring (as the API counts). */
export const EXPIRING_WITHIN_DAYS = 30;

/** Limits the API checks, mirrored in the forms. */
export const LIMITS = {
  number: 50,
  legalRepresentative: 300,
  conditions: 4000,
  serviceKinds: 30,
  endReasonText: 1000,
  discardReason: 1000,
  scanBytes: 10 * 1024 * 1024,
} as const;

export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** Contracts still in force or being prepared: they can be changed and get a plan. */
export const isOpen = (contract: Pick<Contract, 'status'>) =>
  contract.status === 'draft' || contract.status === 'active';

/**
 * The contract a card shows first: the active one (a support contract before a preliminary
 * one), else the newest draft. The list comes newest first.
 */
export function currentContractOf<T extends Pick<Contract, 'status' | 'kind'>>(
  contracts: T[],
): T | undefined {
  const active = contracts.filter((contract) => contract.status === 'active');
  return (
    active.find((contract) => contract.kind === 'support') ??
    active[0] ??
    contracts.find((contract) => contract.status === 'draft')
  );
}
