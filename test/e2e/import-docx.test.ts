import type { Page } from 'playwright-core';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { sectionEditor } from './helpers';

const COVER = 'Ansökan till Kommunalt Partnerskap från Växjö kommun och Mombasa County.';
const SUMMARY = 'Ett projekt om avfallshantering mellan Växjö kommun och Mombasa County.';

const app = useAppSession({
  prepare: (server) => {
    copyFileSync(join(__dirname, '../fixtures/docx/budget-table.docx'), join(server.draftsDir, 'avfall-mombasa.docx'));
  },
});

const values = (page: Page, col: string) => page.locator(`[data-kp-col="${col}"]`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const text = async (page: Page, id: string) => (await sectionEditor(page, id).innerText()).split(/\n+/).filter((l) => l.trim());

describe('importing a Word document', () => {
  it('previews it, takes its budget table as budget lines, opens a new draft, and its unplaced text moves into a section from the keyboard', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1024, height: 768 });
    await page.locator('.kp-start').waitFor();
    await page.keyboard.press('Control+Shift+O');
    const dialog = page.locator('dialog.kp-import-dialog');
    await dialog.locator('[data-kp-file="avfall-mombasa.docx"]').click();
    await dialog.locator('button[type="submit"]').click();

    const confirm = dialog.getByRole('button', { name: 'Importera som nytt utkast' });
    await confirm.waitFor();
    expect(await dialog.locator('[data-kp-import-section="summary"] td').allInnerTexts()).toEqual(['10 ord', SUMMARY]);
    expect(await dialog.locator('.kp-import-unplaced').getAttribute('data-kp-import-unplaced')).toBe('1');
    const table = dialog.getByRole('checkbox', { name: /^Ta med som budgetrader: Budget \(3 rader\)/ });
    expect(await table.isChecked()).toBe(true);
    expect(await dialog.locator('.kp-import-lines tr').allInnerTexts()).toHaveLength(3);
    await screenshot(page, 'import-preview');
    await dialog.locator('.kp-import-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await screenshot(page, 'import-preview-budget');
    // Taken off and on again: the table is taken as budget lines.
    await table.uncheck();
    await expect.poll(() => dialog.locator('.kp-import-unplaced').getAttribute('data-kp-import-unplaced')).not.toBe('1');
    await table.check();
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('html[data-kp-editor-ready="true"]').waitFor();

    await expect.poll(() => text(page, 'summary')).toEqual([SUMMARY]);
    await expect.poll(() => values(page, 'description')).toEqual(['Studieresa till Växjö', 'Tolk vid workshops', 'Resor inom Mombasa']);
    // A new draft, not saved anywhere yet.
    expect(await page.title()).toMatch(/•/);

    const tray = page.locator('[data-kp-section="unplaced"]');
    await expect.poll(() => tray.locator('.kp-unplaced-preview p').allInnerTexts()).toEqual([COVER]);
    await tray.locator('[data-kp-unplaced="0"]').focus();
    await page.keyboard.press('Enter');
    const picker = page.locator('dialog.kp-section-picker');
    await picker.waitFor();
    for (let i = 0; i < 30 && (await picker.locator('[aria-selected="true"]').getAttribute('data-kp-pick')) !== 'challenge'; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => text(page, 'challenge')).toEqual([COVER]);
    await expect.poll(() => tray.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
