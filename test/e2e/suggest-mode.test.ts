import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../core/draft/schema';
import type { RichText } from '../../core/draft/rich-text';
import { acceptAll, rejectAll } from '../../core/review/suggestions';
import { callApi, openApp, RESULTS_DIR, useAppSession, waitFor } from './support';
import { openFromPicker, sectionEditor, selectWords } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';

const app = useAppSession();
const SENTENCE = ' Valdeltagandet bland 18–24-åringar är lågt, och få unga känner till hur de kan påverka kommunens budget.';
type Leaf = { text: string; suggestion?: { id: string; kind: string; author: { name: string } } };
const leaves = (value: RichText): Leaf[] => value.flatMap((b) => b.children as Leaf[]);
const plain = (value: RichText) => leaves(value).map((l) => l.text).join('');

/** Double-clicks a word of a section's text, as a user picks a word to replace. */
async function doubleClickWord(page: Page, sectionId: string, word: string): Promise<void> {
  const box = await sectionEditor(page, sectionId).evaluate((root, w) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(w);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i + 1);
      range.setEnd(n, i + 2);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    throw new Error(`"${w}" is not in the section`);
  }, word);
  await page.mouse.dblclick(box.x, box.y);
}

/** The suggestions of both sections, one screenshot each (test-results/, not committed). */
async function shoot(page: Page, name: string): Promise<void> {
  for (const id of ['summary', 'challenge']) {
    await page.locator(`[data-kp-section="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(RESULTS_DIR, `${name}-${id}.png`) });
  }
}

describe('suggestion mode', () => {
  it('turns a reviewer’s replaced word and deleted sentence into suggestions that the saved copy keeps, the author’s text intact', async () => {
    const original = sampleDraft();
    writeDraft(app.server.draftsDir, 'ansokan.kpdraft', original);
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1024, height: 700 });
    await openFromPicker(page, 'ansokan.kpdraft');
    await page.locator('.kp-role-badge').click();
    await page.locator('[data-kp-review-banner]').waitFor();

    // Outside suggestion mode the text stays locked.
    await sectionEditor(page, 'summary').click();
    await page.keyboard.type('x');
    expect(await sectionEditor(page, 'summary').innerText()).toBe(plain(original.sections.summary!));

    // Turning suggestions on asks once who is suggesting.
    const toggle = page.locator('[data-kp-suggest-toggle]');
    await toggle.click();
    const who = page.locator('dialog.kp-author-dialog');
    await who.locator('input[name="authorName"]').fill('Greta Granskare');
    await who.locator('button[type="submit"]').click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-kp-review-banner]').innerText()).toContain('Föreslå ändringar är på');

    // Replace a word: double-click it and type the new one.
    await doubleClickWord(page, 'summary', 'Skopje');
    await page.keyboard.type('Bitola');
    const summary = sectionEditor(page, 'summary');
    await expect.poll(() => summary.locator('ins').allInnerTexts()).toEqual(['Bitola']);
    expect(await summary.locator('del').allInnerTexts()).toEqual(['Skopje']);
    expect(await summary.locator('ins').getAttribute('title')).toMatch(/^Greta Granskare föreslog att infoga ”Bitola” · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    // Suggest formatting: select words, Ctrl+B; they show bold with a dotted underline, not yet decided.
    await selectWords(page, 'summary', 'Uppsala kommun');
    await page.keyboard.press('Control+B');
    await expect.poll(() => summary.locator('.kp-suggestion-format').allInnerTexts()).toEqual(['Uppsala kommun']);
    expect(await summary.locator('.kp-suggestion-format').evaluate((el) => !!(el.querySelector('strong') ?? el.closest('strong')))).toBe(true);

    // Delete a sentence: select it, Backspace.
    await selectWords(page, 'challenge', SENTENCE);
    await page.keyboard.press('Backspace');
    const challenge = sectionEditor(page, 'challenge');
    await expect.poll(() => challenge.locator('del').allInnerTexts()).toEqual([SENTENCE]);
    expect(await challenge.innerText()).toContain(SENTENCE.trim());
    // The reviewer's own suggestion is undone and redone like any edit.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => challenge.locator('del').count()).toBe(0);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => challenge.locator('del').allInnerTexts()).toEqual([SENTENCE]);

    // Redo selects what it brought back; the caret alone shows the marks' colour.
    await page.keyboard.press('ArrowLeft');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const lang of ['sv', 'en'] as const) {
        await page.locator('.kp-ui-language').selectOption(lang);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
        await shoot(page, `suggest-mode-${scheme}-${lang}`);
      }
    }
    expect(await summary.locator('del').getAttribute('title')).toMatch(/^Greta Granskare suggested deleting “Skopje” · \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/);
    await page.locator('.kp-ui-language').selectOption('sv');

    // Autosave's copy in the recovery area keeps the suggestions too.
    const title = original.title;
    const recovered = await waitFor('autosave', async () => {
      const list = await callApi(app.server, 'recovery:list', {});
      const entry = list.ok ? (list.value as Array<{ key: string; title: string }>).find((e) => e.title === title) : undefined;
      const r = entry ? await callApi(app.server, 'recovery:load', { key: entry.key }) : undefined;
      const draft = r?.ok ? (r.value as { draft: Draft }).draft : undefined;
      return draft && leaves(draft.sections.challenge!).some((l) => l.suggestion) ? draft : undefined;
    }, 30_000);
    expect(rejectAll(recovered.sections.summary!)).toEqual(original.sections.summary);

    // Save writes the reviewer's copy; read back, it holds both suggestions by the reviewer.
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const copyName = readdirSync(app.server.draftsDir).find((f) => f !== 'ansokan.kpdraft')!;
    const saved: Draft = JSON.parse(readFileSync(join(app.server.draftsDir, copyName), 'utf8')).draft;
    const marked = [...leaves(saved.sections.summary!), ...leaves(saved.sections.challenge!)].filter((l) => l.suggestion);
    expect(marked.map((l) => [l.suggestion!.kind, l.text, l.suggestion!.author.name]))
      .toEqual([['format', 'Uppsala kommun', 'Greta Granskare'], ['delete', 'Skopje', 'Greta Granskare'], ['insert', 'Bitola', 'Greta Granskare'], ['delete', SENTENCE, 'Greta Granskare']]);
    // The word typed over another is one replacement: its removal and insertion share an id.
    expect(marked.map((l) => l.suggestion!.id).filter((id, i, all) => all.indexOf(id) === i)).toHaveLength(3);
    expect(marked[1]!.suggestion!.id).toBe(marked[2]!.suggestion!.id);
    for (const [id, value] of Object.entries(saved.sections)) expect(rejectAll(value), id).toEqual(original.sections[id]);
    expect(plain(acceptAll(saved.sections.summary!))).toBe(plain(original.sections.summary!).replace('Skopje', 'Bitola'));
    expect(plain(acceptAll(saved.sections.challenge!))).toBe(plain(original.sections.challenge!).replace(SENTENCE, ''));

    // Reopened, the copy shows them again.
    await openFromPicker(page, copyName);
    await expect.poll(() => sectionEditor(page, 'summary').locator('ins, del, .kp-suggestion-format').allInnerTexts()).toEqual(['Uppsala kommun', 'Skopje', 'Bitola']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tracks an author’s own changes when they turn it on, and edits directly once it is off again', async () => {
    const original = sampleDraft();
    writeDraft(app.server.draftsDir, 'egen.kpdraft', original);
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1024, height: 700 });
    await openFromPicker(page, 'egen.kpdraft');
    const toggle = page.locator('[data-kp-suggest-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await sectionEditor(page, 'summary').click();
    await page.keyboard.press('Control+Shift+E');
    const who = page.locator('dialog.kp-author-dialog');
    if (await who.isVisible()) {
      await who.locator('input[name="authorName"]').fill('Anna Författare');
      await who.locator('button[type="submit"]').click();
    }
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await doubleClickWord(page, 'summary', 'Skopje');
    await page.keyboard.type('Bitola');
    const summary = sectionEditor(page, 'summary');
    await expect.poll(() => summary.locator('ins, del').allInnerTexts()).toEqual(['Skopje', 'Bitola']);
    // Enter is a suggested new paragraph; Backspace takes one's own back, and the paragraph is whole.
    await page.keyboard.press('Enter');
    await expect.poll(() => summary.locator('p').count()).toBe(2);
    await page.keyboard.press('Backspace');
    await expect.poll(() => summary.locator('p').count()).toBe(1);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.type(' nu');
    await expect.poll(() => summary.innerText()).toContain('SkopjeBitola nu stad');
    expect(await summary.locator('ins').allInnerTexts()).toEqual(['Bitola']);
    expect(problems).toEqual([]);
    await context.close();
  });
});
