import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';

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

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
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
});
