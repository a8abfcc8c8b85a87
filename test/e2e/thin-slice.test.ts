import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { createDraft, docxParagraphs, focusSectionEnd, saveAs, sectionEditor } from './helpers';

// The program that opens exported documents (KP_OPENER) notes what it was asked to open.
const openerDir = mkdtempSync(join(tmpdir(), 'kp-opener-'));
const opened = join(openerDir, 'opened.txt');
const opener = join(openerDir, 'opener.sh');
writeFileSync(opener, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${opened}'\n`);
chmodSync(opener, 0o755);
const app = useAppSession({ server: { env: { KP_OPENER: opener } } });

describe('thin slice: new → type → save → reopen → export', () => {
  it('keeps typed text through save, reopen and Word export', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    await expect.poll(() => page.title()).toBe('Namnlös ansökan — KP Drafter');

    await page.locator('.kp-title-input').fill('Delaktighet i Mombasa');
    await focusSectionEnd(page, 'challenge');
    const text = 'Båda kommunerna har svårt att nå unga väljare – särskilt i förorterna.';
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Andra stycket.');
    await expect.poll(() => sectionEditor(page, 'challenge').innerText()).toContain(text);
    await expect.poll(() => page.title()).toBe('Delaktighet i Mombasa — KP Drafter •');

    await saveAs(page, 'mombasa');
    const file = join(app.server.draftsDir, 'mombasa.kpdraft');
    expect(existsSync(file)).toBe(true);
    await expect.poll(() => page.title()).toBe('Delaktighet i Mombasa — KP Drafter');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.draft.title).toBe('Delaktighet i Mombasa');
    expect(saved.draft.sections.challenge).toEqual([
      { type: 'paragraph', children: [{ text }] },
      { type: 'paragraph', children: [{ text: 'Andra stycket.' }] },
    ]);

    // Reopen in a fresh page: start screen → recent list → the draft.
    const second = await openApp(app.browser, app.server);
    await second.page.locator('.kp-recent-item', { hasText: 'Delaktighet i Mombasa' }).click();
    await second.page.locator('html[data-kp-editor-ready="true"]').waitFor();
    await expect.poll(() => sectionEditor(second.page, 'challenge').innerText()).toContain(text);
    expect(await second.page.locator('.kp-title-input').inputValue()).toBe('Delaktighet i Mombasa');

    // Export Word through the export dialog and its in-app picker.
    await second.page.keyboard.press('Control+E');
    const dialog = second.page.locator('dialog.kp-export-dialog');
    await dialog.locator('.kp-picker-name input').fill('mombasa.docx');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    const docx = join(app.server.draftsDir, 'mombasa.docx');
    await expect.poll(() => existsSync(docx)).toBe(true);
    const paragraphs = await docxParagraphs(docx);
    expect(paragraphs).toContain('Delaktighet i Mombasa');
    expect(paragraphs).toContain('Utmaning');
    expect(paragraphs).toContain(text);
    expect(paragraphs).toContain('Andra stycket.');

    // The message after the export opens the document or its folder on the desktop.
    const notice = second.page.locator('.kp-notice', { hasText: 'mombasa.docx' });
    await notice.waitFor();
    await screenshot(second.page, 'export-notice');
    await notice.getByRole('button', { name: 'Öppna dokumentet' }).click();
    await expect.poll(() => (existsSync(opened) ? readFileSync(opened, 'utf8') : '')).toBe(`${docx}\n`);
    expect(await notice.count()).toBe(0);
    await second.page.keyboard.press('Control+E');
    await dialog.locator('.kp-picker-name input').fill('mombasa.docx');
    await dialog.locator('button[type="submit"]').click();
    // The document exists now: replacing it is confirmed first.
    await dialog.locator('.kp-replace-confirm').getByRole('button', { name: 'Ersätt' }).click();
    await second.page.locator('.kp-notice').getByRole('button', { name: 'Visa i mappen' }).click();
    await expect.poll(() => readFileSync(opened, 'utf8')).toBe(`${docx}\n${app.server.draftsDir}\n`);

    await screenshot(second.page, 'thin-slice');
    expect(problems).toEqual([]);
    expect(second.problems).toEqual([]);
  });
});
