import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { focusSectionEnd, openFromPicker, sectionEditor } from './helpers';
import { completeDraft, writeDraft } from './sample-draft';

const app = useAppSession({ prepare: (server) => { writeDraft(server.draftsDir, 'undo.kpdraft', completeDraft()); } });

const ORIGINAL = 'Båda kommunerna arbetar med detta under projektets två år, med tydliga steg och uppföljning varje halvår.';
const text = (page: Page, id: string) => sectionEditor(page, id).innerText();
const description = (page: Page) => page.locator('[data-kp-row="0"][data-kp-col="description"]');
/** The section (or card) the keyboard focus is in. */
const focusedIn = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-kp-section]')?.getAttribute('data-kp-section') ?? null);
/** Whether an element is at least partly inside the window. */
const onScreen = (page: Page, id: string) => page.locator(`[data-kp-section="${id}"]`).evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
});

describe('one undo history for the document', () => {
  it('undoes a card, Agenda 2030 and Risker in the order they changed, wherever the focus is, and shows each', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'undo.kpdraft');

    await focusSectionEnd(page, 'risks');
    await page.keyboard.type(' Risk ett.');
    await focusSectionEnd(page, 'agenda2030');
    await page.keyboard.type(' Mål elva.');
    await description(page).scrollIntoViewIfNeeded();
    await description(page).fill('Studieresa till Skopje och Bitola');
    await expect.poll(() => text(page, 'risks')).toBe(`${ORIGINAL} Risk ett.`);

    // In the budget cell: the newest change is the card's.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => description(page).inputValue()).toBe('Studieresa till Skopje');
    expect(await text(page, 'agenda2030')).toBe(`${ORIGINAL} Mål elva.`);
    await expect.poll(() => focusedIn(page)).toBe('budget');

    // Still in the budget cell: the next undo is Agenda 2030's text, and the caret goes there.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => text(page, 'agenda2030')).toBe(ORIGINAL);
    expect(await text(page, 'risks')).toBe(`${ORIGINAL} Risk ett.`);
    await expect.poll(() => focusedIn(page)).toBe('agenda2030');

    // The toolbar's ↶, with the caret in Agenda 2030: Risker's change, far above, is undone and shown.
    await page.locator('[data-kp-section="budget"]').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Ångra', exact: true }).click();
    await expect.poll(() => text(page, 'risks')).toBe(ORIGINAL);
    await expect.poll(() => focusedIn(page)).toBe('risks');
    await expect.poll(() => onScreen(page, 'risks')).toBe(true);
    // The caret is where the undone text was: typing goes on at the end of Risker's paragraph.
    expect(await page.evaluate(() => window.getSelection()?.focusOffset)).toBe(ORIGINAL.length);
    await screenshot(page, 'undo-risker');

    // Redo walks forward again in the same order, Risker, Agenda 2030, the card.
    await page.keyboard.press('Control+Y');
    await expect.poll(() => text(page, 'risks')).toBe(`${ORIGINAL} Risk ett.`);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => text(page, 'agenda2030')).toBe(`${ORIGINAL} Mål elva.`);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => description(page).inputValue()).toBe('Studieresa till Skopje och Bitola');
    await expect.poll(() => focusedIn(page)).toBe('budget');

    // A new change ends the redo: after one undo and new typing, redo has nothing left.
    await page.keyboard.press('Control+Z');
    await focusSectionEnd(page, 'risks');
    await page.keyboard.type('!');
    await page.keyboard.press('Control+Y');
    expect(await description(page).inputValue()).toBe('Studieresa till Skopje');
    expect(await text(page, 'risks')).toBe(`${ORIGINAL} Risk ett.!`);
    expect(problems).toEqual([]);
  });
  it('shows an undone change far above with its section heading in sight', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1024, height: 700 });
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'undo.kpdraft');
    await focusSectionEnd(page, 'summary');
    await page.keyboard.type(' Ny mening.');
    await page.locator('[data-kp-section="budget"]').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Ångra', exact: true }).click();
    await expect.poll(() => focusedIn(page)).toBe('summary');
    const inView = () => page.evaluate(() => {
      const doc = document.querySelector('.kp-document')!.getBoundingClientRect();
      const heading = document.querySelector('[data-kp-section="summary"] h2')!.getBoundingClientRect();
      const caret = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { heading: heading.top >= doc.top && heading.bottom <= doc.bottom, caret: caret.top >= doc.top && caret.bottom <= doc.bottom };
    });
    await expect.poll(inView).toEqual({ heading: true, caret: true });
    await screenshot(page, 'undo-summary-heading');
    expect(problems).toEqual([]);
  });
});
