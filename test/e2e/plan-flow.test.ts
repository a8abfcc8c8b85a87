import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useAppSession } from './support';
import { docxTables, openFromPicker } from './helpers';
import { writeDraft } from './sample-draft';
import { kalixMasakaNoFramework } from './results-draft';
import { matrixFocus, matrixRows, tab, typeIndicator } from './results-keys';

// The plan's parts working together in the real renderer: a small results framework, activities
// serving its results and budget lines paying for them, built from the keyboard; a removed
// activity's budget lines and their quick fix; the numbering followed into the Word table.

const app = useAppSession({ prepare: (server) => { writeDraft(server.draftsDir, 'flow.kpdraft', kalixMasakaNoFramework()); } });

const activityField = (page: Page, row: number, col: string) => page.locator(`[data-kp-act-row="${row}"][data-kp-act-col="${col}"]`);
const titles = (page: Page) => page.locator('[data-kp-act-col="title"]').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
const budgetActivity = (page: Page, row: number) => page.locator(`[data-kp-row="${row}"][data-kp-col="activity"]`);
const chosenActivity = (page: Page, row: number) => budgetActivity(page, row).evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]?.text ?? '');
/** The AP-09 messages beside the budget table's activity pickers. */
const goneLinks = (page: Page) => page.locator('[data-kp-section="budget"] [data-kp-rule="AP-09"]');

async function buildFramework(page: Page): Promise<void> {
  const overall = page.locator('[data-kp-fw-item="overall"][data-kp-fw-col="text"]');
  await overall.scrollIntoViewIfNeeded();
  await overall.focus();
  await page.keyboard.type('Masaka är en renare stad');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => matrixFocus(page)).toMatch(/^o-.*:text$/);
  await page.keyboard.type('Fungerande källsortering i två stadsdelar');
  await tab(page, 4);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hushåll sorterar sitt avfall');
  await tab(page, 3);
  await page.keyboard.press('Enter');
  await typeIndicator(page, ['Andel hushåll som sorterar', '%', '5', '2025', '40', '2027-06-30', 'Enkät till hushållen', 'Miljöenheten']);
  await tab(page, 2);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Marknadsrådet samlar in organiskt avfall');
  await tab(page, 3);
  await page.keyboard.press('Enter');
  await typeIndicator(page, ['Marknader med egen insamling', 'antal', '0', '2025', '3', '2027-06-30', 'Marknadsrådets protokoll', 'Marknadsrådet']);
  await expect.poll(() => matrixRows(page)).toEqual(['Masaka är en renare stad', '1 Fungerande källsortering i två stadsdelar',
    '1.1 Hushåll sorterar sitt avfall', '1.1 a Andel hushåll som sorterar', '1.2 Marknadsrådet samlar in organiskt avfall', '1.2 a Marknader med egen insamling']);
}

async function planActivities(page: Page): Promise<void> {
  await page.locator('.kp-plan .kp-add').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Partnerbesök i Masaka');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('Workshop om källsortering');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('Studiebesök för marknadsrådet');
  await expect.poll(() => titles(page)).toEqual(['Partnerbesök i Masaka', 'Workshop om källsortering', 'Studiebesök för marknadsrådet']);
  // The first two serve result 1.1 (its check box), the third result 1.2 (the next one).
  for (const [row, next] of [[0, 0], [1, 0], [2, 1]] as const) {
    await activityField(page, row, 'resultIds').focus();
    await tab(page, next);
    await page.keyboard.press('Space');
  }
  await expect.poll(() => page.locator('[data-kp-activity-number]').allInnerTexts()).toEqual(['1.1.1', '1.1.2', '1.2.1']);
}

