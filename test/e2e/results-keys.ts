import type { Page } from 'playwright-core';

/** The results matrix as the card shows it: each level's number and text, in order. */
export const matrixRows = (page: Page) => page.locator('.kp-results [data-kp-fw-row]').evaluateAll((els) => els.map((row) => {
  const n = row.querySelector('[data-kp-fw-number]')?.textContent ?? '';
  const text = (row.querySelector('[data-kp-fw-col="text"]') as HTMLTextAreaElement | null)?.value ?? '';
  return `${n} ${text}`.trim();
}));

/** What has the keyboard in the matrix: "<item id or add-button key>:<field>". */
export const matrixFocus = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return `${el?.dataset.kpFwItem ?? el?.dataset.kpFwAdd ?? el?.tagName}:${el?.dataset.kpFwCol ?? ''}`;
});

export const tab = async (page: Page, times: number) => { for (let k = 0; k < times; k++) await page.keyboard.press('Tab'); };

/** Fills in the indicator whose text has the caret, field by field with Tab. */
export async function typeIndicator(page: Page, values: [text: string, unit: string, baseline: string, year: string, target: string, date: string, verification: string, by: string]) {
  const [text, unit, baseline, year, target, date, verification, by] = values;
  await page.keyboard.type(text);
  for (const [value, extraTabs] of [[unit, 0], [baseline, 0], [year, 0], [target, 0], [date, 0], [verification, 1], [by, 0]] as const) {
    // After the date comes its calendar button.
    await tab(page, 1 + extraTabs);
    await page.keyboard.type(value);
  }
}
