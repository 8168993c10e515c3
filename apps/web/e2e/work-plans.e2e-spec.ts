import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Where to leave screenshots of the pages passed through (E2E_SCREENSHOTS=/some/dir). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

async function snapshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  // Let dialogs fade out and lists finish loading.
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Opens an antd select (typing to search in it, if given) and picks the option with this text. */
async function pick(page: Page, field: Locator, option: string, search?: string): Promise<void> {
  if (search) await field.fill(search);
  else await field.click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: option, visible: true })
    .first()
    .click();
}

/** Types a date into an antd DatePicker and confirms it. */
async function enterDate(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

/** Clicks a button that starts a download and waits for the file. */
async function download(page: Page, button: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file;
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
const capitalized = (word: string) => word[0].toUpperCase() + word.slice(1);

describeInBrowser('web: the service’s work plans in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.workplan.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Миронова Светлана Юрьевна',
  };
  const specialist = {
    login: `spec.workplan.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Кравцов Антон Сергеевич',
    position: 'Социальный педагог',
  };
  const two = (value: number) => String(value).padStart(2, '0');
  const schedule = 'Составить график посещений выпускников';
  const training = 'Тренинг «Мой бюджет» для выпускников';
  // The plans of the institution's current month: its today, in its time zone.
  let year: number;
  let month: number;
  let annualTitle: string;
  let monthlyTitle: string;
  let nextTitle: string;
  let trainingDay: string;
  let browser: Browser;
  let baseUrl: string;
  let staffPage: Page;
  let headPage: Page;
  const errors: Error[][] = [];

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run} (план работы)`);
    const { timeZone } = institution as { timeZone?: string };
    const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
      .format(new Date())
      .split('-')
      .map(Number);
    [year, month] = [y, m];
    const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
    annualTitle = `План работы на ${year} год`;
    monthlyTitle = `План работы на ${MONTHS[month - 1]} ${year} года`;
    nextTitle = `План работы на ${MONTHS[next.month - 1]} ${next.year} года`;
    trainingDay = `15.${two(month)}.${year}`;
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    await api.createUser({ ...specialist, role: 'specialist', institutionId: institution.id });
    browser = await launchBrowser();
    const staff = await openPage(browser);
    const reviewer = await openPage(browser);
    staffPage = staff.page;
    headPage = reviewer.page;
    errors.push(staff.scriptErrors, reviewer.scriptErrors);
  });

  afterEach(() => {
    for (const list of errors) expect(list).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a specialist drafts the annual plan with sections and items and submits it; no approve button', async () => {
    const page = staffPage;
    await page.goto(`${baseUrl}/work-plans`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.waitForURL(/\/work-plans$/);
    await page
      .getByRole('navigation', { name: 'Основное меню' })
      .getByRole('link', { name: 'План работы' })
      .waitFor();
    await page
      .getByTestId('work-plans-table')
      .getByText(`На ${year} год планов пока нет`)
      .waitFor();

    await page.getByRole('button', { name: 'Создать годовой план' }).first().click();
    const creating = page.getByRole('dialog', { name: 'Новый годовой план' });
    expect(await creating.getByLabel('Год').inputValue()).toBe(String(year));
    await creating.getByRole('button', { name: 'Создать' }).click();
    await creating.waitFor({ state: 'hidden' });
    await page.waitForURL(/\/work-plans\/[0-9a-f-]{36}$/);
    const plan = page.getByTestId('work-plan-view');
    await plan.getByTestId('work-plan-title').getByText(annualTitle).waitFor();
    await plan.getByTestId('work-plan-status').getByText('Черновик').waitFor();
    // Nothing to submit yet.
    expect(await plan.getByRole('button', { name: 'Отправить на утверждение' }).isDisabled()).toBe(
      true,
    );

    for (const title of ['Организационно-методическая работа', 'Групповая работа с выпускниками']) {
      await plan.getByRole('button', { name: 'Добавить раздел' }).click();
      const dialog = page.getByRole('dialog', { name: 'Новый раздел плана' });
      await dialog.getByLabel('Название раздела').fill(title);
      await dialog.getByRole('button', { name: 'Добавить раздел' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await plan.getByText(title).waitFor();
    }

    // An item due in a month, with a member of staff responsible; the form checks it first.
    await page
      .getByTestId('section-1')
      .getByRole('button', { name: /^Добавить мероприятие/ })
      .click();
    let dialog = page.getByRole('dialog', { name: 'Новое мероприятие плана' });
    await dialog.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await dialog.getByText('Опишите мероприятие').waitFor();
    await dialog.getByText('Выберите месяц').waitFor();
    await dialog.getByLabel('Мероприятие', { exact: true }).fill(schedule);
    const monthName = capitalized(MONTHS[month - 1]);
    await pick(page, dialog.getByLabel('Месяц проведения'), monthName, monthName.slice(0, 3));
    await pick(page, dialog.getByLabel('Ответственный сотрудник'), specialist.fullName);
    await dialog.getByLabel('Ожидаемый результат').fill('График утверждён руководителем');
    await dialog.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const first = page.getByTestId('section-1').getByRole('row').filter({ hasText: schedule });
    await first.getByText(capitalized(MONTHS[month - 1])).waitFor();
    await first.getByText(specialist.fullName).waitFor();

    // An item on a day, with others responsible named in words.
    await page
      .getByTestId('section-2')
      .getByRole('button', { name: /^Добавить мероприятие/ })
      .click();
    dialog = page.getByRole('dialog', { name: 'Новое мероприятие плана' });
    await dialog.getByLabel('Мероприятие', { exact: true }).fill(training);
    await dialog.getByText('Дата', { exact: true }).click();
    await enterDate(dialog.getByLabel('Дата проведения'), trainingDay);
    await dialog.getByLabel('Другие ответственные').fill('педагог-психолог');
    await dialog.getByLabel('Ожидаемый результат').fill('Не менее 10 участников');
    await snapshot(page, 'work-plan-item-form');
    await dialog.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const second = page.getByTestId('section-2').getByRole('row').filter({ hasText: training });
    await second.getByText(trainingDay).waitFor();
    await second.getByText('педагог-психолог').waitFor();
    await snapshot(page, 'work-plan-draft');

    // An item added by mistake is taken out of the draft, after a confirmation.
    await page
      .getByTestId('section-1')
      .getByRole('button', { name: /^Добавить мероприятие/ })
      .click();
    dialog = page.getByRole('dialog', { name: 'Новое мероприятие плана' });
    await dialog.getByLabel('Мероприятие', { exact: true }).fill('Лишнее мероприятие');
    await pick(page, dialog.getByLabel('Месяц проведения'), 'Декабрь', 'дек');
    await dialog.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const extra = page.getByTestId('section-1').getByRole('row').filter({
      hasText: 'Лишнее мероприятие',
    });
    await extra.getByRole('button', { name: 'Удалить' }).click();
    const confirm = page.getByRole('dialog', { name: 'Удалить мероприятие из плана?' });
    await confirm.getByRole('button', { name: 'Удалить' }).click();
    await extra.waitFor({ state: 'detached' });

    await plan.getByRole('button', { name: 'Отправить на утверждение' }).click();
    await plan.getByTestId('work-plan-status').getByText('На утверждении').waitFor();
    await plan.getByText('План на утверждении у руководителя').waitFor();
    // A specialist neither approves nor returns, and the content is frozen.
    expect(await plan.getByRole('button', { name: 'Утвердить' }).count()).toBe(0);
    expect(await plan.getByRole('button', { name: 'Вернуть на доработку' }).count()).toBe(0);
    expect(await plan.getByRole('button', { name: 'Добавить раздел' }).count()).toBe(0);
    await plan.getByTestId('work-plan-history').getByText('Отправлен на утверждение').waitFor();
  });

  it('the head finds the submitted plan by its status, returns it once, then approves it', async () => {
    const page = headPage;
    await page.goto(`${baseUrl}/work-plans?status=submitted`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);
    await page.waitForURL(/status=submitted/);
    const table = page.getByTestId('work-plans-table');
    await table.getByRole('link', { name: annualTitle }).click();
    await page.waitForURL(/\/work-plans\/[0-9a-f-]{36}$/);
    const plan = page.getByTestId('work-plan-view');
    await plan.getByText('План ждёт вашего решения').waitFor();
    await plan.getByText(training).waitFor();

    // Returned once with a comment; the specialist sees it and submits the plan again.
    await plan.getByRole('button', { name: 'Вернуть на доработку' }).click();
    const returning = page.getByRole('dialog', { name: `Возврат на доработку: ${annualTitle}` });
    await returning.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await returning.getByText('Напишите, что нужно исправить').waitFor();
    await returning.getByLabel('Что нужно исправить').fill('Уточните ожидаемые результаты');
    await returning.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await returning.waitFor({ state: 'hidden' });
    await plan.getByTestId('work-plan-status').getByText('Возвращён на доработку').waitFor();
    await staffPage.reload();
    const staffPlan = staffPage.getByTestId('work-plan-view');
    await staffPlan.getByText('Уточните ожидаемые результаты').first().waitFor();
    await staffPlan.getByRole('button', { name: 'Отправить на утверждение' }).click();
    await staffPlan.getByTestId('work-plan-status').getByText('На утверждении').waitFor();

    await page.reload();
    await plan.getByTestId('work-plan-status').getByText('На утверждении').waitFor();
    await plan.getByRole('button', { name: 'Утвердить' }).click();
    const dialog = page.getByRole('dialog', { name: `Утверждение: ${annualTitle}` });
    await dialog.getByLabel('Комментарий').fill('Согласовано');
    await dialog.getByRole('button', { name: 'Утвердить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await plan.getByTestId('work-plan-status').getByText('Утверждён').waitFor();
    const summary = plan.getByTestId('work-plan-summary');
    await summary.getByText(head.fullName, { exact: false }).waitFor();
    await summary.getByText('Согласовано').waitFor();

    // The list filtered by status is kept in the address.
    await page.goto(`${baseUrl}/work-plans`);
    await pick(page, page.getByLabel('Статус'), 'Утверждён');
    await page.waitForURL(/status=approved/);
    await page.getByTestId('work-plans-table').getByRole('link', { name: annualTitle }).waitFor();
    await snapshot(page, 'work-plans-list');
  });

  it('a monthly plan drawn from the annual one is approved, one item is done and another moved on', async () => {
    const page = staffPage;
    await page.goto(`${baseUrl}/work-plans`);
    await page.getByTestId('work-plans-table').getByRole('link', { name: annualTitle }).waitFor();
    await page.getByRole('button', { name: 'Создать план на месяц' }).click();
    const creating = page.getByRole('dialog', { name: 'Новый план на месяц' });
    await creating.getByTestId('monthly-source').getByText(annualTitle, { exact: false }).waitFor();
    expect(await creating.getByTestId('create-work-plan-form').textContent()).toContain(
      capitalized(MONTHS[month - 1]),
    );
    await snapshot(page, 'work-plan-create-monthly');
    await creating.getByRole('button', { name: 'Создать' }).click();
    await creating.waitFor({ state: 'hidden' });
    await page.waitForURL(/\/work-plans\/[0-9a-f-]{36}$/);
    const monthlyUrl = page.url();
    const plan = page.getByTestId('work-plan-view');
    await plan.getByTestId('work-plan-title').getByText(monthlyTitle).waitFor();
    // Both items of the month came over from the annual plan, in sections of the same titles.
    const schedRow = plan.getByRole('row').filter({ hasText: schedule });
    const trainingRow = plan.getByRole('row').filter({ hasText: training });
    await schedRow.getByText('Из годового плана').waitFor();
    await schedRow.getByText('В течение месяца').waitFor();
    await trainingRow.getByText(trainingDay).waitFor();
    await plan.getByRole('link', { name: annualTitle }).waitFor();
    await plan.getByRole('button', { name: 'Отправить на утверждение' }).click();
    await plan.getByTestId('work-plan-status').getByText('На утверждении').waitFor();

    await headPage.goto(monthlyUrl);
    const headPlan = headPage.getByTestId('work-plan-view');
    await headPlan.getByRole('button', { name: 'Утвердить' }).click();
    const approval = headPage.getByRole('dialog', { name: `Утверждение: ${monthlyTitle}` });
    await approval.getByRole('button', { name: 'Утвердить' }).click();
    await approval.waitFor({ state: 'hidden' });
    await headPlan.getByTestId('work-plan-status').getByText('Утверждён').waitFor();

    // The specialist marks the first item done…
    await page.reload();
    await plan.getByTestId('work-plan-status').getByText('Утверждён').waitFor();
    expect(await plan.getByRole('button', { name: 'Утвердить' }).count()).toBe(0);
    await schedRow.getByRole('button', { name: 'Выполнено', exact: true }).click();
    let dialog = page.getByRole('dialog', { name: 'Мероприятие выполнено' });
    await dialog.getByLabel('Что сделано').fill('График составлен и утверждён');
    await dialog.getByRole('button', { name: 'Выполнено' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await schedRow.getByTestId('item-status').getByText('Выполнено').waitFor();
    await schedRow.getByText('График составлен и утверждён').waitFor();

    // … and the second not done (a note is required), then moved to the next month.
    await trainingRow.getByRole('button', { name: 'Не выполнено', exact: true }).click();
    dialog = page.getByRole('dialog', { name: 'Мероприятие не выполнено' });
    // The form must be in place before the empty submit, or the click lands on the opening modal.
    await dialog.getByLabel('Почему не выполнено').waitFor();
    await dialog.getByRole('button', { name: 'Не выполнено' }).click();
    await dialog.getByText('Укажите, почему мероприятие не выполнено').waitFor();
    await dialog.getByLabel('Почему не выполнено').fill('Карантин в общежитии');
    await dialog.getByRole('button', { name: 'Не выполнено' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await trainingRow.getByTestId('item-status').getByText('Не выполнено').waitFor();
    await trainingRow.getByRole('button', { name: 'Перенести' }).click();
    dialog = page.getByRole('dialog', { name: 'Перенос мероприятия на следующий месяц' });
    await dialog.getByText(nextTitle, { exact: false }).first().waitFor();
    await dialog.getByLabel('Причина переноса').fill('Перенесено из-за карантина');
    await dialog.getByRole('button', { name: 'Перенести' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await trainingRow.getByTestId('item-status').getByText('Перенесено').waitFor();
    expect(await trainingRow.getByTestId('item-move').textContent()).toBe(
      `В «${nextTitle}»: Перенесено из-за карантина`,
    );
    await plan
      .getByTestId('work-plan-summary')
      .getByText('Всего 2: выполнено 1, не выполнено 0, перенесено 1')
      .waitFor();
    await snapshot(page, 'work-plan-monthly');

    // The plan printed and exported: a real PDF and XLSX, named after the plan.
    for (const [testId, format, magic] of [
      ['work-plan-print', 'PDF', '%PDF'],
      ['work-plan-export', 'XLSX', 'PK'],
    ] as const) {
      const file = await download(
        page,
        plan.getByTestId(testId).getByRole('button', { name: format }),
      );
      expect(file.suggestedFilename().toLowerCase().endsWith(`.${format.toLowerCase()}`)).toBe(
        true,
      );
      expect(file.suggestedFilename()).toContain(String(year));
      const path = await file.path();
      expect(readFileSync(path).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
  });

  it('fits a phone-width screen', async () => {
    const page = staffPage;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const plan = page.getByTestId('work-plan-view');
    await plan.getByText(training).waitFor();
    await plan.getByText('Перенесено из-за карантина', { exact: false }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await snapshot(page, 'work-plan-phone');
    await page.goto(`${baseUrl}/work-plans`);
    await page.getByTestId('work-plans-table').getByRole('link', { name: monthlyTitle }).waitFor();
    await snapshot(page, 'work-plans-phone');

    // The English interface names the plans in English.
    const english = new Date(year, month - 1, 1).toLocaleString('en', { month: 'long' });
    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Work plan', exact: true }).waitFor();
    await page
      .getByTestId('work-plans-table')
      .getByRole('link', { name: `Work plan for ${english} ${year}` })
      .click();
    await page.getByTestId('work-plan-view').getByText('Moved', { exact: true }).waitFor();
    await snapshot(page, 'work-plan-phone-en');
  });
});
