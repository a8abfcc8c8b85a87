import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, openApp, useAppSession } from './support';
import { openFromPicker, save, sectionEditor } from './helpers';
import { changeRows, changesPanel, showChanges } from './review-helpers';

// The author decides on a reviewer's suggestions: a tracked insertion and deletion in the summary,
// and a proposed amount on a budget line (the format 5 fixture, as a reviewer's copy arrives).
const FIXTURE = join(__dirname, '..', 'fixtures', 'drafts', 'versions', 'review-suggestions.v5.kpdraft');
const app = useAppSession({ prepare: (server) => { copyFileSync(FIXTURE, join(server.draftsDir, 'granskad.kpdraft')); } });

const changes = changesPanel;
const rows = changeRows;
/** The status bar's word count and the summary's own counter. */
const words = async (page: Page) => [
  Number(await page.locator('.kp-statusbar [data-kp-words]').getAttribute('data-kp-words')),
  Number(await page.locator('[data-kp-section="summary"] [data-kp-words]').getAttribute('data-kp-words')),
];

describe('deciding on suggestions', () => {
  it('the author sees both suggestions, rejects one, accepts the other, undoes the accept; the word count follows the author’s text', async () => {
    const { page, problems, context } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    await openFromPicker(page, 'granskad.kpdraft');
    const summary = sectionEditor(page, 'summary');
    await expect.poll(() => summary.locator('[data-kp-suggestion="s-1"]').textContent()).toBe(' och inflytande');
    expect(await summary.locator('del[data-kp-suggestion="s-2"]').textContent()).toBe(' i Mombasa och Uppsala');

    await showChanges(page);
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await rows(page).allInnerTexts()).toEqual([expect.stringContaining('och inflytande'), expect.stringContaining('i Mombasa och Uppsala')]);
    expect(await rows(page).first().innerText()).toContain('Karin Ek');
    await expect.poll(() => page.locator('html').getAttribute('data-kp-checked-revision')).not.toBeNull();
    const before = await words(page);
    // The summary counts the author's twelve words: the suggested insertion is not theirs yet.
    expect(before[1]).toBe(12);

    // Jump: the suggested words are selected in the text.
    await rows(page).first().locator('.kp-change-target').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(' och inflytande');

    // Rejecting the deletion keeps the words (they were counted all along).
    await rows(page).nth(1).getByRole('button', { name: /^Avvisa/ }).click();
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await summary.innerText()).toContain('budgetprocessen i Mombasa och Uppsala.');
    expect(await summary.locator('[data-kp-suggestion="s-2"]').count()).toBe(0);
    expect(await words(page)).toEqual(before);

    // Accepting the insertion makes its two words the author's.
    await rows(page).first().getByRole('button', { name: /^Acceptera/ }).click();
    await expect.poll(() => rows(page).count()).toBe(0);
    expect(await summary.locator('[data-kp-suggestion]').count()).toBe(0);
    expect(await summary.innerText()).toContain('ungas delaktighet och inflytande i den kommunala');
    await expect.poll(() => words(page)).toEqual(before.map((n) => n + 2));

    // Ctrl+Z takes the accept back: the suggestion is in the text and the list again.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await summary.locator('[data-kp-suggestion="s-1"]').textContent()).toBe(' och inflytande');
    await expect.poll(() => words(page)).toEqual(before);

    // Saved, the file keeps the open suggestion and the author's decision on the other.
    await save(page);
    const saved = JSON.parse(readFileSync(join(app.server.draftsDir, 'granskad.kpdraft'), 'utf8')).draft;
    const leaves = saved.sections.summary[0].children as Array<{ text: string; suggestion?: { id: string } }>;
    expect(leaves.filter((l) => l.suggestion).map((l) => l.suggestion!.id)).toEqual(['s-1']);
    expect(leaves.map((l) => l.text).join('')).toBe('Projektet stärker ungas delaktighet och inflytande i den kommunala budgetprocessen i Mombasa och Uppsala.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the view switch shows the final and the original text without changing it', async () => {
    const { page, problems, context } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    copyFileSync(FIXTURE, join(app.server.draftsDir, 'vy.kpdraft'));
    await openFromPicker(page, 'vy.kpdraft');
    const summary = sectionEditor(page, 'summary');
    await showChanges(page);
    await changes(page).getByRole('radio', { name: 'Slutlig' }).check();
    await expect.poll(() => summary.innerText()).toBe('Projektet stärker ungas delaktighet och inflytande i den kommunala budgetprocessen.');
    await changes(page).getByRole('radio', { name: 'Original' }).check();
    await expect.poll(() => summary.innerText()).toBe('Projektet stärker ungas delaktighet i den kommunala budgetprocessen i Mombasa och Uppsala.');
    expect(await page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    await changes(page).getByRole('radio', { name: 'Med markering' }).check();
    await expect.poll(() => summary.innerText()).toBe('Projektet stärker ungas delaktighet och inflytande i den kommunala budgetprocessen i Mombasa och Uppsala.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a proposed amount accepted from the comment sets the budget line', async () => {
    const { page, problems, context } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    copyFileSync(FIXTURE, join(app.server.draftsDir, 'belopp.kpdraft'));
    await openFromPicker(page, 'belopp.kpdraft');
    await page.locator('#kp-tab-comments').click();
    const proposal = page.locator('[data-kp-proposal="c-1"]');
    await expect.poll(() => proposal.innerText()).toContain('Föreslaget värde: 96 000 (nu 84\u00a0000)');
    await proposal.getByRole('button', { name: /Acceptera/ }).click();
    // Resolving the comment is done in the author's name, asked for once.
    const named = page.locator('dialog.kp-author-dialog');
    await named.locator('input[name="authorName"]').fill('Anna Berg');
    await named.locator('input[name="authorInitials"]').fill('AB');
    await named.locator('button[type="submit"]').click();
    const amount = page.locator('[data-kp-loc="budget:b1:amount"]');
    await expect.poll(() => amount.inputValue()).toMatch(/^96\s000/);
    await expect.poll(() => page.locator('[data-kp-thread="c-1"]').count()).toBe(0);
    // One step: undo puts the old amount back.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => amount.inputValue()).toMatch(/^84\s000/);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [width, height] of [[1024, 700], [1440, 900]] as const) {
    for (const lang of ['sv', 'en'] as const) {
      it(`the change list at ${width}×${height} in ${lang} (screenshot)`, async () => {
        const { page, problems, context } = await openApp(app.browser, app.server, { width, height });
        copyFileSync(FIXTURE, join(app.server.draftsDir, `skärm-${lang}-${width}.kpdraft`));
        await page.locator('.kp-start').waitFor();
        await page.locator('.kp-ui-language').first().selectOption(lang);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
        await openFromPicker(page, `skärm-${lang}-${width}.kpdraft`);
        await showChanges(page);
        await expect.poll(() => rows(page).count()).toBe(2);
        await page.locator('[data-kp-section="summary"]').scrollIntoViewIfNeeded();
        mkdirSync(RESULTS_DIR, { recursive: true });
        await page.screenshot({ path: join(RESULTS_DIR, `changes-${width}x${height}-${lang}.png`) });
        await page.locator('#kp-tab-problems').click();
        await page.locator('.kp-preview-button').click();
        await page.locator('.kp-preview-note').waitFor();
        await page.screenshot({ path: join(RESULTS_DIR, `changes-preview-${width}x${height}-${lang}.png`) });
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
