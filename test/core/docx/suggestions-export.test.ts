import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { RichText } from '../../../core/draft/rich-text';
import { suggestDelete, suggestFormat, suggestInsert } from '../../../core/review/suggest-edits';
import { sampleApplication } from '../../export/sample-application';
import { exportParts, paragraphs } from './helpers';

/** A reviewer's open suggestions in the Word export: tracked changes when asked for, else the author's text. */

const karin = { id: 'k1', author: { name: 'Karin Ek', initials: 'KE' }, createdAt: '2026-11-30T10:15:00.000Z' };
const text = (b: RichText[number]) => (b.children as Array<{ text?: string }>).map((c) => c.text ?? '').join('');

/** The sample with "nya " suggested before the commented words, "sällan" suggested for removal and "Kisumu" in bold. */
function reviewed() {
  const draft = sampleApplication();
  let challenge = draft.sections.challenge!;
  const at = text(challenge[0]!).indexOf('utvärderingar');
  challenge = suggestInsert(challenge, { block: 0, offset: at }, 'nya ', karin);
  const word = text(challenge[0]!).indexOf('sällan ');
  challenge = suggestDelete(challenge, 0, word, word + 'sällan '.length, { ...karin, id: 'k2' }, () => true);
  const place = text(challenge[0]!).indexOf('Kisumu');
  challenge = suggestFormat(challenge, 0, place, place + 'Kisumu'.length, { mark: 'bold', on: true }, { ...karin, id: 'k3' }, () => true);
  // The comment on "utvärderingar i Västerås (2023) och" now sits 4 characters further on.
  const annotations = draft.annotations.map((a) => a.id === 'a1' && a.anchor.kind === 'text'
    ? { ...a, anchor: { ...a.anchor, anchor: { path: [0, 2], offset: 0 }, focus: { path: [0, 2], offset: 35 } } }
    : a);
  return { ...draft, sections: { ...draft.sections, challenge }, annotations };
}
const challengeText = (doc: string) => paragraphs(doc).find((p) => p.text.includes('Västerås (2023)'))!;

describe('open suggestions in the Word export', () => {
  it('are left out unless asked for: the document has the author\'s text, and comments stay on their words', async () => {
    const parts = await exportParts(reviewed(), { withComments: true });
    const doc = parts['word/document.xml']!;
    expect(doc).not.toMatch(/<w:(ins|del) /);
    const p = challengeText(doc);
    expect(p.text).toContain('men utvärderingar i Västerås');
    expect(p.text).toContain('får sällan veta');
    expect(p.xml).not.toContain('<w:b/>');
    expect(p.xml).toMatch(/<w:commentRangeStart w:id="0"\/>(<w:commentRangeStart [^>]*>)?<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>utvärderingar i Västerås \(2023\) och<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/);
  });

  it('are tracked changes with the reviewer\'s name when asked for', async () => {
    const doc = (await exportParts(reviewed(), { withSuggestions: true }))['word/document.xml']!;
    expect(doc).toMatch(/<w:ins w:id="\d+" w:author="Karin Ek" w:date="2026-11-30T10:15:00Z"><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>nya <\/w:t>/);
    expect(doc).toMatch(/<w:del w:id="\d+" w:author="Karin Ek"[^>]*><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:delText[^>]*>sällan <\/w:delText>/);
    // The bold word says it was not bold before, for Word to accept or reject.
    expect(doc).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><w:lang w:val="sv-SE"\/><w:rPrChange w:id="\d+" w:author="Karin Ek" w:date="[^"]+"><w:rPr><w:lang w:val="sv-SE"\/><\/w:rPr><\/w:rPrChange><\/w:rPr><w:t[^>]*>Kisumu<\/w:t>/);
  });

  it('put a new list item and a proposed join in the paragraph mark of the item before, as Word does', async () => {
    const file = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/list-suggestions.v7.kpdraft'), 'utf8'));
    if (!file.ok) throw new Error(file.error.message);
    const item = (doc: string, words: string) => paragraphs(doc).find((p) => p.text.startsWith(words))!;
    const tracked = (await exportParts(file.value, { withSuggestions: true }))['word/document.xml']!;
    // "Mål år 2" is proposed to be joined onto "Mål år 1"; "Uppföljning varje halvår" is a new item after "Mål år 2".
    expect(item(tracked, 'Mål år 1').xml).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:del w:id="\d+" w:author="Greta Granskare" w:date="2026-11-20T09:15:00Z"\/><\/w:rPr><\/w:pPr>/);
    expect(item(tracked, 'Mål år 2').xml).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:ins w:id="\d+" w:author="Greta Granskare" w:date="2026-11-20T09:15:00Z"\/><\/w:rPr><\/w:pPr>/);
    expect(item(tracked, 'Uppföljning').xml).toContain('<w:numPr>');
    const authors = (await exportParts(file.value, {}))['word/document.xml']!;
    expect(authors).not.toMatch(/<w:(ins|del) /);
    expect(paragraphs(authors).map((p) => p.text).filter((t) => t.startsWith('Mål år') || t.startsWith('Uppföljning'))).toEqual(['Mål år 1: 200 deltagare', 'Mål år 2: 400 deltagare']);
  });
});
