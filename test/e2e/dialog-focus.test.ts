import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { focusSectionEnd, openFromPicker, sectionEditor } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession();

describe('closing a dialog gives the keyboard back', () => {
  it('typing after Escape on Open and on Export lands at the caret it left, in the text', async () => {
    writeDraft(app.server.draftsDir, 'fokus.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'fokus.kpdraft');
    await focusSectionEnd(page, 'challenge');
    const dialog = page.locator('dialog.kp-modal');
    for (const [i, key] of ['Control+O', 'Control+E'].entries()) {
      await page.keyboard.press(key);
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.keyboard.type(` ord${i}`);
      await expect.poll(() => sectionEditor(page, 'challenge').innerText()).toMatch(new RegExp(` ord${i}\\s*$`));
    }
    expect(problems).toEqual([]);
  });

  it('Escape on "Ersätt?" keeps the file and the export dialog, with its choices', async () => {
    writeDraft(app.server.draftsDir, 'esc.kpdraft');
    writeFileSync(join(app.server.draftsDir, 'esc.docx'), 'PK the user\'s own document');
    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'esc.kpdraft');
    await page.keyboard.press('Control+E');
    const dialog = page.locator('dialog.kp-export-dialog');
    await dialog.locator('select').first().selectOption('en-GB');
    const name = dialog.locator('.kp-picker-name input');
    // The picker knows which names are taken once it has listed the folder.
    await dialog.locator('[data-kp-file="esc.docx"]').waitFor();
    await name.fill('esc');
    await name.press('Enter');
    await dialog.locator('.kp-replace-confirm').waitFor();
    await page.keyboard.press('Escape');
    await dialog.locator('.kp-replace-confirm').waitFor({ state: 'detached' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator('select').first().inputValue()).toBe('en-GB');
    expect(await name.inputValue()).toBe('esc');
    expect(problems).toEqual([]);
  });

  it('names the errors an export would carry, and one click goes to the place', async () => {
    writeDraft(app.server.draftsDir, 'fel.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'fel.kpdraft');
    const amount = page.locator('.kp-budget input.kp-amount').first();
    await amount.click();
    await amount.fill('abc');
    await amount.press('Tab');
    await page.keyboard.press('Control+E');
    const dialog = page.locator('dialog.kp-export-dialog');
    const listed = dialog.locator('.kp-preflight button[data-kp-rule="FLD-01"]');
    await expect.poll(() => listed.innerText()).toMatch(/FLD-01: Beloppet ”abc”/);
    await screenshot(page, 'export-preflight-errors');
    await listed.click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('kp-amount') ?? false)).toBe(true);
    expect(problems).toEqual([]);
  });
});
