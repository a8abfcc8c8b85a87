import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { createDraft, focusSectionEnd, readSavedDraft, saveAs, sectionEditor } from './helpers';

const app = useAppSession();

const linkDialog = (page: Page) => page.locator('dialog.kp-link-dialog');
/** The keyboard focus is in the section's editor (not in the dialog, not on the page). */
const editorHasFocus = (page: Page, id: string) =>
  page.evaluate((id) => document.activeElement === document.querySelector(`[data-kp-section="${id}"] [data-slate-editor]`), id);
/** The text of the caret's text node and where in it the caret is, plus what is selected. */
const caret = (page: Page) => page.evaluate(() => {
  const s = window.getSelection();
  return { node: s?.anchorNode?.textContent ?? '', offset: s?.anchorOffset ?? -1, selected: s?.toString() ?? '' };
});

describe('links through the link dialog', () => {
  it('links the selected words, refuses javascript:, changes and removes the link, and saves each state', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    await focusSectionEnd(page, 'challenge');
    const kb = page.keyboard;
    const editor = sectionEditor(page, 'challenge');
    await kb.type('Läs om Kommunalt Partnerskap');
    await kb.press('Control+Shift+ArrowLeft');
    await kb.press('Control+Shift+ArrowLeft');
    await expect.poll(() => caret(page).then((c) => c.selected)).toBe('Kommunalt Partnerskap');

    const button = page.getByRole('button', { name: 'Länk', exact: true });
    expect(await button.getAttribute('title')).toBe('Länk (Ctrl+K)');
    await button.click();
    const dialog = linkDialog(page);
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toBe('Infoga länk');
    // Text is selected, so the selected words are the link's text: no text field.
    expect(await dialog.locator('input[name="text"]').count()).toBe(0);
    // The address field has the focus.
    await kb.type('javascript:alert(1)');
    await kb.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').innerText().catch(() => '')).toContain('”javascript:”');
    expect(await dialog.locator('input[name="url"]').getAttribute('aria-invalid')).toBe('true');
    expect(await editor.locator('a').count()).toBe(0);
    await screenshot(page, 'link-refused');

    await dialog.locator('input[name="url"]').fill('www.icld.se');
    await kb.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editor.locator('a').getAttribute('href').catch(() => null)).toBe('https://www.icld.se');
    expect(await editor.locator('a').innerText()).toBe('Kommunalt Partnerskap');
    // Back in the text, with the same words selected.
    await expect.poll(() => editorHasFocus(page, 'challenge')).toBe(true);
    expect((await caret(page)).selected).toBe('Kommunalt Partnerskap');

    // The caret inside the link: Ctrl+K opens the dialog to change it.
    await kb.press('ArrowLeft');
    for (let i = 0; i < 3; i++) await kb.press('ArrowRight');
    await kb.press('Control+K');
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toBe('Redigera länk');
    expect(await dialog.locator('input[name="url"]').inputValue()).toBe('https://www.icld.se');
    await dialog.locator('input[name="url"]').fill('https://icld.se/kommunalt-partnerskap');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editor.locator('a').getAttribute('href')).toBe('https://icld.se/kommunalt-partnerskap');
    await expect.poll(() => editorHasFocus(page, 'challenge')).toBe(true);
    expect(await caret(page)).toEqual({ node: 'Kommunalt Partnerskap', offset: 3, selected: '' });

    await saveAs(page, 'links');
    const saved = () => readSavedDraft(join(app.server.draftsDir, 'links.kpdraft')).sections.challenge;
    expect(saved()).toEqual([{ type: 'paragraph', children: [
      { text: 'Läs om ' },
      { type: 'link', url: 'https://icld.se/kommunalt-partnerskap', children: [{ text: 'Kommunalt Partnerskap' }] },
      { text: '' },
    ] }]);

    // A click into the link, Ctrl+K, "Ta bort länk": the words stay, the link goes.
    await editor.locator('a').click();
    await kb.press('Control+K');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ta bort länk' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editor.locator('a').count()).toBe(0);
    expect(await editor.innerText()).toBe('Läs om Kommunalt Partnerskap');
    await expect.poll(() => editorHasFocus(page, 'challenge')).toBe(true);
    await kb.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    expect(saved()).toEqual([{ type: 'paragraph', children: [{ text: 'Läs om Kommunalt Partnerskap' }] }]);
    expect(problems).toEqual([]);
  });

  it('with nothing selected asks for the text too; Escape cancels and gives the caret back where it was', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    await focusSectionEnd(page, 'challenge');
    const kb = page.keyboard;
    const editor = sectionEditor(page, 'challenge');
    await kb.type('Frågor? Mejla ');

    await kb.press('Control+K');
    const dialog = linkDialog(page);
    await dialog.waitFor();
    await kb.type('https://www.icld.se');
    await kb.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editorHasFocus(page, 'challenge')).toBe(true);
    expect(await editor.locator('a').count()).toBe(0);
    expect(await caret(page)).toEqual({ node: 'Frågor? Mejla ', offset: 'Frågor? Mejla '.length, selected: '' });

    await kb.press('Control+K');
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toBe('Infoga länk');
    // A new dialog starts empty: the cancelled address is not kept.
    expect(await dialog.locator('input[name="url"]').inputValue()).toBe('');
    await dialog.locator('input[name="url"]').fill('mailto:info@icld.se');
    await dialog.locator('input[name="text"]').fill('oss');
    await kb.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => editorHasFocus(page, 'challenge')).toBe(true);
    // Typing on goes after the link, not into it.
    await kb.type('!');
    await expect.poll(() => editor.innerText()).toBe('Frågor? Mejla oss!');
    expect(await editor.locator('a').innerText()).toBe('oss');
    expect(await editor.locator('a').getAttribute('href')).toBe('mailto:info@icld.se');

    await saveAs(page, 'mail-link');
    expect(readSavedDraft(join(app.server.draftsDir, 'mail-link.kpdraft')).sections.challenge).toEqual([{ type: 'paragraph', children: [
      { text: 'Frågor? Mejla ' },
      { type: 'link', url: 'mailto:info@icld.se', children: [{ text: 'oss' }] },
      { text: '!' },
    ] }]);
    expect(problems).toEqual([]);
  });
});
