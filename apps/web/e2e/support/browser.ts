import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { isJson, specMismatch } from '../../../../tools/testing/openapi-check';
import { CHROMIUM_PATH } from './environment';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page in a fresh context (empty storage), recording uncaught script errors and every
 * /api response that breaks the committed OpenAPI spec (both end up in `scriptErrors`).
 */
export async function openPage(
  browser: Browser,
  // Lets a test inject its own script (the axe-core checker) past the app's CSP.
  options: { bypassCSP?: boolean } = {},
): Promise<{ page: Page; scriptErrors: Error[] }> {
  // Reduced motion (the app honours it): dialogs appear at once, so on a busy machine a click
  // never lands on a modal still zooming in.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  // Generous: the whole suite shares a busy 2-core machine; speed is measured elsewhere.
  page.setDefaultTimeout(30_000);
  const scriptErrors: Error[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error));
  page.on('response', (response) => void checkApiResponse(response, scriptErrors));
  return { page, scriptErrors };
}

async function checkApiResponse(response: Response, errors: Error[]): Promise<void> {
  const url = new URL(response.url());
  if (!url.pathname.startsWith('/api/') || url.pathname.startsWith('/api/docs')) return;
  const contentType = response.headers()['content-type'] ?? '';
  const text = isJson(contentType) ? await response.text().catch(() => null) : '';
  // The body is gone when the page navigated away before it was read: nothing to check.
  if (text === null || (isJson(contentType) && text === '' && response.status() !== 204)) return;
  const mismatch = specMismatch({
    method: response.request().method(),
    path: url.pathname,
    status: response.status(),
    contentType,
    body: text ? JSON.parse(text) : undefined,
    hasBody: text !== '' || Number(response.headers()['content-length'] ?? 0) > 0,
  });
  if (mismatch) errors.push(new Error(mismatch));
}

/** Signs in through the login form of the Russian interface. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('Логин', { exact: true }).fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByTestId('current-user-name').waitFor();
}
