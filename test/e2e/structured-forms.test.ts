import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, openApp, screenshot, useAppSession } from './support';
import { createDraft, openFromPicker, readSavedDraft, saveAs } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';

const app = useAppSession();

const cell = (page: Page, row: number, col: string) => page.locator(`[data-kp-row="${row}"][data-kp-col="${col}"]`);
const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('budget table', () => {
  it('takes Swedish amounts, shows them formatted, totals them and saves öre', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    await page.getByRole('button', { name: 'Lägg till rad' }).click();
    await cell(page, 0, 'description').fill('Studieresa till Skopje');
    await cell(page, 0, 'category').selectOption('international_travel');
    await cell(page, 0, 'amount').click();
    await page.keyboard.type('12 000 kr');
    await page.keyboard.press('Tab');
    expect(await cell(page, 0, 'amount').inputValue()).toBe(nb('12 000 kr'));

    // Ctrl+Enter adds a line (same category and year) and puts the caret in its description.
    await cell(page, 0, 'amount').press('Control+Enter');
    await page.keyboard.type('Arbetsinsats');
    await cell(page, 1, 'category').selectOption('work_input');
    await cell(page, 1, 'amount').click();
    await page.keyboard.type('12000,50');
    await page.keyboard.press('Enter');
    // Enter in the last line goes on to a new line.
    await expect.poll(() => page.locator('[data-kp-col="description"]').count()).toBe(3);
    await cell(page, 2, 'description').fill('Lokalhyra');
    await cell(page, 2, 'amount').click();
    await page.keyboard.type('tolv');
    await page.keyboard.press('Tab');
    // The text stays in the field, and the error says it is left out of the total.
    expect(await cell(page, 2, 'amount').inputValue()).toBe('tolv');
    await expect.poll(() => page.locator('.kp-budget [data-kp-rule="FLD-01"]').count()).toBe(1);
    await cell(page, 2, 'amount').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1.500');
    await page.keyboard.press('Tab');
    expect(await cell(page, 1, 'amount').inputValue()).toBe(nb('12 000,50 kr'));
    expect(await cell(page, 2, 'amount').inputValue()).toBe(nb('1 500 kr'));
    await expect.poll(() => page.locator('[data-kp-total="all"]').innerText()).toBe(nb('25 500,50 kr'));
    // The third line took the category of the line it was added after.
    await expect.poll(() => page.locator('[data-kp-total="category-work_input"]').innerText()).toBe(nb('13 500,50 kr'));

    // Reorder, remove, and undo the removal.
    await page.getByRole('button', { name: 'Flytta rad 3 upp' }).click();
    expect(await cell(page, 1, 'description').inputValue()).toBe('Lokalhyra');
    await page.getByRole('button', { name: 'Ta bort rad 1' }).click();
    await expect.poll(() => page.locator('[data-kp-total="all"]').innerText()).toBe(nb('13 500,50 kr'));
    await page.locator('[data-kp-section="budget"] h2').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('[data-kp-total="all"]').innerText()).toBe(nb('25 500,50 kr'));
    await page.locator('[data-kp-section="budget"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'budget');

    await saveAs(page, 'budget');
    const saved = readSavedDraft(join(app.server.draftsDir, 'budget.kpdraft'));
    expect(saved.budget.map((l) => [l.description, l.category, l.amountOre])).toEqual([
      ['Studieresa till Skopje', 'international_travel', 1_200_000],
      ['Lokalhyra', 'work_input', 150_000],
      ['Arbetsinsats', 'work_input', 1_200_050],
    ]);
    expect(problems).toEqual([]);
  });
});

