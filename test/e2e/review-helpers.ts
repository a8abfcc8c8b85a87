import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Gives the name the app asks for before a first comment or suggestion, when it asks. */
export async function nameOnce(page: Page, name: string): Promise<void> {
  const who = page.locator('dialog.kp-author-dialog');
  if (!(await who.isVisible())) return;
  await who.locator('input[name="authorName"]').fill(name);
  await who.locator('button[type="submit"]').click();
  await who.waitFor({ state: 'detached' });
}

/** Writes a comment in the open composer and waits for its thread. */
export async function submitComment(page: Page, body: string): Promise<void> {
  const composer = page.locator('.kp-composer');
  await composer.locator('textarea').fill(body);
  await composer.getByRole('button', { name: 'Kommentera' }).click();
  await expect.poll(() => page.locator('.kp-thread', { hasText: body }).count()).toBe(1);
}

/** Switches the open draft to the reviewer's role and turns suggestions on, giving `name` if the app asks for one. */
export async function startSuggesting(page: Page, name = 'Greta Granskare'): Promise<void> {
  await page.locator('.kp-role-badge').click();
  await page.locator('[data-kp-review-banner]').waitFor();
  const toggle = page.locator('[data-kp-suggest-toggle]');
  await toggle.click();
  // The app asks who is suggesting only until it knows.
  const who = page.locator('dialog.kp-author-dialog');
  await expect.poll(async () => (await who.isVisible()) || (await toggle.getAttribute('aria-pressed')) === 'true').toBe(true);
  if (await who.isVisible()) {
    await who.locator('input[name="authorName"]').fill(name);
    await who.locator('button[type="submit"]').click();
  }
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
}

/** The side panel's list of suggested changes, and its rows. */
export const changesPanel = (page: Page) => page.locator('[data-kp-changes-panel]');
export const changeRows = (page: Page) => changesPanel(page).locator('[data-kp-change]');

/** Opens the side panel (folded away in a narrow window) on its Ändringar tab. */
export async function showChanges(page: Page): Promise<void> {
  if (!(await page.locator('#kp-tab-changes').isVisible())) await page.getByRole('button', { name: /^(Visa\/dölj panelen|Show\/hide panel)$/ }).click();
  await page.locator('#kp-tab-changes').click();
  await changesPanel(page).waitFor();
}
