import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { AdminApi, call } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('web: the access log in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.audit.${run}`,
    password: 'Брусника-Ледоход-4172',
    fullName: 'Орлова Елена Павловна',
  };
  const specialist = {
    login: `spec.audit.${run}`,
    password: 'Черника-Полдень-8351',
    fullName: 'Кузнецов Олег Игоревич',
  };
  let browser: Browser;
  let baseUrl: string;
  let graduateId: string;

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run}`);
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    const created = await api.createUser({
      ...specialist,
      role: 'specialist',
      institutionId: institution.id,
    });
    const staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    graduateId = (
      await staff.createGraduate({
        lastName: 'Белова',
        firstName: 'Дарья',
        patronymic: 'Сергеевна',
        sex: 'female',
        birthDate: '2006-04-12',
        responsibleSpecialistId: created.user.id,
      })
    ).id;
    // The specialist opens the file: that is what the head must be able to see.
    const { accessToken } = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      login: specialist.login,
      password: specialist.password,
    });
    const opened = await fetch(`${baseUrl}/api/graduates/${graduateId}`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(opened.status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the head who opened the file on its card', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/${graduateId}`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);
    await page.waitForURL(new RegExp(`/graduates/${graduateId}$`));
    const block = page.getByTestId('graduate-readers');
    await block.getByText('Кто открывал это дело').waitFor();
    await block.getByText(specialist.fullName).waitFor();
    await block
      .getByText(/Просмотр · Личное дело/)
      .first()
      .waitFor();
    expect(scriptErrors).toEqual([]);
  });

  it('«Журнал аудита»: filters by user, downloads XLSX, and fits a 360 px phone', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/audit`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);
    await page.waitForURL(/\/audit$/);
    await page.getByRole('heading', { level: 1, name: 'Журнал аудита' }).waitFor();
    const table = page.locator('.ant-table');
    await table.getByText(specialist.fullName).first().waitFor();

    await page.getByLabel('Пользователь', { exact: true }).click();
    const filtered = page.waitForResponse(
      (response) => response.url().includes('/api/audit?') && response.url().includes('userId='),
    );
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: specialist.fullName })
      .first()
      .click();
    await filtered;
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    const users = await table.locator('tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((text) => !text.includes(specialist.fullName))).toEqual([]);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать XLSX' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('Пользователь');
    expect(sheet.getRow(2).getCell(2).value).toBe(specialist.fullName);

    // On a phone the page does not scroll sideways; the table scrolls inside its box.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('heading', { level: 1, name: 'Журнал аудита' }).waitFor();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);
    const box = await page.locator('.ant-table-content, .ant-table-body').first().boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(360);
    expect(scriptErrors).toEqual([]);
  });

  it('offers the log neither in the menu nor on the card to a specialist', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/${graduateId}`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.waitForURL(new RegExp(`/graduates/${graduateId}$`));
    await page
      .getByRole('tab', { name: /Личное дело/ })
      .first()
      .waitFor();
    expect(await page.getByTestId('graduate-readers').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Журнал аудита' }).count()).toBe(0);
    expect(scriptErrors).toEqual([]);
  });
});