describe('the plan from results to budget', () => {
  it('builds a framework, activities and budget links from the keyboard; a removed activity’s line gets a finding whose fix is undone; reordered results renumber the card and the Word matrix', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'flow.kpdraft');
    await buildFramework(page);
    await planActivities(page);

    // Two budget lines pay for the first two activities.
    await budgetActivity(page, 2).focus();
    await budgetActivity(page, 2).selectOption({ label: '1.1.1 Partnerbesök i Masaka' });
    await budgetActivity(page, 4).selectOption({ label: '1.1.2 Workshop om källsortering' });
    await expect.poll(() => page.locator('[data-kp-activity-budget]').allInnerTexts()).toEqual([
      expect.stringMatching(/84\s500\skr/), expect.stringMatching(/12\s000\skr/), 'Ingen budgetrad kopplad']);
    expect(await goneLinks(page).count()).toBe(0);

    // The workshop is removed: its line now names an activity that is gone (AP-09), with a fix.
    await activityField(page, 1, 'title').click();
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => titles(page)).toEqual(['Partnerbesök i Masaka', 'Studiebesök för marknadsrådet']);
    await expect.poll(() => goneLinks(page).count()).toBe(1);
    await expect.poll(() => chosenActivity(page, 4)).toBe('Borttagen aktivitet');
    const fix = goneLinks(page).locator('.kp-fix');
    const fixLabel = (await fix.textContent()) ?? '';
    await fix.click();
    await expect.poll(() => goneLinks(page).count()).toBe(0);
    await expect.poll(() => chosenActivity(page, 4)).not.toBe('Borttagen aktivitet');
    const fixed = await chosenActivity(page, 4);
    expect(fixLabel).toContain(fixed === 'Ingen aktivitet' ? 'Ta bort kopplingen' : fixed.replace(/^\S+ /, ''));

    // Undo takes the fix back, as one step: the line names the removed activity again.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => chosenActivity(page, 4)).toBe('Borttagen aktivitet');
    await expect.poll(() => goneLinks(page).count()).toBe(1);
    expect(await titles(page)).toEqual(['Partnerbesök i Masaka', 'Studiebesök för marknadsrådet']);

    // Result 1.1 moves below 1.2: the matrix, the activities and the budget pickers follow.
    const firstResult = page.locator('.kp-fw-result-block > .kp-fw-row [data-kp-fw-col="text"]').first();
    await firstResult.focus();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => matrixRows(page)).toEqual(['Masaka är en renare stad', '1 Fungerande källsortering i två stadsdelar',
      '1.1 Marknadsrådet samlar in organiskt avfall', '1.1 a Marknader med egen insamling', '1.2 Hushåll sorterar sitt avfall', '1.2 a Andel hushåll som sorterar']);
    await expect.poll(() => page.locator('[data-kp-activity-number]').allInnerTexts()).toEqual(['1.2.1', '1.1.1']);
    await expect.poll(() => chosenActivity(page, 2)).toBe('1.2.1 Partnerbesök i Masaka');

    // The Word document's results matrix has the same numbers, in the same order.
    await page.keyboard.press('Control+E');
    const dialog = page.locator('dialog.kp-export-dialog');
    await dialog.locator('.kp-picker-name input').fill('flow.docx');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    const docx = join(app.server.draftsDir, 'flow.docx');
    await expect.poll(() => existsSync(docx)).toBe(true);
    const matrix = (await docxTables(docx)).find((t) => t[0]?.[0] === 'Nivå');
    expect(matrix?.[0]).toEqual(['Nivå', 'Mål och resultat', 'Indikator', 'Utgångsvärde', 'Målvärde', 'Verifikationskälla', 'Antaganden']);
    const levelRows = matrix!.slice(1).filter((r) => r[1] !== '').map((r) => `${r[0]} | ${r[1]} | ${r[2]?.split('\n')[0]}`);
    expect(levelRows).toEqual([
      'Övergripande mål | Masaka är en renare stad | –',
      'Projektmål 1 | Fungerande källsortering i två stadsdelar | –',
      'Resultat 1.1 | Marknadsrådet samlar in organiskt avfall | 1.1 a Marknader med egen insamling',
      'Resultat 1.2 | Hushåll sorterar sitt avfall | 1.2 a Andel hushåll som sorterar',
    ]);
    expect(problems).toEqual([]);
  });
});
