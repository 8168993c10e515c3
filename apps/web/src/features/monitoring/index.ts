/**
 * The monitoring feature (000 §3.1, §4.5–4.8, 001 §3.1.2): what the app wires in.
 * - `MonitoringTab`: the «Мониторинг» tab of the graduate card (`?tab=monitoring`)
 * - `monitoringRoutes`: the «Мониторинг» section at /monitoring
 * - `CaseLog`: the case log, also an appeal's case notes (with `appealId`)
 * - `monitoringRu` / `monitoringEn`: the `monitoring` i18n namespace
 */
export { MonitoringTab } from './MonitoringTab';
export { CaseLog } from './contacts/CaseLog';
export { monitoringRoutes } from './routes';
export { MONITORING_PATH, MONITORING_TAB, graduateMonitoringPath } from './paths';
export { default as monitoringEn } from './i18n/en.json';
export { default as monitoringRu } from './i18n/ru.json';
