import { GRADUATE_FILE_KINDS, type EnumMatches } from '@postcare/domain';

// Codes and words live in @postcare/domain; this enum serves TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` line stops the build when the enum and its vocabulary differ.

export enum GraduateFileKind {
  /** Portrait photo (000 §8.3). */
  Portrait = 'portrait',
  /** Full-height photo (000 §8.3). */
  FullHeight = 'full_height',
  Document = 'document',
  ConsentScan = 'consent_scan',
  /** The signed paper copy of a support contract (uploaded through the contract). */
  ContractScan = 'contract_scan',
  /** A letter to the guardianship body or its answer (uploaded through the notice). */
  NoticeScan = 'notice_scan',
}
export const GRADUATE_FILE_KIND_MATCHES_DOMAIN = true satisfies EnumMatches<
  GraduateFileKind,
  (typeof GRADUATE_FILE_KINDS)[number]
>;
