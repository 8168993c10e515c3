import { IdentityDocumentKind } from '../identity-documents/identity-document-kind';
import { RelativeKind } from '../relatives/relative.entity';

export const RELATIVE_KIND_LABELS: Record<RelativeKind, string> = {
  mother: 'мать',
  father: 'отец',
  sibling: 'брат или сестра',
  grandparent: 'бабушка или дедушка',
  other_relative: 'другой родственник',
  former_guardian: 'бывший опекун или приёмный родитель',
  significant_adult: 'значимый взрослый',
};

export const DOCUMENT_KIND_LABELS: Record<IdentityDocumentKind, string> = {
  passport: 'паспорт РФ',
  birth_certificate: 'свидетельство о рождении',
  snils: 'СНИЛС',
  inn: 'ИНН',
  medical_policy: 'полис ОМС',
  military_id: 'военный билет',
  other: 'другой документ',
};
