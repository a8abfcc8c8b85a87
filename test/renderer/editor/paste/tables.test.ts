import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../../../renderer/editor/paste-html';
import { schemaProblems, survivesNormalizing } from '../../support/editor-schema';

// A section holds no tables: a pasted one keeps its text as one paragraph per row, cells apart.

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'clipboard', name), 'utf8');
const clean = (html: string) => {
  const out = cleanPastedHtml(html);
  expect(schemaProblems(out.blocks)).toEqual([]);
  expect(survivesNormalizing(out.blocks)).toBe(true);
  return out.blocks;
};

const p = (...children: unknown[]) => ({ type: 'paragraph', children });
const t = (text: string, marks: Record<string, true> = {}) => ({ text, ...marks });
const b = (text: string) => t(text, { bold: true });
const SEP = t(' – ');
const item = (...children: unknown[]) => ({ type: 'list-item', children });
const bullets = (...rows: string[]) => ({ type: 'bulleted-list', children: rows.map((r) => item(p(t(r)))) });

describe('a pasted table', () => {
  it('from Word keeps every cell: header row bold, a cell\'s paragraphs joined, empty cells and rows left out, a spanning cell as its own row', () => {
    const blocks = clean(fixture('word-table.html'));
    expect(blocks.slice(0, 5)).toEqual([
      p(b('Tidplan för år 1')),
      p(b('Aktivitet'), SEP, b('Tid'), SEP, b('Ansvarig')),
      p(t('Workshop i Mombasa '), t('med ungdomsrådet', { italic: true }), t(' – mars 2025 – Anna Berg')),
      p(t('Uppföljning – Styrgruppen')),
      p(t('Summa: 3 resor och 2 workshops')),
    ]);
  });

  it('from Word, indented between the paragraphs of a numbered list, sits under its step and the numbering goes on after it', () => {
    expect(clean(fixture('word-table.html')).slice(5)).toEqual([
      { type: 'numbered-list', children: [
        item(p(t('Kartlägga ungas behov')), bullets('Enkät – 400 svar')),
        item(p(t('Pröva digitala dialoger'))),
      ] },
    ]);
  });

  it('from Google Docs keeps its text without the document wrapper, a list in a cell as a comma-separated run', () => {
    expect(clean(fixture('google-docs-table.html'))).toEqual([
      p(t('Parter i projektet')),
      p(b('Part'), SEP, b('Land'), SEP, b('Roll')),
      p(t('Kalix kommun – Sverige – sökande, budgetansvar')),
      p(t('Masaka District – Uganda')),
      p(t('Partnerskapet startade 2021.', { italic: true })),
    ]);
  });

  it('from LibreOffice keeps its caption, header cells and rows; a table inside a list item becomes a list under it', () => {
    expect(clean(fixture('libreoffice-table.html'))).toEqual([
      p(t('Budget per år')),
      p(b('År'), SEP, b('Kostnadsslag'), SEP, b('Belopp')),
      p(t('2025 – Resor '), t('två delegationer', { italic: true }), t(' – 180 000 kr')),
      p(t('Arbetsinsatser – 95 000 kr')),
      { type: 'numbered-list', children: [
        item(p(t('Förankra budgeten')), bullets('Kommunstyrelsen – maj')),
        item(p(t('Skicka ansökan'))),
      ] },
    ]);
  });

  it('keeps links and marks inside cells, and text the parser moves out of a broken table', () => {
    expect(clean('<table><tr><td><a href="https://icld.se/">ICLD</a></td><td><u>viktigt</u></td></tr>lös text</table>')).toEqual([
      p(t('lös text')),
      p({ type: 'link', url: 'https://icld.se/', children: [t('ICLD')] }, SEP, t('viktigt', { underline: true })),
    ]);
  });

  it('a header cell styled normal is not bold, and a table with no text adds nothing', () => {
    expect(clean('<table><tr><th style="font-weight:normal">Mål</th><td>  </td><td>2026</td></tr></table><table><tr><td><br></td></tr></table>')).toEqual([
      p(t('Mål – 2026')),
    ]);
  });
});
