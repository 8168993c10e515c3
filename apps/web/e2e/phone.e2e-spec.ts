import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { curatorWithAccount, send, tokenOf } from './support/curatorAccount';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** A common small phone. */
const PHONE = { width: 360, height: 740 };

/** Where to leave screenshots of the pages passed through (E2E_SCREENSHOTS=/some/dir). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

/** The header's controls a user needs on every page: the menu, the account, the bell. */
const HEADER_CONTROLS = ['main-menu-button', 'current-user-name', 'notifications-bell'];
/** Shown only to some roles. */
const OPTIONAL_CONTROLS = ['notifications-bell', 'register-appeal-button', 'language-switch'];

const CARD_TABS = [
  'file',
  'situation',
  'consent',
  'contract',
  'plan',
  'monitoring',
  'referrals',
  'appeals',
  'services',
  'documents',
  'photos',
  'privacy',
];

/** What overflows the page sideways and which header controls are off-screen. */
async function layoutProblems(page: Page, path: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  const offScreen: string[] = [];
  for (const testId of [...new Set([...HEADER_CONTROLS, ...OPTIONAL_CONTROLS])]) {
    const control = page.locator('header').getByTestId(testId).first();
    if (OPTIONAL_CONTROLS.includes(testId) && (await control.count()) === 0) continue;
    const box = await control.boundingBox();
    if (!box || box.x < 0 || box.x + box.width > innerWidth + 0.5 || box.y < 0)
      offScreen.push(testId);
  }
  return { path, scrollWidth: Math.min(scrollWidth, innerWidth + 1000), innerWidth, offScreen };
}

