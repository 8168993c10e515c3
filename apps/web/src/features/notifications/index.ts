/**
 * The notifications feature: what the app wires in.
 * - `NotificationBell`: the header's bell with the unread count and the list
 * - `notificationsRu` / `notificationsEn`: the `notifications` i18n namespace
 */
export { NotificationBell } from './NotificationBell';
export { default as notificationsEn } from './i18n/en.json';
export { default as notificationsRu } from './i18n/ru.json';
