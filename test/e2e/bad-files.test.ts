import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { openFromPicker, sectionEditor } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession();

describe('opening a bad file', () => {
  it('says what is wrong with which file, in the UI language, and keeps the open draft as it was', async () => {
    const good = writeDraft(app.server.draftsDir, 'bra.kpdraft');
    const text = readFileSync(good, 'utf8');
    writeFileSync(join(app.server.draftsDir, 'avbruten.kpdraft'), text.slice(0, Math.floor(text.length / 2)));
    writeFileSync(join(app.server.draftsDir, 'framtida.kpdraft'), text.replace(/"version": \d+/, '"version": 99'));
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'bra.kpdraft');
    await sectionEditor(page, 'challenge').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Osparad mening.');
    page.on('dialog', (d) => void d.accept());

    await page.keyboard.press('Control+O');
    const dialog = page.locator('dialog.kp-modal');
    await dialog.locator('[data-kp-file="avbruten.kpdraft"]').click();
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(async () => (await page.locator('.kp-notice-error').allInnerTexts()).join(' '))
      .toMatch(/Filen ”avbruten\.kpdraft” kunde inte läsas: den verkar avbruten eller skadad\. Originalet är orört\./);
    expect(await sectionEditor(page, 'challenge').innerText()).toContain('Osparad mening.');
    await expect.poll(() => page.title()).toBe('Unga röster i Mombasa och Uppsala — KP Drafter •');
    expect(readFileSync(join(app.server.draftsDir, 'avbruten.kpdraft'), 'utf8')).toBe(text.slice(0, Math.floor(text.length / 2)));

    await page.locator('.kp-ui-language').selectOption('en');
    await page.keyboard.press('Control+O');
    await dialog.locator('[data-kp-file="framtida.kpdraft"]').click();
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(async () => (await page.locator('.kp-notice-error').allInnerTexts()).join(' ')).toMatch(/The file “framtida\.kpdraft” was made by a newer version of KP Drafter\. .*The original is untouched\./);
    expect(await sectionEditor(page, 'challenge').innerText()).toContain('Osparad mening.');
    await screenshot(page, 'bad-file');
    // Console warnings carry the technical detail; nothing reaches the console as an error.
    expect(problems).toEqual([]);
  });
});
