import { existsSync } from 'node:fs';

/** Where the product runs and who administers it: set by the test run's global setup. */
export function productEnvironment() {
  const { POSTCARE_URL, POSTCARE_ADMIN_LOGIN, POSTCARE_ADMIN_PASSWORD } = process.env;
  if (!POSTCARE_URL || !POSTCARE_ADMIN_LOGIN || !POSTCARE_ADMIN_PASSWORD) {
    throw new Error('POSTCARE_URL, POSTCARE_ADMIN_LOGIN and POSTCARE_ADMIN_PASSWORD must be set');
  }
  return {
    baseUrl: POSTCARE_URL.replace(/\/$/, ''),
    admin: { login: POSTCARE_ADMIN_LOGIN, password: POSTCARE_ADMIN_PASSWORD },
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Whether browser tests can run here. Without Chromium they are skipped with a warning,
 * unless E2E_REQUIRE_BROWSER=1 asks for them to fail instead.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH or install chromium)`;
  if (process.env.E2E_REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(`WARNING: ${message}; the web browser tests are SKIPPED.`);
  return false;
}
