import type { Labels } from './label';

/** The users' roles (what each may do is the API's table of permissions). */
export const ROLES = [
  'head',
  'specialist',
  'curator',
  'supervisor',
  'regional',
  'admin',
  'integration',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Labels<Role> = {
  head: { ru: 'руководитель службы', en: 'head of service' },
  specialist: { ru: 'специалист', en: 'specialist' },
  curator: { ru: 'куратор', en: 'curator' },
  supervisor: { ru: 'руководство учреждения', en: 'institution management' },
  regional: { ru: 'региональный центр', en: 'regional centre' },
  admin: { ru: 'администратор', en: 'administrator' },
  integration: { ru: 'внешняя система (API)', en: 'external system (API)' },
};
