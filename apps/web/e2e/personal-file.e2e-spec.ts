import dayjs from 'dayjs';
import { Workbook } from 'exceljs';
import type { Browser } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser(
  'web: the personal file’s family and documents, its extract, and the list export',
  () => {
    const run = Date.now().toString(36);
    const specialist = {
      login: `spec.family.${run}`,
      password: 'Сорока-белобока-2026',
      fullName: 'Петров Илья Сергеевич',
    };
    let browser: Browser;
    let baseUrl: string;
    let graduateId: string;

    beforeAll(async () => {
      const { admin, ...env } = productEnvironment();
      baseUrl = env.baseUrl;
      const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
      const institution = await api.createInstitution(`Детский дом № ${run}`);
      await api.createUser({ ...specialist, role: 'specialist', institutionId: institution.id });
      const staff = await StaffApi.signIn(baseUrl, specialist.login, specialist.password);
      graduateId = (
        await staff.createGraduate({
          lastName: 'Кузнецова',
          firstName: 'Дарья',
          patronymic: 'Игоревна',
          sex: 'female',
          birthDate: '2006-03-01',
        })
      ).id;
      await staff.recordConsent(graduateId, dayjs().format('YYYY-MM-DD'));
      browser = await launchBrowser();
    });

    it('exports the graduates list to Excel with the filters on the page', async () => {
      const { page, scriptErrors } = await openPage(browser);
      await page.goto(`${baseUrl}/graduates?status=one_off`);
      await signIn(page, specialist.login, specialist.password);
      await page.getByRole('button', { name: 'Выгрузить в Excel' }).waitFor();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Выгрузить в Excel' }).click(),
      ]);
      const workbook = new Workbook();
      await workbook.xlsx.readFile(await file.path());
      const names: string[] = [];
      workbook.worksheets[0].eachRow((row, index) => {
        if (index > 1) names.push(String(row.getCell(1).value));
      });
      expect(names).toEqual(['Кузнецова Дарья Игоревна']);
      expect(scriptErrors).toEqual([]);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('adds a grandmother who should not be called, and a passport whose number is checked', async () => {
      const { page, scriptErrors } = await openPage(browser);
      await page.goto(`${baseUrl}/graduates/${graduateId}`);
      await signIn(page, specialist.login, specialist.password);
      await page.getByRole('heading', { name: 'Родственники и значимые взрослые' }).waitFor();
      await page.getByText('Родственники не записаны').waitFor();

      await page.getByRole('button', { name: 'Добавить родственника' }).click();
      const relative = page.getByTestId('relative-form');
      await relative.waitFor();
      await relative.getByLabel('Кем приходится').click();
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: 'Бабушка или дедушка' })
        .click();
      await relative.getByLabel('ФИО').fill('Кузнецова Нина Павловна');
      await relative.getByLabel('Телефоны').fill('+7 914 555-66-77');
      await relative.getByLabel('Выпускник согласен на контакт').click();
      await relative.getByLabel('Примечание').fill('Просила не звонить');
      await page.getByRole('button', { name: 'Сохранить' }).click();
      const relatives = page.getByTestId('relatives-table');
      await relatives.getByText('Кузнецова Нина Павловна').waitFor();
      await relatives.getByText('Просила не звонить').waitFor();

      await page.getByRole('button', { name: 'Добавить документ' }).click();
      const document = page.getByTestId('identity-document-form');
      await document.waitFor();
      await document.getByLabel('Серия').fill('0812');
      await document.getByLabel('Номер', { exact: true }).fill('12345');
      await page.getByRole('button', { name: 'Сохранить' }).click();
      // Under the field itself (the dialog's summary says it too).
      await document
        .locator('.ant-form-item-explain-error', { hasText: 'Номер паспорта — 6 цифр' })
        .waitFor();
      await document.getByLabel('Номер', { exact: true }).fill('123456');
      await page.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByTestId('identity-documents-table').getByText('0812 123456').waitFor();

      await relatives.getByRole('button', { name: 'В архив' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: /OK|Да/ }).click();
      await page.getByText('Родственники не записаны').waitFor();
      await page.getByLabel('Показывать записи в архиве').check();
      await relatives.getByText('В архиве').waitFor();

      const [extract] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Выписка (PDF)' }).click(),
      ]);
      expect(extract.suggestedFilename()).toBe('Выписка из личного дела Кузнецова Д. И.pdf');
      expect(scriptErrors).toEqual([]);
    });
  },
);
