import type { operations, Schemas } from '@postcare/api-client';

export type LifeDomain = Schemas['LifeDomain'];
export type Assessment = Schemas['AssessmentDto'];
export type DomainScore = Schemas['DomainScoreViewDto'];
export type SuggestedNotice = Schemas['SuggestedNoticeDto'];
export type DomainSeries = Schemas['DomainSeriesDto'];
export type Guidance = Schemas['GuidanceDto'];
export type DueAssessment = Schemas['DueAssessmentDto'];
export type SituationRecord = Schemas['SituationRecordDto'];
export type Contact = Schemas['ContactDto'];
export type ContactKind = Schemas['ContactKind'];
export type ContactOutcome = Schemas['ContactOutcome'];
export type ContactListQuery = NonNullable<operations['listContacts']['parameters']['query']>;
export type MilestoneItem = Schemas['MilestoneDto'];
export type Milestone = Schemas['Milestone'];
export type MilestoneStatus = Schemas['MilestoneStatus'];
export type Notice = Schemas['NoticeDto'];
export type NoticeTrigger = Schemas['NoticeTrigger'];
export type NoticeStatus = Schemas['NoticeStatus'];
export type NoticeMethod = Schemas['NoticeMethod'];
export type NoticeSource = Schemas['NoticeSource'];
export type NoticeListQuery = NonNullable<operations['listNotices']['parameters']['query']>;
export type NoticeState = NonNullable<NoticeListQuery['state']>;
export type DueState = NonNullable<
  NonNullable<operations['listDueAssessments']['parameters']['query']>['state']
>;

export { LIFE_DOMAINS } from '../../shared/vocabulary/lifeDomains';

/** The scale: 1 crisis, 2 vulnerable, 3 stable, 4 independent. */
export const SCORES = [1, 2, 3, 4] as const;
export type Score = (typeof SCORES)[number];

export const SCORE_COLORS: Record<Score, string> = {
  1: 'red',
  2: 'orange',
  3: 'blue',
  4: 'green',
};

/** Line and dot colours of the chart, readable on white (and by their labels, not colour alone). */
export const SCORE_HEX: Record<Score, string> = {
  1: '#cf1322',
  2: '#d46b08',
  3: '#1677ff',
  4: '#389e0d',
};

export const isScore = (value: number): value is Score => SCORES.includes(value as Score);

/** The shared vocabulary (codes and words in @postcare/domain). */
export {
  CONTACT_KINDS,
  CONTACT_OUTCOMES,
  MILESTONE_STATUSES,
  NOTICE_METHODS,
  NOTICE_TRIGGERS,
} from '@postcare/domain';

/** Contacts about study: attendance, results and the teacher's view (000 §4.6). */
export const STUDY_KINDS: readonly ContactKind[] = ['study_visit', 'teacher_contact'];
/** Contacts about work: attendance, results and the employer's view (000 §4.7). */
export const WORK_KINDS: readonly ContactKind[] = ['work_visit', 'employer_contact'];

/** Which side the counterpart's view comes from, or null for contacts without one. */
export function counterpartOf(kind: ContactKind | undefined): 'study' | 'work' | null {
  if (!kind) return null;
  if (STUDY_KINDS.includes(kind)) return 'study';
  if (WORK_KINDS.includes(kind)) return 'work';
  return null;
}

export const OUTCOME_COLORS: Record<ContactOutcome, string> = {
  held: 'green',
  refused: 'orange',
  failed: 'red',
};

/** The filters of the notices list, in the order the section shows them. */
export const NOTICE_STATES = [
  'to_send',
  'overdue',
  'sent',
  'answered',
  'cancelled',
] as const satisfies readonly NoticeState[];

export const NOTICE_STATUS_COLORS: Record<NoticeStatus, string> = {
  to_send: 'gold',
  sent: 'blue',
  answered: 'green',
  cancelled: 'default',
};

export const DUE_STATES = ['due', 'overdue'] as const satisfies readonly DueState[];

/** Scans of letters and answers: what the API accepts. */
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** Limits the API checks, mirrored in the forms. */
export const LIMITS = {
  scoreNote: 500,
  scoreFacts: 4000,
  reason: 1000,
  summary: 4000,
  nextSteps: 4000,
  attendance: 1000,
  results: 2000,
  counterpartView: 2000,
  participants: 10,
  activities: 20,
  milestoneNote: 500,
  finding: 4000,
  measures: 4000,
  recipient: 300,
  outgoingNumber: 50,
  answerText: 4000,
  scanBytes: 10 * 1024 * 1024,
} as const;
