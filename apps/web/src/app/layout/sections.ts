/** The work sections of the product, in menu order. Each has its own route. */
export const SECTIONS = [
  'graduates',
  'appeals',
  'contracts',
  'plans',
  'monitoring',
  'curators',
  'reports',
] as const;

export type Section = (typeof SECTIONS)[number];

export const sectionPath = (section: Section) => `/${section}`;
