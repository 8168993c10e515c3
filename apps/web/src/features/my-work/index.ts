/**
 * The «Моя работа» feature: what the app wires in.
 * - `myWorkRoutes`: the page at /my-work (graduates.read)
 * - `MyWorkPage`: the page itself
 * - `myWorkRu` / `myWorkEn`: the `myWork` i18n namespace
 */
export { myWorkRoutes } from './routes';
export { MyWorkPage } from './MyWorkPage';
export { MY_WORK_PATH } from './paths';
export { default as myWorkEn } from './i18n/en.json';
export { default as myWorkRu } from './i18n/ru.json';
