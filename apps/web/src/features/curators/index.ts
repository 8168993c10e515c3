/**
 * The curators feature (000 §2.3.3, §4.9, §7.1.9; 001 §7.1): what the app wires in.
 * - `curatorsRoutes`: the «Кураторы» section at /curators
 * - `WorkingCuratorSelect` / `WorkingCuratorsSelect`: approved and working curators, for
 *   plan activities, case-log entries and group events
 * - `GraduateCuratorLine`: the current curator on a graduate's card
 * - `curatorsRu` / `curatorsEn`: the `curators` i18n namespace
 */
export { curatorsRoutes } from './routes';
export { CURATORS_PATH, curatorPath } from './paths';
export { WorkingCuratorSelect, WorkingCuratorsSelect } from './pickers/WorkingCuratorSelect';
export { useWorkingCurators } from './pickers/useWorkingCurators';
export { GraduateCuratorLine } from './assignments/GraduateCuratorLine';
export { default as curatorsEn } from './i18n/en.json';
export { default as curatorsRu } from './i18n/ru.json';
