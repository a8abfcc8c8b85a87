import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useAppSession, type AppServer } from './support';
import { focusSectionEnd, openFromPicker, sectionEditor } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession();

/** The app in a window that reports macOS, as Chromium on a Mac does (client hints and navigator.platform). */
async function openOnMac(browser: Browser, server: AppServer): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
    Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => ({ platform: 'macOS' }) });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  await page.goto(server.url);
  return { page, problems };
}

const title = (page: Page, name: string) => page.getByRole('toolbar').getByRole('button', { name, exact: true }).getAttribute('title');

describe('shortcuts on macOS', () => {
  it('are written with ⌘ ⌥ ⇧ in tooltips, help text and for screen readers, and work with ⌘', async () => {
    const { page, problems } = await openOnMac(app.browser, app.server);
    writeDraft(app.server.draftsDir, 'mac.kpdraft');
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'mac.kpdraft');

    expect(await title(page, 'Fetstil')).toBe('Fetstil (⌘B)');
    expect(await title(page, 'Gör om')).toBe('Gör om (⇧⌘Z)');
    expect(await page.getByRole('button', { name: 'Gör om', exact: true }).getAttribute('aria-keyshortcuts')).toBe('Meta+Shift+Z');
    const budget = page.locator('[data-kp-section="budget"]');
    await budget.scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.kp-budget .kp-hint').innerText()).toBe('Tab flyttar mellan celler, Enter till nästa rad, ⌘↩ ny rad, ⌘⌫ tar bort raden (⌘Z ångrar), ⌥⇧↑/\u2060↓ flyttar den.');
    expect(await budget.locator('[data-kp-row="0"][data-kp-col="amount"]').getAttribute('aria-keyshortcuts'))
      .toBe('Meta+Enter Meta+Delete Meta+Backspace Alt+Shift+ArrowUp Alt+Shift+ArrowDown');
    await screenshot(page, 'mac-shortcuts-budget');

    // ⌘B in the text, then ⌥⌘M (the action registry's Comment) on the whole section.
    await focusSectionEnd(page, 'summary');
    // A typed character first: the editor then has the caret (its own selection follows the page's a moment later).
    await page.keyboard.type(' ');
    await page.keyboard.press('Meta+B');
    await page.keyboard.type('fet');
    await expect.poll(() => sectionEditor(page, 'summary').locator('strong').last().innerText()).toBe('fet');
    await page.keyboard.press('Meta+Alt+KeyM');
    await page.locator('dialog.kp-author-dialog, .kp-composer').first().waitFor();
    await page.keyboard.press('Escape');
    // ⌘H is the system's Hide on a Mac: find and replace is ⌥⌘F, and its tooltip says so.
    await page.keyboard.press('Meta+Alt+KeyF');
    await page.locator('.kp-find-bar input[aria-label="Ersätt med"]').waitFor();
    expect(problems).toEqual([]);
  });
});
