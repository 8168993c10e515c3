import type { Labels } from './label';

/** What a file of the personal file is: photos (000 §8.3), documents and scans of records. */
export const GRADUATE_FILE_KINDS = [
  'portrait',
  'full_height',
  'document',
  'consent_scan',
  'contract_scan',
  'notice_scan',
] as const;
export type GraduateFileKind = (typeof GRADUATE_FILE_KINDS)[number];
export const GRADUATE_FILE_KIND_LABELS: Labels<GraduateFileKind> = {
  portrait: { ru: 'портрет', en: 'portrait' },
  full_height: { ru: 'фото в полный рост', en: 'full-height photo' },
  document: { ru: 'документ', en: 'document' },
  consent_scan: { ru: 'скан согласия', en: 'consent scan' },
  contract_scan: { ru: 'скан договора', en: 'contract scan' },
  notice_scan: { ru: 'скан уведомления органа опеки', en: 'scan of a guardianship notice' },
};
