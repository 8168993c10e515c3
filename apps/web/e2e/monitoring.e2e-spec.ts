import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Where to leave screenshots of the pages passed through (E2E_SCREENSHOTS=/some/dir). */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

async function snapshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS)
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const DOMAINS = [
  'housing',
  'documents',
  'education',
  'employment',
  'health',
  'family',
  'finances',
  'legal',
  'leisure',
  'risk_behaviour',
] as const;
type Domain = (typeof DOMAINS)[number];

const SCORE_LABELS = {
  1: '1 · Кризис',
  2: '2 · Уязвимость',
  3: '3 · Стабильно',
  4: '4 · Самостоятельно',
};

/** Picks a score of one domain in the assessment form (the radio's visible label). */
async function choose(domain: Locator, score: 1 | 2 | 3 | 4): Promise<void> {
  await domain.locator('label').filter({ hasText: SCORE_LABELS[score] }).click();
}

/**
 * Fills «Новая оценка»: every domain 3 (stable) unless given; the housing note too. Saved
 * with «Сохранить оценку».
 */
async function recordAssessment(
  page: Page,
  scores: Partial<Record<Domain, 1 | 2 | 3 | 4>>,
  housingNote: string,
): Promise<void> {
  await page.getByRole('button', { name: 'Новая оценка' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая оценка ситуации' });
  const form = dialog.getByTestId('assessment-form');
  for (const domain of DOMAINS) {
    const score = scores[domain] ?? 3;
    await choose(form.getByTestId(`domain-${domain}`), score);
  }
  await form.getByLabel('Жильё: Заметка').fill(housingNote);
  await dialog.getByRole('button', { name: 'Сохранить оценку' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The dots drawn in one domain's chart of the dynamics. */
const dotsOf = (page: Page, domain: Domain): Locator =>
  page.getByTestId(`dynamics-${domain}`).locator('svg circle.dynamics-dot');

describeInBrowser('web: monitoring in a real browser', () => {
  const run = Date.now().toString(36);
  const head = {
    login: `head.mon.${run}`,
    password: 'Kestrel-Marmalade-71',
    fullName: 'Воронина Ирина Львовна',
  };
  const specialist = {
    login: `spec.mon.${run}`,
    password: 'Heron-Tangerine-52',
    fullName: 'Никитин Павел Андреевич',
    position: 'Социальный педагог',
  };
  const graduate = { lastName: 'Орлова', firstName: 'Алина', patronymic: 'Сергеевна' };
  const fullName = `${graduate.lastName} ${graduate.firstName} ${graduate.patronymic}`;
  const guardianshipBody = 'Отдел опеки и попечительства по г. Хабаровску';
  let browser: Browser;
  let baseUrl: string;
  let graduateId: string;

  beforeAll(async () => {
    const { admin, ...env } = productEnvironment();
    baseUrl = env.baseUrl;
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const institution = await api.createInstitution(`Детский дом № ${run} (мониторинг)`);
    await api.createUser({ ...head, role: 'head', institutionId: institution.id });
    const { user } = await api.createUser({
      ...specialist,
      role: 'specialist',
      institutionId: institution.id,
    });
    // Aged 19–20, left care a year ago, assigned to the specialist.
    const staff = await StaffApi.signIn(baseUrl, head.login, head.password);
    ({ id: graduateId } = await staff.createGraduate({
      ...graduate,
      sex: 'female',
      birthDate: `${new Date().getFullYear() - 20}-0${(Date.now() % 9) + 1}-12`,
      leftCareOn: new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10),
      responsibleSpecialistId: user.id,
    }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('records an assessment with a housing crisis, sends the suggested notice, and shows the dynamics of two assessments', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/${graduateId}?tab=monitoring`);
    await page.waitForURL(/\/login$/);
    await signIn(page, specialist.login, specialist.password);
    await page.waitForURL(/tab=monitoring/);
    const tab = page.getByTestId('monitoring-tab');
    await tab.getByTestId('no-assessment').waitFor();

    // The scale's meaning is at hand: choosing a score shows what it means in that domain,
    // and the arrow keys move between the scores.
    await page.getByRole('button', { name: 'Новая оценка' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая оценка ситуации' });
    const documents = dialog.getByTestId('domain-documents');
    await choose(documents, 2);
    await page.keyboard.press('ArrowRight');
    expect(
      await documents.getByRole('radio', { name: SCORE_LABELS[3], exact: true }).isChecked(),
    ).toBe(true);
    await dialog
      .getByTestId('guidance-documents')
      .getByText(/паспорт, СНИЛС/)
      .waitFor();
    // A score was chosen: closing asks first.
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await page.getByRole('button', { name: 'Закрыть без сохранения' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // First assessment: housing in crisis, everything else stable.
    await recordAssessment(page, { housing: 1 }, 'Выселяют из съёмной квартиры');
    const latest = tab.getByTestId('latest-scores');
    await latest.getByRole('row').filter({ hasText: 'Жильё' }).getByText('1 · Кризис').waitFor();

    // The crisis calls for informing the guardianship body: the notice comes pre-filled.
    const suggested = tab.getByTestId('suggested-notices');
    await suggested.getByText('Жильё: Проблема сохранности жилья').waitFor();
    await suggested.getByRole('button', { name: 'Уведомить орган опеки' }).click();
    const noticeDialog = page.getByRole('dialog', { name: 'Уведомление органа опеки' });
    const noticeForm = noticeDialog.getByTestId('notice-form');
    expect(await noticeForm.getByLabel('Что выявлено').inputValue()).toContain(
      'Жильё: кризисное состояние. Выселяют из съёмной квартиры',
    );
    await noticeForm.getByText('Проблема сохранности жилья').waitFor();
    await noticeForm.getByLabel('Принятые меры').fill('Проведена беседа с арендодателем');
    await noticeForm.getByLabel('Орган опеки').fill(guardianshipBody);
    await noticeDialog.getByRole('button', { name: 'Сохранить уведомление' }).click();
    await noticeDialog.waitFor({ state: 'hidden' });
    await suggested.getByText('Уведомление открыто').waitFor();
    const graduateNotices = tab.getByTestId('graduate-notices');
    await graduateNotices.getByTestId('notice-status').getByText('К отправке').waitFor();
    await snapshot(page, 'monitoring-tab-first');

    // The section lists it among the notices to send; it is marked sent there.
    await page.goto(`${baseUrl}/monitoring`);
    const notices = page.getByTestId('notices-table');
    const row = notices.getByRole('row').filter({ hasText: fullName });
    await row.getByText('Проблема сохранности жилья').waitFor();
    await row.getByRole('button', { name: 'Отметить отправку' }).click();
    const sending = page.getByRole('dialog', { name: 'Отправка уведомления' });
    await sending.getByLabel('Исходящий номер').fill('01-15/342');
    await sending.getByRole('button', { name: 'Отправлено', exact: true }).click();
    await sending.waitFor({ state: 'hidden' });
    await page.getByTestId('notice-states').getByText('Отправлены').click();
    await page.waitForURL(/state=sent/);
    const sentRow = notices.getByRole('row').filter({ hasText: fullName });
    await sentRow.getByText('№ 01-15/342').waitFor();
    await snapshot(page, 'monitoring-section');

    // The assessments due: a second view of the section (this graduate has no contract yet).
    await page.getByRole('tab', { name: /Оценки к проведению/ }).click();
    await page
      .getByTestId('due-assessments')
      .getByText('Оценок к проведению в ближайшие 14 дней нет')
      .waitFor();

    // Back on the card: the notice is sent; a second assessment, housing now vulnerable.
    await page.goto(`${baseUrl}/graduates/${graduateId}?tab=monitoring`);
    await graduateNotices.getByTestId('notice-status').getByText('Отправлено').waitFor();
    await recordAssessment(page, { housing: 2 }, 'Заключён договор найма');
    await latest
      .getByRole('row')
      .filter({ hasText: 'Жильё' })
      .getByText('2 · Уязвимость')
      .waitFor();
    // Better by one since the previous (and the first) assessment.
    expect(await latest.getByRole('row').filter({ hasText: 'Жильё' }).textContent()).toContain(
      '▲ +1',
    );

    // The chart of the dynamics: two points in the housing series, crisis then vulnerable.
    const housingDots = dotsOf(page, 'housing');
    await housingDots.nth(1).waitFor();
    expect(await housingDots.count()).toBe(2);
    expect(
      await housingDots.evaluateAll((dots) => dots.map((dot) => dot.getAttribute('data-score'))),
    ).toEqual(['1', '2']);
    expect(await dotsOf(page, 'documents').count()).toBe(2);
    await snapshot(page, 'monitoring-tab');

    expect(scriptErrors).toEqual([]);
  });
});
