import type { Labels } from './label';

/** A data subject's request (152-FZ): Art. 14 access to what is held, Art. 21 correction. */
export const SUBJECT_REQUEST_KINDS = ['access', 'correction'] as const;
export type SubjectRequestKind = (typeof SUBJECT_REQUEST_KINDS)[number];
export const SUBJECT_REQUEST_KIND_LABELS: Labels<SubjectRequestKind> = {
  access: { ru: 'сведения', en: 'access' },
  correction: { ru: 'уточнение', en: 'correction' },
};

/** How the request reached the institution. */
export const SUBJECT_REQUEST_CHANNELS = [
  'in_person',
  'post',
  'electronic',
  'representative',
] as const;
export type SubjectRequestChannel = (typeof SUBJECT_REQUEST_CHANNELS)[number];
export const SUBJECT_REQUEST_CHANNEL_LABELS: Labels<SubjectRequestChannel> = {
  in_person: { ru: 'лично', en: 'in person' },
  post: { ru: 'почтой', en: 'by post' },
  electronic: { ru: 'электронно', en: 'electronically' },
  representative: { ru: 'через представителя', en: 'through a representative' },
};
