import {
  LIFE_DOMAINS as DOMAIN_LIFE_DOMAINS,
  LIFE_DOMAIN_LABELS as WORDS,
  russianWords,
  type EnumMatches,
} from '@postcare/domain';

/**
 * The life domains of a graduate's situation (000 §4.5–4.8, DOMAIN.md workflow 5): the
 * goals of an individual plan and, later, the monitoring assessments use this one list.
 * The order is the order shown to users and in documents.
 */
export enum LifeDomain {
  Housing = 'housing',
  Documents = 'documents',
  Education = 'education',
  Employment = 'employment',
  Health = 'health',
  Family = 'family',
  Finances = 'finances',
  Legal = 'legal',
  Leisure = 'leisure',
  RiskBehaviour = 'risk_behaviour',
}

/** Codes and words live in @postcare/domain; the enum serves TypeORM and Swagger. */
export const LIFE_DOMAIN_MATCHES_DOMAIN = true satisfies EnumMatches<
  LifeDomain,
  (typeof DOMAIN_LIFE_DOMAINS)[number]
>;

/** Russian words as documents and messages print them, each standing first (capitalised). */
export const LIFE_DOMAIN_LABELS = russianWords(WORDS, { capitalised: true });

export const LIFE_DOMAINS = Object.values(LifeDomain);
