import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AdminApi, call } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Where to leave screenshots of the pages passed through (E2E_SCREENSHOTS=/some/dir). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

async function snapshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS)
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A day `days` from today as the API takes it (YYYY-MM-DD); a few days off any zone's edge. */
const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describeInBrowser('web: «Моя работа» in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.work.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Кравцова Ольга Викторовна',
  };
  const specialist = {
    login: `spec.work.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Белов Игорь Андреевич',
    position: 'Социальный педагог',
  };
  const overdueActivity = 'Сопроводить в МФЦ для замены паспорта';
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Центр «Созвездие» № ${run}`);
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    const { user } = await api.createUser({
      ...specialist,
      role: 'specialist',
      institutionId: institution.id,
    });
    // The specialist's graduate under a contract signed a month ago, with a plan whose
    // activity was due three days ago and is not done.
    const staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    const graduate = await staff.createGraduate({
      lastName: 'Орлова',
      firstName: 'Вера',
      patronymic: 'Сергеевна',
      sex: 'female',
      birthDate: `${new Date().getFullYear() - 19}-04-12`,
      responsibleSpecialistId: user.id,
    });
    const { accessToken } = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      login: head.login,
      password: head.password,
    });
    const post = <T = { id: string; version: number }>(path: string, body: object) =>
      call<T>(baseUrl, path, body, accessToken);
    const signedOn = dayFromToday(-30);
    const draft = await post('/api/contracts', {
      graduateId: graduate.id,
      kind: 'support',
      startsOn: signedOn,
    });
    const contract = await post(`/api/contracts/${draft.id}/activate`, {
      version: draft.version,
      signedOn,
      scanLater: true,
    });
    const plan = await post('/api/plans', { contractId: contract.id });
    await post(`/api/plans/${plan.id}/activities`, {
      version: plan.version,
      domain: 'documents',
      title: overdueActivity,
      dueOn: dayFromToday(-3),
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a specialist sees their overdue activity counted and opens it in the plans list', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/my-work`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.getByTestId('my-work-page').waitFor();

    const overdue = page.getByRole('link', {
      name: 'Мои просроченные мероприятия 1',
      exact: true,
    });
    await overdue.waitFor();
    expect(await overdue.getAttribute('data-count')).toBe('1');
    // Nothing else waits in this institution's plans: the week shows a muted zero.
    await page
      .getByRole('link', { name: 'Мои мероприятия на этой неделе 0', exact: true })
      .waitFor();
    expect(await page.getByTestId('my-work-caseload').count()).toBe(0);
    await snapshot(page, 'my-work-specialist');

    await overdue.click();
    await page.waitForURL(/\/plans\?view=myOverdue$/);
    const table = page.getByTestId('activities-table');
    await table.getByText(overdueActivity).waitFor();
    expect(await table.textContent()).toContain('Орлова Вера Сергеевна');
    expect(scriptErrors).toEqual([]);
  });

  it('fits a phone: the counts stack, nothing scrolls sideways', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/my-work`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);
    await page.getByTestId('my-work-page').waitFor();
    await page.getByRole('link', { name: 'Просроченные мероприятия 1', exact: true }).waitFor();
    const caseload = page.getByTestId('my-work-caseload');
    await caseload.getByText(specialist.fullName).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    ).toBe(false);
    await snapshot(page, 'my-work-head-phone');
    expect(scriptErrors).toEqual([]);
  });
});
