import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../core/draft/schema';
import { openApp, screenshot, useAppSession } from './support';
import { openFromPicker, sectionEditor } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession();
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const savedDraft = (path: string): Draft => JSON.parse(readFileSync(path, 'utf8')).draft;
const COPY = 'Unga röster i Mombasa och Uppsala – granskning Greta Granskare.kpdraft';

async function saveWithKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
}

/** A comment on a whole section: caret in its text, Ctrl+Alt+M, write, "Kommentera". */
async function commentOnSection(page: Page, sectionId: string, body: string): Promise<void> {
  await sectionEditor(page, sectionId).click();
  await page.keyboard.press('Control+Alt+M');
  const author = page.locator('dialog.kp-author-dialog');
  if (await author.isVisible()) {
    await author.locator('input[name="authorName"]').fill('Greta Granskare');
    await author.locator('button[type="submit"]').click();
    await author.waitFor({ state: 'detached' });
  }
  const composer = page.locator('.kp-composer');
  await composer.locator('textarea').fill(body);
  await composer.getByRole('button', { name: 'Kommentera' }).click();
  await expect.poll(() => page.locator('.kp-thread', { hasText: body }).count()).toBe(1);
}

describe('saving in review mode', () => {
  it('writes the reviewer’s own copy beside the original, whose bytes never change; leaving review mode asks first', async () => {
    const original = writeDraft(app.server.draftsDir, 'ansokan.kpdraft');
    const before = sha256(original);
    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'ansokan.kpdraft');
    await page.locator('.kp-role-badge').click();
    await page.locator('[data-kp-review-banner]').waitFor();

    await commentOnSection(page, 'challenge', 'Ange källa för valdeltagandet.');
    await saveWithKeyboard(page);
    const copy = join(app.server.draftsDir, COPY);
    expect(existsSync(copy)).toBe(true);
    expect(savedDraft(copy).annotations).toMatchObject([{ body: 'Ange källa för valdeltagandet.', author: { name: 'Greta Granskare' } }]);
    expect(sha256(original)).toBe(before);
    const notice = page.locator('.kp-notice').last();
    expect(await notice.innerText()).toContain(`Din granskning sparades som en egen kopia: ”${COPY}”, i samma mapp. Originalet ”ansokan.kpdraft” är orört.`);
    await screenshot(page, 'review-save-notice');
    expect(await page.locator('[data-kp-review-banner]').innerText()).toContain('Spara skapar din egen kopia; originalet ändras inte.');

    // Later saves go to the same copy.
    await commentOnSection(page, 'summary', 'Bra sammanfattning.');
    await saveWithKeyboard(page);
    expect(savedDraft(copy).annotations.map((a) => a.body)).toEqual(['Ange källa för valdeltagandet.', 'Bra sammanfattning.']);
    expect(readdirSync(app.server.draftsDir).sort()).toEqual(['ansokan.kpdraft', COPY].sort());
    expect(sha256(original)).toBe(before);

    // Switching to author mode says what changes; cancelling stays in review mode.
    await page.locator('[data-kp-review-banner]').getByRole('button', { name: 'Byt till författarläge' }).click();
    const ask = page.locator('dialog.kp-switch-role-dialog');
    await ask.waitFor();
    expect(await ask.innerText()).toContain(`Då kan du ändra texten, och Spara skriver till den öppna filen ”${COPY}”.`);
    await screenshot(page, 'review-switch-to-author');
    await ask.getByRole('button', { name: 'Avbryt' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await page.locator('.kp-role-badge').innerText()).toBe('Granskare');
    expect(await sectionEditor(page, 'challenge').getAttribute('contenteditable')).toBe('false');

    await page.locator('.kp-role-badge').click();
    await ask.getByRole('button', { name: 'Byt till författarläge' }).click();
    await expect.poll(() => page.locator('.kp-role-badge').innerText()).toBe('Författare');
    expect(await sectionEditor(page, 'challenge').getAttribute('contenteditable')).toBe('true');
    expect(sha256(original)).toBe(before);
    expect(problems).toEqual([]);
  });
});
