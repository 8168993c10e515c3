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
  if (!SCREENSHOTS) return;
  // Let dialogs fade out and charts finish drawing.
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Confirms the dialog a button opened (antd's confirm) by its button of this name. */
async function confirm(page: Page, title: string, button: string): Promise<void> {
  const dialog = page.getByRole('dialog').filter({ hasText: title });
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

describeInBrowser('web: reports in a real browser', () => {
  const run = Date.now().toString(36);
  const users = {
    head: { login: `head.rep.${run}`, fullName: 'Миронова Светлана Юрьевна', role: 'head' },
    specialist: {
      login: `spec.rep.${run}`,
      fullName: 'Кравцов Антон Сергеевич',
      role: 'specialist',
    },
    supervisor: {
      login: `deputy.rep.${run}`,
      fullName: 'Белова Ольга Петровна',
      role: 'supervisor',
    },
    regional: {
      login: `region.rep.${run}`,
      fullName: 'Орлова Мария Игоревна',
      role: 'regional',
    },
  } as const;
  const password = 'Magpie-Saffron-47';
  const home = `Детский дом № ${run} (отчёты)`;
  const other = `Центр «Созвездие» ${run}`;
  const results = 'Проведены консультации по восстановлению документов';
  const summary = 'Месяц прошёл по плану';
  const comment = 'Добавьте трудности и нерешённые вопросы';
  // Last month of the institution's calendar: the month whose reports are due now.
  let year: number;
  let month: number;
  let specialistTitle: string;
  let departmentTitle: string;
  let departmentUrl: string;
  let browser: Browser;
  let baseUrl: string;
  const pages: Partial<Record<keyof typeof users, Page>> = {};
  const errors: Error[][] = [];

  /** Writes sections of a report through the API, as if from another tab. */
  async function writeElsewhere(login: string, id: string, narrative: Record<string, string>) {
    const { accessToken } = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      login,
      password,
    });
    const headers = { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
    const url = `${baseUrl}/api/reports/${id}`;
    const { version } = (await (await fetch(url, { headers })).json()) as { version: number };
    const response = await fetch(url, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ version, narrative }),
    });
    if (!response.ok) throw new Error(`PATCH ${url}: ${response.status}`);
  }

  /** A page of its own for each person, signed in on first use at `path`. */
  async function pageOf(who: keyof typeof users, path: string): Promise<Page> {
    const existing = pages[who];
    if (existing) {
      await existing.goto(`${baseUrl}${path}`);
      // The session is restored on every load: let it finish before the next navigation.
      await existing.getByTestId('current-user-name').waitFor();
      return existing;
    }
    const { page, scriptErrors } = await openPage(browser);
    errors.push(scriptErrors);
    pages[who] = page;
    await page.goto(`${baseUrl}${path}`);
    await page.waitForURL(/\/login$/);
    await signIn(page, users[who].login, password);
    return page;
  }

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(home);
    const second = await api.createInstitution(other);
    const { timeZone } = institution as { timeZone?: string };
    const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
      .format(new Date())
      .split('-')
      .map(Number);
    [year, month] = m === 1 ? [y - 1, 12] : [y, m - 1];
    specialistTitle = `Ежемесячный отчёт специалиста за ${MONTHS[month - 1]} ${year} г.`;
    departmentTitle = `Ежемесячный отчёт отделения за ${MONTHS[month - 1]} ${year} г.`;

    const ids: Partial<Record<keyof typeof users, string>> = {};
    for (const [who, user] of Object.entries(users) as [keyof typeof users, typeof users.head][])
      ids[who] = (
        await api.createUser({
          ...user,
          password,
          position: who === 'regional' ? 'Главный специалист' : 'Социальный педагог',
          institutionId: institution.id,
        } as Parameters<AdminApi['createUser']>[0])
      ).user.id;
    await api.setRegionalInstitutions(ids.regional!, [institution.id, second.id]);

    // One graduate of the specialist's, helped once in the middle of last month.
    const head = await StaffApi.signIn(baseUrl, users.head.login, password);
    const graduate = await head.createGraduate({
      lastName: 'Соколов',
      firstName: 'Денис',
      patronymic: 'Андреевич',
      sex: 'male',
      birthDate: `${year - 19}-04-12`,
      responsibleSpecialistId: ids.specialist,
    });
    const specialist = await StaffApi.signIn(baseUrl, users.specialist.login, password);
    await specialist.recordService({
      graduateId: graduate.id,
      providedOn: `${year}-${String(month).padStart(2, '0')}-15`,
      kindId: await specialist.firstServiceKind(),
    });
    browser = await launchBrowser();
  });

  afterEach(() => {
    for (const list of errors) expect(list).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a specialist creates their month’s report, sees the service counted, writes the results and submits it', async () => {
    const page = await pageOf('specialist', '/reports');
    await page.waitForURL(/\/reports$/);
    await page
      .getByRole('navigation', { name: 'Основное меню' })
      .getByRole('link', { name: 'Отчёты' })
      .waitFor();

    await page.getByRole('button', { name: 'Создать отчёт' }).first().click();
    const creating = page.getByRole('dialog', { name: 'Новый отчёт' });
    const form = creating.getByTestId('create-report-form');
    // A specialist compiles only their own month; last month is offered.
    await form.getByText('Ежемесячный отчёт специалиста').waitFor();
    await form.getByLabel('Вид отчёта').click();
    // The first select opened on the page: its options are the only ones rendered.
    const options = page.locator('.ant-select-item-option');
    await options.filter({ hasText: 'Ежемесячный отчёт специалиста' }).waitFor();
    expect(await options.allTextContents()).toEqual(['Ежемесячный отчёт специалиста']);
    await form.getByLabel('Вид отчёта').press('Escape');
    await snapshot(page, 'report-create');
    expect(await creating.getByLabel('Год').inputValue()).toBe(String(year));
    await form
      .getByText(MONTHS[month - 1], { exact: false })
      .first()
      .waitFor();
    await creating.getByRole('button', { name: 'Создать' }).click();
    await creating.waitFor({ state: 'hidden' });
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);

    const report = page.getByTestId('report-view');
    await report.getByTestId('report-title').getByText(specialistTitle).waitFor();
    await report.getByTestId('report-status').getByText('Черновик').waitFor();
    await report
      .getByTestId('figures-note')
      .getByText('пересчитываются до сдачи', { exact: false })
      .waitFor();
    const services = report.getByTestId('report-total-services');
    expect(await services.textContent()).toBe('1Оказано услуг');

    // The results are typed and the report submitted at once: the text is saved first.
    await report.getByLabel('Итоги работы за месяц').fill(results);
    await report.getByRole('button', { name: 'Сдать' }).click();
    await confirm(page, 'Сдать:', 'Сдать');
    await report.getByTestId('report-status').getByText('Сдан').waitFor();
    await report
      .getByTestId('figures-note')
      .getByText('зафиксированы при сдаче', { exact: false })
      .waitFor();
    await report.getByTestId('narrative-results').getByText(results).waitFor();
    await report.getByTestId('report-versions').getByRole('link', { name: 'Версия 1' }).waitFor();
    expect(await report.getByRole('button', { name: 'Принять' }).count()).toBe(0);
    expect(await report.getByRole('button', { name: 'Сдать' }).count()).toBe(0);
  });

  it('the head opens the specialist’s report from the list and accepts it', async () => {
    const page = await pageOf('head', '/reports?status=submitted');
    await page.waitForURL(/status=submitted/);
    const row = page
      .getByTestId('reports-table')
      .getByRole('row')
      .filter({ hasText: users.specialist.fullName });
    await row.getByRole('link', { name: specialistTitle }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const report = page.getByTestId('report-view');
    await report.getByText('ждёт вашего решения', { exact: false }).waitFor();
    await report.getByTestId('narrative-results').getByText(results).waitFor();
    await report.getByRole('button', { name: 'Принять' }).click();
    await confirm(page, 'Принять:', 'Принять');
    await report.getByTestId('report-status').getByText('Принят').waitFor();
    await report
      .getByTestId('report-facts')
      .getByText(users.head.fullName, { exact: false })
      .waitFor();
  });

  it('the head creates the department’s month and submits it; the calendar shows both reports', async () => {
    const page = await pageOf('head', '/reports');
    await page.getByRole('button', { name: 'Создать отчёт' }).first().click();
    const creating = page.getByRole('dialog', { name: 'Новый отчёт' });
    // Heads compile the department's kinds; its month comes first.
    await creating
      .getByTestId('create-report-form')
      .getByText('Ежемесячный отчёт отделения')
      .waitFor();
    await creating.getByRole('button', { name: 'Создать' }).click();
    await creating.waitFor({ state: 'hidden' });
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    departmentUrl = page.url();

    const report = page.getByTestId('report-view');
    await report.getByTestId('report-title').getByText(departmentTitle).waitFor();
    expect(await report.getByTestId('report-total-services').textContent()).toBe('1Оказано услуг');
    // Services by kind is worth a chart, drawn from its own chunk.
    await report.getByTestId('report-table-servicesByKind').locator('.recharts-surface').waitFor();
    // Written meanwhile elsewhere: the page's version is stale, its save refused and the form
    // replaced by what is current.
    await report.getByLabel('Основные итоги месяца').fill(summary);
    await writeElsewhere(users.head.login, departmentUrl.split('/').pop()!, {
      summary: 'Набросок из другой вкладки',
    });
    await report.getByRole('button', { name: 'Сохранить разделы' }).click();
    await report
      .getByTestId('problem-alert')
      .getByText('Форма показывает актуальные данные: внесите свои изменения ещё раз.')
      .waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('textarea#summary') as HTMLTextAreaElement | null)?.value ===
        'Набросок из другой вкладки',
    );
    await report.getByLabel('Основные итоги месяца').fill(summary);
    await report.getByRole('button', { name: 'Сохранить разделы' }).click();
    await page.getByText('Разделы отчёта сохранены').waitFor();
    expect(await report.getByTestId('problem-alert').count()).toBe(0);
    await snapshot(page, 'report-draft');
    await report.getByRole('button', { name: 'Сдать' }).click();
    await confirm(page, 'Сдать:', 'Сдать');
    await report.getByTestId('report-status').getByText('Сдан').waitFor();
    // The head does not review their own department's report.
    expect(await report.getByRole('button', { name: 'Принять' }).count()).toBe(0);

    await page.goto(`${baseUrl}/reports?tab=calendar&year=${year}`);
    const calendar = page.getByTestId('report-calendar');
    const own = calendar.getByRole('row').filter({ hasText: specialistTitle });
    await own.getByText('Принят').waitFor();
    expect(await own.textContent()).toContain(users.specialist.fullName);
    await calendar
      .getByRole('row')
      .filter({ hasText: departmentTitle })
      .getByText('Сдан')
      .waitFor();
    await snapshot(page, 'reports-calendar');
  });

  it('the deputy director returns it with a comment; the head sees the comment; the region sees nothing yet', async () => {
    const page = await pageOf('supervisor', new URL(departmentUrl).pathname);
    const report = page.getByTestId('report-view');
    await report.getByText('ждёт вашего решения', { exact: false }).waitFor();
    await report.getByRole('button', { name: 'Вернуть на доработку' }).click();
    const returning = page.getByRole('dialog', {
      name: `Возврат на доработку: ${departmentTitle}`,
    });
    await returning.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await returning.getByText('Напишите, что нужно исправить').waitFor();
    await returning.getByLabel('Что нужно исправить').fill(comment);
    await returning.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await returning.waitFor({ state: 'hidden' });
    await report.getByTestId('report-status').getByText('Возвращён на доработку').waitFor();

    const head = await pageOf('head', new URL(departmentUrl).pathname);
    const headReport = head.getByTestId('report-view');
    await headReport.getByTestId('review-comment').getByText(comment).waitFor();
    await headReport
      .getByTestId('figures-note')
      .getByText('пересчитываются до сдачи', { exact: false })
      .waitFor();

    // A regional user starts on the institutions' reports; a returned one is not there.
    const region = await pageOf('regional', '/');
    await region.waitForURL(/\/regional$/);
    await region
      .getByRole('navigation', { name: 'Основное меню' })
      .getByRole('link', { name: 'Сводный отчёт' })
      .waitFor();
    expect(
      await region
        .getByRole('navigation', { name: 'Основное меню' })
        .getByRole('link', { name: 'Выпускники' })
        .count(),
    ).toBe(0);
    await region.getByTestId('regional-institutions').getByText(home).waitFor();
    await region
      .getByTestId('regional-reports-table')
      .getByText('Сданных отчётов пока нет')
      .waitFor();
  });

  it('resubmitted, the report reaches the region: one report read-only, and the summary with «<3» for a small count', async () => {
    const head = await pageOf('head', new URL(departmentUrl).pathname);
    const report = head.getByTestId('report-view');
    await report.getByLabel('Трудности и нерешённые вопросы').fill('Не хватает кураторов');
    await report.getByRole('button', { name: 'Сдать' }).click();
    await confirm(head, 'Сдать:', 'Сдать');
    await report.getByTestId('report-status').getByText('Сдан').waitFor();
    const versions = report.getByTestId('report-versions');
    await versions.getByRole('link', { name: 'Версия 2' }).waitFor();
    await versions.getByRole('link', { name: 'Версия 1' }).click();
    const first = head.getByTestId('report-version-view');
    await first.getByText('Версия 1, сдана', { exact: false }).waitFor();
    await first.getByTestId('narrative-summary').getByText(summary).waitFor();
    await first.getByTestId('narrative-difficulties').getByText('Раздел не заполнен').waitFor();

    const region = await pageOf('regional', '/regional');
    const row = region
      .getByTestId('regional-reports-table')
      .getByRole('row')
      .filter({ hasText: home });
    await snapshot(region, 'regional-reports');
    await row.getByRole('link', { name: departmentTitle }).click();
    const view = region.getByTestId('regional-report-view');
    await view
      .getByTestId('figures-note')
      .getByText('зафиксированы при сдаче', { exact: false })
      .waitFor();
    await view.getByTestId('narrative-difficulties').getByText('Не хватает кураторов').waitFor();
    expect(await view.getByTestId('report-total-services').textContent()).toBe('1Оказано услуг');
    expect(await view.getByRole('button').count()).toBe(0);

    await region
      .getByRole('navigation', { name: 'Основное меню' })
      .getByRole('link', { name: 'Сводный отчёт' })
      .click();
    await region.waitForURL(/\/regional\/summary$/);
    await region.getByRole('heading', { name: 'Сводный отчёт' }).waitFor();
    // The month in the institution's calendar, whatever the browser's.
    await region.goto(
      `${baseUrl}/regional/summary?kind=department_monthly&year=${year}&month=${month}`,
    );
    const totals = region.getByTestId('summary-totals');
    await totals.getByRole('columnheader', { name: home }).waitFor();
    const services = totals.getByRole('row').filter({ hasText: 'Оказано услуг' }).first();
    // One service: the institution's cell is masked, and the sum only says «at least 1».
    expect(await services.getByRole('cell').allTextContents()).toEqual([
      'Оказано услуг',
      '<3',
      '≥1',
    ]);
    await region.getByTestId('summary-missing').getByText(other).waitFor();
    await region.getByTestId('report-table-servicesByKind').locator('.recharts-surface').waitFor();
    await snapshot(region, 'regional-summary');
  });

  it('fits a phone-width screen: the report and the summary do not scroll sideways', async () => {
    const overflow = (page: Page) =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );

    await pages.head!.setViewportSize({ width: 390, height: 844 });
    const head = await pageOf('head', new URL(departmentUrl).pathname);
    const report = head.getByTestId('report-view');
    await report.getByTestId('report-table-servicesByKind').locator('.recharts-surface').waitFor();
    await report.getByTestId('narrative-summary').getByText(summary).waitFor();
    expect(await overflow(head)).toBeLessThanOrEqual(0);
    await snapshot(head, 'report-phone');
    await head.setViewportSize({ width: 1440, height: 900 });
    await report.getByTestId('report-table-servicesByKind').locator('.recharts-surface').waitFor();
    await snapshot(head, 'report-submitted');

    const region = pages.regional!;
    await region.setViewportSize({ width: 390, height: 844 });
    await region.getByTestId('summary-totals').getByText('Оказано услуг').waitFor();
    expect(await overflow(region)).toBeLessThanOrEqual(0);
    await snapshot(region, 'regional-summary-phone');

    // The English interface names the page and the report in English.
    await region.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await region.getByRole('heading', { name: 'Summary report' }).waitFor();
    await region
      .getByTestId('summary-totals')
      .getByRole('columnheader', { name: 'Total' })
      .waitFor();
    await region.getByRole('link', { name: "← Institutions' reports" }).click();
    await region
      .getByTestId('regional-reports-table')
      .getByRole('link', { name: /^Department's monthly report for / })
      .waitFor();
  });
});
