import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
});
