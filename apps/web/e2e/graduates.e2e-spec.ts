import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** The headers of the import template, as the API writes them. */
const TEMPLATE_HEADERS = [
  'Фамилия *',
  'Имя *',
  'Отчество',
  'Пол *',
  'Дата рождения *',
  'Статус *',
  'Учреждение выпуска',
  'Дата выпуска',
  'Телефон',
  'Ответственный специалист (логин)',
  'Дата согласия на обработку ПДн',
  'Адрес регистрации',
  'Адрес проживания',
];

async function writeRegister(path: string, rows: (string | Date)[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Выпускники');
  sheet.addRow(TEMPLATE_HEADERS);
  rows.forEach((row) => sheet.addRow(row));
  await workbook.xlsx.writeFile(path);
}

/** Picks an option of the antd select labelled `label`. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Waits until what `read` returns passes `ok` (the list redraws after the address changes). */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 30_000;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

describeInBrowser('web: graduates’ personal files in a real browser', () => {
  const run = Date.now().toString(36);
  // Every run has its own institution, so the same names never meet an earlier run's files.
  const surname = 'Новикова';
  const head = {
    login: `head.grad.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Сергеева Анна Викторовна',
  };
  const specialist = {
    login: `spec.grad.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Петров Илья Сергеевич',
  };
  let browser: Browser;
  let baseUrl: string;
  let workDir: string;
  let api: AdminApi;

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run}`);
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    await api.createUser({ ...specialist, role: 'specialist', institutionId: institution.id });
    browser = await launchBrowser();
    workDir = mkdtempSync(join(tmpdir(), 'graduates-e2e-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('registers a graduate, records a consent, edits the situation and finds the file with a typo', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);
    await page.getByRole('heading', { name: 'Выпускники' }).waitFor();

    await page.getByRole('button', { name: 'Зарегистрировать выпускника' }).first().click();
    const form = page.getByTestId('graduate-create-form');
    await form.waitFor();
    await form.getByLabel('Фамилия').fill(`${surname}1`);
    await form.getByRole('button', { name: 'Зарегистрировать' }).click();
    await form
      .getByText('Только буквы, пробел, дефис и апостроф; первой должна быть буква')
      .waitFor();
    await form.getByText('Укажите дату рождения').waitFor();
    expect(await form.getByLabel('Адрес проживания').isDisabled()).toBe(true);

    await form.getByLabel('Фамилия').fill(surname);
    await form.getByLabel('Имя', { exact: true }).fill('Мария');
    await form.getByLabel('Отчество').fill('Петровна');
    await form.getByText('Женский').click();
    await form.getByLabel('Дата рождения').fill('14.05.2006');
    await form.getByLabel('Дата рождения').press('Enter');
    await choose(page, 'Правовой статус', 'Сирота');
    await form.getByLabel('Телефоны 1').fill('+7 914 000-11-22');
    await choose(page, 'Ответственный специалист', specialist.fullName);
    await form.getByRole('button', { name: 'Зарегистрировать' }).click();

    await page.waitForURL(/\/graduates\/[0-9a-f-]{36}$/);
    const name = `${surname} Мария Петровна`;
    expect(await page.getByTestId('graduate-name').textContent()).toBe(name);
    await page.getByText('Нет согласия').first().waitFor();
    const eligibility = await page.getByTestId('eligibility').textContent();
    expect(eligibility).toContain('Имеет право');
    expect(eligibility).toContain('23 года исполнится 14.05.2029');

    // Without a consent the situation is closed.
    await page.getByRole('tab', { name: 'Ситуация' }).click();
    await page.getByTestId('consent-gate').waitFor();
    expect(await page.getByLabel('Учебное заведение').isDisabled()).toBe(true);

    await page.getByRole('tab', { name: 'Согласие' }).click();
    await page.getByRole('button', { name: 'Записать согласие' }).click();
    const consentDialog = page.getByRole('dialog', { name: 'Письменное согласие выпускника' });
    await consentDialog.getByText('Центр занятости').click();
    await consentDialog.getByRole('button', { name: 'Записать согласие' }).click();
    const consents = page.getByTestId('consents-table');
    await consents.getByText('Действует').waitFor();
    expect(await consents.textContent()).toContain('Центр занятости');
    await page.getByText('Согласие действует').first().waitFor();

    await page.getByRole('tab', { name: 'Ситуация' }).click();
    const situation = page.getByTestId('situation-form');
    await situation.getByLabel('Учебное заведение').fill('КГБ ПОУ ХТК');
    await situation.getByLabel('Специальность, профессия').fill('Повар, кондитер');
    await situation.getByText('Очная форма').click();
    await choose(page, 'Где живёт', 'Общежитие');
    await page.getByRole('button', { name: 'Сохранить ситуацию' }).click();
    await page.getByText('Изменения сохранены').waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Ситуация' }).click();
    expect(await page.getByLabel('Учебное заведение').inputValue()).toBe('КГБ ПОУ ХТК');

    // The list finds the file by a misspelt surname and keeps the search in the address.
    await page.getByRole('link', { name: 'Выпускники' }).click();
    const misspelt = 'Новкова'; // a letter missing
    await page.getByTestId('graduate-search').locator('input').fill(misspelt);
    await page.waitForURL(/q=/);
    await page.getByRole('link', { name }).waitFor();
    await page.reload();
    await page.getByRole('link', { name }).waitFor();

    expect(scriptErrors).toEqual([]);
  });

  it('checks a register from Excel, shows its errors, then imports it', async () => {
    const { page, scriptErrors } = await openPage(browser);
    const bad = join(workDir, 'bad.xlsx');
    const good = join(workDir, 'good.xlsx');
    await writeRegister(bad, [
      ['Орлова', 'Анна', 'Ивановна', 'ж', '12.03.2005', 'сирота'],
      ['Белов', 'Иван', '', 'x', '12.03.2005', 'сирота'],
    ]);
    await writeRegister(good, [
      ['Орлова', 'Анна', 'Ивановна', 'ж', '12.03.2005', 'сирота', '', '', '', specialist.login],
      [
        'Белов',
        'Иван',
        '',
        'м',
        '15.08.2004',
        'лицо из числа',
        '',
        '',
        '',
        '',
        '01.09.2025',
        'г. Хабаровск, ул. Мира, 3',
      ],
    ]);

    await page.goto(`${baseUrl}/graduates/import`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);
    await page.getByRole('heading', { name: 'Импорт выпускников из Excel' }).waitFor();

    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByTestId('import-check').click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('Строк в файле: 2; найдено ошибок: 1');
    expect(await page.getByTestId('import-errors').textContent()).toContain('Укажите «м» или «ж»');
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);

    await page.locator('input[type=file]').setInputFiles(good);
    await page.getByTestId('import-check').click();
    await report.getByText('Проверено 2 строки: ошибок нет').waitFor();
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').getByText('Загружено 2 личных дела').waitFor();

    await page.getByRole('link', { name: 'Перейти к списку выпускников' }).click();
    await page.getByRole('link', { name: 'Орлова Анна Ивановна' }).waitFor();
    await page.getByRole('link', { name: 'Белов Иван' }).waitFor();

    expect(scriptErrors).toEqual([]);
  });

  it('the list sorts by a header, pages, filters with the selects and switches tabs by keyboard', async () => {
    // An institution of its own, so the list holds exactly these twelve files.
    const institution = await api.createInstitution(`Детский дом № ${run} (список)`);
    const listHead = { ...head, login: `head.list.${run}`, fullName: 'Ильина Ольга Петровна' };
    await api.createUser({ ...listHead, role: 'head', institutionId: institution.id });
    const staff = await StaffApi.signIn(baseUrl, listHead.login, listHead.password);
    const surnames = ['Абрамова', 'Белова', 'Власова', 'Громова', 'Дронова', 'Ежова'];
    surnames.push('Жукова', 'Зуева', 'Исаева', 'Карпова', 'Лебедева', 'Миронова');
    const year = new Date().getFullYear();
    // Миронова, the last by name, turns 23 in a month: the oldest; the others are 18 to 21.
    const soon = new Date(Date.now() + 30 * 86_400_000);
    soon.setFullYear(soon.getFullYear() - 23);
    for (const [index, lastName] of surnames.entries()) {
      await staff.createGraduate({
        lastName,
        firstName: 'Анна',
        patronymic: 'Ивановна',
        sex: 'female',
        birthDate:
          lastName === 'Миронова'
            ? soon.toISOString().slice(0, 10)
            : `${year - 21 + Math.floor(index / 4)}-0${1 + (index % 4)}-1${index % 9}`,
      });
    }

    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates`);
    await page.waitForURL(/\/login$/);
    await signIn(page, listHead.login, listHead.password);
    const table = page.getByTestId('graduates-table');
    const names = () => table.locator('tbody tr td:first-child a').allInnerTexts();
    const firstName = async () => (await names())[0];
    const url = () => new URL(page.url()).searchParams;
    await table.getByRole('link', { name: 'Абрамова Анна Ивановна' }).waitFor();
    expect(await names()).toHaveLength(12);
    expect(await page.getByText('Всего: 12').count()).toBe(1);

    // By name first; a click on «Дата рождения» sorts by it, oldest first, a second one turns it.
    const nameHeader = table.locator('th', { hasText: 'ФИО' });
    const birthHeader = table.locator('th', { hasText: 'Дата рождения' });
    await until(
      () => nameHeader.getAttribute('aria-sort'),
      (value) => value === 'ascending',
    );
    await birthHeader.getByRole('button').click();
    await page.waitForURL(/sort=birthDate/);
    expect(url().get('order')).toBe('asc');
    await until(
      () => birthHeader.getAttribute('aria-sort'),
      (value) => value === 'ascending',
    );
    await until(
      () => nameHeader.getAttribute('aria-sort'),
      (value) => value === null,
    );
    await until(firstName, (value) => value === 'Миронова Анна Ивановна');
    await birthHeader.getByRole('button').click();
    await page.waitForURL(/order=desc/);
    await until(
      () => birthHeader.getAttribute('aria-sort'),
      (value) => value === 'descending',
    );
    await until(firstName, (value) => value !== 'Миронова Анна Ивановна');
    await nameHeader.getByRole('button').click();
    await page.waitForURL((address) => address.searchParams.get('sort') === 'name');
    await until(firstName, (value) => value === 'Абрамова Анна Ивановна');
    await nameHeader.getByRole('button').click();
    await page.waitForURL(/order=desc/);
    await until(firstName, (value) => value === 'Миронова Анна Ивановна');
    await nameHeader.getByRole('button').click();
    await page.waitForURL((address) => !address.searchParams.has('sort'));
    await until(firstName, (value) => value === 'Абрамова Анна Ивановна');

    // Ten a page: two pages, the second with the last two; the size stays in the address.
    await page.getByLabel('Записей на странице').selectOption('10');
    await page.waitForURL(/pageSize=10/);
    await until(
      async () => (await names()).length,
      (value) => value === 10,
    );
    const pager = page.getByRole('navigation', { name: 'Страницы списка' });
    expect(
      await pager.getByRole('button', { name: 'Страница 1' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await pager.getByRole('button', { name: 'Предыдущая страница' }).isDisabled()).toBe(
      true,
    );
    await pager.getByRole('button', { name: 'Следующая страница' }).click();
    await page.waitForURL(/page=2/);
    await until(
      names,
      (value) =>
        JSON.stringify(value) ===
        JSON.stringify(['Лебедева Анна Ивановна', 'Миронова Анна Ивановна']),
    );
    expect(await pager.getByRole('button', { name: 'Следующая страница' }).isDisabled()).toBe(true);
    await page.reload();
    await until(
      async () => (await names()).length,
      (value) => value === 2,
    );
    await pager.getByRole('button', { name: 'Страница 1' }).click();
    await page.waitForURL((address) => !address.searchParams.has('page'));
    await until(
      async () => (await names()).length,
      (value) => value === 10,
    );
    expect(url().get('pageSize')).toBe('10');

    // The status filter is the browser's select: the first file's status keeps every row of it.
    const status = (
      await table.locator('tbody tr').first().locator('td').nth(2).innerText()
    ).trim();
    await page.getByLabel('Статус сопровождения', { exact: true }).selectOption({ label: status });
    await page.waitForURL(/status=/);
    const statuses = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(statuses.every((text) => text.trim() === status)).toBe(true);
    await page
      .getByLabel('Статус сопровождения', { exact: true })
      .selectOption({ label: 'Любой статус' });
    await page.waitForURL((address) => !address.searchParams.has('status'));
    // An age band nobody is in: the empty list says so and resets the filters.
    await page.getByLabel('Возраст', { exact: true }).selectOption({ label: '23 года и старше' });
    await page.waitForURL(/ageFrom=23/);
    const empty = table.getByTestId('empty-state');
    await empty.getByText('Ничего не найдено по выбранным фильтрам.').waitFor();
    await empty.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await page.waitForURL((address) => !address.searchParams.has('ageFrom'));
    await table.getByRole('link', { name: 'Абрамова Анна Ивановна' }).waitFor();
    await until(
      () => page.getByLabel('Возраст', { exact: true }).inputValue(),
      (value) => value === '',
    );

    // The search box's «Очистить» empties it and the list follows at once.
    await page.getByRole('searchbox', { name: 'Поиск по ФИО — можно с опечатками' }).fill('Ежова');
    await page.waitForURL(/q=/);
    // The search forgives typos: the closest match comes first.
    await until(firstName, (value) => value === 'Ежова Анна Ивановна');
    await page.getByTestId('graduate-search').getByRole('button', { name: 'Очистить' }).click();
    await page.waitForURL((address) => !address.searchParams.has('q'));
    await until(
      async () => (await names()).length,
      (value) => value === 10,
    );

    // The tabs by keyboard: → shows who turns 23 soon, ← goes back to everyone.
    await page.getByTestId('turning23-notice').waitFor();
    const all = page.getByRole('tab', { name: 'Все выпускники' });
    expect(await all.getAttribute('aria-selected')).toBe('true');
    await all.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/view=turning23/);
    const soonTab = page.getByRole('tab', { name: /^Исполнится 23/ });
    await until(
      () => soonTab.getAttribute('aria-selected'),
      (value) => value === 'true',
    );
    expect(await soonTab.evaluate((tab) => tab === document.activeElement)).toBe(true);
    await page
      .getByTestId('turning23-table')
      .getByRole('link', { name: 'Миронова Анна Ивановна' })
      .waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL((address) => !address.searchParams.has('view'));
    await table.getByRole('link', { name: 'Абрамова Анна Ивановна' }).waitFor();

    expect(scriptErrors).toEqual([]);
  });
});
