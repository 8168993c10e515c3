// Once per `jest` run: a PostgreSQL server (DATABASE_URL's, or an embedded one), a fresh
// database, and the compiled API on it. Tests reach it through the POSTCARE_* variables.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startDatabaseServer, createDatabase, startApi } = require('./server.cjs');

export default async function globalSetup() {
  const server = await startDatabaseServer();
  const database = await createDatabase(server.serverUrl);
  const api = await startApi(database.url);
  globalThis.__postcare = { server, database, api };
  Object.assign(process.env, {
    POSTCARE_URL: api.url,
    POSTCARE_ADMIN_LOGIN: api.settings.ADMIN_LOGIN,
    POSTCARE_ADMIN_PASSWORD: api.settings.ADMIN_PASSWORD,
    POSTCARE_JWT_SECRET: api.settings.JWT_SECRET,
    POSTCARE_DB_URL: database.url,
    POSTCARE_PG_SERVER_URL: server.serverUrl,
  });
}
