/**
 * A volunteer curator's own pages: what the app wires in.
 * - `curatorPortalRoutes`: /my-graduates and /my-graduates/:id (`curator.portal`)
 * - `MY_GRADUATES_PATH`: where a curator lands after signing in
 * - `curatorPortalRu` / `curatorPortalEn`: the `curatorPortal` i18n namespace
 */
export { curatorPortalRoutes } from './routes';
export { MY_GRADUATES_PATH } from './paths';
export { default as curatorPortalEn } from './i18n/en.json';
export { default as curatorPortalRu } from './i18n/ru.json';
