import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RichText } from '../../core/draft/rich-text';
import type { Draft } from '../../core/draft/schema';
import { rejectAll, suggestionIds } from '../../core/review/suggestions';
import { openApp, RESULTS_DIR, useAppSession } from './support';
import { caretAfter, openFromPicker, sectionEditor } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';
import { changeRows, showChanges, startSuggesting } from './review-helpers';

// A reviewer suggests a new paragraph (Enter in the middle of one, then a sentence); the author
// sees it in the text and the change list and rejects it (one paragraph again) or accepts it (two).
const app = useAppSession();
const BEFORE = 'Uppsala kommun och Skopje stad ';
const NEW = 'Ny mening här. ';
const blockTexts = (v: RichText) => v.map((b) => (b.children as Array<{ text?: string }>).map((c) => c.text ?? '').join(''));
const rows = changeRows;

describe('a suggested new paragraph', () => {
  it('a reviewer presses Enter mid-paragraph and types a sentence: one suggestion in the saved copy, the author decides it', async () => {
    const original = sampleDraft();
    writeDraft(app.server.draftsDir, 'stycke.kpdraft', original);
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    await openFromPicker(page, 'stycke.kpdraft');
    await startSuggesting(page, 'Greta Granskare');

    await caretAfter(page, 'summary', BEFORE);
    await page.keyboard.press('Enter');
    await page.keyboard.type(NEW);
    const summary = sectionEditor(page, 'summary');
    await expect.poll(() => summary.locator('p').count()).toBe(2);
    await expect.poll(() => summary.locator('ins').allInnerTexts()).toEqual(['¶', NEW]);
    expect(await summary.locator('[data-kp-break="insert"] ins').getAttribute('title')).toMatch(/^Greta Granskare föreslog ett nytt stycke här · /);
    await page.locator('[data-kp-section="summary"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(RESULTS_DIR, 'suggest-paragraph-reviewer.png') });

    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const copyName = readdirSync(app.server.draftsDir).find((f) => f.includes('granskning'))!;
    const saved: Draft = JSON.parse(readFileSync(join(app.server.draftsDir, copyName), 'utf8')).draft;
    expect(blockTexts(saved.sections.summary!)).toEqual([BEFORE, NEW + blockTexts(original.sections.summary!)[0]!.slice(BEFORE.length)]);
    expect(suggestionIds(saved.sections.summary!)).toHaveLength(1);
    expect(rejectAll(saved.sections.summary!)).toEqual(original.sections.summary);

    // The copy comes back to the author twice: rejected in one, accepted in the other.
    copyFileSync(join(app.server.draftsDir, copyName), join(app.server.draftsDir, 'tillbaka-avvisa.kpdraft'));
    copyFileSync(join(app.server.draftsDir, copyName), join(app.server.draftsDir, 'tillbaka-acceptera.kpdraft'));
    await context.close();
    for (const [file, button, paragraphs] of [['tillbaka-avvisa.kpdraft', /^Avvisa/, 1], ['tillbaka-acceptera.kpdraft', /^Acceptera/, 2]] as const) {
      const author = await openApp(app.browser, app.server, { width: 1440, height: 900 });
      await openFromPicker(author.page, file);
      const text = sectionEditor(author.page, 'summary');
      await expect.poll(() => text.locator('[data-kp-break="insert"]').count()).toBe(1);
      expect(await text.locator('p').count()).toBe(2);
      await showChanges(author.page);
      await expect.poll(() => rows(author.page).count()).toBe(1);
      expect(await rows(author.page).first().innerText()).toContain(`¶${NEW.trim()}`);
      if (paragraphs === 1) await author.page.screenshot({ path: join(RESULTS_DIR, 'suggest-paragraph-author.png') });
      await rows(author.page).first().getByRole('button', { name: button }).click();
      await expect.poll(() => rows(author.page).count()).toBe(0);
      await expect.poll(() => text.locator('p').count()).toBe(paragraphs);
      expect(await text.locator('[data-kp-break], ins, del').count()).toBe(0);
      if (paragraphs === 1) expect(await text.innerText()).toBe(blockTexts(original.sections.summary!)[0]);
      else expect((await text.locator('p').allInnerTexts()).map((t) => t.trim())).toEqual([BEFORE.trim(), (NEW + blockTexts(original.sections.summary!)[0]!.slice(BEFORE.length)).trim()]);
      expect(author.problems).toEqual([]);
      await author.context.close();
    }
    expect(problems).toEqual([]);
  });
});
