import type { Permission } from '@postcare/api-client';

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
};
