import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';

/** Helpers shared by the editor's end-to-end specs (browser mode in Chromium). */

/** Creates a new application from the start screen and waits until the editor can be typed in. */
export async function createDraft(page: Page, component = 'project', edition?: string): Promise<void> {
  await page.locator('.kp-start').waitFor();
  await page.locator(`input[name="component"][value="${component}"]`).check();
  if (edition) await page.locator('.kp-edition-select').selectOption(edition);
  await page.locator('.kp-create').click();
  await page.locator('html[data-kp-editor-ready="true"]').waitFor();
}

/** The Slate editor of a section. */
export const sectionEditor = (page: Page, id: string) => page.locator(`[data-kp-section="${id}"] [data-slate-editor]`);

/** Selects `phrase` in a section's text the way a mouse drag would (a DOM selection over the words). */
export const selectWords = (page: Page, sectionId: string, phrase: string) => placeSelection(page, sectionId, phrase, false);

/**
 * Puts the caret right after `phrase`, as a click there would. (Selecting the words and pressing →
 * can race: the editor takes a new DOM selection up to 100 ms late, and handles → itself.)
 */
export const caretAfter = (page: Page, sectionId: string, phrase: string) => placeSelection(page, sectionId, phrase, true);

async function placeSelection(page: Page, sectionId: string, phrase: string, caretAfter: boolean): Promise<void> {
  await sectionEditor(page, sectionId).scrollIntoViewIfNeeded();
  await sectionEditor(page, sectionId).evaluate((root, [p, collapse]) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(p);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, collapse ? i + p.length : i);
      range.setEnd(n, i + p.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`"${p}" is not in the section`);
  }, [phrase, caretAfter] as const);
}

/** Clicks into a section's editor and moves the caret to its end. */
export async function focusSectionEnd(page: Page, id: string): Promise<void> {
  const ed = sectionEditor(page, id);
  await ed.scrollIntoViewIfNeeded();
  await ed.click();
  await page.keyboard.press('Control+End');
}

/** Saves the open file where it is (Ctrl+S) and waits until it is clean. */
export async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
}

/** Saves through the in-app picker (browser mode) under `name`. */
export async function saveAs(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+Shift+S');
  const dialog = page.locator('dialog.kp-modal');
  await dialog.locator('.kp-picker-name input').fill(name);
  await dialog.locator('button[type="submit"]').click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
}

const documentXml = async (path: string) => (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of the Word paragraphs in a piece of document.xml, one string each. */
const paragraphTexts = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
  [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''));

/** The paragraphs of a .docx as plain text lines. */
export async function docxParagraphs(path: string): Promise<string[]> {
  return paragraphTexts(await documentXml(path));
}

/** The tables of a .docx (not nested), each as rows of cell texts (a cell's paragraphs joined by a line break). */
export async function docxTables(path: string): Promise<string[][][]> {
  const xml = await documentXml(path);
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join('\n'))));
}

/** Opens a draft from the drafts folder through the in-app picker (Ctrl+O). */
export async function openFromPicker(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+O');
  const dialog = page.locator('dialog.kp-modal');
  await dialog.locator(`[data-kp-file="${name}"]`).click();
  await dialog.locator('button[type="submit"]').click();
  await page.locator('html[data-kp-editor-ready="true"]').waitFor();
}

/** Pastes clipboard data into an element the way the browser does (a cancelable ClipboardEvent). */
export async function pasteInto(page: Page, selector: string, data: Record<string, string>): Promise<void> {
  await page.locator(selector).evaluate((el, d) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(d)) dt.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

/** The saved draft in a .kpdraft file. */
export function readSavedDraft(path: string): { sections: Record<string, unknown>; budget: Array<{ amountOre: number; description: string; category: string }>; partners: Array<{ country: string }>; [k: string]: unknown } {
  return JSON.parse(readFileSync(path, 'utf8')).draft;
}
