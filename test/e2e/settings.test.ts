import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/draft/annotation';
import type { Draft } from '../../core/draft/schema';
import { callApi, openApp, screenshot, useAppSession } from './support';
import { createDraft, openFromPicker, sectionEditor, selectWords } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';

const PHRASE = 'svårt att nå unga väljare';

/** The draft with one comment Greta made earlier, under the name she had then. */
function commentedDraft(): Draft {
  const d = sampleDraft();
  const earlier: Annotation = {
    id: 'c-earlier', author: { name: 'Greta Granskare', initials: 'GG' }, body: 'Saknas en källa här?',
    createdAt: '2026-03-03T10:00:00.000Z', editedAt: null, anchor: { kind: 'section', sectionId: 'summary' }, resolved: false, replies: [],
  };
  return { ...d, annotations: [earlier] };
}

const app = useAppSession({
  prepare: async (server) => {
    writeDraft(server.draftsDir, 'ansokan.kpdraft', commentedDraft());
    writeDraft(server.draftsDir, 'falt.kpdraft');
    await callApi(server, 'settings:set', { authorName: 'Greta Granskare', authorInitials: 'GG' });
  },
});

const settingsDialog = (page: Page) => page.locator('dialog.kp-settings-dialog');

describe('settings', () => {
  it('change the name on new comments (Ctrl+, in review mode); the earlier comment keeps the name it was written with', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.getByRole('button', { name: 'Öppna för granskning…' }).click();
    const picker = page.locator('dialog.kp-modal');
    await picker.locator('[data-kp-file="ansokan.kpdraft"]').click();
    await picker.locator('button[type="submit"]').click();
    await page.locator('html[data-kp-editor-ready="true"]').waitFor();
    await expect.poll(() => page.locator('.kp-thread').count()).toBe(1);

    // Escape leaves everything as it was, and the keyboard goes back where it was (the read-only title).
    await page.locator('.kp-title-input').click();
    await page.keyboard.press('Control+Comma');
    await settingsDialog(page).waitFor();
    await page.keyboard.press('Escape');
    await settingsDialog(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('kp-title-input'))).toBe(true);

    await page.keyboard.press('Control+Comma');
    const dialog = settingsDialog(page);
    await dialog.waitFor();
    expect(await dialog.locator('input[name="authorName"]').inputValue()).toBe('Greta Granskare');
    await dialog.locator('input[name="authorName"]').fill('Greta Lind');
    await dialog.locator('input[name="authorInitials"]').fill('');
    await dialog.locator('input[name="authorOrganisation"]').fill('Kalix kommun');
    await screenshot(page, 'settings-dialog-sv');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await callApi(app.server, 'settings:get', {})).toMatchObject({ ok: true, value: { authorName: 'Greta Lind', authorInitials: 'GL', authorOrganisation: 'Kalix kommun' } });

    // A new comment: no name asked, the new name and organisation on it.
    await selectWords(page, 'challenge', PHRASE);
    await page.locator('.kp-selection-comment').click();
    const composer = page.locator('.kp-composer');
    await composer.locator('textarea').fill('Ange källa för valdeltagandet.');
    await composer.getByRole('button', { name: 'Kommentera' }).click();
    await expect.poll(() => page.locator('.kp-thread').count()).toBe(2);
    const heads = await page.locator('.kp-thread .kp-message-head').allInnerTexts();
    expect(heads.some((h) => h.includes('Greta Granskare') && !h.includes('Kalix'))).toBe(true);
    expect(heads.some((h) => h.includes('Greta Lind') && h.includes('Kalix kommun'))).toBe(true);

    // Saved in the reviewer's own copy, each comment with its own author.
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const copy = readdirSync(app.server.draftsDir).find((f) => f.includes('Greta Lind'));
    expect(copy).toBeDefined();
    const saved = JSON.parse(readFileSync(join(app.server.draftsDir, copy!), 'utf8')).draft as Draft;
    expect(saved.annotations.map((a) => a.author)).toEqual([
      { name: 'Greta Granskare', initials: 'GG' },
      { name: 'Greta Lind', initials: 'GL', organisation: 'Kalix kommun' },
    ]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('give the text the document’s language in `lang`, and `spellcheck` as the spelling settings say for it', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    const text = sectionEditor(page, 'summary');
    const attrs = async () => ({ lang: await text.getAttribute('lang'), spellcheck: await text.getAttribute('spellcheck') });
    expect(await attrs()).toEqual({ lang: 'sv-SE', spellcheck: 'true' });
    // The interface stays Swedish: only the text is in the document language.
    await page.locator('[data-kp-loc="field:documentLanguage"]').selectOption('en-GB');
    await expect.poll(attrs).toEqual({ lang: 'en-GB', spellcheck: 'true' });
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');

    // English unticked in Settings: English text is no longer checked, Swedish still is.
    await page.getByRole('button', { name: 'Inställningar' }).click();
    const dialog = settingsDialog(page);
    await dialog.getByRole('checkbox', { name: 'Engelska' }).uncheck();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(attrs).toEqual({ lang: 'en-GB', spellcheck: 'false' });
    await page.locator('[data-kp-loc="field:documentLanguage"]').selectOption('sv-SE');
    await expect.poll(attrs).toEqual({ lang: 'sv-SE', spellcheck: 'true' });

    // Spelling off altogether; and the dialog in English for the screenshot.
    await page.keyboard.press('Control+Comma');
    await dialog.getByRole('checkbox', { name: 'Kontrollera stavningen' }).uncheck();
    await dialog.locator('select[name="uiLanguage"]').selectOption('en');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(attrs).toEqual({ lang: 'sv-SE', spellcheck: 'false' });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.keyboard.press('Control+Comma');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-label')).toBe('Settings');
    await screenshot(page, 'settings-dialog-en');
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('give every field of the draft’s own text the document language; names keep it but are not spell-checked', async () => {
    // (The test before turns spelling off and the interface to English.)
    await callApi(app.server, 'settings:set', { uiLanguage: 'sv', spellcheck: true, spellcheckLanguages: ['sv-SE', 'en-GB'] });
    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'falt.kpdraft');
    await page.locator('[data-kp-loc="field:documentLanguage"]').selectOption('en-GB');
    const prose = ['.kp-title-input', '[data-kp-loc="budget:b1:description"]', '[data-kp-loc="team:t1"] textarea >> nth=1', '[data-kp-loc="core-area:participation"] textarea'];
    const names = ['[data-kp-team-field="name"] >> nth=0', '[data-kp-loc="field:applicant.organisation"]', '[data-kp-loc="partner:p1:organisation"]', '[data-kp-loc="partner:p1:country"]'];
    const attrs = (selector: string) => page.locator(selector).evaluate((el) => ({ lang: el.getAttribute('lang'), spellcheck: el.getAttribute('spellcheck') }));
    for (const s of prose) await expect.poll(() => attrs(s), { message: s }).toEqual({ lang: 'en-GB', spellcheck: 'true' });
    for (const s of names) await expect.poll(() => attrs(s), { message: s }).toEqual({ lang: 'en-GB', spellcheck: 'false' });
    // No text field in the draft is left to inherit the interface's Swedish.
    const inheriting = await page.locator('main textarea, main input:not([type]), main input[type="text"]').evaluateAll((els) =>
      els.filter((el) => !el.matches('[inputmode="numeric"], [inputmode="decimal"]') && !el.closest('[role="dialog"], dialog, .kp-find-bar') && !el.closest('[lang="en-GB"]')).map((el) => el.getAttribute('aria-label') ?? el.getAttribute('data-kp-loc') ?? el.outerHTML.slice(0, 80)));
    expect(inheriting).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
