import { useSearchParams } from 'react-router';
import {
  PARTNER_KINDS,
  REFERRAL_STATUSES,
  type PartnerKind,
  type ReferralStatus,
} from '../vocabulary';

export type PartnersView = 'directory' | 'referrals';

export interface PartnersParams {
  view: PartnersView;
  /** The directory: part of the name, the kind, archived ones too. */
  q?: string;
  kind?: PartnerKind;
  archived: boolean;
  /** The referrals: one status, or all. */
  status?: ReferralStatus;
  page: number;
  pageSize: number;
  /** The partner whose card is open. */
  partner?: string;
}

const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((item) => item === value);

/**
 * What the section shows lives in the address (`?view=referrals&status=sent`,
 * `?q=колледж&kind=education&partner=…`), so a list or a card can be reloaded and sent.
 */
export function usePartnersParams() {
  const [params, setParams] = useSearchParams();
  const current: PartnersParams = {
    view: params.get('view') === 'referrals' ? 'referrals' : 'directory',
    q: params.get('q')?.trim() || undefined,
    kind: oneOf(params.get('kind'), PARTNER_KINDS),
    archived: params.get('archived') === 'true',
    status: oneOf(params.get('status'), REFERRAL_STATUSES),
    page: positive(params.get('page'), 1),
    pageSize: positive(params.get('pageSize'), 20),
    partner: params.get('partner') || undefined,
  };

  const write = (changes: Record<string, string | undefined>) =>
    setParams((before) => {
      const next = new URLSearchParams(before);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });

  return {
    ...current,
    setView: (view: PartnersView) =>
      write({ view: view === 'directory' ? undefined : view, page: undefined }),
    /** Changing a filter starts again from the first page. */
    setFilters: (changes: {
      q?: string | null;
      kind?: PartnerKind | null;
      archived?: boolean;
      status?: ReferralStatus | null;
    }) =>
      write({
        ...Object.fromEntries(
          Object.entries(changes).map(([name, value]) => [
            name,
            value === true ? 'true' : value || undefined,
          ]),
        ),
        page: undefined,
      }),
    setPage: (page: number, pageSize: number) =>
      write({
        page: page > 1 ? String(page) : undefined,
        pageSize: pageSize !== 20 ? String(pageSize) : undefined,
      }),
    openPartner: (id: string | undefined) => write({ partner: id }),
  };
}
