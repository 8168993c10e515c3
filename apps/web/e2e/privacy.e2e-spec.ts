import { Client as PgClient } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { AdminApi, call } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Moves a file's end of support back in time, as years passing would. */
async function endedYearsAgo(graduateId: string, years: number): Promise<void> {
  const db = new PgClient({ connectionString: process.env.POSTCARE_DB_URL });
  await db.connect();
  try {
    await db.query(
      `UPDATE graduates SET archived_at = now() - make_interval(years => $2) WHERE id = $1`,
      [graduateId, years],
    );
  } finally {
    await db.end();
  }
}

describeInBrowser('web: personal data (152-FZ) in a real browser', () => {
  const run = Date.now().toString(36);
  const head = { login: `head.pd.${run}`, fullName: 'Зимина Елена Павловна', role: 'head' };
  const password = 'Морошка-Закат-2740';
  let browser: Browser;
  let baseUrl: string;
  let page: Page;
  let errors: Error[];
  let kept: { id: string };
  let expired: { id: string };

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run} (152-ФЗ)`);
    await api.createUser({ ...head, password, institutionId: institution.id });
    const staff = await StaffApi.signIn(baseUrl, head.login, password);
    kept = await staff.createGraduate({
      lastName: 'Белкина',
      firstName: 'Ольга',
      patronymic: 'Ивановна',
      sex: 'female',
      birthDate: '2006-05-04',
    });
    expired = await staff.createGraduate({
      lastName: 'Давнишний',
      firstName: 'Пётр',
      patronymic: 'Ильич',
      sex: 'male',
      birthDate: '2001-02-03',
    });
    const { accessToken } = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      login: head.login,
      password,
    });
    await call(
      baseUrl,
      `/api/graduates/${expired.id}/archive`,
      { version: 1, reason: 'Сопровождение окончено' },
      accessToken,
    );
    await endedYearsAgo(expired.id, 6);
    browser = await launchBrowser();
    ({ page, scriptErrors: errors } = await openPage(browser));
    await page.goto(`${baseUrl}/graduates/${kept.id}?tab=privacy`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, password);
  });

  afterEach(() => expect(errors).toEqual([]));

  afterAll(async () => {
    await browser?.close();
  });

  it('registers a request on the card, shows its deadline and downloads the export', async () => {
    await page.goto(`${baseUrl}/graduates/${kept.id}?tab=privacy`);
    const tab = page.getByTestId('personal-data-tab');
    await tab.getByText('Запросов не было').waitFor();
    await tab.getByRole('button', { name: 'Зарегистрировать запрос' }).click();
    const form = page.getByRole('dialog').filter({ hasText: 'Запрос о персональных данных' });
    await form.getByLabel('Как поступил').click();
    await page.getByTitle('Почтой').click();
    await form.getByLabel('Кто обратился').fill('Белкина О. И.');
    await form.getByRole('button', { name: 'Зарегистрировать запрос' }).click();
    await form.waitFor({ state: 'hidden' });
    const row = tab.getByTestId('subject-requests').locator('tbody tr.ant-table-row').first();
    await row.getByText('Ожидает ответа').waitFor();
    await row.getByText('Почтой').waitFor();

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      tab.getByRole('button', { name: 'Скачать PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('Сведения о персональных данных.pdf');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      tab.getByRole('button', { name: 'Скачать JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toBe('personal-data.json');

    await row.getByRole('button', { name: 'Отметить ответ' }).click();
    const answer = page.getByRole('dialog').filter({ hasText: 'Ответ на запрос' });
    await answer.getByLabel('Что сообщено или исправлено').fill('Выдана выписка');
    await answer.getByRole('button', { name: 'Отметить ответ' }).click();
    await answer.waitFor({ state: 'hidden' });
    await row.getByText(/Отвечен/).waitFor();
  });

  it('at 360 px the head destroys a file past retention after confirming, and gets the act', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl}/retention`);
    await page.getByRole('heading', { level: 1, name: 'Сроки хранения' }).waitFor();
    const due = page.getByTestId('retention-due');
    const row = due.locator('tbody tr.ant-table-row').filter({ hasText: 'Давнишний Пётр Ильич' });
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Уничтожить', exact: true }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Уничтожить персональные данные' });
    await dialog.getByText(/Уничтожение необратимо/).waitFor();
    await dialog.getByRole('button', { name: 'Уничтожить безвозвратно' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/составлен акт №/).waitFor();
    await due.getByText('Личных дел с истёкшим сроком хранения нет').waitFor();
    const act = page.getByTestId('destruction-acts').locator('tbody tr.ant-table-row').first();
    await act.getByText(expired.id.slice(0, 8).toUpperCase()).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      act.getByRole('button', { name: 'Скачать PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^Акт .* об уничтожении персональных данных\.pdf$/);
  });
});
