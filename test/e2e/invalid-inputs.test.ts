import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, callApi, openApp, useAppSession } from './support';
import { docxParagraphs, openFromPicker, readSavedDraft } from './helpers';
import { completeDraft, writeDraft } from './sample-draft';
import { parseDraftFile } from '../../core/draft/file-format';
import { formatKronor } from '../../core/editor/amount';

/** A draft with no errors whose first budget line is 20 000 kr. */
function draftOf20000() {
  const d = completeDraft();
  d.budget[0]!.amountOre = 2_000_000;
  return d;
}

const app = useAppSession({
  prepare: (server) => {
    writeDraft(server.draftsDir, 'belopp.kpdraft', draftOf20000());
    writeDraft(server.draftsDir, 'datum.kpdraft', draftOf20000());
    writeDraft(server.draftsDir, 'tomt.kpdraft', draftOf20000());
    writeDraft(server.draftsDir, 'rad.kpdraft', draftOf20000());
  },
});

const nb = (s: string) => s.replace(/ /g, '\u00a0');
const cell = (page: Page, row: number, col: string) => page.locator(`[data-kp-row="${row}"][data-kp-col="${col}"]`);
const counts = (page: Page) => page.locator('.kp-toolbar .kp-counts').getAttribute('data-kp-counts');
const errorsOf = (counted: string | null) => Number((counted ?? '').split('/')[0]);
const fld01InPanel = (page: Page) => page.locator('.kp-problems .kp-problem.severity-error[data-kp-rule="FLD-01"]');

async function open(name: string) {
  const session = await openApp(app.browser, app.server, { width: 1280, height: 900 });
  await session.page.locator('.kp-start').waitFor();
  await openFromPicker(session.page, name);
  await expect.poll(() => session.page.locator('.kp-problem').count()).toBeGreaterThan(0);
  return session;
}

