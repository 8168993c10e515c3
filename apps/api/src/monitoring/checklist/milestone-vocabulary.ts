import {
  MILESTONE_LABELS as LABELS,
  MILESTONE_STATUSES,
  MILESTONES,
  russianWords,
  type EnumMatches,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

/** The milestones of living on one's own (comparable systems' independence checklists). */
export enum Milestone {
  Passport = 'passport',
  Snils = 'snils',
  MedicalPolicy = 'medical_policy',
  Inn = 'inn',
  Registration = 'registration',
  MilitaryRegistration = 'military_registration',
  BankAccount = 'bank_account',
  Housing = 'housing',
  HousingQueue = 'housing_queue',
  Income = 'income',
  HealthCheck = 'health_check',
  EducationFinished = 'education_finished',
  TrustedAdult = 'trusted_adult',
}

export const MILESTONE_MATCHES_DOMAIN = true satisfies EnumMatches<
  Milestone,
  (typeof MILESTONES)[number]
>;

/** Russian words as the API's checklist sends them; codes and words live in @postcare/domain. */
export const MILESTONE_LABELS = russianWords(LABELS, { capitalised: true });

export enum MilestoneStatus {
  NotStarted = 'not_started',
  InProgress = 'in_progress',
  Done = 'done',
  NotNeeded = 'not_needed',
}
export const MILESTONE_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  MilestoneStatus,
  (typeof MILESTONE_STATUSES)[number]
>;
