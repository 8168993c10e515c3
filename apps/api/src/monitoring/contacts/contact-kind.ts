import { CONTACT_KINDS, CONTACT_OUTCOMES, type EnumMatches } from '@postcare/domain';

export enum ContactKind {
  HomeVisit = 'home_visit',
  StudyVisit = 'study_visit',
  WorkVisit = 'work_visit',
  OfficeMeeting = 'office_meeting',
  PhoneCall = 'phone_call',
  Message = 'message',
  TeacherContact = 'teacher_contact',
  EmployerContact = 'employer_contact',
  PartnerContact = 'partner_contact',
  Outreach = 'outreach',
}
/** Codes and words live in @postcare/domain; the enum serves TypeORM and Swagger. */
export const CONTACT_KIND_MATCHES_DOMAIN = true satisfies EnumMatches<
  ContactKind,
  (typeof CONTACT_KINDS)[number]
>;

export enum ContactOutcome {
  Held = 'held',
  /** The graduate refused the visit or the conversation. */
  Refused = 'refused',
  /** Nobody was found, the call was not answered. */
  Failed = 'failed',
}
export const CONTACT_OUTCOME_MATCHES_DOMAIN = true satisfies EnumMatches<
  ContactOutcome,
  (typeof CONTACT_OUTCOMES)[number]
>;
