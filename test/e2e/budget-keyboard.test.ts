import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useAppSession } from './support';
import { openFromPicker, readSavedDraft, save } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession();

const cell = (page: Page, row: number, col: string) => page.locator(`[data-kp-row="${row}"][data-kp-col="${col}"]`);
const descriptions = (page: Page) => page.locator('[data-kp-col="description"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
/** Where the keyboard focus is in the budget table: row and cell (or row button). */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { row: el?.dataset.kpRow ?? null, at: el?.dataset.kpCol ?? el?.dataset.kpAction ?? el?.tagName ?? null };
});

/** Opens the sample draft (three budget lines) with the budget table on screen. */
async function openBudget(page: Page, name: string): Promise<void> {
  writeDraft(app.server.draftsDir, name);
  await page.locator('.kp-start').waitFor();
  await openFromPicker(page, name);
  await page.locator('[data-kp-section="budget"]').scrollIntoViewIfNeeded();
  await cell(page, 0, 'description').waitFor();
}

describe('budget table keyboard', () => {
  it('Enter moves to the same cell of the next line and Tab from cell to cell, past the row buttons', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await openBudget(page, 'enter.kpdraft');
    await cell(page, 0, 'description').click();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ row: '1', at: 'description' });
    await cell(page, 1, 'category').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ row: '2', at: 'category' });
    // A typed amount is kept when Enter moves on; no line is added while there is a next one.
    await cell(page, 0, 'amount').click();
    await page.keyboard.type('9000');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ row: '1', at: 'amount' });
    expect(await cell(page, 0, 'amount').inputValue()).toBe('9\u00a0000\u00a0kr');
    expect(await page.locator('[data-kp-col="description"]').count()).toBe(3);
    // Tab from the last cell of a line goes to the first cell of the next, not to ↑ ↓ ✕.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toEqual({ row: '2', at: 'description' });
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toEqual({ row: '1', at: 'amount' });
    // The hint says how to remove a line.
    expect(await page.locator('.kp-budget .kp-hint').innerText()).toMatch(/Ctrl\+Delete tar bort raden \(Ctrl\+Z ångrar\)/);
    // Screen readers get the same keys from every cell, since the row buttons are out of the Tab order.
    expect(await page.locator('[data-kp-col]').evaluateAll((cells) => cells.every((c) => /Control\+Delete/.test(c.getAttribute('aria-keyshortcuts') ?? '')))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('Ctrl+Delete removes the line (plain Delete deletes a character) and Ctrl+Z puts it back in its place', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await openBudget(page, 'remove.kpdraft');
    const before = await descriptions(page);
    expect(before).toEqual(['Studieresa till Skopje', 'Arbetsinsats projektledning', 'Lokal för ungdomsforum']);
    await cell(page, 1, 'description').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await expect.poll(() => cell(page, 1, 'description').inputValue()).toBe('Arbetsinsats projektlednin');
    expect(await page.locator('[data-kp-col="description"]').count()).toBe(3);
    await page.keyboard.type('g');
    await expect.poll(() => cell(page, 1, 'description').inputValue()).toBe('Arbetsinsats projektledning');

    await cell(page, 1, 'amount').click();
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => descriptions(page)).toEqual(['Studieresa till Skopje', 'Lokal för ungdomsforum']);
    // The focus is on the same cell of the line that took its place, and a notice says how to undo.
    await expect.poll(() => focused(page)).toEqual({ row: '1', at: 'amount' });
    await expect.poll(() => page.locator('.kp-notice').last().innerText()).toMatch(/Raden ”Arbetsinsats projektledning” togs bort\. Ctrl\+Z/);
    await expect.poll(() => page.locator('[data-kp-total="all"]').innerText()).toBe('110\u00a0000,50\u00a0kr');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => descriptions(page)).toEqual(before);
    await expect.poll(() => page.locator('[data-kp-total="all"]').innerText()).toBe('230\u00a0000,50\u00a0kr');

    // A Mac keyboard's delete key sends Backspace: ⌘⌫ removes the line too, and plain Backspace a character.
    await cell(page, 0, 'description').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await expect.poll(() => cell(page, 0, 'description').inputValue()).toBe('Studieresa till Skopj');
    await page.keyboard.type('e');
    await page.keyboard.press('Meta+Backspace');
    await expect.poll(() => descriptions(page)).toEqual(before.slice(1));
    await page.keyboard.press('Meta+Z');
    await expect.poll(() => descriptions(page)).toEqual(before);

    // The last line: the focus goes to the line before; the notice's Undo brings it back too.
    await cell(page, 2, 'description').click();
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => descriptions(page)).toEqual(before.slice(0, 2));
    await expect.poll(() => focused(page)).toEqual({ row: '1', at: 'description' });
    await page.locator('.kp-notice', { hasText: 'Lokal för ungdomsforum' }).getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => descriptions(page)).toEqual(before);

    await save(page);
    const saved = readSavedDraft(join(app.server.draftsDir, 'remove.kpdraft'));
    expect(saved.budget.map((l) => l.description)).toEqual(before);
    expect(saved.budget.map((l) => l.amountOre)).toEqual([8_500_000, 12_000_000, 2_500_050]);
    expect(problems).toEqual([]);
  });

  it('moves lines with ↑/↓ and Alt+Shift+↑/↓, the keyboard staying on the moved line', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await openBudget(page, 'move.kpdraft');
    await page.getByRole('button', { name: 'Flytta rad 3 upp' }).click();
    await expect.poll(() => descriptions(page)).toEqual(['Studieresa till Skopje', 'Lokal för ungdomsforum', 'Arbetsinsats projektledning']);
    await expect.poll(() => focused(page)).toEqual({ row: '1', at: 'up' });
    // Once more from the keyboard: at the top, ↑ no longer applies and the focus is on ↓ of the same line.
    await page.keyboard.press('Enter');
    await expect.poll(() => descriptions(page)).toEqual(['Lokal för ungdomsforum', 'Studieresa till Skopje', 'Arbetsinsats projektledning']);
    await expect.poll(() => focused(page)).toEqual({ row: '0', at: 'down' });
    await page.keyboard.press('Space');
    await expect.poll(() => descriptions(page)).toEqual(['Studieresa till Skopje', 'Lokal för ungdomsforum', 'Arbetsinsats projektledning']);
    await expect.poll(() => focused(page)).toEqual({ row: '1', at: 'down' });

    // From a cell: Alt+Shift+↓ moves the line and keeps the caret in the same cell of it (no jump to the next section).
    await cell(page, 0, 'amount').click();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => descriptions(page)).toEqual(['Lokal för ungdomsforum', 'Studieresa till Skopje', 'Arbetsinsats projektledning']);
    await expect.poll(() => focused(page)).toEqual({ row: '1', at: 'amount' });
    expect(await page.evaluate(() => document.activeElement?.closest('[data-kp-section]')?.getAttribute('data-kp-section'))).toBe('budget');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => descriptions(page)).toEqual(['Studieresa till Skopje', 'Lokal för ungdomsforum', 'Arbetsinsats projektledning']);
    await expect.poll(() => focused(page)).toEqual({ row: '0', at: 'amount' });

    await save(page);
    const saved = readSavedDraft(join(app.server.draftsDir, 'move.kpdraft'));
    expect(saved.budget.map((l) => l.description)).toEqual(['Studieresa till Skopje', 'Lokal för ungdomsforum', 'Arbetsinsats projektledning']);
    expect(problems).toEqual([]);
  });
});