describeInBrowser('web: every page on a 360 px phone', () => {
  const run = Date.now().toString(36);
  const password = 'Kettle-orbit-2931';
  const users = {
    head: { login: `head.phone.${run}`, fullName: 'Миронова Светлана Юрьевна', role: 'head' },
    specialist: {
      login: `spec.phone.${run}`,
      fullName: 'Константинопольская Александра Вячеславовна',
      role: 'specialist',
    },
    regional: { login: `region.phone.${run}`, fullName: 'Орлова Мария Игоревна', role: 'regional' },
  } as const;
  const curatorLogin = `curator.phone.${run}`;
  let baseUrl: string;
  let admin: { login: string; password: string };
  let browser: Browser;
  let institutionId: string;
  let graduateId: string;
  let workPlanId: string;
  let reportId: string;
  let regionalReportId: string | undefined;
  const errors: Error[][] = [];

  beforeAll(async () => {
    const env = productEnvironment();
    baseUrl = env.baseUrl;
    admin = env.admin;
    const adminApi = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await adminApi.createInstitution(
      `Краевое государственное казённое учреждение для детей-сирот № ${run}`,
    );
    institutionId = institution.id;
    const ids: Record<string, string> = {};
    for (const [who, user] of Object.entries(users))
      ids[who] = (
        await adminApi.createUser({ ...user, password, institutionId: institution.id })
      ).user.id;
    await adminApi.setRegionalInstitutions(ids.regional, [institution.id]);

    const head = await tokenOf(baseUrl, users.head.login, password);
    const specialist = await tokenOf(baseUrl, users.specialist.login, password);
    const year = new Date().getUTCFullYear();
    graduateId = (
      await (
        await StaffApi.signIn(baseUrl, users.head.login, password)
      ).createGraduate({
        lastName: 'Белоусова-Старостина',
        firstName: 'Анастасия',
        patronymic: 'Владимировна',
        sex: 'female',
        birthDate: `${year - 19}-04-12`,
        responsibleSpecialistId: ids.specialist,
      })
    ).id;
    workPlanId = (
      await send<{ id: string }>(baseUrl, specialist, 'POST', '/api/work-plans', {
        kind: 'annual',
        year,
      })
    ).id;
    // Last month's report of the specialist, submitted: it has a version, and the region sees it.
    const now = new Date();
    const [reportYear, month] =
      now.getUTCMonth() === 0 ? [year - 1, 12] : [year, now.getUTCMonth()];
    const report = await send<{ id: string; version: number }>(
      baseUrl,
      specialist,
      'POST',
      '/api/reports',
      { kind: 'specialist_monthly', year: reportYear, month },
    );
    reportId = report.id;
    await send(baseUrl, specialist, 'POST', `/api/reports/${report.id}/submit`, {
      version: report.version,
    });
    const regional = await tokenOf(baseUrl, users.regional.login, password);
    const seen = await send<{ items?: { id: string }[] } | { id: string }[]>(
      baseUrl,
      regional,
      'GET',
      '/api/regional/reports',
    );
    regionalReportId = (Array.isArray(seen) ? seen : (seen.items ?? []))[0]?.id;

    // A volunteer curator: trained, approved, with an account and this graduate.
    await curatorWithAccount(
      baseUrl,
      { head, specialist },
      institution as { id: string; version?: number },
      graduateId,
      curatorLogin,
      password,
    );
    browser = await launchBrowser();
  });

  afterEach(() => {
    for (const list of errors) expect(list).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function phonePage(): Promise<Page> {
    const { page, scriptErrors } = await openPage(browser);
    errors.push(scriptErrors);
    await page.setViewportSize(PHONE);
    return page;
  }

  /** Opens each path as the signed-in user and collects what does not fit the phone. */
  async function visitAll(login: string, secret: string, paths: string[]) {
    const page = await phonePage();
    await page.goto(`${baseUrl}${paths[0]}`);
    await page.waitForURL(/\/login$/);
    await signIn(page, login, secret);
    const problems = [];
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByTestId('current-user-name').waitFor();
      await page.waitForLoadState('networkidle');
      // The page's own content, not the loading spinner of its code or data.
      await page
        .locator('.page-spinner, .plain-table__loading, .ant-spin-spinning')
        .first()
        .waitFor({ state: 'detached' });
      if (SCREENSHOTS) {
        const name = `phone${path.replace(/[/?=]+/g, '-')}`;
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      }
      problems.push(await layoutProblems(page, path));
    }
    await page.context().close();
    return problems;
  }

  /** The same pages with nothing wider than the screen and every header control on it. */
  const fits = (problems: Awaited<ReturnType<typeof layoutProblems>>[]) =>
    problems.map((p) => ({
      ...p,
      scrollWidth: Math.min(p.scrollWidth, p.innerWidth),
      offScreen: [],
    }));

  it('the login page fits', async () => {
    const page = await phonePage();
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  // Some 30 pages in turn on a busy machine.
  jest.setTimeout(300_000);

  it('the head’s pages fit, and the menu opens from the header', async () => {
    const card = `/graduates/${graduateId}`;
    const problems = await visitAll(users.head.login, password, [
      '/my-work',
      '/graduates',
      '/graduates/new',
      '/graduates/import',
      `${card}/edit`,
      ...CARD_TABS.map((tab) => `${card}?tab=${tab}`),
      '/appeals',
      '/appeals/new',
      '/contracts',
      '/plans',
      '/monitoring',
      '/partners',
      '/curators',
      '/events',
      '/work-plans',
      `/work-plans/${workPlanId}`,
      '/reports',
      `/reports/${reportId}`,
      `/reports/${reportId}/versions/1`,
      `/institutions/${institutionId}/settings`,
      '/retention',
      '/audit',
      '/account/password',
      '/no-such-page',
    ]);
    expect(problems).toEqual(fits(problems));

    // The menu is a panel over the page: it opens with the focus in it, the current section
    // marked; Escape and a tap beside it close it, the focus back on ☰; a section is a tap away.
    const page = await phonePage();
    await page.goto(`${baseUrl}/graduates`);
    await signIn(page, users.head.login, password);
    const menuButton = page.getByTestId('main-menu-button');
    const menu = page.getByRole('dialog', { name: 'Основное меню' });
    const nav = menu.getByRole('navigation', { name: 'Основное меню' });
    await menuButton.click();
    await nav.getByRole('link', { name: 'Выпускники' }).waitFor();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.getByRole('link', { name: 'Выпускники' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await menu.evaluate((panel) => panel.contains(document.activeElement))).toBe(true);
    const box = await menu.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await menuButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await menuButton.click();
    await menu.waitFor();
    await page.mouse.click(PHONE.width - 20, PHONE.height / 2);
    await menu.waitFor({ state: 'hidden' });
    await menuButton.click();
    await nav.getByRole('link', { name: 'Мероприятия' }).click();
    await page.waitForURL(/\/events$/);
    await menu.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('the specialist’s pages fit', async () => {
    const card = `/graduates/${graduateId}`;
    const problems = await visitAll(users.specialist.login, password, [
      '/my-work',
      '/graduates',
      card,
      `${card}?tab=monitoring`,
      `${card}?tab=plan`,
      '/appeals',
      '/curators',
      '/events',
      `/work-plans/${workPlanId}`,
      `/reports/${reportId}`,
    ]);
    expect(problems).toEqual(fits(problems));
  });

  it('the administrator’s pages fit', async () => {
    const problems = await visitAll(admin.login, admin.password, [
      '/admin/users',
      '/admin/institutions',
      '/admin/dictionaries',
      '/graduates',
      '/account/password',
    ]);
    expect(problems).toEqual(fits(problems));
  });

  it('the regional user’s pages fit', async () => {
    const problems = await visitAll(users.regional.login, password, [
      '/regional',
      '/regional/summary',
      ...(regionalReportId ? [`/regional/reports/${regionalReportId}`] : []),
    ]);
    expect(problems).toEqual(fits(problems));
  });

  it('the curator’s pages fit', async () => {
    const problems = await visitAll(curatorLogin, password, [
      '/my-graduates',
      `/my-graduates/${graduateId}`,
      '/account/password',
    ]);
    expect(problems).toEqual(fits(problems));
  });
});
