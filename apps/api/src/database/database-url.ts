import { resolve } from 'node:path';
import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL in EMBEDDED_PG_DIR. */
export async function resolveDatabase(
  config: AppConfig,
  log: (m: string) => void,
): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const dataDir = resolve(config.EMBEDDED_PG_DIR);
  log(
    `DATABASE_URL is not set: starting the embedded PostgreSQL (${dataDir}, port ${config.EMBEDDED_PG_PORT})`,
  );
  const db = await startEmbeddedPostgres({
    dataDir,
    port: config.EMBEDDED_PG_PORT,
    database: 'postcare',
    log,
  });
  return { url: db.url, embedded: true, stop: db.stop };
}
