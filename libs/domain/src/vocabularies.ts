import * as graduates from './graduates';
import type { Labels } from './label';

/** Every vocabulary as codes + words, so one test can check that no code lacks its words. */
export const VOCABULARIES: Readonly<
  Record<string, { codes: readonly string[]; labels: Labels<string> }>
> = {
  graduateStatus: { codes: graduates.GRADUATE_STATUSES, labels: graduates.GRADUATE_STATUS_LABELS },
  legalStatus: { codes: graduates.LEGAL_STATUSES, labels: graduates.LEGAL_STATUS_LABELS },
  sex: { codes: graduates.SEXES, labels: graduates.SEX_LABELS },
  relativeKind: { codes: graduates.RELATIVE_KINDS, labels: graduates.RELATIVE_KIND_LABELS },
  identityDocumentKind: {
    codes: graduates.IDENTITY_DOCUMENT_KINDS,
    labels: graduates.IDENTITY_DOCUMENT_KIND_LABELS,
  },
};
