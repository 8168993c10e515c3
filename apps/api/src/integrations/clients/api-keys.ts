import { createHash, randomBytes } from 'node:crypto';

/** Keys look like `pck_<43 characters>`: recognisable in logs and secret scanners. */
export const KEY_PREFIX = 'pck_';
const DISPLAY_LENGTH = 12;

export const looksLikeApiKey = (value: string) =>
  value.startsWith(KEY_PREFIX) && value.length > KEY_PREFIX.length + 20 && value.length < 128;

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function newApiKey(): { secret: string; prefix: string; hash: string } {
  const secret = KEY_PREFIX + randomBytes(32).toString('base64url');
  return { secret, prefix: secret.slice(0, DISPLAY_LENGTH), hash: hashApiKey(secret) };
}
