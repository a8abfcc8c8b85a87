import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useAppSession } from './support';
import { openFromPicker, sectionEditor } from './helpers';
import { completeDraft, writeDraft } from './sample-draft';

const app = useAppSession({ prepare: (server) => {
  writeDraft(server.draftsDir, 'ersatt.kpdraft', completeDraft());
  writeDraft(server.draftsDir, 'granska.kpdraft', completeDraft());
} });

/** The sections of the complete sample draft that start "Båda kommunerna …" (seven matches in all with the challenge). */
const SAME = ['agenda2030', 'objectives', 'activities', 'indicators', 'risks', 'mutual_learning'];
const texts = (page: Page) => Promise.all(['challenge', ...SAME].map((id) => sectionEditor(page, id).innerText()));
const bar = (page: Page) => page.locator('.kp-find-bar');
const count = (page: Page) => page.locator('.kp-find-count').innerText();

describe('find and replace', () => {
  it('replaces every match in every section, and one undo takes all of it back', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'ersatt.kpdraft');
    const before = await texts(page);
    expect(before.every((t) => t.includes('Båda kommunerna'))).toBe(true);

    await page.keyboard.press('Control+H');
    await bar(page).getByRole('textbox', { name: 'Sök i ansökan' }).fill('båda kommunerna');
    await expect.poll(() => count(page)).toBe('1 av 7');
    await bar(page).getByRole('checkbox', { name: 'Matcha gemener/versaler' }).check();
    await expect.poll(() => count(page)).toBe('Inga träffar');
    await bar(page).getByRole('checkbox', { name: 'Matcha gemener/versaler' }).uncheck();
    await bar(page).getByRole('textbox', { name: 'Ersätt med' }).fill('Uppsala och Skopje');
    await expect.poll(() => count(page)).toBe('1 av 7');
    await page.screenshot({ path: '/tmp/find-replace-sv.png' });
    await bar(page).screenshot({ path: '/tmp/find-replace-bar-sv.png' });

    await bar(page).getByRole('button', { name: 'Ersätt alla' }).click();
    await expect.poll(() => count(page)).toBe('7 ersatta');
    const after = await texts(page);
    expect(after.every((t) => t.includes('Uppsala och Skopje') && !t.includes('Båda kommunerna'))).toBe(true);
    expect(await page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('dirty');

    // One Ctrl+Z, with the focus still in the bar, brings back all seven sections.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => texts(page)).toEqual(before);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => texts(page)).toEqual(after);
    // And from the text: Ctrl+Z in a section undoes the whole replacement too, not that section alone.
    await sectionEditor(page, 'risks').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => texts(page)).toEqual(before);

    // The English interface: the same bar in English.
    await page.keyboard.press('Escape');
    await page.locator('.kp-ui-language').selectOption('en');
    await page.keyboard.press('Control+H');
    await bar(page).getByRole('textbox', { name: 'Find in the application' }).fill('both municipalities');
    await expect.poll(() => count(page)).toBe('No matches');
    await bar(page).getByRole('textbox', { name: 'Find in the application' }).fill('kommunerna');
    await bar(page).getByRole('checkbox', { name: 'Whole words' }).check();
    await bar(page).getByRole('textbox', { name: 'Replace with' }).fill('the municipalities');
    await expect.poll(() => count(page)).toBe('1 of 7');
    await page.screenshot({ path: '/tmp/find-replace-en.png' });
    await bar(page).screenshot({ path: '/tmp/find-replace-bar-en.png' });
    await page.locator('.kp-ui-language').selectOption('sv');
    expect(problems).toEqual([]);
  });

  it("in a reviewer's locked view finds, but has no replace and undo changes nothing", async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.getByRole('button', { name: 'Öppna för granskning…' }).click();
    const picker = page.locator('dialog.kp-modal');
    await picker.locator('[data-kp-file="granska.kpdraft"]').click();
    await picker.locator('button[type="submit"]').click();
    await page.locator('html[data-kp-editor-ready="true"]').waitFor();
    await expect.poll(() => page.locator('.kp-role-badge').innerText()).toBe('Granskare');
    const before = await texts(page);

    await page.keyboard.press('Control+H');
    await bar(page).getByRole('textbox', { name: 'Sök i ansökan' }).fill('Båda kommunerna');
    await expect.poll(() => count(page)).toBe('1 av 7');
    await bar(page).getByRole('textbox', { name: 'Sök i ansökan' }).press('Enter');
    await expect.poll(() => count(page)).toBe('2 av 7');
    expect(await bar(page).getByRole('textbox', { name: 'Ersätt med' }).count()).toBe(0);
    expect(await bar(page).getByRole('button', { name: /Ersätt/ }).count()).toBe(0);
    expect(await bar(page).getByRole('button', { name: 'Visa ersätt' }).count()).toBe(0);
    await page.keyboard.press('Control+Z');
    expect(await texts(page)).toEqual(before);
    expect(problems).toEqual([]);
  });
});
