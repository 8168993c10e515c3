import { EntityManager, In } from 'typeorm';
import { Consent } from './consent.entity';

export type ConsentState = 'none' | 'current' | 'withdrawn';

/**
 * A consent is current from its signing day until (not including) its withdrawal day, and
 * up to (including) the last day it was given for. A withdrawal dated ahead takes effect
 * on that day: until then the consent counts.
 */
export function isCurrent(
  consent: Pick<Consent, 'allowsProcessing' | 'signedOn' | 'withdrawnOn' | 'validUntil'>,
  on: string,
): boolean {
  return (
    consent.allowsProcessing &&
    consent.signedOn <= on &&
    (!consent.withdrawnOn || consent.withdrawnOn > on) &&
    (!consent.validUntil || consent.validUntil >= on)
  );
}

/** The processing-consent state of each graduate on the day `on`. */
export async function consentStates(
  manager: EntityManager,
  graduateIds: string[],
  on: string,
): Promise<Map<string, ConsentState>> {
  const states = new Map<string, ConsentState>(graduateIds.map((id) => [id, 'none']));
  if (graduateIds.length === 0) return states;
  const consents = await manager.find(Consent, {
    where: { graduateId: In(graduateIds), allowsProcessing: true },
  });
  for (const consent of consents) {
    if (isCurrent(consent, on)) states.set(consent.graduateId, 'current');
    else if (
      states.get(consent.graduateId) !== 'current' &&
      consent.withdrawnOn &&
      consent.withdrawnOn <= on
    )
      states.set(consent.graduateId, 'withdrawn');
  }
  return states;
}
