import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../core/draft/schema';
import { currentText, type TextAnchor } from '../../core/review/text-anchor';
import { launchChromium, openApp, screenshot, startAppServer, type AppServer } from './support';
import { openFromPicker, sectionEditor } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';

// Two people, two machines: the reviewer's and the author's app each keep their own settings and
// remembered roles, and share the folder the draft travels through.
let reviewerApp: AppServer;
let authorApp: AppServer;
let shared: string;
let browser: Browser;
beforeAll(async () => {
  reviewerApp = await startAppServer();
  shared = reviewerApp.draftsDir;
  authorApp = await startAppServer({ env: { KP_DRAFTS_DIR: shared } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await authorApp?.dispose();
  await reviewerApp?.dispose();
});

const PHRASE = 'svårt att nå unga väljare';
const savedDraft = (name: string): Draft => JSON.parse(readFileSync(join(shared, name), 'utf8')).draft;

/** Selects `phrase` in a section's text the way a mouse drag would (a DOM selection over the words). */
async function selectWords(page: Page, sectionId: string, phrase: string): Promise<void> {
  await sectionEditor(page, sectionId).scrollIntoViewIfNeeded();
  await sectionEditor(page, sectionId).evaluate((root, p) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(p);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + p.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`"${p}" is not in the section`);
  }, phrase);
}

async function saveWithKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
}

async function giveName(page: Page, name: string, initials: string): Promise<void> {
  const dialog = page.locator('dialog.kp-author-dialog');
  await dialog.locator('input[name="authorName"]').fill(name);
  await dialog.locator('input[name="authorInitials"]').fill(initials);
  await dialog.locator('button[type="submit"]').click();
  await dialog.waitFor({ state: 'detached' });
}

