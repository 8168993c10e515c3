import type { Browser, Page } from 'playwright-core';
import { AdminApi, call } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { curatorWithAccount, tokenOf } from './support/curatorAccount';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const NOT_FOUND = '/no-such-page';

/** The tabs of a personal file (`?tab=`), each a page of its own to a screen reader. */
const CARD_TABS = [
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
];

/** The axe-core engine, injected into each page as a plain script. */
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe on the page as it is now; returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[]).filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/** One line per violation and element, so a failure says what to fix and where. */
function describeViolations(path: string, violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${path}: [${violation.impact}] ${violation.id} — ${violation.help}\n` +
        violation.nodes
          .slice(0, 5)
          .map(
            (node) =>
              `    at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
          )
          .join('\n'),
    )
    .join('\n');
}

/** Today (shifted by `days`) as the API takes it; a few days off any zone's edge. */
const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describeInBrowser('web: accessibility of every page (axe-core)', () => {
  const run = Date.now().toString(36);
  const password = 'Голубика-Туман-5518';
  const users = {
    head: { login: `head.a11y.${run}`, fullName: 'Миронова Светлана Юрьевна', role: 'head' },
    specialist: {
      login: `spec.a11y.${run}`,
      fullName: 'Гусев Павел Игоревич',
      role: 'specialist',
    },
    regional: { login: `reg.a11y.${run}`, fullName: 'Лаптева Нина Олеговна', role: 'regional' },
  } as const;
  let browser: Browser;
  let baseUrl: string;
  let admin: { login: string; password: string };
  let institutionId: string;
  let graduateId: string;
  let reportId: string;
  let workPlanId: string;
  const curatorLogin = `curator.a11y.${run}`;
  const problems: string[] = [];
  const headingProblems: string[] = [];
  const scriptErrors: Error[][] = [];

  beforeAll(async () => {
    ({ baseUrl, admin } = productEnvironment());
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Центр «Доступность» № ${run}`);
    institutionId = institution.id;
    const ids: Partial<Record<keyof typeof users, string>> = {};
    for (const [who, user] of Object.entries(users) as [keyof typeof users, typeof users.head][])
      ids[who] = (
        await api.createUser({ ...user, password, institutionId: institution.id })
      ).user.id;
    await api.setRegionalInstitutions(ids.regional!, [institution.id]);

    const head = await StaffApi.signIn(baseUrl, users.head.login, password);
    const graduate = await head.createGraduate({
      lastName: 'Соколова',
      firstName: 'Дарья',
      patronymic: 'Андреевна',
      sex: 'female',
      birthDate: `${new Date().getFullYear() - 19}-04-12`,
      leftCareOn: dayFromToday(-200),
      responsibleSpecialistId: ids.specialist,
    });
    graduateId = graduate.id;
    const { accessToken } = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      login: users.head.login,
      password,
    });
    const post = <T = { id: string; version: number }>(path: string, body: object) =>
      call<T>(baseUrl, path, body, accessToken);
    const year = Number(dayFromToday(0).slice(0, 4));
    reportId = (await post('/api/reports', { kind: 'annual', year: year - 1 })).id;
    workPlanId = (await post('/api/work-plans', { kind: 'annual', year: year + 1 })).id;
    // A volunteer curator with an account and this graduate: the curator's own pages.
    await curatorWithAccount(
      baseUrl,
      { head: accessToken, specialist: await tokenOf(baseUrl, users.specialist.login, password) },
      institution,
      graduateId,
      curatorLogin,
      password,
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens each path as this user (signing in first) and checks it with axe. */
  async function checkPages(login: string | null, paths: string[]): Promise<void> {
    const { page, scriptErrors: errors } = await openPage(browser, { bypassCSP: true });
    scriptErrors.push(errors);
    let signedIn = false;
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`);
      if (login && !signedIn) {
        await page.waitForURL(/\/login$/);
        await signIn(page, login, password);
        signedIn = true;
        if (path !== '/') await page.waitForURL((url) => url.pathname === path.split('?')[0]);
      }
      await settle(page);
      const violations = await seriousViolations(page);
      if (violations.length) problems.push(describeViolations(path, violations));
      const headings = await page.locator('h1').count();
      if (headings !== 1) headingProblems.push(`${path}: ${headings} h1 headings instead of one`);
    }
    await page.context().close();
  }

  /** Waits until the page has loaded its data and no spinner is left. */
  async function settle(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page
      .locator('.page-spinner, .plain-table__loading, .ant-spin-spinning, .ant-skeleton-active')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
  }

  it('the sign-in page', async () => {
    await checkPages(null, ['/login']);
  });

  it('the pages of an administrator', async () => {
    const { page, scriptErrors: errors } = await openPage(browser, { bypassCSP: true });
    scriptErrors.push(errors);
    await page.goto(`${baseUrl}/admin/users`);
    await page.waitForURL(/\/login$/);
    await signIn(page, admin.login, admin.password);
    for (const path of [
      '/admin/users',
      '/admin/institutions',
      '/admin/dictionaries',
      `/institutions/${institutionId}/settings`,
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await settle(page);
      const violations = await seriousViolations(page);
      if (violations.length) problems.push(describeViolations(path, violations));
      const headings = await page.locator('h1').count();
      if (headings !== 1) headingProblems.push(`${path}: ${headings} h1 headings instead of one`);
    }
    await page.context().close();
  }, 120_000);

  it('the pages of the head of the service', async () => {
    await checkPages(users.head.login, [
      '/my-work',
      '/graduates',
      '/graduates/new',
      '/graduates/import',
      `/graduates/${graduateId}`,
      `/graduates/${graduateId}?tab=privacy`,
      ...CARD_TABS.map((tab) => `/graduates/${graduateId}?tab=${tab}`),
      `/graduates/${graduateId}/edit`,
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
      '/reports?tab=calendar',
      `/reports/${reportId}`,
      '/partners?view=referrals',
      '/curators?view=training',
      `/institutions/${institutionId}/settings`,
      '/retention',
      '/audit',
      '/account/password',
      NOT_FOUND,
    ]);
  }, 480_000);

  it('the pages of a specialist', async () => {
    await checkPages(users.specialist.login, ['/my-work', '/appeals/new', '/graduates']);
  }, 120_000);

  it('the pages of a volunteer curator', async () => {
    await checkPages(curatorLogin, [
      '/my-graduates',
      `/my-graduates/${graduateId}`,
      '/account/password',
      NOT_FOUND,
    ]);
  }, 120_000);

  it('the pages of a regional user', async () => {
    await checkPages(users.regional.login, ['/regional', '/regional/summary']);
  }, 120_000);

  it('has no serious or critical violations and one h1 on every page', () => {
    if (problems.length) console.log(problems.join('\n'));
    if (headingProblems.length) console.log(headingProblems.join('\n'));
    expect({ violations: problems, headings: headingProblems }).toEqual({
      violations: [],
      headings: [],
    });
    for (const list of scriptErrors) expect(list).toEqual([]);
  });
});
