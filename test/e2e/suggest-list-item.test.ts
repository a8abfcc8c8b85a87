import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListElement, ListItemElement } from '../../core/draft/rich-text';
import type { Draft } from '../../core/draft/schema';
import { rejectAll, suggestionIds } from '../../core/review/suggestions';
import { openApp, RESULTS_DIR, useAppSession } from './support';
import { caretAfter, openFromPicker, sectionEditor } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';
import { changeRows, showChanges, startSuggesting } from './review-helpers';

// A reviewer adds a bullet point in suggestion mode (Enter at the end of the last item, then its
// text); the author sees it in the list and the change list and rejects it (the list as before) or
// accepts it (one more item).
const app = useAppSession();
const LAST = 'Medborgardialoger når främst äldre invånare';
const NEW = 'Budgetprocessen är svår att följa';
const items = (list: ListElement) => list.children.map((i: ListItemElement) => i.children.map((c) => ('text' in c ? c.text : '')).join(''));
const rows = changeRows;

describe('a suggested new list item', () => {
  it('a reviewer adds a bullet point and types it: one suggestion in the saved copy, the author accepts or rejects it', async () => {
    const original = sampleDraft();
    const before = items(original.sections.challenge![1] as ListElement);
    writeDraft(app.server.draftsDir, 'punkt.kpdraft', original);
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    await openFromPicker(page, 'punkt.kpdraft');
    await startSuggesting(page, 'Greta Granskare');

    await caretAfter(page, 'challenge', LAST);
    await page.keyboard.press('Enter');
    await page.keyboard.type(NEW);
    const challenge = sectionEditor(page, 'challenge');
    await expect.poll(() => challenge.locator('li').count()).toBe(3);
    await expect.poll(() => challenge.locator('li').nth(2).locator('ins').allInnerTexts()).toEqual(['¶', NEW]);
    expect(await challenge.locator('li [data-kp-break="insert"] ins').getAttribute('title')).toMatch(/^Greta Granskare föreslog ett nytt stycke här · /);
    await page.locator('[data-kp-section="challenge"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(RESULTS_DIR, 'suggest-list-item-reviewer.png') });

    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const copyName = readdirSync(app.server.draftsDir).find((f) => f.includes('granskning'))!;
    const saved: Draft = JSON.parse(readFileSync(join(app.server.draftsDir, copyName), 'utf8')).draft;
    const list = saved.sections.challenge![1] as ListElement;
    expect(items(list)).toEqual([...before, NEW]);
    expect(list.children[2]!.suggestion).toMatchObject({ kind: 'insert', author: { name: 'Greta Granskare' } });
    expect(suggestionIds(saved.sections.challenge!)).toHaveLength(1);
    expect(rejectAll(saved.sections.challenge!)).toEqual(original.sections.challenge);

    // The copy comes back to the author twice: rejected in one, accepted in the other.
    copyFileSync(join(app.server.draftsDir, copyName), join(app.server.draftsDir, 'tillbaka-avvisa.kpdraft'));
    copyFileSync(join(app.server.draftsDir, copyName), join(app.server.draftsDir, 'tillbaka-acceptera.kpdraft'));
    await context.close();
    for (const [file, button, expected] of [['tillbaka-avvisa.kpdraft', /^Avvisa/, before], ['tillbaka-acceptera.kpdraft', /^Acceptera/, [...before, NEW]]] as const) {
      const author = await openApp(app.browser, app.server, { width: 1440, height: 900 });
      await openFromPicker(author.page, file);
      const text = sectionEditor(author.page, 'challenge');
      await expect.poll(() => text.locator('li [data-kp-break="insert"]').count()).toBe(1);
      expect(await text.locator('li').count()).toBe(3);
      await showChanges(author.page);
      await expect.poll(() => rows(author.page).count()).toBe(1);
      expect(await rows(author.page).first().innerText()).toContain(`¶${NEW}`);
      if (expected === before) {
        await author.page.locator('[data-kp-section="challenge"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await author.page.screenshot({ path: join(RESULTS_DIR, 'suggest-list-item-author.png') });
      }
      await rows(author.page).first().getByRole('button', { name: button }).click();
      await expect.poll(() => rows(author.page).count()).toBe(0);
      await expect.poll(() => text.locator('li').count()).toBe(expected.length);
      expect(await text.locator('[data-kp-break], ins, del').count()).toBe(0);
      expect((await text.locator('li').allInnerTexts()).map((t) => t.trim())).toEqual(expected);
      expect(author.problems).toEqual([]);
      await author.context.close();
    }
    expect(problems).toEqual([]);
  });

  it('Shift+Enter suggests a line break within the paragraph: the saved copy has it as suggested text', async () => {
    const original = sampleDraft();
    writeDraft(app.server.draftsDir, 'rad.kpdraft', original);
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    await openFromPicker(page, 'rad.kpdraft');
    // (The name given in the first test is remembered.)
    await startSuggesting(page);
    const earlier = new Set(readdirSync(app.server.draftsDir));
    await caretAfter(page, 'summary', 'Uppsala kommun och Skopje stad');
    await page.keyboard.press('Shift+Enter');
    const summary = sectionEditor(page, 'summary');
    await expect.poll(() => summary.locator('ins').count()).toBe(1);
    expect(await summary.locator('p').count()).toBe(1);
    expect(await page.locator('.kp-toast, [role="status"]').filter({ hasText: 'kan inte föreslås' }).count()).toBe(0);
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const copyName = readdirSync(app.server.draftsDir).find((f) => !earlier.has(f) && f.includes('granskning'))!;
    const saved: Draft = JSON.parse(readFileSync(join(app.server.draftsDir, copyName), 'utf8')).draft;
    const leaves = saved.sections.summary![0]!.children as Array<{ text: string; suggestion?: { kind: string } }>;
    expect(leaves.filter((l) => l.suggestion).map((l) => [l.suggestion!.kind, l.text])).toEqual([['insert', '\n']]);
    expect(rejectAll(saved.sections.summary!)).toEqual(original.sections.summary);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Enter twice takes the empty new item back; Backspace at an item’s start proposes joining it onto the item before', async () => {
    writeDraft(app.server.draftsDir, 'foga.kpdraft', sampleDraft());
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    await openFromPicker(page, 'foga.kpdraft');
    await startSuggesting(page);
    const challenge = sectionEditor(page, 'challenge');
    await caretAfter(page, 'challenge', LAST);
    await page.keyboard.press('Enter');
    await expect.poll(() => challenge.locator('li').count()).toBe(3);
    await page.keyboard.press('Enter');
    await expect.poll(() => challenge.locator('li').count()).toBe(2);
    expect(await challenge.locator('[data-kp-break]').count()).toBe(0);

    await caretAfter(page, 'challenge', 'formellt mandat');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    await expect.poll(() => challenge.locator('li').nth(1).locator('[data-kp-break="delete"] del').count()).toBe(1);
    expect(await challenge.locator('li').nth(1).locator('del').first().getAttribute('title')).toMatch(/^Greta Granskare föreslog att stycket fogas till det föregående · /);
    expect(await challenge.locator('li').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});
