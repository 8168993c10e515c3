import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** The exported journal's columns (without its running number), as the template has them. */
const HEADERS = [
  'Дата и время обращения',
  'Способ обращения',
  'ФИО выпускника',
  'Дата рождения',
  'Проблемы',
  'Содержание обращения',
  'Ответственный специалист',
  'Статус',
  'Результат рассмотрения',
  'Дата оказания помощи',
  'Вид помощи',
  'Форма',
  'Длительность, мин',
  'Результат оказанной помощи',
  'Помощь оказал',
];

/** A day `days` ago as ДД.ММ.ГГГГ (two days back is in the past in any time zone). */
function ruDaysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

describeInBrowser('web: importing an old journal from Excel in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.jimport.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Сергеева Анна Викторовна',
  };
  const problem = 'Утрата или отсутствие документов';
  const help = 'Помощь в восстановлении (оформлении) документов';
  const people = [
    { lastName: 'Журавлёва', firstName: 'Алёна', patronymic: 'Игоревна', birthDate: '2006-04-11' },
    { lastName: 'Синицын', firstName: 'Павел', patronymic: 'Олегович', birthDate: '2005-09-02' },
  ];
  let browser: Browser;
  let baseUrl: string;
  let workDir: string;

  beforeAll(async () => {
    let admin: { login: string; password: string };
    ({ baseUrl, admin } = productEnvironment());
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run}`);
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    const staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    for (const person of people) await staff.createGraduate({ ...person, sex: 'female' });
    workDir = mkdtempSync(join(tmpdir(), 'journal-import-'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('checks a small journal, imports it and shows its appeals in the journal', async () => {
    const { page, scriptErrors } = await openPage(browser);
    const file = join(workDir, 'journal.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Журнал');
    sheet.addRow(HEADERS);
    const [alena, pavel] = people;
    sheet.addRow([
      `${ruDaysAgo(3)} 10:30`,
      'Личное обращение',
      'Журавлева Алена Игоревна',
      '11.04.2006',
      problem,
      'Потеряла паспорт',
      head.fullName,
      'Решено',
      'Паспорт восстановлен',
      ruDaysAgo(2),
      help,
      'индивидуальная, очно',
      40,
      'Подано заявление',
      '',
    ]);
    sheet.addRow([
      `${ruDaysAgo(2)} 15:00`,
      'По телефону',
      `${pavel.lastName} ${pavel.firstName} ${pavel.patronymic}`,
      '02.09.2005',
      problem,
    ]);
    await workbook.xlsx.writeFile(file);

    await page.goto(`${baseUrl}/appeals?period=all`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);
    await page.getByRole('heading', { name: 'Журнал обращений' }).waitFor();

    await page.getByTestId('journal-import').click();
    const dialog = page.getByRole('dialog', { name: 'Импорт журнала из Excel' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('journal-import-run').isDisabled()).toBe(true);
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByTestId('journal-import-check').click();
    const report = dialog.getByTestId('journal-import-report');
    await report
      .getByText('Проверено 2 строки, ошибок нет: обращений — 2, случаев помощи — 1')
      .waitFor();
    await dialog.getByTestId('journal-import-run').click();
    await dialog
      .getByTestId('journal-import-done')
      .getByText('Импортировано обращений: 2, случаев оказания помощи: 1')
      .waitFor();
    await dialog.getByRole('button', { name: 'Перейти к журналу' }).click();

    const table = page.getByTestId('appeals-table');
    const first = table
      .getByRole('row')
      .filter({ hasText: `${alena.lastName} ${alena.firstName}` });
    await first.waitFor();
    expect(await first.textContent()).toContain('Решено');
    const second = table
      .getByRole('row')
      .filter({ hasText: `${pavel.lastName} ${pavel.firstName}` });
    await second.waitFor();
    expect(await second.textContent()).toContain('Новое');

    expect(scriptErrors).toEqual([]);
  });
});
