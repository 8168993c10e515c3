import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
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

/** Opens an antd select and picks the visible option with this text. */
async function pick(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: option, visible: true })
    .first()
    .click();
}

/** A day `days` from today as the pickers take it (DD.MM.YYYY). */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(day.getDate())}.${two(day.getMonth() + 1)}.${day.getFullYear()}`;
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

describeInBrowser('web: contracts and individual plans in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.plan.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Гордеева Елена Павловна',
  };
  const specialist = {
    login: `spec.plan.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Лаптев Олег Николаевич',
    position: 'Социальный педагог',
  };
  const graduate = { lastName: 'Соколова', firstName: 'Дарья', patronymic: 'Игоревна' };
  const fullName = `${graduate.lastName} ${graduate.firstName} ${graduate.patronymic}`;
  const activities = [
    { domain: 'Жильё', title: 'Собрать документы для постановки в очередь на жильё', due: 10 },
    { domain: 'Документы', title: 'Подать заявление на восстановление паспорта', due: 20 },
    { domain: 'Трудоустройство', title: 'Встреча с консультантом центра занятости', due: 30 },
  ];
  let browser: Browser;
  let baseUrl: string;
  let graduateId: string;

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run}`);
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    const { user } = await api.createUser({
      ...specialist,
      role: 'specialist',
      institutionId: institution.id,
    });
    // Aged 19–20 (eligible, no legal representative needed), left care half a year ago.
    const staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    const leftCare = new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);
    ({ id: graduateId } = await staff.createGraduate({
      ...graduate,
      sex: 'female',
      birthDate: `${new Date().getFullYear() - 20}-0${(Date.now() % 9) + 1}-15`,
      leftCareOn: leftCare,
      responsibleSpecialistId: user.id,
    }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs a contract, drafts and approves a plan, completes an activity and prints the contract', async () => {
    // The specialist drafts the contract of the graduate assigned to them.
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/${graduateId}?tab=contract`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.getByTestId('no-contract').waitFor();
    await page.getByRole('button', { name: 'Новый договор' }).click();
    const draft = page.getByRole('dialog', { name: 'Новый договор' });
    const form = draft.getByTestId('contract-form');
    expect(await form.getByLabel('Номер').getAttribute('placeholder')).toBe(
      'Будет присвоен автоматически',
    );
    await pick(page, form.getByLabel('Виды помощи'), 'Социально-педагогическое консультирование');
    await page.keyboard.press('Escape');
    await form.getByLabel('Особые условия').fill('Встречи не реже двух раз в месяц');
    await draft.getByRole('button', { name: 'Создать черновик' }).click();
    await draft.waitFor({ state: 'hidden' });

    const card = page.getByTestId('contract-card');
    await card.getByTestId('contract-status').getByText('Черновик').waitFor();
    const number = (await card.getByTestId('contract-number').textContent()) ?? '';
    expect(number).toMatch(/^ДС-\d{4}\/\d+$/);
    expect(await card.textContent()).toContain('Социально-педагогическое консультирование');
    expect(await card.textContent()).toContain(specialist.fullName);

    // Signed on paper; the scan will follow.
    await card.getByRole('button', { name: 'Подписан' }).click();
    const signing = page.getByRole('dialog', { name: `Подписание договора № ${number}` });
    await signing.getByText('Подписан на бумаге, скан позже').click();
    await signing.getByRole('button', { name: 'Договор подписан' }).click();
    await signing.waitFor({ state: 'hidden' });
    await card.getByTestId('contract-status').getByText('Действует').waitFor();
    await card.getByText('Нет скана').waitFor();
    // The status of the file follows the contract.
    await page.getByText('На сопровождении').first().waitFor();
    await snapshot(page, 'contract-tab');

    // The plan: one goal, three activities in different domains, then to the head.
    await page.getByRole('tab', { name: 'План' }).click();
    await page.getByRole('button', { name: 'Создать план' }).click();
    const newPlan = page.getByRole('dialog', {
      name: `Индивидуальный план к договору № ${number}`,
    });
    await newPlan.getByRole('button', { name: 'Добавить цель' }).click();
    await pick(page, newPlan.getByLabel('Сфера жизни'), 'Жильё');
    await newPlan
      .getByLabel('Цель', { exact: true })
      .fill('Встать в очередь на жильё из специализированного фонда');
    await newPlan.getByRole('button', { name: 'Создать план' }).click();
    await newPlan.waitFor({ state: 'hidden' });
    const plan = page.getByTestId('plan-view');
    await plan.getByTestId('plan-status').getByText('Черновик').waitFor();

    for (const activity of activities) {
      await plan.getByRole('button', { name: 'Добавить мероприятие' }).click();
      const dialog = page.getByRole('dialog', { name: 'Новое мероприятие плана' });
      await pick(page, dialog.getByLabel('Сфера жизни'), activity.domain);
      await dialog.getByLabel('Мероприятие', { exact: true }).fill(activity.title);
      await enterDate(dialog.getByLabel('Срок', { exact: true }), dayFromToday(activity.due));
      await dialog.getByRole('button', { name: 'Добавить мероприятие' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await plan.getByText(activity.title).waitFor();
    }
    expect(await page.getByTestId('domain-housing').textContent()).toContain(activities[0].title);
    expect(await page.getByTestId('domain-documents').textContent()).toContain(activities[1].title);
    expect(await page.getByTestId('domain-employment').textContent()).toContain(
      activities[2].title,
    );
    await plan.getByRole('button', { name: 'Отправить на утверждение' }).click();
    await plan.getByTestId('plan-status').getByText('На утверждении').waitFor();

    // The head finds the plan among the approvals and approves it.
    const reviewer = await openPage(browser);
    const headPage = reviewer.page;
    await headPage.goto(`${baseUrl}/plans`);
    await headPage.waitForURL(/\/login$/);
    await signIn(headPage, head.login, head.password);
    await headPage.getByRole('tab', { name: /На утверждении/ }).waitFor();
    await headPage.getByTestId('requested-orders').waitFor();
    await snapshot(headPage, 'approvals');
    await headPage.getByTestId('plans-table').getByRole('link', { name: fullName }).click();
    await headPage.waitForURL(/tab=plan/);
    const headPlan = headPage.getByTestId('plan-view');
    await headPlan.getByText(activities[2].title).waitFor();
    await headPlan.getByRole('button', { name: 'Утвердить' }).click();
    const approval = headPage.getByRole('dialog', {
      name: `Утверждение плана к договору № ${number}`,
    });
    await approval.getByRole('button', { name: 'Утвердить' }).click();
    await approval.waitFor({ state: 'hidden' });
    await headPlan.getByTestId('plan-status').getByText('Утверждён').waitFor();
    expect(await headPlan.textContent()).toContain(head.fullName);
    expect(reviewer.scriptErrors).toEqual([]);

    // The specialist sees the approved plan and marks the first activity done.
    await page.reload();
    await plan.getByTestId('plan-status').getByText('Утверждён').waitFor();
    const row = page.getByTestId('domain-housing').getByRole('row').filter({
      hasText: activities[0].title,
    });
    await row.getByRole('button', { name: 'Выполнено' }).click();
    const done = page.getByRole('dialog', { name: 'Мероприятие выполнено' });
    await done
      .getByLabel('Результат', { exact: true })
      .fill('Документы собраны и поданы в администрацию');
    await done.getByRole('button', { name: 'Выполнено' }).click();
    await done.waitFor({ state: 'hidden' });
    await row.getByTestId('activity-status').getByText('Выполнено').waitFor();
    expect(await row.textContent()).toContain('Документы собраны и поданы в администрацию');
    // After the approval every change is a revision, with what changed.
    await page.getByTestId('plan-revisions').getByText('Редакция 2').waitFor();
    expect(await page.getByTestId('plan-revisions').textContent()).toContain(
      `Изменено мероприятие «${activities[0].title}»`,
    );
    await snapshot(page, 'plan-tab');

    // The contract printed to sign: named by its number, a real DOCX and PDF.
    await page.getByRole('tab', { name: 'Договор' }).click();
    const print = page.getByTestId('contract-print');
    await print.waitFor();
    // A file name cannot hold the "/" of the number: the server names it with a dash.
    const numberInFileName = number.replace(/\//g, '-');
    for (const [format, magic] of [
      ['DOCX', 'PK'],
      ['PDF', '%PDF'],
    ] as const) {
      const file = await download(page, print.getByRole('button', { name: format }));
      const name = file.suggestedFilename();
      expect(name).toContain(numberInFileName);
      expect(name.toLowerCase().endsWith(`.${format.toLowerCase()}`)).toBe(true);
      const path = await file.path();
      expect(readFileSync(path).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }

    expect(scriptErrors).toEqual([]);
  });
});
