import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeDraft } from '../../core/draft/file-format';
import { openFromPicker, readSavedDraft } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';
import { openApp, screenshot, useAppSession } from './support';

// The conflict dialog says what will really happen on disk: the copy "keep both" writes is the
// name the dialog shows, and a file that was moved or deleted is offered back at its place, not a
// reload or a backup of something that is not there.

const app = useAppSession();

const titled = (title: string) => ({ ...sampleDraft(), title });
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Projektets titel' });
const changedDialog = (page: Page) => page.getByRole('dialog', { name: 'Filen har ändrats sedan du öppnade den' });
const goneDialog = (page: Page) => page.getByRole('dialog', { name: 'Filen finns inte längre där den var' });

/** Opens `name`, types a new title, lets `meanwhile` touch the disk, then presses Ctrl+S. */
async function editThenSave(name: string, mine: string, meanwhile: (path: string) => void) {
  const path = writeDraft(app.server.draftsDir, name, titled('Original'));
  const opened = await openApp(app.browser, app.server);
  await openFromPicker(opened.page, name);
  await titleBox(opened.page).fill(mine);
  meanwhile(path);
  await opened.page.keyboard.press('Control+S');
  return { ...opened, path };
}

describe('the conflict dialog names what it will write', () => {
  it('"Behåll båda" names the first free copy on disk, writes exactly that one, and refuses a name taken meanwhile', async () => {
    const dir = app.server.draftsDir;
    // An earlier "keep both" already made "(2)".
    const second = writeDraft(dir, 'ledig (2).kpdraft', titled('Tidigare kopia'));
    const secondBytes = readFileSync(second, 'utf8');
    const { page, context, problems, path } = await editThenSave('ledig.kpdraft', 'Mina ändringar', (p) => writeFileSync(p, serializeDraft(titled('Deras'))));
    const dialog = changedDialog(page);
    const hint = dialog.locator('#kp-conflict-keepBoth');
    await expect.poll(() => hint.innerText(), { timeout: 10_000 }).toContain('”ledig (3).kpdraft”');
    await screenshot(page, 'save-conflict-free-copy-name');

    // Another program takes "(3)" while the dialog is open: nothing is written there, and the dialog says so.
    const third = join(dir, 'ledig (3).kpdraft');
    writeFileSync(third, 'not ours');
    await dialog.getByRole('button', { name: 'Behåll båda' }).click();
    await expect.poll(() => hint.innerText(), { timeout: 10_000 }).toContain('”ledig (4).kpdraft”');
    expect(await dialog.getByRole('status').innerText()).toContain('”ledig (3).kpdraft”');
    await screenshot(page, 'save-conflict-copy-taken');
    expect(readFileSync(third, 'utf8')).toBe('not ours');

    await dialog.getByRole('button', { name: 'Behåll båda' }).click();
    await dialog.waitFor({ state: 'detached' });
    const fourth = join(dir, 'ledig (4).kpdraft');
    await expect.poll(() => existsSync(fourth), { timeout: 10_000 }).toBe(true);
    expect(readSavedDraft(fourth).title).toBe('Mina ändringar');
    expect(readFileSync(second, 'utf8')).toBe(secondBytes);
    expect(readSavedDraft(path).title).toBe('Deras');
    expect(await page.locator('.kp-notice', { hasText: 'ledig (4).kpdraft' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a file that was deleted gets its own question, and "Spara här igen" writes it back where it was', async () => {
    const { page, context, problems, path } = await editThenSave('borta.kpdraft', 'Kvar på skärmen', (p) => rmSync(p));
    const dialog = goneDialog(page);
    await dialog.waitFor();
    await screenshot(page, 'save-conflict-file-gone');
    const choices = await dialog.locator('.kp-conflict-choices button').allInnerTexts();
    expect(choices).toEqual(['Spara här igen', 'Spara som…']);
    expect(await dialog.innerText()).not.toContain('säkerhetskopia');
    await dialog.getByRole('button', { name: 'Spara här igen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => existsSync(path), { timeout: 10_000 }).toBe(true);
    expect(readSavedDraft(path).title).toBe('Kvar på skärmen');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    // The window knows what it wrote: the next save is an ordinary one.
    await titleBox(page).fill('Kvar, igen');
    await page.keyboard.press('Control+S');
    await expect.poll(() => readSavedDraft(path).title, { timeout: 10_000 }).toBe('Kvar, igen');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('"Spara som…" for a deleted file opens the file picker', async () => {
    const { page, context, problems } = await editThenSave('flyttad.kpdraft', 'Någon annanstans', (p) => rmSync(p));
    await goneDialog(page).getByRole('button', { name: 'Spara som…' }).click();
    await page.locator('.kp-picker-name input').waitFor();
    expect(await goneDialog(page).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
