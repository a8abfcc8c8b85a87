import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { createDraft, focusSectionEnd, pasteInto, readSavedDraft, saveAs, sectionEditor } from './helpers';

const app = useAppSession();

describe('rich text with the keyboard and the toolbar', () => {
  it('types headings, marks and nested lists, undoes and redoes, and saves exactly that structure', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    await focusSectionEnd(page, 'challenge');
    const kb = page.keyboard;

    await kb.type('Rubrik');
    await page.locator('.kp-block-kind').selectOption('heading-one');
    await kb.press('End');
    await kb.press('Enter');
    await kb.type('Vanlig text ');
    await kb.press('Control+B');
    await kb.type('fet');
    await kb.press('Control+B');
    await kb.type(' och ');
    await page.getByRole('button', { name: 'Kursiv' }).click();
    await kb.type('kursiv');
    await kb.press('Control+I');
    await kb.type(' och ');
    await kb.press('Control+U');
    await kb.type('understruken');
    await kb.press('Control+U');
    await kb.press('Enter');

    await page.getByRole('button', { name: 'Punktlista' }).click();
    await kb.type('ett');
    await kb.press('Enter');
    await kb.press('Tab');
    await kb.type('ett.a');
    await kb.press('Enter');
    await kb.press('Shift+Tab');
    await kb.type('två');
    await kb.press('Enter');
    await kb.press('Enter');
    await kb.type('efter');

    const editor = sectionEditor(page, 'challenge');
    await expect.poll(() => editor.locator('ul ul li').innerText()).toBe('ett.a');
    await kb.press('Control+Z');
    await expect.poll(() => editor.innerText()).not.toContain('efter');
    await kb.press('Control+Y');
    await expect.poll(() => editor.innerText()).toContain('efter');
    await screenshot(page, 'formatting');

    await saveAs(page, 'formatting');
    expect(readSavedDraft(join(app.server.draftsDir, 'formatting.kpdraft')).sections.challenge).toEqual([
      { type: 'heading-one', children: [{ text: 'Rubrik' }] },
      { type: 'paragraph', children: [
        { text: 'Vanlig text ' }, { text: 'fet', bold: true }, { text: ' och ' }, { text: 'kursiv', italic: true },
        { text: ' och ' }, { text: 'understruken', underline: true },
      ] },
      { type: 'bulleted-list', children: [
        { type: 'list-item', children: [{ text: 'ett' }, { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'ett.a' }] }] }] },
        { type: 'list-item', children: [{ text: 'två' }] },
      ] },
      { type: 'paragraph', children: [{ text: 'efter' }] },
    ]);
    expect(problems).toEqual([]);
  });

  it('sets heading two, a block quote and a numbered list, redoes with Ctrl+Shift+Z, and saves that structure', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    await focusSectionEnd(page, 'challenge');
    const kb = page.keyboard;
    const kind = page.locator('.kp-block-kind');

    await kb.type('Bakgrund');
    await kind.selectOption('heading-two');
    await kb.press('End');
    await kb.press('Enter');
    await kb.type('Demokrati byggs underifrån.');
    await kind.selectOption('block-quote');
    await kb.press('End');
    await kb.press('Enter');
    // Enter continues the quote; the list starts from body text.
    expect(await kind.inputValue()).toBe('block-quote');
    await kind.selectOption('paragraph');
    await page.getByRole('button', { name: 'Numrerad lista' }).click();
    await kb.type('första');
    await kb.press('Enter');
    await kb.type('andra');

    const editor = sectionEditor(page, 'challenge');
    // Without the zero-width character Slate puts into an empty line.
    const items = () => editor.locator('ol > li').allInnerTexts().then((t) => t.map((s) => s.replace(/\uFEFF/g, '').trim()));
    await expect.poll(items).toEqual(['första', 'andra']);
    // Section titles are h2, so the text's second heading level is h4.
    expect(await editor.locator('h4').innerText()).toBe('Bakgrund');
    expect(await editor.locator('blockquote').innerText()).toBe('Demokrati byggs underifrån.');
    expect(await page.getByRole('button', { name: 'Numrerad lista' }).getAttribute('aria-pressed')).toBe('true');
    await kb.press('Control+Z');
    await expect.poll(items).toEqual(['första', '']);
    await kb.press('Control+Shift+Z');
    await expect.poll(items).toEqual(['första', 'andra']);

    await saveAs(page, 'block-kinds');
    expect(readSavedDraft(join(app.server.draftsDir, 'block-kinds.kpdraft')).sections.challenge).toEqual([
      { type: 'heading-two', children: [{ text: 'Bakgrund' }] },
      { type: 'block-quote', children: [{ text: 'Demokrati byggs underifrån.' }] },
      { type: 'numbered-list', children: [
        { type: 'list-item', children: [{ text: 'första' }] },
        { type: 'list-item', children: [{ text: 'andra' }] },
      ] },
    ]);
    expect(problems).toEqual([]);
  });

  it('shows each tooltip with its real shortcut, not the first letter of the Swedish label', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    const title = (name: string) => page.getByRole('button', { name, exact: true }).getAttribute('title');
    expect(await title('Fetstil')).toBe('Fetstil (Ctrl+B)');
    expect(await title('Kursiv')).toBe('Kursiv (Ctrl+I)');
    expect(await title('Understrykning')).toBe('Understrykning (Ctrl+U)');
    expect(await title('Ångra')).toBe('Ångra (Ctrl+Z)');
    expect(await title('Gör om')).toBe('Gör om (Ctrl+Y)');
    expect(problems).toEqual([]);
  });

  it('counts words live against the limit and underlines the text past it', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page, 'project', 'icld-kp-2020');
    const counter = page.locator('[data-kp-section="summary"] .kp-word-counter');
    await focusSectionEnd(page, 'summary');
    await pasteInto(page, '[data-kp-section="summary"] [data-slate-editor]', { 'text/plain': Array.from({ length: 185 }, (_, i) => `ord${i}`).join(' ') });
    await expect.poll(() => counter.innerText()).toMatch(/^185 \/ 200 ord · [\d\u00a0]+ tecken$/);
    expect(await counter.getAttribute('class')).toContain('level-near');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ' + Array.from({ length: 19 }, (_, i) => `extra${i}`).join(' ') + ' ');
    await expect.poll(() => counter.innerText()).toMatch(/^204 \/ 200 ord · [\d\u00a0]+ tecken$/);
    // The finding follows the last keystroke (the delay is measured in the page and printed).
    await page.evaluate(() => {
      const w = window as unknown as { kpMeasure: Promise<number> };
      w.kpMeasure = new Promise<number>((resolve) => {
        let t0 = 0;
        setTimeout(() => resolve(Number.POSITIVE_INFINITY), 5000);
        window.addEventListener('keydown', () => { t0 = performance.now(); }, { capture: true, once: true });
        const seen = () => document.querySelector('.kp-problem[data-kp-rule="DOC-01"]')?.textContent?.includes('205');
        new MutationObserver((_m, obs) => { if (t0 && seen()) { obs.disconnect(); resolve(performance.now() - t0); } })
          .observe(document.body, { childList: true, characterData: true, subtree: true });
      });
    });
    await page.keyboard.press('e');
    const latency = await page.evaluate(() => (window as unknown as { kpMeasure: Promise<number> }).kpMeasure);
    console.log(`word-limit finding visible ${latency.toFixed(1)} ms after the last keystroke`);
    // The time is printed for reading; the speed target is the benchmark's, the test asks only that the finding appears.
    expect(Number.isFinite(latency), 'the finding appeared').toBe(true);
    await page.keyboard.type('xtra19');
    await expect.poll(() => counter.innerText()).toMatch(/^205 \/ 200 ord · [\d\u00a0]+ tecken$/);
    expect(await counter.getAttribute('class')).toContain('level-over');
    // The five words past the limit carry the finding's underline, and only they do.
    await expect.poll(() => page.locator('[data-kp-section="summary"] .kp-mark').allInnerTexts().then((t) => t.join('').trim())).toBe('extra15 extra16 extra17 extra18 extra19');
    expect(await page.locator('[data-kp-section="summary"] .kp-mark').first().getAttribute('title')).toMatch(/200/);
    // With the caret in the marked text, the message under the section is there for keyboard users too, once.
    const limitMessages = page.locator('[data-kp-section="summary"] [data-kp-rule="DOC-01"]');
    await expect.poll(() => limitMessages.last().innerText()).toMatch(/205 ord.*200/);
    expect(await limitMessages.count()).toBe(1);
    await screenshot(page, 'word-limit');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('[data-kp-section="summary"] .kp-mark').count()).toBe(0);
    expect(problems).toEqual([]);
  });
  it("shows the text's formatting as pressed only while the text has the focus, not while a date field has it", async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    await focusSectionEnd(page, 'challenge');
    const numbered = page.getByRole('button', { name: 'Numrerad lista' });
    const bold = page.getByRole('button', { name: 'Fetstil' });
    await numbered.click();
    await page.keyboard.press('Control+B');
    await page.keyboard.type('Första punkten');
    await expect.poll(() => numbered.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');
    const date = page.locator('[data-kp-loc="field:submissionDate"]');
    await date.scrollIntoViewIfNeeded();
    await date.click();
    await expect.poll(() => numbered.getAttribute('aria-pressed')).toBe('false');
    expect(await bold.getAttribute('aria-pressed')).toBe('false');
    await screenshot(page, 'toolbar-date-focused');
    await focusSectionEnd(page, 'challenge');
    await expect.poll(() => numbered.getAttribute('aria-pressed')).toBe('true');
    expect(problems).toEqual([]);
  });
});
