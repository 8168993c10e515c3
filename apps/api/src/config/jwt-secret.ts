import { createSecretKey, KeyObject, randomBytes } from 'node:crypto';
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

const keys = new Map<string, KeyObject>();

/**
 * JWT_SECRET as a key object, built once. Given the string, jsonwebtoken first tries to read
 * it as a PEM public key on every signature check, which cost a fifth of a small request's
 * CPU. Typed as Buffer because @nestjs/jwt's and passport-jwt's typings do not list
 * KeyObject, which jsonwebtoken accepts.
 */
export function jwtKey(config: AppConfig): Buffer {
  const secret = config.JWT_SECRET!;
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret))));
  return key as unknown as Buffer;
}
