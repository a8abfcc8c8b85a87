import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeDraft } from '../../core/draft/file-format';
import { openFromPicker, readSavedDraft } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';
import { callApi, openApp, screenshot, useAppSession, waitFor } from './support';

// A file changed on disk after it was opened (by another program, window or tab) is never
// overwritten without a word: Ctrl+S shows the conflict dialog, and each of its three choices
// does what it says to both versions.

const app = useAppSession();

const titled = (title: string) => ({ ...sampleDraft(), title });
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Projektets titel' });
const conflictDialog = (page: Page) => page.getByRole('dialog', { name: 'Filen har ändrats sedan du öppnade den' });

/** Opens `name` from the drafts folder, types a new title, then another program rewrites the file. */
async function editWhileChangedOnDisk(name: string, mine: string, theirs: string) {
  const path = writeDraft(app.server.draftsDir, name, titled('Original'));
  const opened = await openApp(app.browser, app.server);
  await openFromPicker(opened.page, name);
  await titleBox(opened.page).fill(mine);
  const theirBytes = serializeDraft(titled(theirs));
  writeFileSync(path, theirBytes);
  await opened.page.keyboard.press('Control+S');
  await conflictDialog(opened.page).waitFor();
  return { ...opened, path, theirBytes };
}

const recoveryTitles = async () => {
  const r = await callApi(app.server, 'recovery:list', {});
  return r.ok ? (r.value as Array<{ key: string; title: string }>) : [];
};

describe('saving a draft whose file changed on disk', () => {
  it('asks first; "Skriv över" then writes the user\'s version', async () => {
    const { page, context, problems, path } = await editWhileChangedOnDisk('skriv-over.kpdraft', 'Min version', 'Ändrad i ett annat program');
    expect(readSavedDraft(path).title).toBe('Ändrad i ett annat program');
    await screenshot(page, 'save-conflict-dialog-sv');
    await conflictDialog(page).getByRole('button', { name: 'Skriv över' }).click();
    await conflictDialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => readSavedDraft(path).title, { timeout: 10_000 }).toBe('Min version');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    // Saving again is an ordinary save now: the window knows what it wrote.
    await titleBox(page).fill('Min version, igen');
    await page.keyboard.press('Control+S');
    await expect.poll(() => readSavedDraft(path).title, { timeout: 10_000 }).toBe('Min version, igen');
    expect(await conflictDialog(page).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('"Läs in från disken" shows the disk\'s version and keeps the unsaved work in recovery', async () => {
    const { page, context, problems, path, theirBytes } = await editWhileChangedOnDisk('las-in.kpdraft', 'Osparat arbete', 'Från disken');
    await conflictDialog(page).getByRole('button', { name: 'Läs in från disken' }).click();
    await conflictDialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => titleBox(page).inputValue(), { timeout: 10_000 }).toBe('Från disken');
    expect(await page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    expect(readFileSync(path, 'utf8')).toBe(theirBytes);
    expect((await recoveryTitles()).map((e) => e.title)).toContain('Osparat arbete');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('"Behåll båda" writes a second file and leaves the changed one exactly as it was', async () => {
    const { page, context, problems, path, theirBytes } = await editWhileChangedOnDisk('behall.kpdraft', 'Mina ändringar', 'Deras ändringar');
    await conflictDialog(page).getByRole('button', { name: 'Behåll båda' }).click();
    await conflictDialog(page).waitFor({ state: 'detached' });
    const copy = join(app.server.draftsDir, 'behall (2).kpdraft');
    await expect.poll(() => existsSync(copy), { timeout: 10_000 }).toBe(true);
    expect(readSavedDraft(copy).title).toBe('Mina ändringar');
    expect(readFileSync(path, 'utf8')).toBe(theirBytes);
    // The window goes on with the new file.
    await expect.poll(() => page.title()).toContain('Mina ändringar');
    await titleBox(page).fill('Mina ändringar, fortsatt');
    await page.keyboard.press('Control+S');
    await expect.poll(() => readSavedDraft(copy).title, { timeout: 10_000 }).toBe('Mina ändringar, fortsatt');
    expect(readFileSync(path, 'utf8')).toBe(theirBytes);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('two tabs on one file: each keeps its own recovery copy, and the second save sees the first', async () => {
    const name = 'delad.kpdraft';
    const path = writeDraft(app.server.draftsDir, name, titled('Delad'));
    const a = await openApp(app.browser, app.server);
    const b = await openApp(app.browser, app.server);
    await openFromPicker(a.page, name);
    await openFromPicker(b.page, name);
    await titleBox(a.page).fill('Flik A');
    await titleBox(b.page).fill('Flik B');
    // Autosave copies each tab's unsaved work to the recovery area: two copies, same draft id.
    await waitFor('both autosaves', async () => {
      const titles = (await recoveryTitles()).map((e) => e.title);
      return titles.includes('Flik A') && titles.includes('Flik B') ? titles : undefined;
    }, 30_000);

    await a.page.keyboard.press('Control+S');
    await expect.poll(() => readSavedDraft(path).title, { timeout: 10_000 }).toBe('Flik A');
    // A's clean save removed A's copy only; B's unsaved work is still there.
    await expect.poll(async () => (await recoveryTitles()).map((e) => e.title).filter((t) => t.startsWith('Flik')), { timeout: 10_000 }).toEqual(['Flik B']);

    await b.page.keyboard.press('Control+S');
    await conflictDialog(b.page).waitFor();
    expect(readSavedDraft(path).title).toBe('Flik A');
    expect([...a.problems, ...b.problems]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});
