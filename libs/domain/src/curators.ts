import type { Labels } from './label';

/** A volunteer curator's statuses, in the order a curator moves through them. */
export const CURATOR_STATUSES = [
  'candidate',
  'trained',
  'approved',
  'active',
  'paused',
  'left',
] as const;
export type CuratorStatus = (typeof CURATOR_STATUSES)[number];
export const CURATOR_STATUS_LABELS: Labels<CuratorStatus> = {
  candidate: { ru: 'кандидат', en: 'candidate' },
  trained: { ru: 'обучен', en: 'trained' },
  approved: { ru: 'утверждён', en: 'approved' },
  active: { ru: 'работает', en: 'active' },
  paused: { ru: 'приостановлен', en: 'paused' },
  left: { ru: 'выбыл', en: 'left' },
};
