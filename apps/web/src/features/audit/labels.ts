import type { TFunction } from 'i18next';

type AuditT = TFunction<'audit'>;

/*
 * Actions and kinds of record are open lists (each module adds its own); one without a
 * translation is shown under its own name. The casts only widen the typed key.
 */

/** «Просмотр», «Изменение» … for an action. */
export const actionLabel = (t: AuditT, action: string): string =>
  t(`actions.${action}` as 'actions.read', { defaultValue: action });

/** «Личное дело», «Согласие» … for a kind of record. */
export const entityLabel = (t: AuditT, entity: string): string =>
  t(`entities.${entity}` as 'entities.graduate', { defaultValue: entity });
