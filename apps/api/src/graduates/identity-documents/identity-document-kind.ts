export enum IdentityDocumentKind {
  Passport = 'passport',
  BirthCertificate = 'birth_certificate',
  Snils = 'snils',
  Inn = 'inn',
  MedicalPolicy = 'medical_policy',
  MilitaryId = 'military_id',
  Other = 'other',
}
