/**
 * The notifications feature: what the app wires in.
 * - `NotificationBell`: the header's bell with the unread count and the list
 * Its texts are the `notifications` i18n namespace (i18n/*.json), loaded on first use.
 */
export { NotificationBell } from './NotificationBell';
