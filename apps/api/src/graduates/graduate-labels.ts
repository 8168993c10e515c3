import { GraduateStatus, LegalStatus, Sex } from './graduate.entity';
import { IdentityDocumentKind } from './identity-documents/identity-document-kind';
import { RelativeKind } from './relatives/relative.entity';

/** Russian words for a personal file's values, as printed in documents and spreadsheets. */

export const GRADUATE_STATUS_LABELS: Readonly<Record<GraduateStatus, string>> = {
  preparing: 'готовится к выпуску',
  under_support: 'на сопровождении',
  one_off: 'разовая помощь',
  ended: 'сопровождение прекращено',
};

export const LEGAL_STATUS_LABELS: Readonly<Record<LegalStatus, string>> = {
  orphan: 'ребёнок-сирота',
  without_parental_care: 'ребёнок, оставшийся без попечения родителей',
  from_among: 'лицо из числа детей-сирот и детей, оставшихся без попечения родителей',
};

export const SEX_LABELS: Readonly<Record<Sex, string>> = { male: 'мужской', female: 'женский' };

export const RELATIVE_KIND_LABELS: Readonly<Record<RelativeKind, string>> = {
  mother: 'мать',
  father: 'отец',
  sibling: 'брат или сестра',
  grandparent: 'бабушка или дедушка',
  other_relative: 'другой родственник',
  former_guardian: 'бывший опекун или приёмный родитель',
  significant_adult: 'значимый взрослый',
};

export const DOCUMENT_KIND_LABELS: Readonly<Record<IdentityDocumentKind, string>> = {
  passport: 'паспорт РФ',
  birth_certificate: 'свидетельство о рождении',
  snils: 'СНИЛС',
  inn: 'ИНН',
  medical_policy: 'полис ОМС',
  military_id: 'военный билет',
  other: 'другой документ',
};
