import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDraft } from '../../core/draft/file-format';
import { generateDraft } from '../helpers/generate-draft';
import { openFromPicker, sectionEditor } from './helpers';
import { openApp, useAppSession } from './support';

/** About 12k words in each text section: too much for one frame, so it opens section by section. */
const WORDS = 120_000;

const app = useAppSession({
  prepare: (server) => {
    writeFileSync(join(server.draftsDir, 'long.kpdraft'), serializeDraft(generateDraft({ words: WORDS, budgetLines: 40, seed: 5 })));
  },
});

async function openLong() {
  const opened = await openApp(app.browser, app.server);
  // Whether sections were ever shown as placeholders (they are replaced within a second or so).
  await opened.page.evaluate(() => {
    const w = window as unknown as { kpSawPending: boolean };
    w.kpSawPending = false;
    new MutationObserver(() => {
      if (document.querySelector('.kp-section-pending')) w.kpSawPending = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await opened.page.locator('.kp-start').waitFor();
  await openFromPicker(opened.page, 'long.kpdraft');
  return opened;
}

describe('a long draft', () => {
  it('can be typed into before every section is on the page, and the rest follow', async () => {
    const { page, problems } = await openLong();
    const first = sectionEditor(page, 'summary');
    await first.click();
    // The click's caret is applied by the editor a moment after the click; a Ctrl+Home pressed
    // before that can be overtaken by it on a busy machine. Press it until the caret is at the start.
    const caretAtStart = () => page.evaluate(() => {
      const editor = document.querySelector('[data-kp-section="summary"] [data-slate-editor]');
      const s = document.getSelection();
      if (!editor || !s?.anchorNode || !editor.contains(s.anchorNode)) return false;
      const before = document.createRange();
      before.selectNodeContents(editor);
      before.setEnd(s.anchorNode, s.anchorOffset);
      return before.toString().replace(/\uFEFF/g, '') === '';
    });
    await expect.poll(async () => { await page.keyboard.press('Control+Home'); return caretAtStart(); }).toBe(true);
    // The caret must also stay there while the editor catches up with the page's selection (a
    // click still being applied would move it back), before anything is typed.
    await expect.poll(async () => (await caretAtStart()) || (await page.keyboard.press('Control+Home'), false)).toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect.poll(async () => (await caretAtStart()) || (await page.keyboard.press('Control+Home'), false)).toBe(true);
    await page.keyboard.type('Först: ');
    await page.locator('html[data-kp-sections-mounted="true"]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { kpSawPending: boolean }).kpSawPending)).toBe(true);
    expect(await page.locator('.kp-section-pending').count()).toBe(0);
    const textSections = await page.locator('.kp-section.kind-text').count();
    expect(textSections).toBeGreaterThan(5);
    expect(await page.locator('[data-slate-editor]').count()).toBe(textSections);
    expect(await first.innerText()).toMatch(/^Först: /);
    expect(problems).toEqual([]);
  });

  it('puts the caret in the last section when it is picked in the sidebar straight after opening', async () => {
    const { page, problems } = await openLong();
    await page.locator('[data-kp-nav="sustainability"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-kp-section]')?.getAttribute('data-kp-section'))).toBe('sustainability');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-slate-editor]'))).toBe(true);
    await page.keyboard.type('Sist');
    await expect.poll(() => sectionEditor(page, 'sustainability').innerText()).toMatch(/^Sist/);
    expect(problems).toEqual([]);
  });

  it('is not marked unsaved by opening it, and keeps the caret in view while new lines push the text down', async () => {
    const { page, problems } = await openLong();
    await page.locator('html[data-kp-sections-mounted="true"]').waitFor();
    // Sections appearing one by one (and their structure being checked as they do) is not an edit.
    await page.waitForTimeout(300);
    expect(await page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const editor = sectionEditor(page, 'challenge');
    await editor.scrollIntoViewIfNeeded();
    await editor.click();
    for (let i = 0; i < 60; i++) await page.keyboard.press('Enter');
    const inView = () => page.evaluate(() => {
      const sel = getSelection()!;
      const range = document.createRange();
      range.setStart(sel.focusNode!, sel.focusOffset);
      const caret = range.getBoundingClientRect();
      const view = document.querySelector('.kp-document')!.getBoundingClientRect();
      return caret.bottom > view.top && caret.bottom <= view.bottom;
    });
    await expect.poll(inView).toBe(true);
    expect(problems).toEqual([]);
  });
});
