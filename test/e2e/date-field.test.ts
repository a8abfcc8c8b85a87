import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { openFromPicker, readSavedDraft, save } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession();

describe('date fields', () => {
  it('show and take dates in the interface language\'s format, not the system\'s (ÅÅÅÅ-MM-DD in Swedish, DD/MM/YYYY in English)', async () => {
    writeDraft(app.server.draftsDir, 'datum-format.kpdraft');
    // A browser whose system speaks American English, which its own date fields would follow.
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 800, locale: 'en-US' });
    await page.locator('.kp-start').waitFor();
    await page.locator('.kp-ui-language').selectOption('sv');
    await openFromPicker(page, 'datum-format.kpdraft');
    const start = page.getByLabel('Startdatum', { exact: true });
    const end = page.getByLabel('Slutdatum', { exact: true });
    expect(await start.inputValue()).toBe('2026-09-01');
    expect(await end.inputValue()).toBe('2028-08-31');
    expect(await start.getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD');

    // Typed loosely, stored as the date, shown in full on leaving the field.
    await start.fill('2026-10-5');
    await start.press('Tab');
    await expect.poll(() => start.inputValue()).toBe('2026-10-05');
    await page.locator('[data-kp-section="general"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'date-field-sv');

    // The English interface shows the same dates day first and reads them that way.
    await page.locator('.kp-ui-language').selectOption('en');
    const startEn = page.getByLabel('Start date', { exact: true });
    await expect.poll(() => startEn.inputValue()).toBe('05/10/2026');
    expect(await page.getByLabel('End date', { exact: true }).inputValue()).toBe('31/08/2028');
    await startEn.fill('1/11/2026');
    await startEn.press('Tab');
    await expect.poll(() => startEn.inputValue()).toBe('01/11/2026');
    // The American order is not quietly read as another day.
    const submission = page.getByLabel('Planned submission date', { exact: true });
    await submission.fill('12/31/2026');
    await submission.press('Tab');
    const fld01 = page.locator('.kp-problems .kp-problem[data-kp-rule="FLD-01"]');
    await expect.poll(() => fld01.innerText(), { timeout: 15_000 }).toMatch(/"12\/31\/2026" could not be read as the submission date\. Enter a date that exists, as DD\/MM\/YYYY/);
    expect(await submission.inputValue()).toBe('12/31/2026');
    await screenshot(page, 'date-field-en');
    await submission.fill('');
    await save(page);
    const saved = readSavedDraft(join(app.server.draftsDir, 'datum-format.kpdraft'));
    expect(saved.period).toEqual({ start: '2026-11-01', end: '2028-08-31' });
    expect(saved.submissionDate).toBeNull();
    expect(problems).toEqual([]);
  });
});