describe('findings follow the partner country', () => {
  it('shows CTY-02 on choosing India and clears it for Kenya', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page, 'project', 'icld-kp-2020');
    const country = page.locator('.kp-partner input[role="combobox"]').first();
    await country.click();
    await page.keyboard.type('Indi');
    await page.locator('[role="option"]', { hasText: 'Indien' }).waitFor();
    // Measured in the page: from the keydown that picks the country to the finding on screen.
    await page.evaluate(() => {
      const w = window as unknown as { kpMeasure: Promise<number> };
      w.kpMeasure = new Promise<number>((resolve) => {
        let t0 = 0;
        setTimeout(() => resolve(Number.POSITIVE_INFINITY), 5000);
        window.addEventListener('keydown', (e) => { if (e.key === 'Enter') t0 = performance.now(); }, { capture: true, once: true });
        const seen = () => document.querySelector('.kp-problem[data-kp-rule="CTY-02"]') && document.querySelector('.kp-field-message[data-kp-rule="CTY-02"]');
        new MutationObserver((_m, obs) => { if (t0 && seen()) { obs.disconnect(); resolve(performance.now() - t0); } })
          .observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.keyboard.press('Enter');
    const latency = await page.evaluate(() => (window as unknown as { kpMeasure: Promise<number> }).kpMeasure);
    console.log(`finding visible ${latency.toFixed(1)} ms after the choice`);
    // The time is printed for reading; the speed target is the benchmark's, the test asks only that the finding appears.
    expect(Number.isFinite(latency), 'the finding appeared').toBe(true);
    expect(await country.inputValue()).toBe('Indien');
    await expect.poll(() => page.locator('.kp-field-message[data-kp-rule="CTY-02"]').innerText()).toMatch(/Indien togs bort/);
    await screenshot(page, 'country-india');

    await country.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Ken');
    await page.locator('[role="option"]', { hasText: 'Kenya' }).click();
    await expect.poll(() => page.locator('[data-kp-rule="CTY-02"]').count()).toBe(0);
    expect(await country.inputValue()).toBe('Kenya');
    // The same list answers in English and to old names.
    await country.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('North Mac');
    await page.locator('[role="option"]', { hasText: 'Nordmakedonien' }).waitFor();
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });
});

describe('quick fix', () => {
  it('replaces "Makedonien" with North Macedonia in one click, and Ctrl+Z brings it back', async () => {
    writeDraft(app.server.draftsDir, 'sample.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'sample.kpdraft');
    const country = page.locator('.kp-partner input[role="combobox"]').first();
    expect(await country.inputValue()).toBe('Makedonien');
    const fix = page.locator('.kp-problem[data-kp-rule="CTY-03"] .kp-fix');
    await expect.poll(() => fix.innerText()).toBe('Åtgärda: Ersätt med Nordmakedonien (MK)');
    await fix.click();
    await expect.poll(() => page.locator('[data-kp-rule="CTY-03"]').count()).toBe(0);
    expect(await country.inputValue()).toBe('Nordmakedonien');
    await expect.poll(() => page.title()).toMatch(/•$/);

    await page.locator('[data-kp-section="parties"] h2').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => country.inputValue()).toBe('Makedonien');
    await expect.poll(() => page.locator('.kp-problem[data-kp-rule="CTY-03"]').count()).toBe(1);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => country.inputValue()).toBe('Nordmakedonien');

    // Clicking a finding puts the keyboard focus on its field.
    await page.locator('.kp-problem[data-kp-rule="CORE-01"] .kp-problem-jump, .kp-problem[data-kp-rule="TEAM-04"] .kp-problem-jump').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-kp-section]')?.getAttribute('data-kp-section'))).toMatch(/core_areas|team/);
    expect(problems).toEqual([]);
  });
});

