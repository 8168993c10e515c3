import type { Browser, Locator, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Opens an antd select and picks the option with this text. */
async function pick(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

describeInBrowser('web: no work is lost on a long form', () => {
  const run = Date.now().toString(36);
  const specialist = {
    login: `spec.unsaved.${run}`,
    password: 'Клюква-Рассвет-6093',
    fullName: 'Ларионова Вера Павловна',
    position: 'Социальный педагог',
  };
  // A birth date of this run, so a re-run on the same database is no duplicate.
  const day = String((Date.now() % 28) + 1).padStart(2, '0');
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    let admin: { login: string; password: string };
    ({ baseUrl, admin } = productEnvironment());
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Центр «Черновик» № ${run}`);
    await api.createUser({ ...specialist, role: 'specialist', institutionId: institution.id });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks before leaving a half-filled personal file, keeps it over a reload, and forgets it once saved', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/new`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.waitForURL(/\/graduates\/new$/);
    const form = page.getByTestId('graduate-create-form');
    // The specialist who registers the person is their specialist unless changed.
    await form.getByText(specialist.fullName).waitFor();

    await form.getByLabel('Фамилия', { exact: true }).fill('Мельникова');
    await form.getByLabel('Имя', { exact: true }).fill('Алина');

    // A menu link: the app asks first; staying keeps what was typed.
    await page.getByRole('link', { name: 'Журнал обращений' }).click();
    const dialog = page.getByRole('dialog', { name: 'Уйти без сохранения?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Остаться' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/graduates/new');
    expect(await form.getByLabel('Фамилия', { exact: true }).inputValue()).toBe('Мельникова');

    // A reload: the browser asks too, and the draft comes back with a notice.
    const asked: string[] = [];
    page.once('dialog', (question) => {
      asked.push(question.type());
      void question.accept();
    });
    await page.reload();
    await page.getByTestId('draft-restored').getByText('Восстановлен черновик').waitFor();
    expect(asked).toEqual(['beforeunload']);
    expect(await form.getByLabel('Фамилия', { exact: true }).inputValue()).toBe('Мельникова');
    expect(await form.getByLabel('Имя', { exact: true }).inputValue()).toBe('Алина');

    // Finished and saved: the card opens without a question and the draft is gone.
    await form.getByLabel('Отчество', { exact: true }).fill('Игоревна');
    await form.getByText('Женский', { exact: true }).click();
    const birth = form.getByLabel('Дата рождения', { exact: true });
    await birth.fill(`${day}.05.2006`);
    await birth.press('Enter');
    await pick(page, form.getByLabel('Правовой статус', { exact: true }), 'Сирота');
    await form.getByRole('button', { name: 'Зарегистрировать', exact: true }).click();
    await page.waitForURL(/\/graduates\/[0-9a-f-]{36}$/);
    expect(
      await page.evaluate(() =>
        Object.keys(sessionStorage).filter((key) => key.startsWith('postcare.draft')),
      ),
    ).toEqual([]);

    await page.goto(`${baseUrl}/graduates/new`);
    await form.getByText(specialist.fullName).waitFor();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await form.getByLabel('Фамилия', { exact: true }).inputValue()).toBe('');

    // Leaving on purpose is one click away.
    await form.getByLabel('Фамилия', { exact: true }).fill('Черновая');
    await page.getByRole('link', { name: 'Журнал обращений' }).click();
    await dialog.getByRole('button', { name: 'Уйти без сохранения' }).click();
    await page.waitForURL(/\/appeals$/);

    expect(scriptErrors).toEqual([]);
  });
});
