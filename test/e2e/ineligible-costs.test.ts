import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useAppSession } from './support';
import { openFromPicker } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession({ prepare: (server) => { writeDraft(server.draftsDir, 'costs.kpdraft'); } });

const cell = (page: Page, row: number, col: string) => page.locator(`[data-kp-row="${row}"][data-kp-col="${col}"]`);
const descriptions = (page: Page) => page.locator('[data-kp-col="description"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const lineMessage = (page: Page, lineId: string, field: string) => page.locator(`[id="msg-budget:${lineId}:${field}"] .kp-field-message`);

async function openBudget(page: Page): Promise<void> {
  await page.locator('.kp-start').waitFor();
  await openFromPicker(page, 'costs.kpdraft');
  await page.locator('[data-kp-section="budget"]').scrollIntoViewIfNeeded();
  await cell(page, 0, 'description').waitFor();
}

describe('costs ICLD does not pay for', () => {
  it('a salary named under Arbetsinsatser warns with the word, and its quick fix removes the line in one undoable step', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 900 });
    await openBudget(page);
    await cell(page, 1, 'description').fill('Lön projektassistent');
    const warning = lineMessage(page, 'b2', 'description');
    await expect.poll(() => warning.count(), { timeout: 15_000 }).toBe(1);
    expect(await warning.getAttribute('class')).toContain('severity-warning');
    expect(await warning.getAttribute('data-kp-rule')).toBe('BUD-09');
    expect(await warning.innerText()).toMatch(/Beskrivningen nämner ”Lön”: ICLD betalar inte löner\. Gäller raden arbetstid i projektet.*gäller den lön, ta bort raden\./);
    // The problems panel lists it too.
    await expect.poll(() => page.locator('.kp-problem', { hasText: '”Lön”' }).count()).toBeGreaterThan(0);
    await cell(page, 1, 'description').blur();
    await page.locator('.kp-budget').screenshot({ path: '/tmp/costs-lon-warning.png' });

    await warning.getByRole('button', { name: 'Åtgärda: Ta bort raden' }).click();
    await expect.poll(() => descriptions(page)).toEqual(['Studieresa till Skopje', 'Lokal för ungdomsforum']);
    await expect.poll(() => page.locator('.kp-problem', { hasText: '”Lön”' }).count()).toBe(0);
    await expect.poll(() => page.locator('[data-kp-total="all"]').innerText()).toBe('110\u00a0000,50\u00a0kr');

    // One undo brings the line back as it was, the warning with it.
    await page.getByRole('button', { name: /^Ångra/ }).first().click();
    await expect.poll(() => descriptions(page)).toEqual(['Studieresa till Skopje', 'Lön projektassistent', 'Lokal för ungdomsforum']);
    await expect.poll(() => warning.count(), { timeout: 15_000 }).toBe(1);
    expect(problems).toEqual([]);
  });

  it('the picker marks Löner as not paid; choosing it is an error whose fix moves the amount to Arbetsinsatser', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 900 });
    await openBudget(page);
    const picker = cell(page, 0, 'category');
    const notPaid = await picker.locator('optgroup[label="ICLD betalar inte"] option').allTextContents();
    expect(notPaid).toEqual(['Löner – betalas inte', 'Traktamente – betalas inte', 'Mat, logi och aktiviteter under extra dagar – betalas inte', 'Övrigt – betalas inte']);
    // A native drop-down is drawn outside the page; shown as a list box for the picture.
    await picker.evaluate((s) => {
      const select = s as HTMLSelectElement;
      select.size = select.options.length + select.querySelectorAll('optgroup').length;
      select.style.cssText = 'position:absolute;z-index:5;height:auto;width:26em;background:#fff';
    });
    await page.locator('.kp-budget').screenshot({ path: '/tmp/costs-picker-open.png' });
    await picker.evaluate((s) => { (s as HTMLSelectElement).size = 0; (s as HTMLSelectElement).style.cssText = ''; });

    await picker.selectOption({ label: 'Löner – betalas inte' });
    const error = lineMessage(page, 'b1', 'category');
    await expect.poll(() => error.count(), { timeout: 15_000 }).toBe(1);
    expect(await error.getAttribute('class')).toContain('severity-error');
    await page.locator('.kp-budget').screenshot({ path: '/tmp/costs-salary-error.png' });
    await error.getByRole('button', { name: 'Åtgärda: Flytta beloppet till Arbetsinsatser' }).click();
    await expect.poll(() => picker.inputValue()).toBe('work_input');
    await expect.poll(() => error.count()).toBe(0);
    expect(await cell(page, 0, 'amount').inputValue()).toBe('85\u00a0000\u00a0kr');

    await page.getByRole('button', { name: /^Ångra/ }).first().click();
    await expect.poll(() => picker.inputValue()).toBe('salaries');
    expect(problems).toEqual([]);
  });
});
