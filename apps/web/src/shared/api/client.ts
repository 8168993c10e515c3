import { createApiClient } from '@postcare/api-client';
import { createAuthMiddleware } from './authMiddleware';
import { createSessionRefresh } from './sessionRefresh';

/** The one API client of the SPA: same origin, every path starts with /api. */
export const { fetchClient, $api } = createApiClient({ baseUrl: '' });

export const refreshSession = createSessionRefresh(fetchClient);

fetchClient.use(createAuthMiddleware(refreshSession));
