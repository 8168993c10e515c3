import type { Browser, Page } from 'playwright-core';
import { AdminApi } from './support/adminApi';
import { launchBrowser, openPage, signIn } from './support/browser';
import { browserAvailable, productEnvironment } from './support/environment';
import { StaffApi } from './support/staffApi';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/**
 * English words Ant Design or the app could leave in a Russian page as a control's name,
 * hint or text («Clear» on a select's clear button, «Close» on a dialog's cross, «items /
 * page» in pagination). Icon names (aria-label="close-circle" on a decorative image inside
 * a named button) are in lower case and not matched.
 */
const ENGLISH =
  /\b(Clear|Close|Search|Select|items|page|Page|Previous|Next|Expand|Collapse|Cancel|Reset|Today|Now|OK|dropdown|remove)\b/;

/** Every aria-label, title, placeholder and visible text of the page with an English word. */
async function englishOnPage(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const english = new RegExp(source);
    const found: string[] = [];
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('script, style, svg')) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute);
        if (value && english.test(value))
          found.push(`${describe(element)} ${attribute}="${value}"`);
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style') || !english.test(text)) continue;
      if (parent.getClientRects().length === 0) continue;
      found.push(`${describe(parent)} text "${text.trim()}"`);
    }
    return found;
  }, ENGLISH.source);
}

