import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encrypted, fiftyMegabytes, renamedWorkbook, withMacros, zipBomb } from '../electron/services/import/hostile';
import { openApp, screenshot, useAppSession } from './support';

// Hostile or wrong files picked in the import dialog, read by the real import service: each is
// refused with one line saying why, nothing opens, and the dialog stays usable for another file.
const files: Array<[string, () => Buffer | Promise<Buffer>, RegExp]> = [
  ['zip-bomb.docx', zipBomb, /packas upp till mycket mer/],
  ['femtio-mb.docx', fiftyMegabytes, /större än 30 MB/],
  ['budget-excel.docx', renamedWorkbook, /kalkylblad/],
  ['losenord.docx', encrypted, /lösenordsskyddat/],
  ['makron.docx', withMacros, /makron/],
];

const app = useAppSession({
  prepare: async (server) => {
    for (const [name, make] of files) writeFileSync(join(server.draftsDir, name), await make());
    copyFileSync(join(__dirname, '../fixtures/docx/links.docx'), join(server.draftsDir, 'lankar.docx'));
  },
});

describe('importing a hostile or wrong Word document', () => {
  it('says in one line why each file was refused and opens nothing; unsafe links are left out and said so', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1024, height: 768 });
    await page.locator('.kp-start').waitFor();
    const dialog = page.locator('dialog.kp-import-dialog');
    await page.keyboard.press('Control+Shift+O');
    for (const [name, , says] of files) {
      await dialog.locator(`[data-kp-file="${name}"]`).click();
      await dialog.locator('button[type="submit"]').click();
      const alert = dialog.getByRole('alert');
      await expect.poll(() => alert.innerText(), { timeout: 40_000 }).toMatch(says);
      expect((await alert.innerText()).trim().split('\n')).toHaveLength(1);
      if (name === 'zip-bomb.docx') await screenshot(page, 'import-refused');
      expect(await dialog.getByRole('button', { name: 'Importera som nytt utkast' }).count()).toBe(0);
      // Back to the list, for another file.
      await dialog.getByRole('button', { name: 'Välj en annan fil…' }).click();
    }
    await dialog.locator('[data-kp-file="lankar.docx"]').click();
    await dialog.locator('button[type="submit"]').click();
    await dialog.getByRole('button', { name: 'Importera som nytt utkast' }).waitFor();
    expect(await page.locator('.kp-start').count()).toBe(1);
    expect(await dialog.innerText()).toMatch(/Utelämnat: \d+ bilder och [1-9]\d* länkar som inte är webb- eller e-postadresser\./);
    expect(problems).toEqual([]);
  }, 180_000);
});
