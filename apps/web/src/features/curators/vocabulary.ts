import type { operations, Schemas } from '@postcare/api-client';

export type Curator = Schemas['CuratorDto'];
export type CuratorStatus = Schemas['CuratorStatus'];
export type Assignment = Schemas['CuratorAssignmentDto'];
export type Consultation = Schemas['ConsultationDto'];
export type TrainingSession = Schemas['TrainingSessionDto'];
export type CuratorListQuery = NonNullable<operations['listCurators']['parameters']['query']>;
export type TrainingListQuery = NonNullable<
  operations['listCuratorTrainings']['parameters']['query']
>;

/** The statuses in the order a curator moves through them (codes and words in @postcare/domain). */
export { CURATOR_STATUSES } from '@postcare/domain';

export const CURATOR_STATUS_COLORS: Record<CuratorStatus, string> = {
  candidate: 'blue',
  trained: 'cyan',
  approved: 'gold',
  active: 'green',
  paused: 'orange',
  left: 'default',
};

/** Curators who may be given graduates, plan activities, case-log entries and events. */
export const WORKING_STATUSES = ['approved', 'active'] as const satisfies readonly CuratorStatus[];

export const isWorking = (status: CuratorStatus) =>
  (WORKING_STATUSES as readonly CuratorStatus[]).includes(status);

/** A curator who left keeps a read-only card. */
export const isLeft = (curator: Pick<Curator, 'status'>) => curator.status === 'left';

/** Steps staff take by hand; training and activation happen on their own. */
export type CuratorStep = 'approve' | 'pause' | 'resume' | 'leave';

/** The statuses each step starts from (the API's transition table). */
export const STEP_FROM: Record<CuratorStep, readonly CuratorStatus[]> = {
  approve: ['trained'],
  pause: ['active'],
  resume: ['paused'],
  leave: ['candidate', 'trained', 'approved', 'active', 'paused'],
};

/** An account is given once, to an approved curator (working or paused). */
export const ACCOUNT_FROM: readonly CuratorStatus[] = ['approved', 'active', 'paused'];

/** The documents the head's approval needs (the API answers 409 `documents-missing`). */
export const REQUIRED_DOCUMENTS = ['recordCheckOn', 'consentOn'] as const;
export type RequiredDocument = (typeof REQUIRED_DOCUMENTS)[number];

export const missingDocuments = (curator: Curator): RequiredDocument[] =>
  REQUIRED_DOCUMENTS.filter((field) => !curator[field]);

/** Limits the API checks, mirrored in the forms. */
export const LIMITS = {
  name: 100,
  phone: 30,
  email: 200,
  occupation: 300,
  source: 300,
  recordCheckNumber: 50,
  note: 2000,
  search: 100,
  reason: 1000,
  login: 64,
  loginMin: 3,
  goal: 1000,
  goalMin: 2,
  topic: 300,
  topicMin: 2,
  trainer: 200,
  hoursMin: 1,
  hoursMax: 12,
  notes: 4000,
  attendees: 100,
} as const;

/** Names and phones as the API checks them (as for graduates). */
export { NAME_PATTERN, PHONE_PATTERN } from '../graduates/vocabulary';

/** Logins: latin letters, digits, dot, dash, underscore. */
export const LOGIN_PATTERN = /^[A-Za-z0-9._-]+$/;
