import type { Browser } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('web: sign-in, layout and administration in a real browser', () => {
  const run = Date.now().toString(36);
  const institutionName = `Детский дом № ${run}`;
  const head = {
    login: `head.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Сергеева Анна Викторовна',
  };
  let browser: Browser;
  let baseUrl: string;
  let admin: { login: string; password: string };

  beforeAll(async () => {
    ({ baseUrl, admin } = productEnvironment());
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(institutionName);
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs a head in, shows the Russian layout without administration and the not-found page for an unknown address, speaks English on request, signs out', async () => {
    const { page, scriptErrors } = await openPage(browser);

    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);

    expect(await page.getByTestId('current-user-name').textContent()).toBe(head.fullName);
    // The refresh token is an httpOnly cookie: nothing of it is readable by scripts.
    expect(await page.evaluate(() => JSON.stringify(localStorage) + document.cookie)).not.toMatch(
      /refresh/i,
    );
    const cookie = (await page.context().cookies()).find((c) => c.name === 'postcare_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    // A reload restores the session from the cookie.
    await page.reload();
    await page.getByTestId('current-user-name').waitFor();
    const roleLine = await page.getByTestId('current-user-role').textContent();
    expect(roleLine).toContain('Руководитель службы');
    expect(roleLine).toContain(institutionName);
    await page.getByRole('link', { name: 'Выпускники' }).waitFor();
    await page.getByRole('link', { name: 'Журнал обращений' }).waitFor();
    expect(await page.getByText('Администрирование').count()).toBe(0);
    // An address the product does not have shows the not-found page inside the layout.
    await page.goto(`${baseUrl}/no-such-section`);
    await page.getByText('Страница не найдена').waitFor();
    await page.getByRole('link', { name: 'Выпускники' }).waitFor();

    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await page.getByRole('link', { name: 'Graduates' }).waitFor();
    await page.getByRole('link', { name: 'Appeal journal' }).waitFor();
    await page.getByText('Page not found').waitFor();
    expect(await page.getByTestId('current-user-role').textContent()).toContain('Head of service');
    expect(await page.getByText('Выпускники').count()).toBe(0);

    await page.getByTestId('logout-button').click();
    await page.waitForURL(/\/login$/);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('postcare.session'))).toBeNull();
    const cookies = await page.context().cookies();
    expect(cookies.filter((c) => c.name === 'postcare_refresh' && c.value)).toEqual([]);

    expect(scriptErrors).toEqual([]);
  });

  it('explains an empty or wrong sign-in in Russian and keeps the typed login', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByText('Введите логин').waitFor();
    await page.getByText('Введите пароль').waitFor();
    expect(await page.getByLabel('Логин', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await page.getByLabel('Логин', { exact: true }).fill(head.login);
    expect(await page.getByText('Введите логин').count()).toBe(0);
    await page.getByLabel('Пароль', { exact: true }).fill('Not-The-Password-99');
    await page.getByRole('button', { name: 'Войти' }).click();
    const problem = page.getByRole('alert');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/[а-яё]/i);
    expect(await page.getByLabel('Логин', { exact: true }).inputValue()).toBe(head.login);
    // The sign-in page loads no component library: no antd styles are injected yet.
    expect(await page.locator('style[data-css-hash], [class*="ant-"]').count()).toBe(0);
    expect(scriptErrors).toEqual([]);
  });

  it('lets the administrator create a user through the form and find it in the table', async () => {
    const { page, scriptErrors } = await openPage(browser);
    const newUser = { login: `specialist.${run}`, fullName: 'Петров Илья Сергеевич' };

    await page.goto(`${baseUrl}/admin/users`);
    await page.waitForURL(/\/login$/);
    await signIn(page, admin.login, admin.password);
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole('heading', { name: 'Пользователи' }).waitFor();

    await page.getByRole('button', { name: 'Добавить пользователя' }).click();
    const form = page.getByRole('dialog', { name: 'Новый пользователь' });
    await form.getByLabel('Логин', { exact: true }).fill(newUser.login);
    await form.getByLabel('ФИО', { exact: true }).fill(newUser.fullName);
    await form.getByLabel('Должность', { exact: true }).fill('Социальный педагог');
    await form.getByLabel('Учреждение', { exact: true }).fill(institutionName);
    await page.locator('.ant-select-item-option').filter({ hasText: institutionName }).click();
    await form.getByRole('button', { name: 'Создать' }).click();

    const passwordDialog = page.getByRole('dialog', { name: 'Временный пароль' });
    const temporaryPassword = await passwordDialog.getByTestId('temporary-password').textContent();
    expect(temporaryPassword?.trim().length).toBeGreaterThanOrEqual(10);
    await passwordDialog.getByTestId('temporary-password-done').click();

    await page.getByRole('searchbox', { name: 'Поиск по логину или ФИО' }).fill(newUser.login);
    await page.getByRole('searchbox', { name: 'Поиск по логину или ФИО' }).press('Enter');
    const row = page.getByRole('row').filter({ hasText: newUser.login });
    await row.waitFor();
    expect(await row.textContent()).toContain(newUser.fullName);
    expect(await row.textContent()).toContain('Специалист');
    expect(await row.textContent()).toContain(institutionName);

    expect(scriptErrors).toEqual([]);
  });
});
