import { graduatePath } from '../graduates/paths';

/** The «Партнёры» section: the directory of organisations and the referrals made. */
export const PARTNERS_PATH = '/partners';

/** The card's tab key: `/graduates/:id?tab=referrals`. */
export const REFERRALS_TAB = 'referrals';

/** The «Направления» tab of a graduate's card. */
export function graduateReferralsPath(graduateId: string): string {
  return `${graduatePath(graduateId)}?tab=${REFERRALS_TAB}`;
}

/** The «Согласие» tab of a graduate's card, where the consent to share is recorded. */
export function graduateConsentPath(graduateId: string): string {
  return `${graduatePath(graduateId)}?tab=consent`;
}

/** The section's referrals view (optionally of one status). */
export const referralsViewPath = () => `${PARTNERS_PATH}?view=referrals`;

/** The directory with one partner's card open. */
export const partnerPath = (partnerId: string) =>
  `${PARTNERS_PATH}?partner=${encodeURIComponent(partnerId)}`;
