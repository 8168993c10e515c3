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

/** Whether the page scrolls sideways (it must not on a phone). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** One call of the HTTP API with a user's token (set-up only; the tests use the pages). */
async function request<T>(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

describeInBrowser('web: volunteer curators in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.curators.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Одинцова Вера Николаевна',
  };
  const specialist = {
    login: `spec.curators.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Гусев Павел Андреевич',
    position: 'Социальный педагог',
  };
  const graduate = { lastName: 'Журавлёва', firstName: 'Ксения', patronymic: 'Олеговна' };
  const graduateName = `${graduate.lastName} ${graduate.firstName} ${graduate.patronymic}`;
  const candidate = { lastName: `Ветрова`, firstName: 'Алла', patronymic: 'Игоревна' };
  const curatorName = `${candidate.lastName} ${candidate.firstName} ${candidate.patronymic}`;
  const curatorLogin = `vetrova.${run}`;
  const activityTitle = 'Составить резюме вместе';
  let browser: Browser;
  let baseUrl: string;
  let headToken: string;
  let institutionId: string;
  let graduateId: string;
  let planId: string;
  let curatorId: string;
  let temporaryPassword: string;

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run} (кураторы)`);
    institutionId = institution.id;
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    const { user } = await api.createUser({
      ...specialist,
      role: 'specialist',
      institutionId: institution.id,
    });
    ({ accessToken: headToken } = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      login: head.login,
      password: head.password,
    }));
    // Two hours of training make a candidate trained; two graduates per curator at most.
    const current = await request<{ version: number }>(
      baseUrl,
      headToken,
      'GET',
      `/api/institutions/${institution.id}`,
    );
    await request(baseUrl, headToken, 'PATCH', `/api/institutions/${institution.id}/settings`, {
      version: current.version,
      curatorTrainingHours: 2,
      curatorMaxGraduates: 2,
    });
    const staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    ({ id: graduateId } = await staff.createGraduate({
      ...graduate,
      sex: 'female',
      birthDate: `${new Date().getFullYear() - 19}-0${(Date.now() % 9) + 1}-11`,
      responsibleSpecialistId: user.id,
    }));
    // A signed contract and a plan, to give the curator an activity once approved.
    const contract = await request<{ id: string; version: number }>(
      baseUrl,
      headToken,
      'POST',
      '/api/contracts',
      { graduateId, kind: 'support', startsOn: dayFromToday(-10).iso },
    );
    await request(baseUrl, headToken, 'POST', `/api/contracts/${contract.id}/activate`, {
      version: contract.version,
      signedOn: dayFromToday(-10).iso,
      scanLater: true,
    });
    ({ id: planId } = await request<{ id: string }>(baseUrl, headToken, 'POST', '/api/plans', {
      contractId: contract.id,
      goals: [{ domain: 'employment', goal: 'Устроиться на работу' }],
    }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a head registers a candidate, records a session with attendance, approves, assigns a graduate and gives an account', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/curators`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, head.password);
    await page.waitForURL(/\/curators$/);
    await page
      .getByRole('navigation', { name: 'Основное меню' })
      .getByRole('link', { name: 'Кураторы' })
      .waitFor();
    await page.getByTestId('curators-table').getByText('Кандидатов и кураторов пока нет').waitFor();
    // The institution asks two hours of training and allows two graduates per curator.
    await page.goto(`${baseUrl}/institutions/${institutionId}/settings`);
    const settings = page.getByTestId('institution-settings-form');
    expect(await settings.getByLabel('Обучение кандидата — часов занятий').inputValue()).toBe('2');
    expect(
      await settings.getByLabel('Выпускников у одного куратора — не больше').inputValue(),
    ).toBe('2');
    await snapshot(page, 'settings-curators');
    await page.goto(`${baseUrl}/curators`);

    // The candidate brings the certificate; the consent is not signed yet.
    await page.getByRole('button', { name: 'Добавить кандидата' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Новый кандидат в кураторы' });
    const form = dialog.getByTestId('curator-form');
    await form.getByLabel('Фамилия').fill(candidate.lastName);
    await form.getByLabel('Имя', { exact: true }).fill(candidate.firstName);
    await form.getByLabel('Отчество').fill(candidate.patronymic);
    await form.getByLabel('Телефон').fill('+7 914 555-12-34');
    await form.getByLabel('Место работы, занятие').fill('Бухгалтер, ООО «Амур»');
    await form.getByLabel('Справка об отсутствии судимости: номер').fill('27/4-1185');
    await enterDate(form.getByLabel('Дата справки'), dayFromToday(-20).typed);
    await snapshot(page, 'curator-form');
    await dialog.getByRole('button', { name: 'Добавить', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Its card opens: a candidate with no hours, and what approval still needs.
    const drawer = page.getByTestId('curator-drawer');
    await drawer.getByText(curatorName).first().waitFor();
    curatorId = new URL(page.url()).searchParams.get('curator') ?? '';
    expect(curatorId).not.toBe('');
    await drawer.getByTestId('curator-status').getByText('Кандидат').waitFor();
    await drawer.getByTestId('training-progress').getByText('0 из 2 ч').first().waitFor();
    const missing = drawer.getByTestId('documents-missing');
    await missing.getByText(/согласия на обработку персональных данных/).waitFor();
    expect(await missing.getByText(/справки об отсутствии судимости/).count()).toBe(0);
    expect(await drawer.getByRole('button', { name: 'Утвердить' }).isDisabled()).toBe(true);
    await snapshot(page, 'curator-card-candidate');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Today's session: two hours, the candidate came.
    await page.getByRole('tab', { name: 'Обучение' }).click();
    await page.waitForURL(/view=training/);
    await page.getByRole('button', { name: 'Добавить занятие' }).click();
    const session = page.getByRole('dialog', { name: 'Новое занятие для кандидатов' });
    await session.getByLabel('Тема').fill('Особенности выпускников детских домов');
    await session.getByLabel('Кто проводил').fill('Педагог-психолог Сидорова Е. В.');
    await session.getByLabel('Часов').fill('2');
    await session.getByRole('button', { name: 'Добавить', exact: true }).click();
    const attendance = page.getByRole('dialog', { name: /^Присутствие на занятии/ });
    await attendance.getByTestId('attendance-form').getByText('Кандидаты').waitFor();
    await attendance.getByRole('checkbox', { name: new RegExp(curatorName) }).check();
    await snapshot(page, 'curator-attendance');
    await attendance.getByRole('button', { name: 'Сохранить присутствие' }).click();
    await attendance.waitFor({ state: 'hidden' });
    const sessions = page.getByTestId('training-table');
    await sessions.getByRole('row').filter({ hasText: curatorName }).waitFor();
    await snapshot(page, 'curator-training');

    // Found as one types, now trained.
    await page.getByRole('tab', { name: 'Кандидаты и кураторы' }).click();
    await page.getByRole('searchbox', { name: 'Поиск по ФИО, телефону или почте' }).fill('ветров');
    await page.waitForURL(/q=/);
    const row = page
      .getByTestId('curators-table')
      .getByRole('row')
      .filter({ hasText: curatorName });
    await row.getByText('Обучен').waitFor();
    await snapshot(page, 'curators-list');
    await row.getByRole('button', { name: curatorName }).click();

    // The consent is signed: the head approves.
    await drawer.getByTestId('curator-status').getByText('Обучен').waitFor();
    await drawer.getByRole('button', { name: 'Изменить' }).click();
    const editing = page.getByRole('dialog', { name: 'Изменение сведений о кураторе' });
    await enterDate(editing.getByLabel('Дата согласия на обработку ПД'), dayFromToday(-1).typed);
    await editing.getByRole('button', { name: 'Сохранить' }).click();
    await editing.waitFor({ state: 'hidden' });
    expect(await drawer.getByTestId('documents-missing').count()).toBe(0);
    await drawer.getByRole('button', { name: 'Утвердить' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Утвердить' }).click();
    await drawer.getByTestId('curator-status').getByText('Утверждён').waitFor();

    // A graduate is assigned, found by name; the curator starts working.
    await drawer.getByRole('tab', { name: 'Выпускники' }).click();
    await drawer.getByRole('button', { name: 'Закрепить выпускника' }).click();
    const assign = page.getByRole('dialog', { name: /^Закрепить выпускника за куратором/ });
    await assign
      .getByText('Первый день без доступа: в этот день куратор уже не видит выпускника')
      .waitFor();
    await pick(page, assign.getByLabel('Выпускник'), graduateName, 'журавлева');
    await assign.getByLabel('Цель').fill('Помощь в поиске работы и в быту');
    await snapshot(page, 'curator-assign');
    await assign.getByRole('button', { name: 'Закрепить', exact: true }).click();
    await assign.waitFor({ state: 'hidden' });
    const assignments = drawer.getByTestId('curator-assignments');
    await assignments
      .getByRole('row')
      .filter({ hasText: graduateName })
      .getByText('Действует')
      .waitFor();
    await drawer.getByTestId('curator-status').getByText('Работает').waitFor();

    // The account: the temporary password is shown once.
    await drawer.getByRole('button', { name: 'Выдать учётную запись' }).click();
    const account = page.getByRole('dialog', { name: `Учётная запись: ${curatorName}` });
    await account.getByLabel('Логин').fill(curatorLogin);
    await account.getByRole('button', { name: 'Выдать учётную запись' }).click();
    const issued = page.getByRole('dialog', { name: 'Учётная запись выдана' });
    await issued.getByText('Пароль показывается только один раз').waitFor();
    temporaryPassword = (
      (await issued.getByTestId('temporary-password').textContent()) ?? ''
    ).trim();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    await snapshot(page, 'curator-password');
    await issued.getByTestId('temporary-password-done').click();
    await issued.waitFor({ state: 'hidden' });
    expect(await drawer.getByRole('button', { name: 'Выдать учётную запись' }).count()).toBe(0);
    await drawer.getByRole('tab', { name: 'Сведения' }).click();
    await drawer.getByTestId('curator-details').getByText(curatorLogin).waitFor();
    await snapshot(page, 'curator-card-active');

    expect(scriptErrors).toEqual([]);
  });

  it('a curator’s day on a phone: the one graduate assigned, a visit recorded, an activity done', async () => {
    // The specialist gives the curator an activity of the graduate's plan.
    const plan = await request<{ version: number }>(
      baseUrl,
      headToken,
      'GET',
      `/api/plans/${planId}`,
    );
    await request(baseUrl, headToken, 'POST', `/api/plans/${planId}/activities`, {
      version: plan.version,
      domain: 'employment',
      title: activityTitle,
      dueOn: dayFromToday(7).iso,
      responsibleCuratorId: curatorId,
    });

    const { page, scriptErrors } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/login$/);
    await signIn(page, curatorLogin, temporaryPassword);

    // The temporary password is replaced first.
    await page.waitForURL(/\/account\/password$/);
    await page.getByLabel('Текущий пароль').fill(temporaryPassword);
    await page.getByLabel('Новый пароль', { exact: true }).fill('Puffin-Rosemary-29');
    await page.getByLabel('Повторите новый пароль').fill('Puffin-Rosemary-29');
    await page.locator('#change-password').getByRole('button', { name: 'Сменить пароль' }).click();
    await page.waitForURL(/\/my-graduates$/);

    // Exactly the one graduate assigned, with a call button and the open activity.
    const cards = page.getByTestId('my-graduate');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(1);
    await cards.getByTestId('my-graduate-name').getByText(graduateName).waitFor();
    expect(await cards.getByTestId('graduate-phone').getAttribute('href')).toBe('tel:+79140001122');
    await cards.getByTestId('activity-counts').getByText('Мероприятий к выполнению: 1').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await snapshot(page, 'my-graduates-phone');

    await cards.getByRole('button', { name: 'Открыть' }).click();
    await page.waitForURL(/\/my-graduates\/[\w-]+$/);
    await page.getByTestId('my-graduate-name').getByText(graduateName).waitFor();
    expect(await scrollsSideways(page)).toBe(false);

    // A home visit.
    await page.getByRole('button', { name: 'Записать контакт' }).click();
    const contact = page.getByRole('dialog', { name: 'Новая запись о контакте' });
    await contact.getByText('Посещение на дому').click();
    await contact.getByLabel('Что произошло').fill('Навестила дома, помогла составить резюме');
    await contact.getByLabel('Что дальше').fill('Сходить вместе в центр занятости');
    await contact.getByText(activityTitle).click();
    await snapshot(page, 'my-contact-form-phone');
    await contact.getByRole('button', { name: 'Записать', exact: true }).click();
    await contact.waitFor({ state: 'hidden' });
    const log = page.getByTestId('my-contacts');
    await log.getByText('Навестила дома, помогла составить резюме').waitFor();
    await log.getByText('Посещение на дому').waitFor();

    // The activity is done.
    const activity = page.getByTestId('my-activity').filter({ hasText: activityTitle });
    await activity.getByRole('button', { name: 'Выполнено' }).click();
    const done = page.getByRole('dialog', { name: 'Мероприятие выполнено' });
    await done.getByLabel('Результат').fill('Резюме отправлено в три компании');
    await done.getByRole('button', { name: 'Отметить выполненным' }).click();
    await done.waitFor({ state: 'hidden' });
    await activity.getByText('Резюме отправлено в три компании').waitFor();
    await activity.getByTestId('activity-status').getByText('Выполнено').waitFor();
    expect(await activity.getByRole('button', { name: 'Выполнено' }).count()).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);
    await snapshot(page, 'my-graduate-phone');

    // Their menu holds their own page and their account, nothing of the service.
    await page.getByTestId('main-menu-button').click();
    const phoneMenu = page.getByRole('navigation', { name: 'Основное меню' });
    await phoneMenu.getByRole('link').first().waitFor();
    expect(await phoneMenu.getByRole('link').allTextContents()).toEqual([
      'Мои выпускники',
      'Сменить пароль',
    ]);
    await snapshot(page, 'my-menu-phone');
    await phoneMenu.getByRole('link', { name: 'Мои выпускники' }).click();
    await page.waitForURL(/\/my-graduates$/);
    await cards.first().waitFor();
    await snapshot(page, 'my-graduates-phone-after');
    await page.setViewportSize({ width: 1440, height: 900 });
    const menu = page.getByRole('navigation', { name: 'Основное меню' });
    await menu.getByRole('link').first().waitFor();
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Мои выпускники',
      'Сменить пароль',
    ]);
    await snapshot(page, 'my-graduate-desktop');

    expect(scriptErrors).toEqual([]);
  });

  it('staff name the curator on a plan activity and as an event’s lead, and see the curator’s visit in the case log', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/${graduateId}?tab=plan`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    const plan = page.getByTestId('plan-view');
    await plan.getByTestId('activity-curator').getByText(`Куратор: ${curatorName}`).waitFor();

    // Another activity given to the curator.
    await plan.getByTestId('domain-employment').getByRole('button', { name: 'Добавить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новое мероприятие плана' });
    await dialog.getByText('Трудоустройство').waitFor();
    await dialog
      .getByLabel('Мероприятие', { exact: true })
      .fill('Сходить вместе в центр занятости');
    await enterDate(dialog.getByLabel('Срок', { exact: true }), dayFromToday(14).typed);
    await pick(page, dialog.getByLabel('Куратор'), curatorName, 'Ветр');
    await snapshot(page, 'plan-activity-curator');
    await dialog.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const added = plan.getByRole('row').filter({ hasText: 'Сходить вместе в центр занятости' });
    await added.getByText(`Куратор: ${curatorName}`).waitFor();

    // The curator's home visit, in the graduate's case log with the curator named.
    await page.goto(`${baseUrl}/graduates/${graduateId}?tab=monitoring`);
    const visit = page
      .getByTestId('case-log')
      .getByRole('row')
      .filter({ hasText: 'Навестила дома, помогла составить резюме' });
    await visit.getByText(`Куратор: ${curatorName}`).waitFor();
    await snapshot(page, 'case-log-curator');

    // A training led by the curator.
    await page.goto(`${baseUrl}/events`);
    await page.getByRole('button', { name: 'Запланировать мероприятие' }).first().click();
    const planning = page.getByRole('dialog', { name: 'Новое мероприятие' });
    const form = planning.getByTestId('event-form');
    await form.getByLabel('Тема').fill(`Как составить резюме ${run}`);
    await pick(page, form.getByLabel('Вид мероприятия'), 'Тренинг');
    await form.getByText('Куратор', { exact: true }).click();
    await pick(page, form.getByLabel('Куратор, который ведёт мероприятие'), curatorName, 'Ветр');
    await snapshot(page, 'event-form-curator');
    await planning.getByRole('button', { name: 'Запланировать', exact: true }).click();
    await planning.waitFor({ state: 'hidden' });
    const details = page.getByTestId('event-drawer').getByTestId('event-details');
    await details.getByText(`Куратор: ${curatorName}`).waitFor();

    expect(scriptErrors).toEqual([]);
  });

  it('a specialist works with candidates but has no approve or account buttons', async () => {
    // A trained candidate with the documents, and one the head approved (without an account).
    const { accessToken: specialistToken } = await call<{ accessToken: string }>(
      baseUrl,
      '/api/auth/login',
      { login: specialist.login, password: specialist.password },
    );
    const register = (lastName: string) =>
      request<{ id: string }>(baseUrl, specialistToken, 'POST', '/api/curators', {
        lastName,
        firstName: 'Мария',
        recordCheckOn: dayFromToday(-5).iso,
        consentOn: dayFromToday(-5).iso,
      });
    const trained = await register('Лебедева');
    const approved = await register('Орлова');
    const held = await request<{ id: string; version: number }>(
      baseUrl,
      specialistToken,
      'POST',
      '/api/curator-trainings',
      { heldOn: dayFromToday(-3).iso, topic: 'Права выпускников', hours: 2 },
    );
    await request(baseUrl, specialistToken, 'PUT', `/api/curator-trainings/${held.id}/attendance`, {
      version: held.version,
      curatorIds: [trained.id, approved.id],
    });
    const toApprove = await request<{ version: number }>(
      baseUrl,
      headToken,
      'GET',
      `/api/curators/${approved.id}`,
    );
    await request(baseUrl, headToken, 'POST', `/api/curators/${approved.id}/approve`, {
      version: toApprove.version,
    });

    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/curators?curator=${trained.id}`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    const drawer = page.getByTestId('curator-drawer');
    await drawer.getByTestId('curator-status').getByText('Обучен').waitFor();
    await drawer.getByRole('button', { name: 'Изменить' }).waitFor();
    await drawer.getByRole('button', { name: 'Выбыл' }).waitFor();
    expect(await drawer.getByRole('button', { name: 'Утвердить' }).count()).toBe(0);
    await snapshot(page, 'curator-card-specialist');

    await page.goto(`${baseUrl}/curators?curator=${approved.id}`);
    await drawer.getByTestId('curator-status').getByText('Утверждён').waitFor();
    await drawer.getByRole('button', { name: 'Изменить' }).waitFor();
    expect(await drawer.getByRole('button', { name: 'Выдать учётную запись' }).count()).toBe(0);
    await drawer.getByRole('tab', { name: 'Выпускники' }).click();
    await drawer.getByRole('button', { name: 'Закрепить выпускника' }).waitFor();

    // The graduate's card names the current curator.
    await page.goto(`${baseUrl}/graduates/${graduateId}`);
    await page.getByTestId('graduate-curator').getByText(curatorName).waitFor();
    await snapshot(page, 'graduate-card-curator');

    expect(scriptErrors).toEqual([]);
  });
});
