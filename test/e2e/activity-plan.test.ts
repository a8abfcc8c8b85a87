import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, openApp, useAppSession } from './support';
import { openFromPicker } from './helpers';
import { writeDraft } from './sample-draft';
import { kalixMasakaPlan } from './plan-draft';

// The activity plan driven from the keyboard in the real renderer, and its screenshots beside the
// budget at the smallest supported window with the side panel open and at a common laptop size.
const DOCS = join(__dirname, '..', '..', 'docs', 'screenshots');

const app = useAppSession({ prepare: (server) => {
  writeDraft(server.draftsDir, 'plan-empty.kpdraft', kalixMasakaPlan(false));
  writeDraft(server.draftsDir, 'plan-full.kpdraft', kalixMasakaPlan());
} });

const field = (page: Page, row: number, col: string) => page.locator(`[data-kp-act-row="${row}"][data-kp-act-col="${col}"]`);
const titles = (page: Page) => page.locator('[data-kp-act-col="title"]').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
const budgetActivity = (page: Page, row: number) => page.locator(`[data-kp-row="${row}"][data-kp-col="activity"]`);
/** What the budget line's activity picker shows: the chosen option, and the same text on its wrapping face. */
const budgetFace = (page: Page, row: number) => budgetActivity(page, row).evaluate((s: HTMLSelectElement) => {
  const chosen = s.options[s.selectedIndex]?.text ?? '';
  return s.parentElement?.querySelector('.kp-select-face')?.textContent === chosen ? chosen : `face differs from "${chosen}"`;
});

describe('activity plan', () => {
  it('adds three activities from the keyboard, plans their months, links budget lines, and removing one shows the lines’ removed link until undone', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'plan-empty.kpdraft');
    await page.locator('[data-kp-section="activity_plan"]').scrollIntoViewIfNeeded();
    await page.locator('.kp-plan .kp-add').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kpActCol)).toBe('title');
    await page.keyboard.type('Partnerbesök i Masaka');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => titles(page)).toEqual(['Partnerbesök i Masaka', '']);
    await page.keyboard.type('Workshop om källsortering');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Studiebesök i Kalix');
    await expect.poll(() => titles(page)).toEqual(['Partnerbesök i Masaka', 'Workshop om källsortering', 'Studiebesök i Kalix']);

    // Results and months: a result's check box from the keyboard, the months from their pickers.
    for (const row of [0, 1, 2]) {
      await field(page, row, 'resultIds').focus();
      await page.keyboard.press('Space');
    }
    for (const [row, start, end] of [[0, '2', '2'], [1, '3', '5'], [2, '9', '10']] as const) {
      await field(page, row, 'startMonth').selectOption(start);
      await field(page, row, 'endMonth').selectOption(end);
    }
    await expect.poll(() => page.locator('[data-kp-activity-number]').allInnerTexts()).toEqual(['1.1.1', '1.1.2', '1.1.3']);
    await expect.poll(() => page.locator('.kp-tl-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label')))).toEqual([
      '1.1.1 Partnerbesök i Masaka: oktober 2026', '1.1.2 Workshop om källsortering: november 2026 – januari 2027', '1.1.3 Studiebesök i Kalix: maj 2027 – juni 2027']);
    // A bar moves a month later with →, and says so.
    await page.locator('.kp-tl-bar').nth(1).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-kp-timeline-said]').innerText()).toBe('1.1.2 Workshop om källsortering: december 2026 – februari 2027');

    // Two budget lines pay for the first two activities.
    await budgetActivity(page, 2).selectOption({ label: '1.1.1 Partnerbesök i Masaka' });
    await budgetActivity(page, 4).selectOption({ label: '1.1.2 Workshop om källsortering' });
    await expect.poll(() => page.locator('[data-kp-activity-budget]').allInnerTexts()).toEqual([
      expect.stringMatching(/84\s500\skr/), expect.stringMatching(/12\s000\skr/), 'Ingen budgetrad kopplad']);

    // Removing the first activity: its line names a removed activity, and Ctrl+Z brings all back.
    await field(page, 0, 'title').click();
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => titles(page)).toEqual(['Workshop om källsortering', 'Studiebesök i Kalix']);
    await expect.poll(() => budgetFace(page, 2)).toBe('Borttagen aktivitet');
    await expect.poll(() => page.locator('.kp-notice').last().innerText()).toMatch(/Aktiviteten ”Partnerbesök i Masaka” togs bort/);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => titles(page)).toEqual(['Partnerbesök i Masaka', 'Workshop om källsortering', 'Studiebesök i Kalix']);
    await expect.poll(() => budgetFace(page, 2)).toBe('1.1.1 Partnerbesök i Masaka');
    expect(problems).toEqual([]);
  });

  for (const size of [{ width: 1024, height: 700 }, { width: 1440, height: 900 }] as const) {
    for (const lang of ['sv', 'en'] as const) {
      it(`screenshots of the plan and the budget at ${size.width} × ${size.height} with the panel open (${lang})`, async () => {
        const { page, context, problems } = await openApp(app.browser, app.server, size);
        await page.locator('.kp-start').waitFor();
        await page.locator('.kp-ui-language').first().selectOption(lang);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
        await openFromPicker(page, 'plan-full.kpdraft');
        if (await page.locator('.kp-editor-screen.panel-closed').count()) await page.locator('.kp-toolbar [aria-pressed]').last().click();
        await page.locator('.kp-sidepanel').waitFor();
        const dirs = [RESULTS_DIR, ...(process.env.KP_UPDATE_SCREENSHOTS === '1' ? [DOCS] : [])];
        for (const d of dirs) mkdirSync(d, { recursive: true });
        for (const [name, selector] of [['plan', '[data-kp-section="activity_plan"]'], ['timeline', '.kp-timeline'], ['plan-budget', '[data-kp-section="budget"]']] as const) {
          await page.locator(selector).waitFor();
          await page.evaluate((s) => document.querySelector(s)!.scrollIntoView({ block: 'start' }), selector);
          for (const d of dirs) await page.screenshot({ path: join(d, `${name}-${size.width}-${lang}.png`) });
        }
        // No bar is narrower than a month, and every bar lies inside its year's grid.
        const bars = await page.locator('.kp-tl-bar').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().width));
        expect(Math.min(...bars)).toBeGreaterThan(14);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
