import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, type PartnerKind } from './vocabulary';

/**
 * The name of a kind of organisation, e.g. «Центр занятости». The labels are those of the
 * consent form (`graduates:partnerKinds`): a referral is allowed when the consent names the
 * same kind, so both must read the same.
 */
export function usePartnerKindLabel(): (kind: PartnerKind) => string {
  const { t } = useTranslation('graduates');
  return (kind) => t(`partnerKinds.${kind}`);
}

/** The kinds as picker options, in the shared order. */
export function usePartnerKindOptions(): { value: PartnerKind; label: string }[] {
  const label = usePartnerKindLabel();
  return PARTNER_KINDS.map((value) => ({ value, label: label(value) }));
}
