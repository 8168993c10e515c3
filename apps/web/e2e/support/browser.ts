import { chromium, type Browser, type Page } from 'playwright-core';
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

/** A page in a fresh context (empty storage), recording uncaught script errors. */
export async function openPage(browser: Browser): Promise<{ page: Page; scriptErrors: Error[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // Generous: the whole suite shares a busy 2-core machine; speed is measured elsewhere.
  page.setDefaultTimeout(30_000);
  const scriptErrors: Error[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error));
  return { page, scriptErrors };
}

/** Signs in through the login form of the Russian interface. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('Логин', { exact: true }).fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByTestId('current-user-name').waitFor();
}
