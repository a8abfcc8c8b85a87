import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useAppSession } from './support';
import { openFromPicker, save, sectionEditor, selectWords } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';

// The whole review round as two people do it: a reviewer suggests in a copy, the author decides
// in it. Each in a window of their own, the reviewer's name from the suggestion mode's question.

const app = useAppSession();
const SENTENCE = ' Valdeltagandet bland 18–24-åringar är lågt, och få unga känner till hur de kan påverka kommunens budget.';
const rows = (page: Page) => page.locator('[data-kp-changes-panel] [data-kp-change]');

describe('a review with suggestions, from reviewer to author', () => {
  it('the reviewer replaces a word and deletes a sentence in a copy; the author sees both, rejects one, accepts the other and undoes the accept', async () => {
    writeDraft(app.server.draftsDir, 'runda.kpdraft', sampleDraft());

    // The reviewer: open for review, suggestions on, a word replaced, a sentence deleted, copy saved.
    const reviewer = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    const r = reviewer.page;
    await openFromPicker(r, 'runda.kpdraft');
    await r.locator('.kp-role-badge').click();
    await r.locator('[data-kp-review-banner]').waitFor();
    await r.locator('[data-kp-suggest-toggle]').click();
    const who = r.locator('dialog.kp-author-dialog');
    await who.locator('input[name="authorName"]').fill('Greta Granskare');
    await who.locator('button[type="submit"]').click();
    await expect.poll(() => r.locator('[data-kp-suggest-toggle]').getAttribute('aria-pressed')).toBe('true');
    await selectWords(r, 'summary', 'Skopje');
    await r.keyboard.type('Bitola');
    await expect.poll(() => sectionEditor(r, 'summary').locator('ins').allInnerTexts()).toEqual(['Bitola']);
    await selectWords(r, 'challenge', SENTENCE);
    await r.keyboard.press('Backspace');
    await expect.poll(() => sectionEditor(r, 'challenge').locator('del').allInnerTexts()).toEqual([SENTENCE]);
    await r.keyboard.press('Control+S');
    await expect.poll(() => r.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const copy = readdirSync(app.server.draftsDir).find((f) => f !== 'runda.kpdraft')!;
    expect(reviewer.problems).toEqual([]);
    await reviewer.context.close();

    // The author: the copy opened as author shows both in the text and in the change list.
    const author = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    const a = author.page;
    await openFromPicker(a, copy);
    if (await a.locator('[data-kp-review-banner]').isVisible()) await a.locator('.kp-role-badge').click();
    const summary = sectionEditor(a, 'summary');
    const challenge = sectionEditor(a, 'challenge');
    await expect.poll(() => summary.locator('ins, del').allInnerTexts()).toEqual(['Skopje', 'Bitola']);
    expect(await challenge.locator('del').allInnerTexts()).toEqual([SENTENCE]);
    await a.locator('#kp-tab-changes').click();
    await expect.poll(() => rows(a).allInnerTexts()).toEqual([
      expect.stringMatching(/Skopje[\s\S]*Bitola[\s\S]*Greta Granskare/),
      expect.stringMatching(/Valdeltagandet[\s\S]*Greta Granskare/),
    ]);

    // The deletion rejected, then the replacement accepted: the text reads as the author chose.
    await rows(a).nth(1).getByRole('button', { name: /^Avvisa/ }).click();
    await expect.poll(() => rows(a).count()).toBe(1);
    expect(await challenge.locator('del').count()).toBe(0);
    expect(await challenge.innerText()).toContain(SENTENCE.trim());
    await rows(a).first().getByRole('button', { name: /^Acceptera/ }).click();
    await expect.poll(() => rows(a).count()).toBe(0);
    expect(await summary.innerText()).toContain('Uppsala kommun och Bitola stad');
    expect(await a.locator('[data-kp-suggestion]').count()).toBe(0);

    // Ctrl+Z takes the accept back: the replacement is open again, in the text and the list.
    await a.keyboard.press('Control+Z');
    await expect.poll(() => summary.locator('ins, del').allInnerTexts()).toEqual(['Skopje', 'Bitola']);
    await expect.poll(() => rows(a).count()).toBe(1);
    expect(await challenge.locator('del').count()).toBe(0);
    await save(a);
    expect(author.problems).toEqual([]);
    await author.context.close();
  });
});
