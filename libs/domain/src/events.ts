import type { Labels } from './label';

/** Kinds of group work with graduates (001 §3.1.2), in the order pickers show them. */
export const GROUP_EVENT_KINDS = [
  'training',
  'seminar',
  'master_class',
  'club_meeting',
  'evening',
  'excursion',
  'other',
] as const;
export type GroupEventKind = (typeof GROUP_EVENT_KINDS)[number];
export const GROUP_EVENT_KIND_LABELS: Labels<GroupEventKind> = {
  training: { ru: 'тренинг', en: 'training' },
  seminar: { ru: 'семинар', en: 'seminar' },
  master_class: { ru: 'мастер-класс', en: 'master class' },
  club_meeting: { ru: 'заседание клуба', en: 'club meeting' },
  evening: { ru: 'тематический вечер', en: 'themed evening' },
  excursion: { ru: 'экскурсия', en: 'excursion' },
  other: { ru: 'иное мероприятие', en: 'other event' },
};

/** An event is planned, then held (with the attendance) or cancelled (with the reason). */
export const GROUP_EVENT_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type GroupEventStatus = (typeof GROUP_EVENT_STATUSES)[number];
export const GROUP_EVENT_STATUS_LABELS: Labels<GroupEventStatus> = {
  scheduled: { ru: 'запланировано', en: 'scheduled' },
  held: { ru: 'проведено', en: 'held' },
  cancelled: { ru: 'отменено', en: 'cancelled' },
};
