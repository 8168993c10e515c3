import type { Browser, Locator, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Opens an antd select (typing to search in it, if given) and picks the option with this text. */
async function pick(page: Page, field: Locator, option: string, search?: string): Promise<void> {
  if (search) await field.fill(search);
  else await field.click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

describeInBrowser('web: registering an appeal (Intake) in a real browser', () => {
  const run = Date.now().toString(36);
  const institutionName = `Детский дом № ${run}`;
  const specialist = {
    login: `specialist.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Корнилова Ирина Олеговна',
    position: 'Социальный педагог',
  };
  // A birth date of this run (aged 18–20), so a re-run on the same database is no duplicate.
  const day = (Date.now() % 28) + 1;
  const birth = { day: String(day).padStart(2, '0'), month: '03', year: '2006' };
  const graduate = { lastName: 'Воробьёва', firstName: 'Ксения', patronymic: 'Андреевна' };
  const fullName = `${graduate.lastName} ${graduate.firstName} ${graduate.patronymic}`;
  const problem = 'Утрата или отсутствие документов';
  const help = 'Помощь в восстановлении (оформлении) документов';
  const result = 'Подано заявление на восстановление паспорта';
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    let admin: { login: string; password: string };
    ({ baseUrl, admin } = productEnvironment());
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(institutionName);
    await api.createUser({ ...specialist, role: 'specialist', institutionId: institution.id });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('registers an appeal for a new graduate with the help given, then finds it on the card and in the journal', async () => {
    const { page, scriptErrors } = await openPage(browser);

    await page.goto(`${baseUrl}/appeals/new`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.waitForURL(/\/appeals\/new$/);
    await page.getByRole('heading', { name: 'Регистрация обращения' }).waitFor();

    // Step 1: the person is not on file yet, so they are registered right here.
    await page.getByRole('searchbox', { name: 'Поиск выпускника' }).fill(fullName);
    await page.getByTestId('graduate-search-results').waitFor();
    await page.getByRole('button', { name: 'Зарегистрировать нового выпускника' }).click();
    const person = page.getByTestId('graduate-create-form');
    expect(await person.getByLabel('Фамилия', { exact: true }).inputValue()).toBe(
      graduate.lastName,
    );
    expect(await person.getByLabel('Отчество', { exact: true }).inputValue()).toBe(
      graduate.patronymic,
    );
    await person.getByText('Женский', { exact: true }).click();
    await person
      .getByLabel('Дата рождения', { exact: true })
      .fill(`${birth.day}.${birth.month}.${birth.year}`);
    await person.getByLabel('Дата рождения', { exact: true }).press('Enter');
    await pick(page, person.getByLabel('Правовой статус', { exact: true }), 'Сирота');
    await person.getByRole('button', { name: 'Зарегистрировать', exact: true }).click();

    // Step 2: the appeal, for the person just registered.
    const chosen = page.getByTestId('chosen-graduate');
    await chosen.getByText(fullName).waitFor();
    expect(await chosen.getByTestId('eligibility-notice').textContent()).toContain(
      'может получить помощь',
    );
    const appeal = page.getByTestId('appeal-form');
    await appeal.getByText('По телефону', { exact: true }).click();
    await pick(page, appeal.getByLabel('Проблемы', { exact: true }), problem, 'документ');
    await page.keyboard.press('Escape');
    await appeal
      .getByLabel('Суть обращения', { exact: true })
      .fill('Потеряла паспорт при переезде в общежитие');
    // Assigned to me by default (the staff list loads after the step opens, so wait for it).
    await appeal.getByText(specialist.fullName).waitFor();
    expect(await appeal.getByText(specialist.fullName).count()).toBe(1);
    await page.getByRole('button', { name: 'Далее' }).click();

    // Step 3: the consultation given during the call.
    const helpForm = page.getByTestId('help-form');
    await helpForm.getByRole('switch', { name: 'Помощь оказана при обращении' }).click();
    await pick(page, helpForm.getByLabel('Вид помощи', { exact: true }), help, 'восстановлен');
    await helpForm.getByLabel('Продолжительность, мин.', { exact: true }).fill('40');
    await helpForm.getByLabel('Результат', { exact: true }).fill(result);
    await page.getByTestId('register-submit').click();

    const summary = page.getByTestId('registration-summary');
    await summary.getByText('Обращение зарегистрировано').waitFor();
    expect(await summary.textContent()).toContain(fullName);
    expect(await summary.textContent()).toContain(problem);
    expect(await summary.textContent()).toContain(help);

    // The graduates list finds her by a misspelled surname: «е» for «ё» and one letter wrong.
    await page.getByRole('link', { name: 'Выпускники' }).click();
    await page.waitForURL(/\/graduates$/);
    const search = page.getByPlaceholder('Поиск по ФИО — можно с опечатками');
    await search.fill('Ворабьева');
    await search.press('Enter');
    const born = `${birth.day}.${birth.month}.${birth.year}`;
    const row = page.getByRole('row').filter({ hasText: fullName }).filter({ hasText: born });
    await row.getByRole('link', { name: fullName }).click();
    await page.waitForURL(/\/graduates\/[0-9a-f-]{36}$/);

    // The card lists the appeal and the help given.
    await page.getByRole('tab', { name: 'Обращения' }).click();
    const appeals = page.getByTestId('graduate-appeals');
    await appeals.getByText(problem).waitFor();
    expect(await appeals.textContent()).toContain('По телефону');
    expect(await appeals.textContent()).toContain(specialist.fullName);
    await page.getByRole('tab', { name: 'Услуги' }).click();
    const services = page.getByTestId('graduate-services');
    await services.getByText(help).waitFor();
    expect(await services.textContent()).toContain(result);
    expect(await services.textContent()).toContain('40 мин.');

    // The journal of the current month lists the appeal.
    await page.getByRole('link', { name: 'Журнал обращений' }).click();
    await page.waitForURL(/\/appeals$/);
    const entry = page.getByTestId('appeals-table').getByRole('row').filter({ hasText: fullName });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(problem);
    // The help was given while she asked: the appeal is resolved with its result.
    expect(await entry.textContent()).toContain('Решено');

    expect(scriptErrors).toEqual([]);
  });
});
