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

/** The institution is in Khabarovsk (UTC+10), the browser is not: times are its wall clock. */
const ZONE = 'Asia/Vladivostok';

/** A moment as the institution's clock shows it, as the picker takes it: DD.MM.YYYY HH:mm. */
function wallClock(moment: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

describeInBrowser('web: group events in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.events.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Мельникова Ирина Сергеевна',
  };
  const specialist = {
    login: `spec.events.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Корнилов Артём Викторович',
    position: 'Педагог-психолог',
  };
  const supervisor = {
    login: `dir.events.${run}`,
    password: 'Otter-Lavender-33',
    fullName: 'Белоусова Наталья Андреевна',
    position: 'Заместитель директора',
  };
  const graduates = [
    { lastName: 'Сорокина', firstName: 'Алина', patronymic: 'Игоревна', sex: 'female' as const },
    { lastName: 'Тихонов', firstName: 'Максим', patronymic: 'Петрович', sex: 'male' as const },
  ];
  const names = graduates.map((g) => `${g.lastName} ${g.firstName} ${g.patronymic}`);
  const topic = `Как снять квартиру и не потерять деньги ${run}`;
  const clubTopic = `Клуб выпускников: планы на лето ${run}`;
  let browser: Browser;
  let baseUrl: string;
  let graduateIds: string[];
  let clubId: string;

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const { accessToken: adminToken } = await call<{ accessToken: string }>(
      baseUrl,
      '/api/auth/login',
      admin,
    );
    const institution = await call<{ id: string }>(
      baseUrl,
      '/api/institutions',
      {
        name: `Детский дом № ${run} (мероприятия)`,
        kind: 'children_home',
        region: 'Хабаровский край',
        municipality: 'г. Хабаровск',
        timeZone: ZONE,
      },
      adminToken,
    );
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    const { user } = await api.createUser({
      ...specialist,
      role: 'specialist',
      institutionId: institution.id,
    });
    await api.createUser({ ...supervisor, role: 'supervisor', institutionId: institution.id });
    const staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    const year = new Date().getFullYear();
    graduateIds = [];
    for (const [index, graduate] of graduates.entries()) {
      const { id } = await staff.createGraduate({
        ...graduate,
        birthDate: `${year - 19 + index}-0${index + 3}-14`,
        responsibleSpecialistId: user.id,
      });
      graduateIds.push(id);
    }
    // A club meeting next week, planned by the head, for the cancel and the read-only views.
    const { accessToken: headToken } = await call<{ accessToken: string }>(
      baseUrl,
      '/api/auth/login',
      { login: head.login, password: head.password },
    );
    ({ id: clubId } = await call<{ id: string }>(
      baseUrl,
      '/api/events',
      {
        kind: 'club_meeting',
        startsAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
        durationMinutes: 60,
        topic: clubTopic,
        place: 'Клубная комната',
        participantIds: [graduateIds[0]],
      },
      headToken,
    ));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a specialist plans an event with two graduates, holds it, and each gets a group service', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/events`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.waitForURL(/\/events$/);
    await page.getByRole('heading', { name: 'Групповые мероприятия' }).waitFor();

    await page.getByRole('button', { name: 'Запланировать мероприятие' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Новое мероприятие' });
    const form = dialog.getByTestId('event-form');
    await form.getByLabel('Тема').fill(topic);
    await pick(page, form.getByLabel('Вид мероприятия'), 'Тренинг');
    await form.getByLabel('Место проведения').fill('Актовый зал, ул. Ленина, 10');
    // It began two hours ago (attendance is marked after the start).
    const start = form.getByLabel('Начало');
    await start.fill(wallClock(new Date(Date.now() - 2 * 3600_000)));
    await start.press('Enter');
    await form.getByLabel('Продолжительность').fill('120');
    // The specialist leads it unless someone else is chosen.
    await form.getByText(specialist.fullName).first().waitFor();
    const participants = form.getByLabel('Участники');
    await pick(page, participants, names[0], 'Сорокина');
    await pick(page, participants, names[1], 'Тихонов');
    await snapshot(page, 'event-form');
    await dialog.getByRole('button', { name: 'Запланировать', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The new event's card opens: planned, with both participants.
    const drawer = page.getByTestId('event-drawer');
    await drawer.getByText(topic).first().waitFor();
    await drawer.getByTestId('event-status').getByText('Запланировано').waitFor();
    const details = drawer.getByTestId('event-details');
    await details.getByText('Тренинг').waitFor();
    await details.getByText('120 минут').waitFor();
    await details.getByText(specialist.fullName).waitFor();
    const table = drawer.getByTestId('event-participants');
    for (const name of names) await table.getByRole('link', { name }).waitFor();

    // Held: both came, and the card says what was recorded.
    await drawer.getByRole('button', { name: 'Провести' }).click();
    const holding = page.getByRole('dialog', { name: 'Мероприятие проведено' });
    await holding.getByText('Обучающий семинар, тренинг, мастер-класс', { exact: false }).waitFor();
    for (const name of names) expect(await holding.getByLabel(name).isChecked()).toBe(true);
    await snapshot(page, 'event-hold');
    await holding.getByRole('button', { name: 'Отметить проведённым' }).click();
    await holding.waitFor({ state: 'hidden' });
    await drawer.getByTestId('event-status').getByText('Проведено').waitFor();
    const outcome = drawer.getByTestId('event-outcome');
    await outcome.getByText('Мероприятие проведено: присутствовали 2 из 2').waitFor();
    await outcome.getByText(/2 участникам записана групповая услуга/).waitFor();
    expect(await table.getByText('Присутствовал').count()).toBe(2);
    expect(await table.getByTestId('participant-service').count()).toBe(2);
    await drawer.getByTestId('event-history').getByText('Проведено').waitFor();
    expect(await drawer.getByTestId('event-actions').count()).toBe(0);
    await snapshot(page, 'event-held');

    // The list of the current month shows it held, with the attendance.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    const row = page.getByTestId('events-table').getByRole('row').filter({ hasText: topic });
    await row.getByText('Проведено').waitFor();
    await row.getByText('2 из 2').waitFor();
    await snapshot(page, 'events-list');

    // The graduate's «Услуги» tab counts the group service of the event's day.
    await row.getByRole('button', { name: topic }).click();
    await drawer
      .getByTestId('event-participants')
      .getByRole('row')
      .filter({ hasText: names[1] })
      .getByTestId('participant-service')
      .click();
    await page.waitForURL(new RegExp(`/graduates/${graduateIds[1]}\\?tab=services`));
    const services = page.getByTestId('services-table');
    await services.getByText(`Тренинг «${topic}»`).waitFor();
    await services.getByText('Обучающий семинар, тренинг, мастер-класс').waitFor();
    await services.getByText(/Групповая/).waitFor();

    expect(scriptErrors).toEqual([]);
  });

  it('a bad form is refused with the reasons; a planned event is changed, then cancelled with its reason', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/events`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.waitForURL(/\/events$/);

    await page.getByRole('button', { name: 'Запланировать мероприятие' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Новое мероприятие' });
    const form = dialog.getByTestId('event-form');
    await form.getByLabel('Продолжительность').fill('0');
    await form.getByText('Приглашённый ведущий').click();
    await dialog.getByRole('button', { name: 'Запланировать', exact: true }).click();
    await form.getByText('Укажите тему мероприятия').waitFor();
    await form.getByText('Выберите вид мероприятия').waitFor();
    await form.getByText('Продолжительность — целое число минут от 1 до 1440').waitFor();
    await form.getByText('Укажите ФИО приглашённого ведущего').waitFor();
    await snapshot(page, 'event-form-invalid');
    // Something was typed: closing asks first.
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await page.getByRole('button', { name: 'Закрыть без сохранения' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Next week's club meeting: moved to the hall, a second participant added.
    await page.goto(`${baseUrl}/events?event=${clubId}`);
    const drawer = page.getByTestId('event-drawer');
    await drawer.getByText(clubTopic).first().waitFor();
    await drawer.getByRole('button', { name: 'Изменить' }).click();
    const editing = page.getByRole('dialog', { name: 'Изменение мероприятия' });
    const editForm = editing.getByTestId('event-form');
    await editForm.getByText(names[0]).waitFor();
    await editForm.getByLabel('Место проведения').fill('Актовый зал');
    await pick(page, editForm.getByLabel('Участники'), names[1], 'Тихонов');
    await editing.getByRole('button', { name: 'Сохранить' }).click();
    await editing.waitFor({ state: 'hidden' });
    await drawer.getByTestId('event-details').getByText('Актовый зал').waitFor();
    await drawer.getByTestId('event-participants').getByRole('link', { name: names[1] }).waitFor();

    // It cannot be held before it starts; it is cancelled, the reason kept.
    expect(await drawer.getByRole('button', { name: 'Провести' }).isDisabled()).toBe(true);
    await drawer.getByRole('button', { name: 'Отменить' }).click();
    const cancelling = page.getByRole('dialog', { name: 'Отмена мероприятия' });
    await cancelling.getByRole('button', { name: 'Отменить мероприятие' }).click();
    await cancelling.getByText('Укажите причину отмены').waitFor();
    await cancelling.getByLabel('Причина отмены').fill('Карантин в общежитии');
    await cancelling.getByRole('button', { name: 'Отменить мероприятие' }).click();
    await cancelling.waitFor({ state: 'hidden' });
    await drawer.getByTestId('event-status').getByText('Отменено').waitFor();
    await drawer.getByTestId('event-outcome').getByText('Причина: Карантин в общежитии').waitFor();
    await drawer.getByTestId('event-history').getByText('Карантин в общежитии').waitFor();
    expect(await drawer.getByTestId('event-actions').count()).toBe(0);

    // The list without a period, the cancelled ones of one participant: kept in the address.
    await page.goto(`${baseUrl}/events?from=&to=`);
    await pick(page, page.getByLabel('Статус'), 'Отменено');
    await page.waitForURL(/status=cancelled/);
    await pick(page, page.getByLabel('Мероприятия выпускника'), names[1], 'Тихонов');
    await page.waitForURL(/graduate=/);
    const list = page.getByTestId('events-table');
    await list.getByRole('row').filter({ hasText: clubTopic }).getByText('Отменено').waitFor();
    expect(await list.getByRole('row').filter({ hasText: topic }).count()).toBe(0);
    await page.reload();
    await page.getByTestId('event-participant-filter').getByText(names[1]).waitFor();
    await list.getByRole('row').filter({ hasText: clubTopic }).waitFor();
    await snapshot(page, 'events-filtered');

    expect(scriptErrors).toEqual([]);
  });

  it('the deputy director reads events and their cards without any write buttons, also on a phone', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/events`);
    await page.waitForURL(/\/login$/);
    await signIn(page, supervisor.login, supervisor.password);
    await page.waitForURL(/\/events$/);
    const row = page.getByTestId('events-table').getByRole('row').filter({ hasText: topic });
    await row.getByText('Проведено').waitFor();
    expect(await page.getByRole('button', { name: 'Запланировать мероприятие' }).count()).toBe(0);
    await snapshot(page, 'events-phone');

    await row.getByRole('button', { name: topic }).click();
    const drawer = page.getByTestId('event-drawer');
    await drawer.getByTestId('event-participants').getByRole('link', { name: names[0] }).waitFor();
    for (const name of ['Изменить', 'Провести', 'Отменить'])
      expect(await drawer.getByRole('button', { name }).count()).toBe(0);
    // On a phone the card takes the whole width.
    const box = await page.locator('.ant-drawer-content-wrapper').boundingBox();
    expect(Math.round(box?.width ?? 0)).toBe(390);
    await snapshot(page, 'event-card-phone');

    expect(scriptErrors).toEqual([]);
  });
});
