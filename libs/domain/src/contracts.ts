import type { Labels } from './label';

export const CONTRACT_KINDS = ['support', 'preliminary'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const CONTRACT_KIND_LABELS: Labels<ContractKind> = {
  support: { ru: 'договор о постинтернатном сопровождении', en: 'post-care support contract' },
  preliminary: { ru: 'предварительный договор', en: 'preliminary contract' },
};

export const CONTRACT_STATUSES = ['draft', 'active', 'ended', 'discarded'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const CONTRACT_STATUS_LABELS: Labels<ContractStatus> = {
  draft: { ru: 'черновик', en: 'draft' },
  active: { ru: 'действует', en: 'in force' },
  ended: { ru: 'прекращён', en: 'ended' },
  discarded: { ru: 'отменён', en: 'discarded' },
};

/** Why a contract ended; `superseded` is set by the system, the others are chosen by staff. */
export const CONTRACT_END_REASONS = [
  'term_expired',
  'graduate_request',
  'age_limit',
  'goals_reached',
  'moved_away',
  'lost_contact',
  'death',
  'other',
  'superseded',
] as const;
export type ContractEndReason = (typeof CONTRACT_END_REASONS)[number];
export const CONTRACT_END_REASON_LABELS: Labels<ContractEndReason> = {
  term_expired: { ru: 'истёк срок договора', en: 'the term expired' },
  graduate_request: { ru: 'по заявлению выпускника', en: "at the graduate's request" },
  age_limit: { ru: 'достижение предельного возраста', en: 'age limit reached' },
  goals_reached: { ru: 'цели сопровождения достигнуты', en: 'goals of support reached' },
  moved_away: { ru: 'переезд в другой регион', en: 'the graduate moved away' },
  lost_contact: { ru: 'утрата связи с выпускником', en: 'contact lost' },
  death: { ru: 'смерть выпускника', en: 'death of the graduate' },
  other: { ru: 'иное', en: 'other' },
  superseded: { ru: 'заключён договор о сопровождении', en: 'replaced by a support contract' },
};

/** Individual support plan (ИПС) review states. */
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Labels<PlanStatus> = {
  draft: { ru: 'черновик', en: 'draft' },
  submitted: { ru: 'на утверждении', en: 'awaiting approval' },
  approved: { ru: 'утверждён', en: 'approved' },
  returned: { ru: 'возвращён на доработку', en: 'returned for rework' },
};

export const ACTIVITY_STATUSES = ['planned', 'moved', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Labels<ActivityStatus> = {
  planned: { ru: 'запланировано', en: 'planned' },
  moved: { ru: 'перенесено', en: 'moved' },
  done: { ru: 'выполнено', en: 'done' },
  cancelled: { ru: 'отменено', en: 'cancelled' },
};
