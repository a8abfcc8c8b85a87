import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { createDraft, docxParagraphs, focusSectionEnd, pasteInto, saveAs, sectionEditor } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'clipboard', name), 'utf8');

const app = useAppSession();

/** Each cell's text of test/fixtures/clipboard/word-table.html, row by row (empty cells have none). */
const CELLS = [
  ['Aktivitet', 'Tid', 'Ansvarig'],
  ['Workshop i Mombasa', 'med ungdomsrådet', 'mars 2025', 'Anna Berg'],
  ['Uppföljning', 'Styrgruppen'],
  ['Summa: 3 resor och 2 workshops'],
  ['Kartlägga ungas behov'],
  ['Enkät', '400 svar'],
  ['Pröva digitala dialoger'],
].flat();

/** Where each text first appears in `text`, searching on from the previous one: -1 for one missing or out of order. */
function positionsInOrder(text: string, parts: string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(part, from);
    if (at >= 0) from = at + part.length;
    return at;
  });
}

describe('paste of a table', () => {
  it('keeps the text of every cell of a Word table, row by row, in the editor and in the Word export', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    await focusSectionEnd(page, 'activities');
    await pasteInto(page, '[data-kp-section="activities"] [data-slate-editor]', { 'text/html': fixture('word-table.html'), 'text/plain': 'Tidplan för år 1' });

    const editor = sectionEditor(page, 'activities');
    await expect.poll(() => editor.innerText()).toContain('Pröva digitala dialoger');
    const shown = await editor.innerText();
    expect(positionsInOrder(shown, CELLS).filter((at) => at < 0)).toEqual([]);
    // One paragraph per row, cells apart.
    await expect.poll(() => editor.locator('p, li').allInnerTexts()).toEqual(expect.arrayContaining([
      'Aktivitet – Tid – Ansvarig', 'Workshop i Mombasa med ungdomsrådet – mars 2025 – Anna Berg', 'Uppföljning – Styrgruppen',
    ]));
    // No notice: nothing was left out.
    expect(await page.locator('.kp-notice').allInnerTexts()).toEqual([]);
    await editor.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/paste-table.png' });
    await screenshot(page, 'paste-table');

    await saveAs(page, 'tabell');
    await page.keyboard.press('Control+E');
    const dialog = page.locator('dialog.kp-export-dialog');
    await dialog.locator('.kp-picker-name input').fill('tabell.docx');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    const docx = join(app.server.draftsDir, 'tabell.docx');
    await expect.poll(() => existsSync(docx)).toBe(true);
    const exported = (await docxParagraphs(docx)).join('\n');
    expect(positionsInOrder(exported, CELLS).filter((at) => at < 0)).toEqual([]);
    expect(exported).toContain('Workshop i Mombasa med ungdomsrådet – mars 2025 – Anna Berg');
    expect(problems).toEqual([]);
  });
});
