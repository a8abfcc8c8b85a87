import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { docxParagraphs, focusSectionEnd, openFromPicker } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession();
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('exporting over an existing Word document', () => {
  it('lists the .docx in the picker and asks first: keeping leaves it byte-identical, replacing writes the new export', async () => {
    writeDraft(app.server.draftsDir, 'plan.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'plan.kpdraft');
    const dialog = page.locator('dialog.kp-export-dialog');
    const name = dialog.locator('.kp-picker-name input');
    const confirm = dialog.locator('.kp-replace-confirm');

    // The first export: a new file, nothing to ask.
    await page.keyboard.press('Control+E');
    await name.fill('plan');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    const docx = join(app.server.draftsDir, 'plan.docx');
    await expect.poll(() => existsSync(docx)).toBe(true);
    const first = sha256(docx);

    // The draft changes, and the user exports again under the same name, typed without its extension.
    await focusSectionEnd(page, 'challenge');
    await page.keyboard.type(' Tillägg efter första exporten.');
    await page.keyboard.press('Control+E');
    await name.fill('plan');
    await name.press('Enter');
    await confirm.waitFor();
    expect(await confirm.locator('.kp-replace-title').innerText()).toBe('Ersätt ”plan.docx”?');
    await screenshot(page, 'export-replace-confirm');

    // Keeping the file leaves it as it was, and the dialog open for another name.
    await confirm.getByRole('button', { name: 'Behåll filen' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await dialog.isVisible()).toBe(true);
    expect(sha256(docx)).toBe(first);

    // The picker lists the Word document (and no drafts); choosing it asks too, and replacing writes the new export.
    const listed = dialog.locator('[data-kp-file="plan.docx"]');
    await listed.waitFor();
    expect(await dialog.locator('[data-kp-file="plan.kpdraft"]').count()).toBe(0);
    await listed.click();
    expect(await name.inputValue()).toBe('plan.docx');
    await dialog.locator('button[type="submit"]').click();
    await confirm.getByRole('button', { name: 'Ersätt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => sha256(docx)).not.toBe(first);
    expect((await docxParagraphs(docx)).some((p) => p.includes('Tillägg efter första exporten.'))).toBe(true);
    // The same message again is not stacked: the one on screen moves to the end, fresh.
    await expect.poll(() => page.locator('.kp-notice').last().innerText()).toContain('plan.docx');
    expect(await page.locator('.kp-notice', { hasText: 'plan.docx' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('asks too when the document appeared after the picker listed the folder (another program saved it meanwhile)', async () => {
    writeDraft(app.server.draftsDir, 'sen.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'sen.kpdraft');
    await page.keyboard.press('Control+E');
    const dialog = page.locator('dialog.kp-export-dialog');
    await dialog.locator('.kp-picker-list').waitFor();
    await expect.poll(() => dialog.locator('button[type="submit"]').isEnabled()).toBe(true);
    const docx = join(app.server.draftsDir, 'sen.docx');
    writeFileSync(docx, 'saved by Word a moment ago');
    await dialog.locator('.kp-picker-name input').fill('sen.docx');
    await dialog.locator('button[type="submit"]').click();
    const confirm = dialog.locator('.kp-replace-confirm');
    await confirm.waitFor();
    expect(await confirm.locator('.kp-replace-title').innerText()).toBe('Ersätt ”sen.docx”?');
    await confirm.getByRole('button', { name: 'Behåll filen' }).click();
    await dialog.locator('.kp-picker-name input').waitFor();
    expect(await dialog.locator('.kp-picker-name input').inputValue()).toBe('sen.docx');
    expect(readFileSync(docx, 'utf8')).toBe('saved by Word a moment ago');
    expect(problems).toEqual([]);
  });

  it('"Behåll filen" puts the focus back in the file name, both when the picker asked and when the export found the file', async () => {
    writeDraft(app.server.draftsDir, 'fokus.kpdraft');
    writeFileSync(join(app.server.draftsDir, 'fokus.docx'), 'an earlier export');
    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'fokus.kpdraft');
    await page.keyboard.press('Control+E');
    const dialog = page.locator('dialog.kp-export-dialog');
    const name = dialog.locator('.kp-picker-name input');
    const nameHasFocus = () => name.evaluate((el) => el === document.activeElement);
    await dialog.locator('[data-kp-file="fokus.docx"]').waitFor();
    await name.fill('fokus');
    await name.press('Enter');
    await dialog.getByRole('button', { name: 'Behåll filen' }).click();
    await expect.poll(nameHasFocus).toBe(true);
    // The same once the export itself found the name taken (the file appeared after the listing).
    writeFileSync(join(app.server.draftsDir, 'fokus-sen.docx'), 'saved by Word a moment ago');
    await name.fill('fokus-sen');
    await name.press('Enter');
    await dialog.getByRole('button', { name: 'Behåll filen' }).click();
    await expect.poll(nameHasFocus).toBe(true);
    expect(await name.inputValue()).toBe('fokus-sen.docx');
    expect(problems).toEqual([]);
  });

  it('a folder named like the document is never offered as a file to replace, and the export says so', async () => {
    writeDraft(app.server.draftsDir, 'mappen.kpdraft');
    mkdirSync(join(app.server.draftsDir, 'Mapp.docx'));
    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'mappen.kpdraft');
    await page.keyboard.press('Control+E');
    const dialog = page.locator('dialog.kp-export-dialog');
    const name = dialog.locator('.kp-picker-name input');
    await dialog.locator('[data-kp-file="Mapp.docx"]').waitFor();
    await name.fill('Mapp');
    await name.press('Enter');
    await expect.poll(() => dialog.locator('.kp-warning-text[role="status"]').innerText()).toBe('Det finns en mapp som heter ”Mapp.docx”. Välj ett annat namn.');
    await screenshot(page, 'export-folder-in-the-way');
    expect(await dialog.locator('.kp-replace-confirm').count()).toBe(0);
    expect(await dialog.locator('button[type="submit"]').isDisabled()).toBe(true);

    // A folder that appeared after the listing: the export refuses it and says why, in export words.
    mkdirSync(join(app.server.draftsDir, 'Ny mapp.docx'));
    await name.fill('Ny mapp');
    await name.press('Enter');
    const notice = page.locator('.kp-notice', { hasText: 'Ny mapp.docx' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Det finns en mapp som heter ”Ny mapp.docx”, så det går inte att exportera dit.');
    expect(await dialog.locator('.kp-replace-confirm').count()).toBe(0);
    await screenshot(page, 'export-folder-appeared');
    expect(statSync(join(app.server.draftsDir, 'Ny mapp.docx')).isDirectory()).toBe(true);
    expect(problems).toEqual([]);
  });
});