describe('review round trip', () => {
  it('a reviewer comments without changing the text; the author sees the comment on the right words, replies and resolves', async () => {
    const original = sampleDraft();
    writeDraft(shared, 'ansokan.kpdraft', original);

    // The reviewer opens the draft for review.
    const reviewer = await openApp(browser, reviewerApp);
    const r = reviewer.page;
    await r.getByRole('button', { name: 'Öppna för granskning…' }).click();
    const picker = r.locator('dialog.kp-modal');
    await picker.locator('[data-kp-file="ansokan.kpdraft"]').click();
    await picker.locator('button[type="submit"]').click();
    await r.locator('html[data-kp-editor-ready="true"]').waitFor();
    await expect.poll(() => r.locator('[data-kp-review-banner]').innerText()).toContain('Granskningsläge — du kan kommentera men inte ändra texten');
    expect(await r.locator('.kp-role-badge').innerText()).toBe('Granskare');

    // Typing into the text, pasting and formatting change nothing; the fields are read-only.
    const challenge = sectionEditor(r, 'challenge');
    const before = await challenge.innerText();
    await challenge.click();
    await r.keyboard.press('Control+End');
    await r.keyboard.type('XYZ');
    await r.keyboard.press('Enter');
    await r.keyboard.press('Backspace');
    await r.keyboard.press('Control+B');
    await r.keyboard.press('Tab');
    expect(await challenge.innerText()).toBe(before);
    expect(await challenge.getAttribute('contenteditable')).toBe('false');
    const title = r.locator('.kp-title-input');
    await title.click();
    await r.keyboard.type(' ändrad');
    expect(await title.inputValue()).toBe(original.title);
    expect(await title.getAttribute('readonly')).not.toBeNull();
    expect(await r.locator('[data-kp-section="budget"] select').first().isDisabled()).toBe(true);
    expect(await r.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');

    // Select words, "Kommentera", name asked once, write, save.
    await selectWords(r, 'challenge', PHRASE);
    await r.locator('.kp-selection-comment').click();
    await giveName(r, 'Greta Granskare', 'GG');
    const composer = r.locator('.kp-composer');
    await expect.poll(() => composer.locator('.kp-thread-quote').innerText()).toBe(PHRASE);
    await composer.locator('textarea').fill('Ange källa för valdeltagandet.');
    await composer.getByRole('button', { name: 'Kommentera' }).click();
    await expect.poll(() => r.locator('.kp-thread').count()).toBe(1);
    expect(await challenge.locator('mark.kp-comment').innerText()).toBe(PHRASE);
    await expect.poll(() => r.locator('[data-kp-open-comments]').innerText()).toContain('1 öppen kommentar');
    await screenshot(r, 'review-reviewer-commented');
    await saveWithKeyboard(r);

    const afterReview = savedDraft('ansokan.kpdraft');
    expect(afterReview.sections).toEqual(original.sections);
    expect(afterReview.title).toBe(original.title);
    expect(afterReview.annotations).toHaveLength(1);
    const [comment] = afterReview.annotations;
    expect(comment).toMatchObject({ author: { name: 'Greta Granskare', initials: 'GG' }, body: 'Ange källa för valdeltagandet.', resolved: false });
    expect(comment!.anchor).toMatchObject({ kind: 'text', sectionId: 'challenge', quote: { exact: PHRASE } });
    expect(currentText(afterReview.sections.challenge!, comment!.anchor as TextAnchor)).toBe(PHRASE);
    expect(reviewer.problems).toEqual([]);

    // The author opens it on their own machine: editable, with the comment on the same words.
    const author = await openApp(browser, authorApp);
    const a = author.page;
    await openFromPicker(a, 'ansokan.kpdraft');
    expect(await a.locator('.kp-role-badge').innerText()).toBe('Författare');
    expect(await a.locator('[data-kp-review-banner]').count()).toBe(0);
    await expect.poll(() => a.locator('[data-kp-open-comments]').innerText()).toContain('1 öppen kommentar');
    const text = sectionEditor(a, 'challenge');
    expect(await text.locator('mark.kp-comment').innerText()).toBe(PHRASE);

    // Writing before the comment moves it along with its words.
    await text.click();
    await a.keyboard.press('Control+Home');
    await a.keyboard.type('Redan i dag: ');
    await expect.poll(() => text.locator('mark.kp-comment').innerText()).toBe(PHRASE);

    // Reply and resolve from the comments panel.
    await a.getByRole('tab', { name: /Kommentarer/ }).click();
    const thread = a.locator('.kp-thread');
    expect(await thread.locator('.kp-thread-quote').innerText()).toBe(PHRASE);
    expect(await thread.locator('.kp-message-body').first().innerText()).toBe('Ange källa för valdeltagandet.');
    await thread.getByRole('button', { name: 'Svara' }).click();
    await giveName(a, 'Anna Lind', 'AL');
    await thread.locator('textarea').fill('Källa: Valmyndigheten 2022. Tillagd.');
    await thread.getByRole('button', { name: 'Skicka' }).click();
    await expect.poll(() => thread.locator('.kp-reply .kp-message-body').innerText()).toBe('Källa: Valmyndigheten 2022. Tillagd.');
    await screenshot(a, 'review-author-replied');
    await thread.getByRole('button', { name: 'Lös' }).click();
    await expect.poll(() => a.locator('.kp-review-counts').getAttribute('data-kp-resolved')).toBe('1');
    await a.locator('.kp-filter-status').selectOption('all');
    await expect.poll(() => a.locator('.kp-thread.resolved .kp-resolved-note').innerText()).toContain('Löst av Anna Lind');
    await saveWithKeyboard(a);
    await screenshot(a, 'review-author-resolved');

    const afterAuthor = savedDraft('ansokan.kpdraft');
    expect(afterAuthor.annotations).toHaveLength(1);
    const [resolved] = afterAuthor.annotations;
    expect(resolved).toMatchObject({ id: comment!.id, resolved: true, statusChangedBy: { name: 'Anna Lind' } });
    expect(resolved!.replies).toMatchObject([{ author: { name: 'Anna Lind', initials: 'AL' }, body: 'Källa: Valmyndigheten 2022. Tillagd.' }]);
    expect(currentText(afterAuthor.sections.challenge!, resolved!.anchor as TextAnchor)).toBe(PHRASE);
    expect(JSON.stringify(afterAuthor.sections.challenge)).toContain('Redan i dag: Båda kommunerna');
    expect(author.problems).toEqual([]);
  });
});
