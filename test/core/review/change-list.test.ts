import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { RichText } from '../../../core/draft/rich-text';
import type { Draft } from '../../../core/draft/schema';
import { changeAuthors, changedText, listChanges, sectionChanges } from '../../../core/review/change-list';

const fixture = (): Draft => {
  const r = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const karin = { name: 'Karin Ek', initials: 'KE', organisation: 'Region Uppsala' };
const olle = { name: 'Olle Berg', initials: 'OB' };
const mark = (id: string, kind: 'insert' | 'delete', author: { name: string; initials: string } = olle) => ({ id, kind, author, createdAt: '2026-11-21T09:00:00+01:00' });

describe('the change list', () => {
  it('lists each open suggestion once with what it adds or removes, who and when', () => {
    expect(sectionChanges('summary', fixture().sections.summary!)).toEqual([
      { id: 's-1', sectionId: 'summary', kind: 'insert', inserted: ' och inflytande', deleted: '', formatted: '', author: karin, createdAt: '2026-11-20T10:15:00+01:00' },
      { id: 's-2', sectionId: 'summary', kind: 'delete', inserted: '', deleted: ' i Mombasa och Uppsala', formatted: '', author: karin, createdAt: '2026-11-20T10:15:00+01:00' },
    ]);
  });

  it('groups by section in document order, joins a suggestion split by formatting or a link, and shows a word typed over another as a replacement', () => {
    const later: RichText = [
      { type: 'paragraph', children: [{ text: 'Vi ' }, { text: 'bjuder', suggestion: mark('r', 'delete') }, { text: 'bjöd', suggestion: mark('r', 'insert') }, { text: ' in.' }] },
    ];
    const earlier: RichText = [
      { type: 'paragraph', children: [
        { text: 'Läs ' }, { text: 'mer ', suggestion: mark('a', 'insert', karin) },
        { type: 'link', url: 'https://example.org', children: [{ text: 'här', bold: true, suggestion: mark('a', 'insert', karin) }] }, { text: '' },
      ] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'punkt', suggestion: mark('b', 'delete') }] }] },
    ];
    const items = listChanges(['earlier', 'empty', 'later'], { later, earlier, empty: [{ type: 'paragraph', children: [{ text: 'x' }] }] });
    expect(items.map((i) => [i.sectionId, i.id, i.kind, i.inserted, i.deleted])).toEqual([
      ['earlier', 'a', 'insert', 'mer här', ''],
      ['earlier', 'b', 'delete', '', 'punkt'],
      ['later', 'r', 'replace', 'bjöd', 'bjuder'],
    ]);
    expect(changeAuthors(items)).toEqual([karin, olle]);
  });

  it('a formatting suggestion names the words it reformats', () => {
    const value: RichText = [{ type: 'paragraph', children: [
      { text: 'Unga ' }, { text: 'väljare', bold: true, suggestion: { ...mark('f', 'insert'), kind: 'format', formerly: {} } }, { text: '.' },
    ] }];
    expect(sectionChanges('s', value).map((i) => [i.kind, changedText(i)])).toEqual([['format', 'väljare']]);
  });
});
