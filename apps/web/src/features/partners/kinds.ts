import { PARTNER_KIND_LABELS } from '@postcare/domain';
import { useLabel } from '../../shared/vocabulary/useLabel';
import { PARTNER_KINDS, type PartnerKind } from './vocabulary';

/**
 * The name of a kind of organisation, e.g. «Центр занятости»: the same words as the consent
 * form's, since a referral is allowed when the consent names the same kind.
 */
export function usePartnerKindLabel(): (kind: PartnerKind) => string {
  const labelOf = useLabel();
  return (kind) => labelOf(PARTNER_KIND_LABELS, kind);
}

/** The kinds as picker options, in the shared order. */
export function usePartnerKindOptions(): { value: PartnerKind; label: string }[] {
  const label = usePartnerKindLabel();
  return PARTNER_KINDS.map((value) => ({ value, label: label(value) }));
}