describe('an amount that could not be read', () => {
  it('stays as typed, is an error in the panel, is left out of the total, survives a reopen and holds up export', async () => {
    const { page, problems } = await open('belopp.kpdraft');
    expect(errorsOf(await counts(page))).toBe(0);
    await page.locator('[data-kp-section="budget"]').scrollIntoViewIfNeeded();
    const lines = draftOf20000().budget;
    const totalBefore = formatKronor(lines.reduce((s, l) => s + l.amountOre, 0));
    await expect.poll(() => page.locator('[data-kp-total="all"]').innerText()).toBe(totalBefore);

    await cell(page, 0, 'amount').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('abc');
    await page.keyboard.press('Tab');

    // The field keeps what was typed; the panel, the counts and the total say what it means.
    expect(await cell(page, 0, 'amount').inputValue()).toBe('abc');
    await expect.poll(() => fld01InPanel(page).count()).toBe(1);
    expect(await fld01InPanel(page).innerText()).toMatch(/Beloppet ”abc” på budgetrad 1 .*kunde inte läsas som ett belopp och räknas inte med i summan/);
    await expect.poll(async () => errorsOf(await counts(page))).toBe(1);
    await expect.poll(() => page.locator('[data-kp-total="all"]').innerText()).toBe(formatKronor(lines.slice(1).reduce((s, l) => s + l.amountOre, 0)));
    expect(await page.locator('.kp-total-row .kp-total-left-out').innerText()).toBe('1 ogiltigt belopp ej medräknat');
    expect(await cell(page, 0, 'amount').getAttribute('aria-invalid')).toBe('true');
    await page.locator('.kp-budget').screenshot({ path: join(RESULTS_DIR, 'invalid-amount-budget.png') });
    await page.locator('.kp-problems').screenshot({ path: join(RESULTS_DIR, 'invalid-amount-problems.png') });

    // The panel takes the keyboard to the field.
    await page.locator('#kp-title-label textarea').focus();
    await fld01InPanel(page).locator('.kp-problem-jump').click();
    await expect.poll(() => page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.dataset.kpRow}/${el?.dataset.kpCol}`;
    })).toBe('0/amount');

    // Saved as typed, with no stale amount behind it.
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const file = join(app.server.draftsDir, 'belopp.kpdraft');
    const saved = readSavedDraft(file) as unknown as { invalidInputs: Record<string, string>; budget: Array<{ id: string; amountOre: number }> };
    expect(saved.invalidInputs).toEqual({ [`budget.${saved.budget[0]!.id}.amount`]: 'abc' });
    expect(saved.budget[0]!.amountOre).toBe(0);

    // Reopened in a fresh window: still "abc", still an error.
    const second = await open('belopp.kpdraft');
    await second.page.locator('[data-kp-section="budget"]').scrollIntoViewIfNeeded();
    expect(await cell(second.page, 0, 'amount').inputValue()).toBe('abc');
    await expect.poll(() => fld01InPanel(second.page).count()).toBe(1);

    // Export says there is an error and offers only to export anyway; without that choice it is refused.
    await second.page.keyboard.press('Control+E');
    const dialog = second.page.locator('dialog.kp-export-dialog');
    await expect.poll(() => dialog.locator('.kp-preflight [data-kp-preflight="invalid"] .kp-preflight-heading').innerText()).toBe('✖ 1 ogiltigt fält');
    expect(await dialog.locator('.kp-preflight .kp-warning-text').innerText()).toMatch(/Utkastet har 1 fel/);
    expect(await dialog.locator('button[type="submit"]').innerText()).toMatch(/Exportera ändå/);
    const opened = parseDraftFile(readFileSync(file, 'utf8'));
    const refused = await callApi(app.server, 'export:docx', { draft: opened.ok ? opened.value : null as never, path: join(app.server.draftsDir, 'refused.docx') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'export-refused' } });
    expect(existsSync(join(app.server.draftsDir, 'refused.docx'))).toBe(false);

    // Exported anyway, the document shows the text marked as invalid, never the old 20 000.
    await dialog.locator('.kp-picker-name input').fill('belopp.docx');
    await dialog.locator('button[type="submit"]').click();
    const docx = join(app.server.draftsDir, 'belopp.docx');
    await expect.poll(() => existsSync(docx), { timeout: 30_000 }).toBe(true);
    const paragraphs = await docxParagraphs(docx);
    expect(paragraphs).toContain('”abc” (ogiltigt belopp)');
    expect(paragraphs).not.toContain(nb('20 000 kr'));

    // Typing a real amount clears the error and puts it back in the total.
    await second.page.keyboard.press('Escape');
    await cell(second.page, 0, 'amount').click();
    await second.page.keyboard.press('Control+A');
    await second.page.keyboard.type('20 000');
    await second.page.keyboard.press('Tab');
    await expect.poll(() => fld01InPanel(second.page).count()).toBe(0);
    await expect.poll(() => second.page.locator('[data-kp-total="all"]').innerText()).toBe(totalBefore);
    expect(await second.page.locator('.kp-total-left-out').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(second.problems).toEqual([]);
  });

  it('clearing the field is no amount and no error', async () => {
    const { page, problems } = await open('tomt.kpdraft');
    await page.locator('[data-kp-section="budget"]').scrollIntoViewIfNeeded();
    await cell(page, 0, 'amount').click();
    await page.keyboard.type('tjugotusen');
    await page.keyboard.press('Tab');
    await expect.poll(() => fld01InPanel(page).count()).toBe(1);
    await cell(page, 0, 'amount').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect.poll(() => fld01InPanel(page).count()).toBe(0);
    expect(await cell(page, 0, 'amount').inputValue()).toBe('');
    expect(problems).toEqual([]);
  });
});

describe('text typed over an amount, and undo', () => {
  it('Ctrl+Z brings back the amount; a removed line takes the text along and brings it back with it', async () => {
    const { page, problems } = await open('rad.kpdraft');
    await page.locator('[data-kp-section="budget"]').scrollIntoViewIfNeeded();
    await cell(page, 0, 'amount').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-500');
    await page.keyboard.press('Enter');
    await expect.poll(() => fld01InPanel(page).count()).toBe(1);
    expect(await fld01InPanel(page).innerText()).toMatch(/Ett belopp kan inte vara negativt/);
    // Undo: the 20 000 that was there before, and no error.
    await page.locator('[data-kp-section="budget"] h2').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => cell(page, 0, 'amount').inputValue()).toBe(nb('20 000 kr'));
    await expect.poll(() => fld01InPanel(page).count()).toBe(0);
    // Redo, then remove the line: its error goes with it; the notice's undo restores both.
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => cell(page, 0, 'amount').inputValue()).toBe('-500');
    await page.getByRole('button', { name: 'Ta bort rad 1' }).click();
    await expect.poll(() => fld01InPanel(page).count()).toBe(0);
    await page.locator('.kp-notice').getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => cell(page, 0, 'amount').inputValue()).toBe('-500');
    await expect.poll(() => fld01InPanel(page).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('a date that is only partly filled in', () => {
  it('is an error until it is completed, and the draft never holds the old date meanwhile', async () => {
    const { page, problems } = await open('datum.kpdraft');
    const start = page.locator('[data-kp-loc="field:period.start"]');
    await start.scrollIntoViewIfNeeded();
    // Take the day away: what is left is no date.
    await start.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    const panel = page.locator('.kp-problems .kp-problem[data-kp-rule="FLD-01"]');
    // Checked once typing pauses, and the machine may be busy.
    await expect.poll(() => panel.innerText(), { timeout: 15_000 }).toMatch(/”2026-09-” kunde inte läsas som projektets startdatum/);
    expect(await start.inputValue()).toBe('2026-09-');
    await page.locator('[data-kp-section="general"]').screenshot({ path: join(RESULTS_DIR, 'invalid-date-header.png') });
    // "Töm fältet" clears the error and the half-typed date with it.
    await panel.getByRole('button', { name: /Töm fältet/ }).click();
    await expect.poll(() => panel.count()).toBe(0);
    expect(await start.inputValue()).toBe('');
    // A day that does not exist is not quietly moved to another one.
    await start.fill('2026-02-30');
    await expect.poll(() => panel.count()).toBe(1);
    // Completed, it is a date again.
    await start.fill('2026-10-01');
    await expect.poll(() => panel.count()).toBe(0);
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const saved = readSavedDraft(join(app.server.draftsDir, 'datum.kpdraft')) as unknown as { period: { start: string }; invalidInputs: object };
    expect(saved.period.start).toBe('2026-10-01');
    expect(saved.invalidInputs).toEqual({});
    expect(problems).toEqual([]);
  });
});
