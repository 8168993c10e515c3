import type { Browser, Locator, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Opens an antd select and picks the option with this text. */
async function pick(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

describeInBrowser('web: no work is lost on a long form', () => {
  const run = Date.now().toString(36);
  const specialist = {
    login: `spec.unsaved.${run}`,
    password: 'Клюква-Рассвет-6093',
    fullName: 'Ларионова Вера Павловна',
    position: 'Социальный педагог',
  };
  const head = {
    login: `head.unsaved.${run}`,
    password: 'Клюква-Рассвет-6093',
    fullName: 'Дроздова Нина Ильинична',
    position: 'Руководитель службы',
  };
  // A birth date of this run, so a re-run on the same database is no duplicate.
  const day = String((Date.now() % 28) + 1).padStart(2, '0');
  let browser: Browser;
  let baseUrl: string;
  let graduateId: string;

  beforeAll(async () => {
    let admin: { login: string; password: string };
    ({ baseUrl, admin } = productEnvironment());
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Центр «Черновик» № ${run}`);
    const { user } = await api.createUser({
      ...specialist,
      role: 'specialist',
      institutionId: institution.id,
    });
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    // Aged 20 (eligible, no legal representative needed), the specialist's own.
    const staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    ({ id: graduateId } = await staff.createGraduate({
      lastName: 'Тихонова',
      firstName: 'Елена',
      patronymic: 'Сергеевна',
      sex: 'female',
      birthDate: `${new Date().getFullYear() - 20}-07-${day}`,
      leftCareOn: new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10),
      responsibleSpecialistId: user.id,
    }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks before leaving a half-filled personal file, keeps it over a reload, and forgets it once saved', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/new`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.waitForURL(/\/graduates\/new$/);
    const form = page.getByTestId('graduate-create-form');
    // The specialist who registers the person is their specialist unless changed.
    await form.getByText(specialist.fullName).waitFor();

    await form.getByLabel('Фамилия', { exact: true }).fill('Мельникова');
    await form.getByLabel('Имя', { exact: true }).fill('Алина');

    // A menu link: the app asks first; staying keeps what was typed.
    await page.getByRole('link', { name: 'Журнал обращений' }).click();
    const dialog = page.getByRole('dialog', { name: 'Уйти без сохранения?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Остаться' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/graduates/new');
    expect(await form.getByLabel('Фамилия', { exact: true }).inputValue()).toBe('Мельникова');

    // A reload: the browser asks too, and the draft comes back with a notice.
    const asked: string[] = [];
    page.once('dialog', (question) => {
      asked.push(question.type());
      void question.accept();
    });
    await page.reload();
    await page.getByTestId('draft-restored').getByText('Восстановлен черновик').waitFor();
    expect(asked).toEqual(['beforeunload']);
    expect(await form.getByLabel('Фамилия', { exact: true }).inputValue()).toBe('Мельникова');
    expect(await form.getByLabel('Имя', { exact: true }).inputValue()).toBe('Алина');

    // Finished and saved: the card opens without a question and the draft is gone.
    await form.getByLabel('Отчество', { exact: true }).fill('Игоревна');
    await form.getByText('Женский', { exact: true }).click();
    const birth = form.getByLabel('Дата рождения', { exact: true });
    await birth.fill(`${day}.05.2006`);
    await birth.press('Enter');
    await pick(page, form.getByLabel('Правовой статус', { exact: true }), 'Сирота');
    await form.getByRole('button', { name: 'Зарегистрировать', exact: true }).click();
    await page.waitForURL(/\/graduates\/[0-9a-f-]{36}$/);
    expect(
      await page.evaluate(() =>
        Object.keys(sessionStorage).filter((key) => key.startsWith('postcare.draft')),
      ),
    ).toEqual([]);

    await page.goto(`${baseUrl}/graduates/new`);
    await form.getByText(specialist.fullName).waitFor();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await form.getByLabel('Фамилия', { exact: true }).inputValue()).toBe('');

    // Leaving on purpose is one click away.
    await form.getByLabel('Фамилия', { exact: true }).fill('Черновая');
    await page.getByRole('link', { name: 'Журнал обращений' }).click();
    await dialog.getByRole('button', { name: 'Уйти без сохранения' }).click();
    await page.waitForURL(/\/appeals$/);

    expect(scriptErrors).toEqual([]);
  });

  /** The drafts this tab keeps. */
  const drafts = (page: Page) =>
    page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith('postcare.draft')),
    );

  it('a dialog asks before closing or leaving with typed input; the contract keeps a draft over a reload; a discarded plan leaves none', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/${graduateId}?tab=contract`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.getByTestId('no-contract').waitFor();
    // The journal and back: the history has a page of the app to go forward to.
    await page.getByRole('link', { name: 'Журнал обращений' }).click();
    await page.waitForURL(/\/appeals$/);
    await page.goBack();
    await page.getByTestId('no-contract').waitFor();
    const conditions = 'Встречи не реже двух раз в месяц';

    await page.getByRole('button', { name: 'Новый договор' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый договор' });
    const form = dialog.getByTestId('contract-form');
    await form.getByLabel('Особые условия').fill(conditions);

    // «Отмена» with something typed asks first; going back keeps the text.
    const confirm = page.getByRole('dialog').filter({ hasText: 'Закрыть без сохранения?' });
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await confirm.getByText('Есть несохранённые изменения').waitFor();
    await confirm.getByRole('button', { name: 'Вернуться к форме' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await form.getByLabel('Особые условия').inputValue()).toBe(conditions);

    // Leaving through the browser's history asks too.
    void page.goForward({ timeout: 5_000 }).catch(() => undefined);
    const leave = page.getByRole('dialog', { name: 'Уйти без сохранения?' });
    await leave.getByRole('button', { name: 'Остаться' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`/graduates/${graduateId}`);
    expect(await form.getByLabel('Особые условия').inputValue()).toBe(conditions);

    // A reload: the browser asks, and the reopened dialog has the text back.
    const asked: string[] = [];
    page.once('dialog', (question) => {
      asked.push(question.type());
      void question.accept();
    });
    await page.reload();
    await page.getByTestId('no-contract').waitFor();
    expect(asked).toEqual(['beforeunload']);
    await page.getByRole('button', { name: 'Новый договор' }).click();
    await dialog.getByTestId('draft-restored').getByText('Восстановлен черновик').waitFor();
    expect(await form.getByLabel('Особые условия').inputValue()).toBe(conditions);

    // Thrown away, the draft empties the form; typed again, it is kept again.
    await dialog.getByRole('button', { name: 'Удалить черновик' }).click();
    await dialog.getByTestId('draft-restored').waitFor({ state: 'hidden' });
    expect(await form.getByLabel('Особые условия').inputValue()).toBe('');
    expect(await drafts(page)).toEqual([]);
    await form.getByLabel('Особые условия').fill(conditions);
    expect((await drafts(page)).length).toBe(1);

    // Saved: the draft is gone, and no question stands in the way.
    await dialog.getByRole('button', { name: 'Создать черновик' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const card = page.getByTestId('contract-card');
    await card.getByTestId('contract-status').getByText('Черновик').waitFor();
    expect(await card.textContent()).toContain(conditions);
    expect(await drafts(page)).toEqual([]);

    // Signed, so a plan can be drafted.
    const number = (await card.getByTestId('contract-number').textContent()) ?? '';
    await card.getByRole('button', { name: 'Подписан' }).click();
    const signing = page.getByRole('dialog', { name: `Подписание договора № ${number}` });
    await signing.getByText('Подписан на бумаге, скан позже').click();
    await signing.getByRole('button', { name: 'Договор подписан' }).click();
    await signing.waitFor({ state: 'hidden' });
    await card.getByTestId('contract-status').getByText('Действует').waitFor();

    // A plan's goal typed, then thrown away on purpose: closed, and no draft left behind.
    await page.getByRole('tab', { name: 'План' }).click();
    await page.getByRole('button', { name: 'Создать план' }).click();
    const plan = page.getByRole('dialog', { name: `Индивидуальный план к договору № ${number}` });
    await plan.getByRole('button', { name: 'Добавить цель' }).click();
    await pick(page, plan.getByLabel('Сфера жизни'), 'Жильё');
    await plan.getByLabel('Цель', { exact: true }).fill('Встать в очередь на жильё');
    expect((await drafts(page)).length).toBe(1);
    await plan.getByRole('button', { name: 'Отмена' }).click();
    await confirm.getByRole('button', { name: 'Закрыть без сохранения' }).click();
    await plan.waitFor({ state: 'hidden' });
    expect(await drafts(page)).toEqual([]);
    await page.getByRole('button', { name: 'Создать план' }).click();
    await plan.waitFor();
    expect(await plan.getByTestId('draft-restored').count()).toBe(0);
    expect(await plan.getByLabel('Цель', { exact: true }).count()).toBe(0);
    // Nothing typed: it closes at once.
    await plan.getByRole('button', { name: 'Отмена' }).click();
    await plan.waitFor({ state: 'hidden' });

    expect(scriptErrors).toEqual([]);
  }, 120_000);
});
