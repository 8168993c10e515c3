import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('web: dictionaries administration', () => {
  let browser: Browser;
  let env: ReturnType<typeof productEnvironment>;

  beforeAll(async () => {
    env = productEnvironment();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('adds a kind of help, renames it, moves it up and retires it; it stays listed as retired', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${env.baseUrl}/admin/dictionaries`);
    await signIn(page, env.admin.login, env.admin.password);
    await page.getByRole('heading', { level: 1, name: 'Справочники' }).waitFor();
    await page.getByRole('tab', { name: 'Виды помощи' }).click();
    const table = page.getByTestId('dictionary-service-kind');
    await table.locator('tbody tr').first().waitFor();

    const code = `help_${Date.now().toString(36)}`;
    await page.getByRole('button', { name: 'Добавить запись' }).click();
    const form = page.getByTestId('dictionary-entry-form');
    await form.getByLabel('Название').fill('Помощь с оформлением пенсии');
    await form.getByLabel('Код').fill('Неверный код');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await form.getByText('Только строчная латиница').waitFor();
    await form.getByLabel('Код').fill(code);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const row = table.locator('tbody tr', { hasText: 'Помощь с оформлением пенсии' });
    await row.waitFor();
    // A new entry goes to the end of the list.
    expect(await table.locator('tbody tr').last().textContent()).toContain(code);

    await row.getByRole('button', { name: 'Переименовать' }).click();
    await form.getByLabel('Название').fill('Помощь в оформлении пенсии по потере кормильца');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const renamed = table.locator('tbody tr', { hasText: 'по потере кормильца' });
    await renamed.waitFor();

    await renamed.getByRole('button', { name: /^Выше:/ }).click();
    await page.waitForFunction((c) => {
      const rows = [
        ...document.querySelectorAll('[data-testid="dictionary-service-kind"] tbody tr'),
      ];
      return rows.length > 1 && !rows[rows.length - 1].textContent?.includes(c);
    }, code);

    await renamed.getByRole('button', { name: 'Вывести из употребления' }).click();
    await renamed.getByText('Выведена из употребления').waitFor();
    await renamed.getByRole('button', { name: 'Вернуть' }).waitFor();
    expect(scriptErrors).toEqual([]);
  });
});
