/**
 * The reports feature (001 §8.3–8.4.2, 000 §4.10): what the app wires in.
 * - `reportsRoutes`: the «Отчёты» section at /reports, /reports/:id, /reports/:id/versions/:n
 * - `regionalRoutes`: the regional user's pages at /regional, /regional/reports/:id, /regional/summary
 */
export { regionalRoutes, reportsRoutes } from './routes';
export { REGIONAL_PATH, REGIONAL_SUMMARY_PATH, REPORTS_PATH, reportPath } from './paths';
