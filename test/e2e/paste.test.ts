import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { createDraft, focusSectionEnd, pasteInto, readSavedDraft, saveAs } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'clipboard', name), 'utf8');

const app = useAppSession();

async function pasteAndSave(page: Page, section: string, data: Record<string, string>, file: string) {
  await focusSectionEnd(page, section);
  await pasteInto(page, `[data-kp-section="${section}"] [data-slate-editor]`, data);
  await saveAs(page, file);
  return readSavedDraft(join(app.server.draftsDir, `${file}.kpdraft`)).sections[section];
}

describe('paste from other programs', () => {
  it('cleans a captured Word clipboard: keeps headings, marks, links and nested lists; drops fonts, colours, the image and the table with a notice', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    const saved = await pasteAndSave(page, 'challenge', { 'text/html': fixture('word-365.html'), 'text/plain': fixture('word-365.txt') }, 'word-paste');
    expect(saved).toEqual([
      { type: 'heading-one', children: [{ text: 'Gemensam utmaning' }] },
      { type: 'paragraph', children: [
        { text: 'Båda kommunerna har svårt att nå ' }, { text: 'unga väljare', bold: true }, { text: ' och ' },
        { text: 'nyinflyttade', italic: true }, { text: ' invånare. Läs mer på ' },
        { type: 'link', url: 'https://icld.se/kommunala-partnerskap/', children: [{ text: 'ICLD:s webbplats' }] }, { text: '.' },
      ] },
      { type: 'bulleted-list', children: [
        { type: 'list-item', children: [{ text: 'Låg tillit till förvaltningen' }, { type: 'bulleted-list', children: [
          { type: 'list-item', children: [{ text: 'särskilt bland ' }, { text: 'unga kvinnor', underline: true }] },
        ] }] },
        { type: 'list-item', children: [{ text: 'Få kanaler för medborgardialog' }] },
      ] },
      { type: 'numbered-list', children: [
        { type: 'list-item', children: [{ text: 'Kartlägga ungas behov' }] },
        { type: 'list-item', children: [{ text: 'Pröva digitala dialoger' }] },
      ] },
      { type: 'block-quote', children: [{ text: '”Unga ska vara med och bestämma.”', italic: true }] },
    ]);
    await expect.poll(async () => (await page.locator('.kp-notice').allInnerTexts()).join(' ')).toMatch(/1 bild och 1 tabell/);
    const html = await page.locator('[data-kp-section="challenge"] [data-slate-editor]').innerHTML();
    expect(html).not.toMatch(/Georgia|C00000|Calibri|mso-/);
    await screenshot(page, 'paste-word');
    expect(problems).toEqual([]);
  });

  it('keeps Google Docs structure without its wrapper bold, highlight or fonts', async () => {
    const { page } = await openApp(app.browser, app.server);
    await createDraft(page);
    const saved = await pasteAndSave(page, 'objectives', { 'text/html': fixture('google-docs.html'), 'text/plain': 'Mål för projektet' }, 'gdocs-paste');
    expect(saved).toEqual([
      { type: 'heading-two', children: [{ text: 'Mål för projektet' }] },
      { type: 'paragraph', children: [{ text: 'Vi vill ' }, { text: 'öka valdeltagandet', bold: true }, { text: ' bland unga', italic: true, underline: true }, { text: '.' }] },
      { type: 'numbered-list', children: [
        { type: 'list-item', children: [{ text: 'Ungdomsråd i båda kommunerna' }, { type: 'numbered-list', children: [
          { type: 'list-item', children: [{ text: 'med eget budgetansvar' }] },
        ] }] },
        { type: 'list-item', children: [{ text: 'Utbildning av tjänstepersoner' }] },
      ] },
    ]);
  });

  it('keeps LibreOffice headings, marks and lists', async () => {
    const { page } = await openApp(app.browser, app.server);
    await createDraft(page);
    const saved = await pasteAndSave(page, 'risks', { 'text/html': fixture('libreoffice.html'), 'text/plain': 'Risker' }, 'lo-paste');
    expect(saved).toEqual([
      { type: 'heading-two', children: [{ text: 'Risker' }] },
      { type: 'paragraph', children: [{ text: 'Politiska skiften kan ' }, { text: 'försena', bold: true }, { text: ' arbetet.' }] },
      { type: 'bulleted-list', children: [
        { type: 'list-item', children: [{ text: 'Val 2026' }] },
        { type: 'list-item', children: [{ text: 'Personalomsättning', italic: true }] },
      ] },
    ]);
  });

  it('pastes plain text as paragraphs; blank lines between them make no empty paragraphs', async () => {
    const { page } = await openApp(app.browser, app.server);
    await createDraft(page);
    const saved = await pasteAndSave(page, 'summary', { 'text/plain': 'Första stycket.\n\nAndra stycket.\r\n\r\n  \r\nTredje.\n' }, 'plain-paste');
    expect(saved).toEqual([
      { type: 'paragraph', children: [{ text: 'Första stycket.' }] },
      { type: 'paragraph', children: [{ text: 'Andra stycket.' }] },
      { type: 'paragraph', children: [{ text: 'Tredje.' }] },
    ]);
  });
});
