import type { Permission } from '@postcare/api-client';
import { REGIONAL_PATH, REGIONAL_SUMMARY_PATH } from '../../features/reports/paths';

/** The work sections of the product, in menu order. Each has its own route. */
export const SECTIONS = [
  'my-work',
  'graduates',
  'appeals',
  'contracts',
  'plans',
  'monitoring',
  'partners',
  'curators',
  'events',
  'work-plans',
  'reports',
  'retention',
  'audit',
] as const;

export type Section = (typeof SECTIONS)[number];

export const sectionPath = (section: Section) => `/${section}`;

/** Built sections a user sees in the menu only with the permission to read them. */
export const SECTION_PERMISSIONS: Partial<Record<Section, Permission>> = {
  'my-work': 'graduates.read',
  contracts: 'contracts.read',
  plans: 'plans.read',
  monitoring: 'monitoring.read',
  partners: 'partners.read',
  curators: 'curators.read',
  events: 'events.read',
  'work-plans': 'work-plans.read',
  reports: 'reports.read',
  retention: 'privacy.retention',
  audit: 'audit.read',
};

/**
 * A regional user (regional centre, guardianship committee) works only with the reports of
 * the institutions they oversee: these pages are their whole menu.
 */
export const REGIONAL_PAGES = [
  { key: 'regionalReports', path: REGIONAL_PATH },
  { key: 'regionalSummary', path: REGIONAL_SUMMARY_PATH },
] as const;
