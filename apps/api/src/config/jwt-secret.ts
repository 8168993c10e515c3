import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppConfig } from './app-config';

/**
 * Without JWT_SECRET (development only; production refuses to start) a random key is
 * generated once and kept beside the embedded database, so sessions survive restarts.
 */
export function ensureJwtSecret(config: AppConfig): AppConfig {
  if (config.JWT_SECRET) return config;
  const file = resolve(dirname(resolve(config.EMBEDDED_PG_DIR)), 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  config.JWT_SECRET = readFileSync(file, 'utf8').trim();
  return config;
}
