import type { operations, Schemas } from '@postcare/api-client';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';

export type Partner = Schemas['PartnerDto'];
export type PartnerKind = Schemas['PartnerKind'];
export type Referral = Schemas['ReferralDto'];
export type ReferralStatus = Schemas['ReferralStatus'];
export type PartnerListQuery = NonNullable<operations['listPartners']['parameters']['query']>;
export type ReferralListQuery = NonNullable<operations['listReferrals']['parameters']['query']>;

/**
 * The kinds of organisations and the statuses of a referral (codes and words in
 * @postcare/domain). The kinds are those a graduate's consent names.
 */
export { PARTNER_KINDS, REFERRAL_STATUSES } from '@postcare/domain';

export const REFERRAL_STATUS_COLORS: Record<ReferralStatus, string> = {
  sent: 'blue',
  accepted: 'cyan',
  done: 'green',
  declined: 'red',
};

/** What can happen to a referral next: the partner accepts, the help is given, or refused. */
export type ReferralStep = 'accept' | 'complete' | 'decline';

/** The steps the API allows from each status (its lifecycle table). */
export const NEXT_STEPS: Record<ReferralStatus, readonly ReferralStep[]> = {
  sent: ['accept', 'complete', 'decline'],
  accepted: ['complete', 'decline'],
  done: [],
  declined: [],
};

/** Days before its end when a cooperation agreement shows as expiring. */
export const AGREEMENT_EXPIRING_DAYS = 30;

export type AgreementState =
  | { state: 'none' }
  | { state: 'open' }
  | { state: 'valid'; daysLeft: number }
  | { state: 'expiring'; daysLeft: number }
  | { state: 'expired' };

/**
 * The state of a partner's cooperation agreement on the institution's today: none recorded,
 * without an end date, valid, ending within 30 days (the last day included), or expired.
 */
export function agreementState(
  partner: Pick<Partner, 'agreementNumber' | 'agreementDate' | 'agreementValidTo'>,
  today: Dayjs,
): AgreementState {
  if (!partner.agreementValidTo) {
    return partner.agreementNumber || partner.agreementDate ? { state: 'open' } : { state: 'none' };
  }
  const daysLeft = dayjs(partner.agreementValidTo).diff(today.startOf('day'), 'day');
  if (daysLeft < 0) return { state: 'expired' };
  if (daysLeft <= AGREEMENT_EXPIRING_DAYS) return { state: 'expiring', daysLeft };
  return { state: 'valid', daysLeft };
}

/** Limits the API checks, mirrored in the forms. */
export const LIMITS = {
  name: 300,
  nameMin: 2,
  address: 500,
  contactPerson: 200,
  phones: 5,
  email: 200,
  agreementNumber: 50,
  note: 2000,
  search: 100,
  purpose: 2000,
  result: 2000,
} as const;

/** The phone pattern the API checks (as for graduates' phones). */
export { PHONE_PATTERN } from '../graduates/vocabulary';