describe('edition switch', () => {
  it('re-checks under the new edition and says what changed', async () => {
    writeDraft(app.server.draftsDir, 'switch.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'switch.kpdraft');
    await expect.poll(() => page.locator('.kp-problem[data-kp-rule="CTY-03"]').count()).toBe(1);
    await page.locator('[data-kp-loc="field:editionId"]').selectOption('icld-kp-2016');
    await expect.poll(async () => (await page.locator('.kp-notice').allInnerTexts()).join(' ')).toMatch(/Regelverket är nu .*: \d+ (nya|nytt) problem, \d+ försvann/);
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('dirty');
    expect(await page.locator('.kp-statusbar').innerText()).toMatch(/2016/);
    expect(problems).toEqual([]);
  });
});

describe('budget ceilings', () => {
  it('shows each year against its ceiling and the over-ceiling finding beside the year', async () => {
    const d = sampleDraft();
    d.partners[0]!.country = 'MK';
    writeDraft(app.server.draftsDir, 'ceiling.kpdraft', d);
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'ceiling.kpdraft');
    const year1 = page.locator('[data-kp-loc="budget-total:year:1"] .kp-ceiling');
    // Off-screen form sections aren't rendered (content-visibility), so look at it as a user would.
    await year1.scrollIntoViewIfNeeded();
    await expect.poll(() => year1.innerText()).toBe('Tak 450\u00a0000\u00a0kr');
    expect(await year1.getAttribute('class')).toContain('level-ok');
    // Raise a year-1 line past the ceiling: the bar turns red and BUD-04 appears under the subtotals.
    const amount = page.locator('[data-kp-loc="budget:b2:amount"]');
    await amount.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('400 000');
    await page.keyboard.press('Tab');
    await expect.poll(() => year1.getAttribute('class')).toContain('level-over');
    await expect.poll(() => page.locator('.kp-budget .kp-field-message[data-kp-rule="BUD-04"]').innerText()).toMatch(/år 1 är 485\u00a0000\u00a0kr.*450\u00a0000\u00a0kr/);
    // A ceiling passed is an error: its finding and its bar are red.
    expect(await page.locator('.kp-budget .kp-field-message[data-kp-rule="BUD-04"]').getAttribute('class')).toContain('severity-error');
    expect(await textColour(year1)).toBe(await themeColour(page, '--error'));
    expect(problems).toEqual([]);
  });

  it('shows a steering group\'s guide values as "Riktpunkt", amber when passed, like their warnings', async () => {
    const d = sampleDraft();
    d.component = 'steering_group';
    d.partners[0]!.country = 'KE';
    writeDraft(app.server.draftsDir, 'guide.kpdraft', d);
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'guide.kpdraft');
    const year1 = page.locator('[data-kp-loc="budget-total:year:1"] .kp-ceiling');
    const work1 = page.locator('[data-kp-work-input="1"] .kp-ceiling');
    await year1.scrollIntoViewIfNeeded();
    await expect.poll(() => year1.innerText()).toBe('Riktpunkt 300\u00a0000\u00a0kr');
    // The work-input guide value stands beside the year's work-input lines.
    expect(await page.locator('[data-kp-work-input="1"]').innerText()).toMatch(/varav arbetsinsatser\s+120\u00a0000\u00a0kr\s+Riktpunkt 150\u00a0000\u00a0kr/);
    expect(await work1.getAttribute('class')).toContain('level-ok');
    const amount = page.locator('[data-kp-loc="budget:b2:amount"]');
    await amount.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('250 000');
    await page.keyboard.press('Tab');
    await expect.poll(() => year1.getAttribute('class')).toContain('breach-warning');
    expect(await work1.getAttribute('class')).toContain('breach-warning');
    const messages = page.locator('.kp-budget .kp-field-message[data-kp-rule="BUD-07"]');
    await expect.poll(() => messages.count()).toBe(2);
    expect(await messages.evaluateAll((els) => els.map((e) => e.className))).toEqual(['kp-field-message severity-warning', 'kp-field-message severity-warning']);
    expect(await textColour(year1)).toBe(await themeColour(page, '--warning'));
    expect(await textColour(year1)).not.toBe(await themeColour(page, '--error'));
    await page.locator('.kp-subtotals').scrollIntoViewIfNeeded();
    await page.locator('.kp-budget').screenshot({ path: join(RESULTS_DIR, 'budget-guide-values.png') });
    expect(problems).toEqual([]);
  });
});

/** The colour of a ceiling bar's label, as computed. */
const textColour = (bar: ReturnType<Page['locator']>) => bar.locator('.kp-ceiling-text').evaluate((el) => getComputedStyle(el).color);

/** A theme colour (a CSS custom property) as the browser computes it. */
const themeColour = (page: Page, property: string) => page.evaluate((p) => {
  const probe = document.createElement('span');
  probe.style.color = `var(${p})`;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}, property);
