import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { createDraft, focusSectionEnd, pasteInto, readSavedDraft, saveAs, sectionEditor } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'clipboard', name), 'utf8');

const app = useAppSession();

async function pasteAndSave(page: Page, section: string, data: Record<string, string>, file: string) {
  await focusSectionEnd(page, section);
  await pasteInto(page, `[data-kp-section="${section}"] [data-slate-editor]`, data);
  await saveAs(page, file);
  return readSavedDraft(join(app.server.draftsDir, `${file}.kpdraft`)).sections[section];
}

/** The notice after a paste that dropped one image (and nothing else: a table's text is kept). */
const ONE_IMAGE = /Inklistrat\. 1 bild kan inte klistras in i texten och togs bort\./;

/** The text of the notices shown, once one matches (notices appear after the paste). */
async function expectNotice(page: Page, pattern: RegExp) {
  await expect.poll(async () => (await page.locator('.kp-notice').allInnerTexts()).join(' ')).toMatch(pattern);
}

describe('paste from other programs', () => {
  it('cleans a captured Word clipboard: keeps headings, marks, links, nested lists and the table\'s text; drops fonts, colours and the image with a notice', async () => {
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
      { type: 'paragraph', children: [{ text: 'Indikator – Utgångsvärde' }] },
      { type: 'block-quote', children: [{ text: '”Unga ska vara med och bestämma.”', italic: true }] },
    ]);
    await expectNotice(page, ONE_IMAGE);
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

  it('cleans part of a web page copied in Chromium: keeps headings, lists, links, line breaks and the table\'s text; drops styles, scripts and the image with a notice', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    const saved = await pasteAndSave(page, 'challenge', { 'text/html': fixture('web-article.html'), 'text/plain': 'Ett partnerskap som håller' }, 'web-paste');
    const link = (url: string, text: string) => ({ type: 'link', url, children: [{ text }] });
    expect(saved).toEqual([
      { type: 'heading-two', children: [{ text: 'Ett partnerskap som håller' }] },
      { type: 'paragraph', children: [
        { text: 'Härnösand och Mombasa', bold: true }, { text: ' har samarbetat sedan 2019 inom ' },
        link('https://icld.se/kommunala-partnerskap/', 'ICLD:s program Kommunalt Partnerskap'),
        { text: '. Arbetet leds av en ' }, { text: 'gemensam styrgrupp', italic: true },
        // The page's share link ran script (javascript:): its words stay, as plain text.
        { text: '. Dela artikeln' },
      ] },
      { type: 'paragraph', children: [{ text: 'Styrgruppen i Mombasa, mars 2024.' }] },
      { type: 'heading-two', children: [{ text: 'Så arbetar styrgruppen' }] },
      { type: 'bulleted-list', children: [
        { type: 'list-item', children: [{ text: 'Möten två gånger per år, växelvis i båda kommunerna:' }, { type: 'numbered-list', children: [
          { type: 'list-item', children: [{ text: 'planering ' }, { text: 'på våren', bold: true }] },
          { type: 'list-item', children: [{ text: 'uppföljning på hösten' }] },
        ] }] },
        // Slate keeps a (here empty) text after a link that ends its block.
        { type: 'list-item', children: [{ text: 'Protokoll delas på ' }, link('mailto:partnerskap@harnosand.se', 'partnerskap@harnosand.se'), { text: '' }] },
      ] },
      { type: 'block-quote', children: [{ text: 'Vi lär oss lika mycket av varandra.' }] },
      { type: 'block-quote', children: [{ text: 'Amina Hassan, Mombasa County' }] },
      { type: 'paragraph', children: [{ text: 'Kontakt: Anna Berg' }] },
      { type: 'paragraph', children: [{ text: 'Härnösands kommun' }] },
      { type: 'paragraph', children: [{ text: 'Stadshuset, Härnösand' }] },
      { type: 'paragraph', children: [{ text: 'År', bold: true }, { text: ' – ' }, { text: 'Budget', bold: true }] },
      { type: 'paragraph', children: [{ text: '2024 – 420 000 kr' }] },
      { type: 'paragraph', children: [{ text: 'Nästa steg är en ' }, { text: 'ansökan om projektmedel', underline: true }, { text: '.' }] },
    ]);
    await expectNotice(page, ONE_IMAGE);
    const html = await sectionEditor(page, 'challenge').innerHTML();
    expect(html).not.toMatch(/Georgia|Inter|rgb\(|box-sizing|dataLayer|ad-slot|javascript|<img|<table/);
    await screenshot(page, 'paste-web');
    expect(problems).toEqual([]);
  });

  it('keeps LibreOffice numbered and nested lists, line breaks and the table\'s text; drops its image with a notice', async () => {
    const { page } = await openApp(app.browser, app.server);
    await createDraft(page);
    const saved = await pasteAndSave(page, 'activities', { 'text/html': fixture('libreoffice-lists.html'), 'text/plain': 'Arbetsplan' }, 'lo-lists-paste');
    expect(saved).toEqual([
      { type: 'heading-two', children: [{ text: 'Arbetsplan' }] },
      { type: 'numbered-list', children: [
        { type: 'list-item', children: [{ text: 'Förberedelse' }, { type: 'numbered-list', children: [
          { type: 'list-item', children: [{ text: 'Kartlägga intressenter' }] },
          { type: 'list-item', children: [{ text: 'Workshop', bold: true }, { text: ' i Mombasa' }] },
        ] }] },
        { type: 'list-item', children: [{ text: 'Projektansökan', underline: true }] },
      ] },
      { type: 'bulleted-list', children: [
        { type: 'list-item', children: [{ text: 'Styrgrupp' }, { type: 'bulleted-list', children: [
          { type: 'list-item', children: [{ text: 'politiker', italic: true }] },
        ] }] },
      ] },
      { type: 'paragraph', children: [{ text: 'Aktivitet – Kostnad' }] },
      { type: 'paragraph', children: [{ text: 'Kontaktperson: Anna Berg' }] },
      { type: 'paragraph', children: [{ text: 'Telefon: 0611-34 80 00' }] },
    ]);
    await expectNotice(page, ONE_IMAGE);
  });

  it('drops a Google Docs image with a notice, keeps its table\'s text and its link without the link styling', async () => {
    const { page } = await openApp(app.browser, app.server);
    await createDraft(page);
    const saved = await pasteAndSave(page, 'objectives', { 'text/html': fixture('google-docs-media.html'), 'text/plain': 'Aktiviteter under år 1' }, 'gdocs-media-paste');
    expect(saved).toEqual([
      { type: 'paragraph', children: [{ text: 'Aktiviteter under år 1' }] },
      { type: 'paragraph', children: [{ text: 'Aktivitet', bold: true }, { text: ' – ' }, { text: 'Månad', bold: true }] },
      { type: 'paragraph', children: [
        { text: 'Läs ' }, { type: 'link', url: 'https://icld.se/kommunala-partnerskap/', children: [{ text: 'riktlinjerna' }] }, { text: ' innan ni skriver.' },
      ] },
    ]);
    await expectNotice(page, ONE_IMAGE);
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
