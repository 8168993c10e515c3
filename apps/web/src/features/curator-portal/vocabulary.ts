import type { Schemas } from '@postcare/api-client';
import dayjs from 'dayjs';

export type MyGraduate = Schemas['PortalGraduateDto'];
export type MyGraduateCard = Schemas['PortalGraduateCardDto'];
export type MyActivity = Schemas['PortalActivityDto'];
export type MyContact = Schemas['PortalContactDto'];
export type ContactKind = Schemas['ContactKind'];
export type ContactOutcome = Schemas['ContactOutcome'];

/**
 * The kinds of contact a curator records (the API refuses the staff's other kinds) and how a
 * contact went: codes and words in @postcare/domain.
 */
export { CONTACT_OUTCOMES, CURATOR_CONTACT_KINDS } from '@postcare/domain';

export const OUTCOME_COLORS: Record<ContactOutcome, string> = {
  held: 'green',
  refused: 'orange',
  failed: 'default',
};

/** Planned and moved activities are still to be done. */
export const isOpen = (activity: Pick<MyActivity, 'status'>) =>
  activity.status === 'planned' || activity.status === 'moved';

/** Limits the API checks, mirrored in the forms. */
export const LIMITS = { summary: 4000, nextSteps: 4000, result: 2000 } as const;

/**
 * Now on the phone, as native date-and-time inputs take it (YYYY-MM-DDTHH:mm): a contact's
 * moment is an instant, so the phone's own clock is right for it. Days ("done on") are the
 * institution's (`useInstitutionToday`).
 */
export const localNow = () => dayjs().format('YYYY-MM-DDTHH:mm');

/** A tel: address from a phone as written (+7 914 000-00-00 → tel:+79140000000). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** A messenger or social network written as an address becomes a link; anything else stays text. */
export function messengerHref(value: string): string | null {
  const text = value.trim();
  if (/^https?:\/\//i.test(text)) return text;
  if (/^(t\.me|vk\.com|wa\.me|ok\.ru|max\.ru)\//i.test(text)) return `https://${text}`;
  return null;
}
