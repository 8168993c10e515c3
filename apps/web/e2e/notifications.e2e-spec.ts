import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Where to leave screenshots of the pages passed through (E2E_SCREENSHOTS=/some/dir). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

async function snapshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The bell, found by what a screen reader says of it: «Уведомления, непрочитанных: N». */
const bell = (page: Page, unread: number) =>
  page.getByRole('button', { name: `Уведомления, непрочитанных: ${unread}`, exact: true });

describeInBrowser('web: the notification bell in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.bell.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Лаптева Галина Борисовна',
  };
  const specialist = {
    login: `spec.bell.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Зуев Олег Николаевич',
    position: 'Социальный педагог',
  };
  let browser: Browser;
  let baseUrl: string;
  let staff: StaffApi;
  let specialistId: string;

  /** The head gives the specialist a new personal file, through the API. */
  const assign = (lastName: string) =>
    staff.createGraduate({
      lastName,
      firstName: 'Денис',
      patronymic: 'Ильич',
      sex: 'male',
      birthDate: `${new Date().getFullYear() - 19}-04-11`,
      responsibleSpecialistId: specialistId,
    });

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run} (уведомления)`);
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    ({
      user: { id: specialistId },
    } = await api.createUser({ ...specialist, role: 'specialist', institutionId: institution.id }));
    staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the specialist sees a file given to them, opens it from the bell, and the count goes to 0', async () => {
    const { id: graduateId } = await assign('Гончаров');
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await signIn(page, specialist.login, specialist.password);

    await bell(page, 1).click();
    const panel = page.getByTestId('notifications-panel');
    const item = panel.getByTestId('notification-item');
    await item.getByText('Вам передано личное дело: Гончаров Д.И.').waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute('data-unread')).toBe('true');
    await snapshot(page, 'notifications-open');

    await item.click();
    await page.waitForURL(new RegExp(`/graduates/${graduateId}$`));
    await page.getByTestId('graduate-name').getByText('Гончаров Денис Ильич').waitFor();
    await bell(page, 0).waitFor();
    await snapshot(page, 'notifications-read');

    // Read stays read after a reload (it is the server's, not the page's).
    await page.reload();
    await bell(page, 0).click();
    await panel.getByTestId('notification-item').first().waitFor();
    expect(await panel.locator('[data-unread="true"]').count()).toBe(0);
    expect(scriptErrors).toEqual([]);
  });

  it('on a phone the list opens over the page; «Отметить все прочитанными» clears the count', async () => {
    await assign('Соколов');
    await assign('Орлов');
    const { page, scriptErrors } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/`);
    await signIn(page, specialist.login, specialist.password);

    await bell(page, 2).click();
    const panel = page.getByTestId('notifications-panel');
    await panel.getByText('Вам передано личное дело: Орлов Д.И.').waitFor();
    await panel.getByText('Вам передано личное дело: Соколов Д.И.').waitFor();
    const box = await page.locator('.ant-drawer-content-wrapper').boundingBox();
    expect(Math.round(box?.width ?? 0)).toBe(390);
    await snapshot(page, 'notifications-phone');

    await panel.getByRole('button', { name: 'Отметить все прочитанными' }).click();
    await panel.locator('[data-testid="notifications-read-all"][disabled]').waitFor();
    expect(await panel.locator('[data-unread="true"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await bell(page, 0).waitFor();
    // Nothing of the header runs off the side of the phone.
    const overflow = await page
      .getByRole('banner')
      .evaluate((header) => header.scrollWidth - header.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(scriptErrors).toEqual([]);
  });
});