describeInBrowser('web: empty lists, downloads and Russian labels', () => {
  const run = Date.now().toString(36);
  const password = 'Черника-Закат-4471';
  const head = { login: `head.feedback.${run}`, fullName: 'Котова Ирина Львовна' };
  const fresh = { login: `head.fresh.${run}`, fullName: 'Зайцева Ольга Петровна' };
  let browser: Browser;
  let baseUrl: string;
  let graduateId: string;

  beforeAll(async () => {
    let admin: { login: string; password: string };
    ({ baseUrl, admin } = productEnvironment());
    const api = await AdminApi.signIn(baseUrl, admin.login, admin.password);
    const busy = await api.createInstitution(`Центр «Подсказка» № ${run}`);
    const empty = await api.createInstitution(`Центр «Новый» № ${run}`);
    await api.createUser({ ...head, role: 'head', password, institutionId: busy.id });
    await api.createUser({ ...fresh, role: 'head', password, institutionId: empty.id });
    const staff = await StaffApi.signIn(baseUrl, head.login, password);
    ({ id: graduateId } = await staff.createGraduate({
      lastName: 'Соболева',
      firstName: 'Ксения',
      patronymic: 'Андреевна',
      sex: 'female',
      birthDate: `${new Date().getFullYear() - 19}-03-0${(Date.now() % 9) + 1}`,
    }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a fresh institution’s lists say what to do next, and filters that hide everything can be reset', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/contracts`);
    await page.waitForURL(/\/login$/);
    await signIn(page, fresh.login, password);
    await page.waitForURL(/\/contracts$/);

    // No contracts: where they are made, and the way there.
    const contracts = page.getByTestId('contracts-table').getByTestId('empty-state');
    await contracts
      .getByText('Договоров пока нет. Заключите договор из карточки выпускника.')
      .waitFor();
    await contracts.getByRole('button', { name: 'Открыть список выпускников' }).click();
    await page.waitForURL(/\/graduates$/);

    // No personal files: register the first one, right from the empty list.
    const graduates = page.getByTestId('graduates-table').getByTestId('empty-state');
    await graduates.getByText(/^Личных дел пока нет\. Зарегистрируйте выпускника/).waitFor();
    await graduates.getByRole('button', { name: 'Зарегистрировать выпускника' }).click();
    await page.waitForURL(/\/graduates\/new$/);

    // The partners' directory: the sentence and «Добавить организацию» opening the form.
    await page.goto(`${baseUrl}/partners`);
    const partners = page.getByTestId('partners-table').getByTestId('empty-state');
    await partners.getByText(/^В справочнике пока нет организаций/).waitFor();
    await partners.getByRole('button', { name: 'Добавить организацию' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая организация' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // A search that finds nothing says so and offers to reset it.
    await page.goto(`${baseUrl}/partners?q=${encodeURIComponent('Несуществующий')}`);
    await partners.getByText(/^Ничего не нашлось/).waitFor();
    expect(await partners.getByRole('button', { name: 'Добавить организацию' }).count()).toBe(0);
    await partners.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await partners.getByText(/^В справочнике пока нет организаций/).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    expect(await page.getByLabel('Поиск по названию').inputValue()).toBe('');

    // Events and curators name their own next step.
    await page.goto(`${baseUrl}/events`);
    await page
      .getByTestId('empty-state')
      .getByRole('button', { name: 'Запланировать мероприятие' })
      .waitFor();
    await page.goto(`${baseUrl}/curators`);
    await page
      .getByTestId('empty-state')
      .getByText(/^Кандидатов и кураторов пока нет\./)
      .waitFor();

    expect(scriptErrors).toEqual([]);
  });

  it('a download shows it is being prepared, takes no second click, then names the saved file', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates/${graduateId}`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, password);

    // The server takes its time with the extract.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    await page.route('**/api/graduates/*/extract', async (route) => {
      requests += 1;
      await held;
      await route.continue();
    });

    const button = page.getByTestId('extract-download');
    await button.click();
    await page.getByText('Готовим файл…').waitFor();
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute('class')).toContain('ant-btn-loading');
    expect(await button.getAttribute('aria-busy')).toBe('true');
    await button.click({ force: true }).catch(() => undefined);

    const download = page.waitForEvent('download');
    release();
    expect((await download).suggestedFilename()).toMatch(/^Выписка.*\.pdf$/);
    await page.getByText(/^Файл «Выписка.*\.pdf» сохранён$/).waitFor();
    await page.getByText('Готовим файл…').waitFor({ state: 'hidden' });
    expect(await button.isDisabled()).toBe(false);
    expect(requests).toBe(1);

    // A refusal ends the wait too, with what went wrong and the button free again.
    await page.unroute('**/api/graduates/*/extract');
    await page.route('**/api/graduates/export.xlsx**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Сервис временно недоступен',
          status: 503,
        }),
      }),
    );
    await page.goto(`${baseUrl}/graduates`);
    const exportButton = page.getByTestId('graduates-export');
    await exportButton.click();
    await page.getByText('Готовим файл…').waitFor({ state: 'hidden' });
    expect(await exportButton.isDisabled()).toBe(false);
    await page.locator('.ant-message-error, .ant-notification-notice-error').first().waitFor();

    expect(scriptErrors.filter((error) => !/export\.xlsx/.test(error.message))).toEqual([]);
  });

  it('no English word is left on Russian pages: clear buttons, dialogs, pagination', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, password);
    const found: string[] = [];
    const check = async (where: string) => {
      await page.waitForLoadState('networkidle');
      for (const line of await englishOnPage(page)) found.push(`${where}: ${line}`);
    };

    // Filters with a value show their clear buttons; a search box with text its own.
    for (const path of [
      '/graduates?status=preparing',
      '/contracts?status=draft&kind=support',
      '/appeals',
      '/events?kind=training',
      '/work-plans?kind=annual',
      '/reports?year=2025',
      `/partners?q=${encodeURIComponent('Колледж')}`,
      '/audit',
      `/graduates/${graduateId}`,
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await check(path);
    }

    // A dialog: its cross, its selects and date pickers.
    await page.goto(`${baseUrl}/partners`);
    await page.getByRole('button', { name: 'Добавить организацию' }).first().click();
    await page.getByRole('dialog').waitFor();
    await check('/partners (new organisation)');
    await page.getByRole('dialog').getByRole('button', { name: 'Закрыть' }).click();

    await page.goto(`${baseUrl}/events`);
    await page.getByRole('button', { name: 'Запланировать мероприятие' }).first().click();
    await page.getByRole('dialog').waitFor();
    await check('/events (new event)');

    if (found.length) console.log(found.join('\n'));
    expect(found).toEqual([]);
    expect(scriptErrors).toEqual([]);
  });

  it('the keyboard focus is a visible ring on every link, button, tab and menu row', async () => {
    const { page, scriptErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/graduates`);
    await page.waitForURL(/\/login$/);
    await signIn(page, head.login, password);
    await page.goto(`${baseUrl}/graduates/${graduateId}`);
    await page.getByTestId('extract-download').waitFor();
    await page.waitForLoadState('networkidle');

    const seen: { what: string; outline: string }[] = [];
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const role = element.getAttribute('role') ?? '';
        const interactive =
          ['A', 'BUTTON'].includes(element.tagName) || ['tab', 'menuitem', 'button'].includes(role);
        if (!interactive) return null;
        const style = getComputedStyle(element);
        return {
          what: `${element.tagName.toLowerCase()}[${role}] «${(element.textContent ?? '').trim().slice(0, 30)}»`,
          outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        };
      });
      if (focused) seen.push(focused);
    }

    // Links of the menu, buttons of the header and the card, and the card's tabs were reached.
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.some(({ what }) => what.startsWith('a['))).toBe(true);
    expect(seen.some(({ what }) => what.startsWith('button['))).toBe(true);
    const invisible = seen.filter(
      ({ outline }) => !/^solid 2px rgb\((31, 111, 139|255, 255, 255)\)$/.test(outline),
    );
    expect(invisible).toEqual([]);
    expect(scriptErrors).toEqual([]);
  });
});
