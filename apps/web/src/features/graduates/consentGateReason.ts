import type { Schemas } from '@postcare/api-client';
import type { TFunction } from 'i18next';

/** Why consent-only information is closed for this file, in words for the user. */
export function consentGateReason(
  consent: Schemas['GraduateDto']['consent'],
  t: TFunction<'graduates'>,
): string {
  return consent === 'withdrawn' ? t('consentGate.withdrawn') : t('consentGate.noConsent');
}
