import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, openApp, screenshot, useAppSession } from './support';
import { focusSectionEnd, sectionEditor } from './helpers';

/** The edition a new draft starts with, by the date (a fixed clock), and what the start screen says about it. */

const app = useAppSession();

const inForceLine = (page: Page) => page.getByTestId('edition-in-force').textContent();
const editionSelect = (page: Page) => page.locator('.kp-edition-select');
const optionLabels = (page: Page) => editionSelect(page).locator('option').allTextContents();

async function create(page: Page): Promise<string> {
  await page.locator('.kp-create').click();
  await page.locator('html[data-kp-editor-ready="true"]').waitFor();
  return page.locator('[data-kp-loc="field:editionId"]').inputValue();
}

describe('the edition in force', () => {
  it('a new draft takes the edition in force on today\'s date, and the start screen says which and since when', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { now: new Date('2026-12-02T10:00:00') });
    await page.locator('.kp-start').waitFor();
    expect(await inForceLine(page)).toBe('ICLD 2023 — gäller ansökningar från omkring april 2023');
    expect(await editionSelect(page).inputValue()).toBe('icld-kp-2023');
    const labels = await optionLabels(page);
    expect(labels.find((l) => l.startsWith('ICLD 2020'))).toMatch(/— äldre utgåva$/);
    expect(labels.find((l) => l.startsWith('ICLD 2023 (fyra'))).toMatch(/— i kraft$/);
    expect(labels.find((l) => l.startsWith('ICLD 2023, senare'))).toMatch(/— datum okänt$/);
    await screenshot(page, 'edition-start-sv');
    await page.screenshot({ path: '/tmp/edition-start-sv.png' });

    // A planned submission date decides instead of today; an explicit pick is kept.
    await page.locator('.kp-planned-date').fill('2021-09-20');
    await expect.poll(() => editionSelect(page).inputValue()).toBe('icld-kp-2020');
    expect(await inForceLine(page)).toBe('ICLD 2020 — gäller ansökningar från 26 februari 2020');
    await page.locator('.kp-planned-date').fill('');
    await expect.poll(() => editionSelect(page).inputValue()).toBe('icld-kp-2023');
    await editionSelect(page).selectOption('icld-kp-2020');
    expect(await create(page)).toBe('icld-kp-2020');
    expect(problems).toEqual([]);
  });

  it('on another day another edition is in force (the clock decides, not a fixed default)', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { now: new Date('2022-06-01T10:00:00') });
    await page.locator('.kp-start').waitFor();
    expect(await inForceLine(page)).toBe('ICLD 2020 — gäller ansökningar från 26 februari 2020');
    expect(await create(page)).toBe('icld-kp-2020');
    expect(problems).toEqual([]);
  });

  it('a planned submission date that has passed is a warning beside the field and in the panel', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { now: new Date('2026-12-02T10:00:00') });
    await page.locator('.kp-start').waitFor();
    await create(page);
    await page.locator('[data-kp-loc="field:submissionDate"]').fill('2026-11-15');
    const beside = page.locator('.kp-field-message[data-kp-rule="WIN-05"]');
    await expect.poll(() => beside.textContent()).toMatch(/15 november 2026 har redan passerat/);
    expect(await beside.getAttribute('class')).toContain('severity-warning');
    await expect.poll(() => page.locator('.kp-problem[data-kp-rule="WIN-05"]').count()).toBe(1);
    await page.locator('[data-kp-loc="field:submissionDate"]').fill('2027-02-10');
    await expect.poll(() => beside.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('on the start screen the line follows the edition picked, and a planned date that has passed is said there', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { now: new Date('2026-12-02T10:00:00') });
    await page.locator('.kp-start').waitFor();
    await editionSelect(page).selectOption('icld-kp-2020');
    await expect.poll(() => inForceLine(page)).toBe('ICLD 2020 — äldre utgåva; gällde ansökningar 26 februari 2020 – omkring mars 2023. För nya ansökningar gäller ICLD 2023.');
    await page.locator('.kp-planned-date').fill('2025-01-15');
    await expect.poll(() => page.getByTestId('planned-past').textContent()).toMatch(/15 januari 2025 har redan passerat/);
    await page.getByTestId('planned-past').scrollIntoViewIfNeeded();
    await screenshot(page, 'start-older-edition-past-date');
    await page.locator('.kp-planned-date').fill('2027-02-10');
    await expect.poll(() => page.getByTestId('planned-past').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('in English, the line and the picker say the same', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { now: new Date('2026-12-02T10:00:00') });
    await page.locator('.kp-start').waitFor();
    await page.locator('.kp-ui-language').selectOption('en');
    await expect.poll(() => inForceLine(page)).toBe('ICLD 2023 — applies to applications from around April 2023');
    expect((await optionLabels(page)).find((l) => l.startsWith('ICLD 2020'))).toMatch(/— older edition$/);
    await page.screenshot({ path: '/tmp/edition-start-en.png' });
    await page.locator('.kp-ui-language').selectOption('sv');
    await expect.poll(() => inForceLine(page)).toMatch(/^ICLD 2023 — gäller/);
    expect(problems).toEqual([]);
  });
});

