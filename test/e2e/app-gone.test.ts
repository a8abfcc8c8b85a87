import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startAppServer, useAppSession } from './support';
import { focusSectionEnd, saveAs, sectionEditor } from './helpers';

// Browser mode after its server died or started again: the tab keeps the text, says once and
// plainly that nothing can be saved, and its status bar never claims the work is secured.

const app = useAppSession();
const GONE = 'KP Drafter körs inte längre, så inget kunde sparas';

const saveLabel = (page: Page) => page.locator('[data-kp-save-state]');
const goneNotices = (page: Page) => page.locator('.kp-notice-error', { hasText: GONE });
/** The browser itself reports every refused connection on the console; that is the point here. */
const unexpected = (problems: string[]) => problems.filter((p) => !/ERR_CONNECTION_REFUSED|ERR_FAILED|ERR_INCOMPLETE_CHUNKED_ENCODING|status of 403|^http 403:/.test(p));
async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
}

async function draftWithSecuredWork(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skapa ansökan' }).click();
  await page.locator('html[data-kp-editor-ready="true"]').waitFor();
  await focusSectionEnd(page, 'challenge');
  await page.keyboard.type('Första stycket.');
  await expect.poll(() => saveLabel(page).innerText(), { timeout: 20_000 }).toMatch(/Osparade ändringar säkrade \d\d:\d\d/);
}

describe('browser mode when the app is gone', () => {
  it('warns once when autosave cannot reach the app, shows why in Save As instead of an empty folder, and says secured again once a retry succeeds', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server);
    await draftWithSecuredWork(page);
    await saveAs(page, 'borta.kpdraft');
    await focusSectionEnd(page, 'challenge');
    await page.keyboard.type(' Andra stycket.');
    await expect.poll(() => saveLabel(page).innerText(), { timeout: 20_000 }).toMatch(/säkrade/);

    // Every call now finds no server, as after the process died.
    await page.route('**/api/invoke/**', (route) => route.abort('connectionrefused'));
    await page.keyboard.type(' Tredje stycket.');
    await expect.poll(() => saveLabel(page).getAttribute('data-kp-autosave'), { timeout: 20_000 }).toBe('failed');
    expect(await saveLabel(page).innerText()).toBe('⚠ Osparade ändringar kunde inte säkras');
    await expect.poll(() => goneNotices(page).count()).toBe(1);

    // Saving says the same, once, however often it is tried; the text stays.
    await page.keyboard.press('Control+S');
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('.kp-notice-error').length)).toBe(1);
    expect(await goneNotices(page).innerText()).toContain('kopiera det till ett säkert ställe');
    expect(await page.locator('.kp-notice', { hasText: 'Det här går inte att göra här' }).count()).toBe(0);
    expect(await sectionEditor(page, 'challenge').innerText()).toContain('Tredje stycket.');
    await shot(page, 'app-gone-status-and-notice');

    await page.keyboard.press('Control+Shift+S');
    const picker = page.locator('dialog.kp-modal');
    await expect.poll(() => picker.locator('.kp-picker-list [role="alert"]').innerText(), { timeout: 10_000 }).toContain(GONE);
    expect(await picker.locator('.kp-picker-list').innerText()).not.toContain('Inga utkast i den här mappen');
    await shot(page, 'app-gone-save-as');
    await picker.getByRole('button', { name: 'Avbryt' }).click();

    // The app answers again: autosave retries by itself and the warning goes.
    await page.unroute('**/api/invoke/**');
    await expect.poll(() => saveLabel(page).getAttribute('data-kp-autosave'), { timeout: 90_000 }).toBeNull();
    expect(await saveLabel(page).innerText()).toMatch(/^Inte sparat · Osparade ändringar säkrade \d\d:\d\d$/);
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });

  it('tells a tab whose app started again with a new key that nothing can be saved, and a reload gets the page that says which address to open', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server);
    await draftWithSecuredWork(page);

    // The same port, a new key: what the tab holds is refused from now on.
    const port = app.server.port;
    const root = app.server.root;
    await app.server.kill('SIGKILL');
    app.server = await startAppServer({ root, env: { KP_PORT: String(port) } });
    expect(app.server.port).toBe(port);

    await page.keyboard.type(' Efter omstarten.');
    await expect.poll(() => saveLabel(page).innerText(), { timeout: 20_000 }).toBe('⚠ Osparade ändringar kunde inte säkras');
    await expect.poll(() => goneNotices(page).count()).toBe(1);
    await page.keyboard.press('Control+S');
    const picker = page.locator('dialog.kp-modal');
    await expect.poll(() => picker.locator('.kp-picker-list [role="alert"]').innerText(), { timeout: 10_000 }).toContain(GONE);
    await shot(page, 'app-gone-restarted');

    const reply = await page.reload();
    expect(reply?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('Öppna adressen som KP Drafter skrev ut');
    expect(await page.locator('section[lang="en"] h2').innerText()).toBe('Open the address KP Drafter printed');
    expect(await page.content()).not.toContain(app.server.token);
    await shot(page, 'app-gone-reload-without-key');
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });
});
