import type { components } from '@postcare/api-client';

export type AuditEntry = components['schemas']['AuditEntryDto'];

/** Actions a head filters by; others (added by modules) still show under their own name. */
export const AUDIT_ACTIONS = [
  'read',
  'list',
  'create',
  'update',
  'archive',
  'download',
  'export',
  'import',
] as const;
