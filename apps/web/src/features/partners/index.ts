/**
 * The partners feature (000 §1.5, 001 §5.6): what the app wires in.
 * - `GraduateReferralsTab`: the «Направления» tab of the graduate card (`?tab=referrals`)
 * - `partnersRoutes`: the «Партнёры» section at /partners
 * - `partnersRu` / `partnersEn`: the `partners` i18n namespace
 */
export { GraduateReferralsTab } from './referrals/GraduateReferralsTab';
export { partnersRoutes } from './routes';
export { PARTNERS_PATH, REFERRALS_TAB, graduateReferralsPath } from './paths';
export { default as partnersEn } from './i18n/en.json';
export { default as partnersRu } from './i18n/ru.json';
