import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { AdminApi, call } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Where to leave screenshots of the pages passed through (E2E_SCREENSHOTS=/some/dir). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

async function snapshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  // Let drawers slide in, dialogs fade out and lists finish loading.
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

/** A day `days` from today: as the pickers take it (DD.MM.YYYY) and as the API does. */
function dayFromToday(days: number): { typed: string; iso: string } {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const two = (value: number) => String(value).padStart(2, '0');
  const [dd, mm, yyyy] = [two(day.getDate()), two(day.getMonth() + 1), day.getFullYear()];
  return { typed: `${dd}.${mm}.${yyyy}`, iso: `${yyyy}-${mm}-${dd}` };
}

/** Types a date into an antd DatePicker and confirms it. */
async function enterDate(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

describeInBrowser('web: partners and referrals in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.partners.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Лаптева Галина Борисовна',
  };
  const specialist = {
    login: `spec.partners.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Зуев Олег Николаевич',
    position: 'Социальный педагог',
  };
  const graduate = { lastName: 'Гончаров', firstName: 'Денис', patronymic: 'Ильич' };
  const fullName = `${graduate.lastName} ${graduate.firstName} ${graduate.patronymic}`;
  const centre = `КГКУ «Центр занятости населения города Хабаровска» ${run}`;
  const purpose = 'Постановка на учёт в качестве ищущего работу';
  let browser: Browser;
  let baseUrl: string;
  let graduateId: string;

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run} (партнёры)`);
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    const { user } = await api.createUser({
      ...specialist,
      role: 'specialist',
      institutionId: institution.id,
    });
    const staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    ({ id: graduateId } = await staff.createGraduate({
      ...graduate,
      sex: 'male',
      birthDate: `${new Date().getFullYear() - 19}-0${(Date.now() % 9) + 1}-21`,
      responsibleSpecialistId: user.id,
    }));
    // The graduate's consent lets the service share only with educational institutions.
    const { accessToken } = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      login: head.login,
      password: head.password,
    });
    await call(
      baseUrl,
      `/api/graduates/${graduateId}/consents`,
      {
        signedOn: dayFromToday(-1).iso,
        allowsProcessing: true,
        allowsPhoto: false,
        sharingPartnerKinds: ['education'],
      },
      accessToken,
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a head adds an employment centre to the directory; its agreement ending soon is marked', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/partners`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);
    await page.waitForURL(/\/partners$/);
    await page
      .getByRole('navigation', { name: 'Основное меню' })
      .getByRole('link', { name: 'Партнёры' })
      .waitFor();
    await page
      .getByTestId('partners-table')
      .getByText('В справочнике пока нет организаций')
      .waitFor();

    await page.getByRole('button', { name: 'Добавить организацию' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Новая организация' });
    const form = dialog.getByTestId('partner-form');
    await form.getByLabel('Название').fill(centre);
    await pick(page, form.getByLabel('Вид организации'), 'Центр занятости');
    await form.getByLabel('Контактное лицо').fill('Белова Анна Петровна, инспектор');
    await form.getByLabel('Адрес').fill('г. Хабаровск, ул. Запарина, 112');
    await form.getByLabel('Телефоны 1').fill('+7 4212 41-87-00');
    await form.getByLabel('Электронная почта').fill('czn@example.ru');
    await form.getByLabel('Номер договора').fill('15-С');
    await enterDate(form.getByLabel('Дата заключения'), dayFromToday(-340).typed);
    await enterDate(form.getByLabel('Действует до'), dayFromToday(20).typed);
    await snapshot(page, 'partner-form');
    await dialog.getByRole('button', { name: 'Добавить', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The new organisation's card opens: its details and the agreement ending soon.
    const drawer = page.getByTestId('partner-drawer');
    await drawer.getByText(centre).first().waitFor();
    const details = drawer.getByTestId('partner-details');
    await details.getByText('Центр занятости').waitFor();
    await details.getByText('Белова Анна Петровна, инспектор').waitFor();
    await details.getByText(/Истекает через \d+ д/).waitFor();
    await drawer.getByText('В эту организацию пока никого не направляли').waitFor();
    await snapshot(page, 'partner-card');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Found by part of its name as one types, and by kind.
    await page.getByRole('searchbox', { name: 'Поиск по названию' }).fill('занятости');
    await page.waitForURL(/q=/);
    const row = page.getByTestId('partners-table').getByRole('row').filter({ hasText: centre });
    await row.getByText('Белова Анна Петровна, инспектор').waitFor();
    await row.getByText('+7 4212 41-87-00').waitFor();
    expect(await row.getByTestId('agreement-validity').getAttribute('data-state')).toBe('expiring');
    await snapshot(page, 'partners-directory');
    await page.getByRole('searchbox', { name: 'Поиск по названию' }).fill('колледж');
    await page.getByTestId('partners-table').getByText('Ничего не нашлось').waitFor();

    expect(scriptErrors).toEqual([]);
  });

  it('a specialist is refused a referral the consent does not cover, records the consent, refers and marks it accepted', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/${graduateId}?tab=referrals`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.waitForURL(/tab=referrals/);
    const tab = page.getByTestId('referrals-tab');
    await tab.getByText('Выпускника пока никуда не направляли').waitFor();
    await tab
      .getByTestId('referral-consent')
      .getByText(/Образовательные организации/)
      .waitFor();

    // The consent names educational institutions only: the employment centre is refused.
    const refer = async () => {
      await tab.getByRole('button', { name: 'Направить в организацию' }).click();
      const dialog = page.getByRole('dialog', { name: 'Направление в организацию' });
      const form = dialog.getByTestId('referral-form');
      await pick(page, form.getByLabel('Организация'), centre, 'занятости');
      await form.getByLabel('Цель направления').fill(purpose);
      return dialog;
    };
    let dialog = await refer();
    await dialog.getByTestId('kind-not-covered').waitFor();
    await dialog.getByRole('button', { name: 'Направить', exact: true }).click();
    const refusal = dialog.getByTestId('consent-refusal');
    await refusal.getByText('Нет действующего согласия выпускника на передачу сведений').waitFor();
    expect(await refusal.textContent()).toContain(
      'Запишите согласие выпускника на передачу сведений организациям вида «Центр занятости» на вкладке «Согласие»',
    );
    await snapshot(page, 'referral-refused');

    // The way out: the «Согласие» tab, a consent naming employment centres.
    await refusal.getByRole('button', { name: 'Открыть вкладку «Согласие»' }).click();
    await page.waitForURL(/tab=consent/);
    await page.getByRole('button', { name: 'Записать согласие' }).click();
    const consentDialog = page.getByRole('dialog', { name: 'Письменное согласие выпускника' });
    await consentDialog.getByText('Центр занятости').click();
    await consentDialog.getByRole('button', { name: 'Записать согласие' }).click();
    await consentDialog.waitFor({ state: 'hidden' });
    await page.getByTestId('consents-table').getByText('Центр занятости').waitFor();

    // Now the referral is made, and the centre's acceptance is recorded.
    await page.getByRole('tab', { name: 'Направления' }).click();
    await page.waitForURL(/tab=referrals/);
    await tab
      .getByTestId('referral-consent')
      .getByText(/Центр занятости/)
      .waitFor();
    dialog = await refer();
    expect(await dialog.getByTestId('kind-not-covered').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Направить', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const referrals = tab.getByTestId('graduate-referrals');
    const row = referrals.getByRole('row').filter({ hasText: centre });
    await row.getByTestId('referral-status').getByText('Направлен').waitFor();

    await row.getByRole('button', { name: 'Принят' }).click();
    const accepting = page.getByRole('dialog', { name: 'Организация приняла выпускника' });
    await accepting.getByLabel('Комментарий').fill('Поставлен на учёт, назначена консультация');
    await accepting.getByRole('button', { name: 'Отметить приём' }).click();
    await accepting.waitFor({ state: 'hidden' });
    await row.getByTestId('referral-status').getByText('Принят').waitFor();
    await row.getByText('Поставлен на учёт, назначена консультация').waitFor();
    await row.getByRole('button', { name: 'Выполнено' }).waitFor();
    await snapshot(page, 'graduate-referrals');

    // The section lists it among the accepted ones, leading back to the graduate's card.
    await page.goto(`${baseUrl}/partners?view=referrals`);
    await page.getByTestId('referral-statuses').getByText('Принят').click();
    await page.waitForURL(/status=accepted/);
    const listed = page.getByTestId('referrals-table').getByRole('row').filter({ hasText: centre });
    await listed.getByTestId('referral-status').getByText('Принят').waitFor();
    await snapshot(page, 'partners-referrals');
    await listed.getByRole('link', { name: fullName }).click();
    await page.waitForURL(new RegExp(`/graduates/${graduateId}\\?tab=referrals`));
    await tab.getByTestId('graduate-referrals').getByText(purpose).waitFor();

    expect(scriptErrors).toEqual([]);
  });
});
