import { IDENTITY_DOCUMENT_KINDS, type EnumMatches } from '@postcare/domain';

export enum IdentityDocumentKind {
  Passport = 'passport',
  BirthCertificate = 'birth_certificate',
  Snils = 'snils',
  Inn = 'inn',
  MedicalPolicy = 'medical_policy',
  MilitaryId = 'military_id',
  Other = 'other',
}
/** Codes and words live in @postcare/domain; the enum serves TypeORM and Swagger. */
export const IDENTITY_DOCUMENT_KIND_MATCHES_DOMAIN = true satisfies EnumMatches<
  IdentityDocumentKind,
  (typeof IDENTITY_DOCUMENT_KINDS)[number]
>;
