/**
 * The typed client of the postcare API, generated from the committed OpenAPI spec
 * (`openapi.json` → `schema.d.ts` by openapi-typescript). Requests go through
 * openapi-fetch; React components use the TanStack Query hooks from openapi-react-query.
 * Do not edit schema.d.ts: regenerate with `npm run api:client`.
 */
import createFetchClient, { type ClientOptions, type Middleware } from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import type { components, operations, paths } from './schema';

export type { components, operations, paths, Middleware };
export type Schemas = components['schemas'];
export type Problem = Schemas['ProblemDto'];
export type Role = Schemas['Role'];
export type Permission = Schemas['Permission'];

export function createApiClient(options: ClientOptions = {}) {
  const fetchClient = createFetchClient<paths>(options);
  return { fetchClient, $api: createQueryHooks(fetchClient) };
}

export type ApiFetchClient = ReturnType<typeof createApiClient>['fetchClient'];
export type ApiQueryHooks = ReturnType<typeof createApiClient>['$api'];
