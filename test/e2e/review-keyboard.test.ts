import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { sectionEditor } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession();

/** Opens a draft for review through "Öppna för granskning…". */
async function openForReview(page: Page, name: string): Promise<void> {
  await page.locator('.kp-start').waitFor();
  await page.getByRole('button', { name: /Öppna för granskning|Open for review/ }).click();
  const picker = page.locator('dialog.kp-modal');
  await picker.locator(`[data-kp-file="${name}"]`).click();
  await picker.locator('button[type="submit"]').click();
  await page.locator('html[data-kp-editor-ready="true"]').waitFor();
  await page.locator('[data-kp-review-banner]').waitFor();
}

const selected = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describe('a keyboard-only reviewer', () => {
  it('reaches the text with Tab, selects words with Shift+arrows and comments on exactly them', async () => {
    writeDraft(app.server.draftsDir, 'tangentbord.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 800 });
    await openForReview(page, 'tangentbord.kpdraft');
    const challenge = sectionEditor(page, 'challenge');
    const before = await challenge.innerText();
    // Into the text from the control before it, as Tab does.
    await challenge.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => challenge.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator('.kp-review-caret').count()).toBe(1);

    // "Båda kommunerna har …": past "Båda ", then ten characters more with Shift.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await selected(page)).toBe('');
    for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => selected(page)).toBe('kommunerna');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await expect.poll(() => selected(page)).toMatch(/^kommunerna har\s?$/);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await expect.poll(() => selected(page)).toBe('kommunerna ');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => selected(page)).toBe('kommunerna');
    await expect.poll(() => page.locator('.kp-selection-comment').count()).toBe(1);
    await screenshot(page, 'review-keyboard-selection-sv');

    await page.keyboard.press('Control+Alt+M');
    const author = page.locator('dialog.kp-author-dialog');
    await author.locator('input[name="authorName"]').fill('Greta Granskare');
    await author.locator('input[name="authorInitials"]').fill('GG');
    await author.locator('button[type="submit"]').click();
    await author.waitFor({ state: 'detached' });
    const composer = page.locator('.kp-composer');
    await expect.poll(() => composer.locator('.kp-thread-quote').innerText()).toBe('kommunerna');
    await composer.locator('textarea').fill('Vilka kommuner? Skriv ut namnen.');
    await composer.getByRole('button', { name: 'Kommentera' }).click();
    await expect.poll(() => challenge.locator('mark.kp-comment').innerText()).toBe('kommunerna');
    // Only the selection moved: the text is as it was.
    expect(await challenge.innerText()).toBe(before);

    // The same in the English interface, selecting backwards from the end of a line with Shift+Home.
    await page.locator('.kp-ui-language').selectOption('en');
    await challenge.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await expect.poll(() => selected(page)).toMatch(/^Båda kommunerna har svårt att nå unga väljare\./);
    await expect.poll(() => page.locator('.kp-selection-comment').innerText()).toContain('Comment');
    await screenshot(page, 'review-keyboard-selection-en');
    expect(problems).toEqual([]);
  });

  it('never leaves the text: Shift+← at its start, Ctrl+End and Ctrl+Shift+End stay inside it, and the range can be commented on', async () => {
    writeDraft(app.server.draftsDir, 'tangentbord-kanter.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 800 });
    await openForReview(page, 'tangentbord-kanter.kpdraft');
    // In Swedish, whichever interface language an earlier test here left the app in.
    await page.locator('.kp-ui-language').selectOption('sv');
    const challenge = sectionEditor(page, 'challenge');
    const inText = () => challenge.evaluate((el) => {
      const sel = window.getSelection();
      return !!sel && sel.rangeCount > 0 && el.contains(sel.anchorNode) && el.contains(sel.focusNode);
    });
    await challenge.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+Home');

    // Past the start with Shift+←: nothing is selected, and the next Shift+→ selects from the start.
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await inText()).toBe(true);
    expect(await selected(page)).toBe('');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => selected(page)).toBe('Båda');

    // From "kommunerna" to the end of the text with Ctrl+Shift+End, and back to its start with Ctrl+Shift+Home.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+Shift+End');
    expect(await inText()).toBe(true);
    await expect.poll(() => selected(page)).toMatch(/^kommunerna har svårt[\s\S]*äldre invånare$/);
    await expect.poll(() => page.locator('.kp-selection-comment').count()).toBe(1);
    await page.keyboard.press('Control+Shift+Home');
    expect(await inText()).toBe(true);
    await expect.poll(() => selected(page)).toBe('Båda ');

    // Ctrl+End goes to the end of this text, not of the page; Shift+← then selects its last word,
    // and a comment is on exactly that.
    await page.keyboard.press('Control+End');
    expect(await inText()).toBe(true);
    expect(await selected(page)).toBe('');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await inText()).toBe(true);
    for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => selected(page)).toBe('invånare');

    await page.keyboard.press('Control+Alt+M');
    // The name is asked for once per app, so only when no earlier test here has given it.
    const author = page.locator('dialog.kp-author-dialog');
    const composer = page.locator('.kp-composer');
    await author.or(composer).first().waitFor();
    if (await author.count()) {
      await author.locator('input[name="authorName"]').fill('Greta Granskare');
      await author.locator('input[name="authorInitials"]').fill('GG');
      await author.locator('button[type="submit"]').click();
      await author.waitFor({ state: 'detached' });
    }
    await expect.poll(() => composer.locator('.kp-thread-quote').innerText()).toBe('invånare');
    await composer.locator('textarea').fill('Vilka invånare?');
    await composer.getByRole('button', { name: 'Kommentera' }).click();
    await expect.poll(() => challenge.locator('mark.kp-comment').innerText()).toBe('invånare');
    await screenshot(page, 'review-keyboard-edges-sv');
    expect(problems).toEqual([]);
  });

  it('keeps every key\'s move on a slow machine, however fast the keys come', async () => {
    writeDraft(app.server.draftsDir, 'tangentbord-lastad.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 800 });
    await openForReview(page, 'tangentbord-lastad.kpdraft');
    // A machine several times slower: the page re-renders between keys, before it has caught up with them.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    const challenge = sectionEditor(page, 'challenge');
    for (let round = 0; round < 4; round++) {
      await challenge.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+Home');
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.press('Control+Shift+ArrowLeft');
      await page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(() => selected(page), { timeout: 15_000 }).toBe('kommunerna');
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(problems).toEqual([]);
  });

  it('Tab and Shift+Tab in a list item move on to the next control, and paste changes nothing: no key edits the text', async () => {
    writeDraft(app.server.draftsDir, 'tangentbord-lista.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 800 });
    await openForReview(page, 'tangentbord-lista.kpdraft');
    const challenge = sectionEditor(page, 'challenge');
    const before = await challenge.innerHTML();
    const focusedInText = () => challenge.evaluate((el) => el.contains(document.activeElement));

    // In Word's habit Tab indents a list item; in a reviewer's view it goes to the next control.
    await challenge.locator('li').last().click();
    await page.keyboard.press('Tab');
    await expect.poll(focusedInText).toBe(false);
    await challenge.locator('li').last().click();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focusedInText).toBe(false);
    await challenge.locator('li').last().click();
    await challenge.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Inklistrat\npå två rader');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.keyboard.press('Control+B');
    expect(await challenge.innerHTML()).toBe(before);
    expect(problems).toEqual([]);
  });
});