describe('switching the component', () => {
  const filled = ['objectives', 'indicators', 'risks', 'sustainability'];

  async function projectWithText(page: Page) {
    await page.locator('.kp-start').waitFor();
    await page.locator('input[name="component"][value="project"]').check();
    await create(page);
    for (const id of filled) {
      await focusSectionEnd(page, id);
      await page.keyboard.type(`Text i ${id}`);
    }
    const prior = page.locator('[data-kp-loc="field:prerequisites.priorInception"] input[type="checkbox"]');
    await prior.check();
    return prior;
  }

  it('lists the filled sections the new component hides, clears prerequisites that no longer apply, and Ångra brings both back', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { now: new Date('2026-12-02T10:00:00') });
    const prior = await projectWithText(page);
    await page.locator('[data-kp-loc="field:component"]').selectOption('inception');
    const notice = page.locator('.kp-notice', { hasText: 'döljs och exporteras inte' });
    await expect.poll(() => notice.locator('span').textContent()).toBe(
      '4 avsnitt med text döljs och exporteras inte: Mål och förväntade resultat och 3 till. '
      + 'Förutsättningen ”Genomförd förberedelse” gäller inte för Förberedelse.',
    );
    // "We have done an inception" is no question for an inception: it is not shown, and not kept ticked.
    await expect.poll(() => prior.count()).toBe(0);
    for (const id of filled) expect(await sectionEditor(page, id).count()).toBe(0);
    await page.locator('.kp-notice').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/component-switch-sv.png' });

    await notice.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => page.locator('[data-kp-loc="field:component"]').inputValue()).toBe('project');
    await expect.poll(() => prior.isChecked()).toBe(true);
    for (const id of filled) await expect.poll(() => sectionEditor(page, id).textContent()).toBe(`Text i ${id}`);
    expect(problems).toEqual([]);
  });

  it('says it in English too', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { now: new Date('2026-12-02T10:00:00') });
    await page.locator('.kp-start').waitFor();
    await page.locator('.kp-ui-language').selectOption('en');
    await projectWithText(page);
    await page.locator('[data-kp-loc="field:component"]').selectOption('inception');
    const notice = page.locator('.kp-notice', { hasText: 'hidden and not exported' });
    await expect.poll(() => notice.locator('span').textContent()).toBe(
      '4 sections with text are hidden and not exported: Objectives and expected results and 3 more. '
      + 'The prerequisite “Completed inception” does not apply to Inception (förberedelse).',
    );
    await page.screenshot({ path: '/tmp/component-switch-en.png' });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('[data-kp-loc="field:component"]').inputValue()).toBe('project');
    await callApi(app.server, 'settings:set', { uiLanguage: 'sv' });
    expect(problems).toEqual([]);
  });
});
