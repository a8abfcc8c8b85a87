import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useAppSession } from './support';
import { openFromPicker, sectionEditor } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';

// Small things a first day trips over: where the keyboard goes after "+ Lägg till …", what ◐ is
// short of, the word-limit message said once, file icons that need no emoji font.

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i + 1}`).join(' ');

const app = useAppSession({ prepare: (server) => {
  const d = sampleDraft();
  d.sections.summary = [p(words(212))];
  d.sections.risks = [p(words(29))];
  writeDraft(server.draftsDir, 'smått.kpdraft', d);
} });

const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { label: el?.getAttribute('aria-label') ?? '', row: el?.closest('[data-kp-loc]')?.getAttribute('data-kp-loc') ?? '' };
});

describe('adding a row', () => {
  it('"+ Lägg till person" and "+ Lägg till partner" put the caret in the new row\'s first field', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'smått.kpdraft');
    const rows = page.locator('.kp-team-table tbody tr[data-kp-loc]');
    expect(await rows.count()).toBe(2);
    await page.getByRole('button', { name: '+ Lägg till person' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    const newRow = await rows.nth(2).getAttribute('data-kp-loc');
    await expect.poll(() => focused(page)).toEqual({ label: 'Namn', row: newRow });
    await page.keyboard.type('Eva Sundström');
    await expect.poll(() => rows.nth(2).getByRole('textbox', { name: 'Namn' }).inputValue()).toBe('Eva Sundström');

    await page.getByRole('button', { name: '+ Lägg till partner' }).click();
    await expect.poll(() => page.locator('.kp-partner').count()).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.kp-partner')?.querySelector('legend')?.textContent)).toBe('Partner 2');
    await page.keyboard.type('Kisumu County');
    await expect.poll(() => page.locator('.kp-partner').nth(1).locator('input').first().inputValue()).toBe('Kisumu County');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('section hints', () => {
  it('says what ◐ is short of ("29 av minst 30 ord"), in Swedish and English', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'smått.kpdraft');
    const risks = page.locator('[data-kp-nav="risks"]');
    await expect.poll(() => risks.getAttribute('title')).toBe('29 av minst 30 ord');
    expect(await risks.locator('.kp-sr-only').innerText()).toBe('(påbörjat: 29 av minst 30 ord)');
    await page.locator('.kp-ui-language').selectOption('en');
    await expect.poll(() => risks.getAttribute('title')).toBe('29 of at least 30 words');
    // One more word and the section is done: the hint goes with the ◐.
    await sectionEditor(page, 'risks').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' trettio');
    await expect.poll(() => risks.getAttribute('title')).toBeNull();
    await page.locator('.kp-ui-language').selectOption('sv');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('writes the word-limit message once under the summary, also with the caret in the words past the limit', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'smått.kpdraft');
    const summary = page.locator('[data-kp-section="summary"]');
    await expect.poll(() => summary.locator('[data-kp-rule="DOC-01"]').count()).toBe(1);
    await sectionEditor(page, 'summary').click();
    await page.keyboard.press('Control+End');
    await expect.poll(() => page.locator('[data-kp-section="summary"] .kp-mark').count()).toBeGreaterThan(0);
    // Typing on in the underlined words past 200: still one message, with the new count.
    await page.keyboard.type(' mer');
    await expect.poll(() => summary.locator('[data-kp-rule="DOC-01"]').last().innerText()).toMatch(/213 ord/);
    expect(await summary.locator('[data-kp-rule="DOC-01"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('file lists', () => {
  it('draw their folder and file icons instead of emoji a system may not have', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await page.keyboard.press('Control+O');
    const dialog = page.locator('dialog.kp-modal');
    await dialog.locator('[data-kp-file="smått.kpdraft"]').waitFor();
    expect(await dialog.innerText()).not.toMatch(/[📁📄]/u);
    expect(await dialog.locator('[data-kp-file="smått.kpdraft"] svg[data-kp-icon="file"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
