import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RichText } from '../../../core/draft/rich-text';
import { suggestDelete, suggestFormat, suggestInsert } from '../../../core/review/suggest-edits';
import { acceptAll, acceptSuggestion, rejectAll, rejectSuggestion, suggestionIds } from '../../../core/review/suggestions';
import { breakMark } from '../../../core/review/block-suggestions';
import { by, editWithBreaks, finalText, section, suggestAll, texts } from './support/suggestion-model';

describe('suggestions', () => {
  it('accepting all gives the text the reviewer typed, and rejecting all gives the original exactly', () => {
    fc.assert(fc.property(section, fc.array(editWithBreaks, { maxLength: 10 }), (original, edits) => {
      const { value, model, breaks } = suggestAll(original, edits);
      // With markup shown, the reviewer sees every character the model has, removed ones struck,
      // and every paragraph, removed breaks marked.
      expect(texts(value)).toEqual(model.map((cs) => cs.map((c) => c.ch).join('')));
      expect(value.map((b) => ('suggestion' in b ? b.suggestion?.kind ?? 'orig' : 'orig'))).toEqual(breaks.map((b) => ({ orig: 'orig', ins: 'insert', del: 'delete' })[b.state]));
      expect(texts(acceptAll(value))).toEqual(finalText(model, breaks));
      expect(rejectAll(value)).toEqual(original);
    }));
  });

  it('deciding one suggestion at a time, in any order, ends where deciding all at once does', () => {
    fc.assert(fc.property(section, fc.array(editWithBreaks, { maxLength: 10 }), fc.func(fc.boolean()), (original, edits, accepts) => {
      const { value } = suggestAll(original, edits);
      const ids = suggestionIds(value);
      const decided = ids.reduce((v, id) => (accepts(id) ? acceptSuggestion(v, id) : rejectSuggestion(v, id)), value);
      expect(suggestionIds(decided)).toEqual([]);
      // Deciding them all one way, one at a time, is deciding all at once.
      const oneWay = ids.reduce((v, id) => (accepts(id) ? acceptSuggestion(v, id) : rejectSuggestion(v, id)), value);
      expect(ids.filter((id) => !accepts(id)).reduce(rejectSuggestion, ids.filter((id) => accepts(id)).reduce(acceptSuggestion, value))).toEqual(oneWay);
      const allAccepted = ids.reduce(acceptSuggestion, value);
      const allRejected = ids.reduce(rejectSuggestion, value);
      expect(allAccepted).toEqual(acceptAll(value));
      expect(allRejected).toEqual(original);
    }));
  });

  it('leaves the other suggestions open, and blocks without any untouched', () => {
    fc.assert(fc.property(section, fc.array(editWithBreaks, { minLength: 1, maxLength: 8 }), (original, edits) => {
      const { value } = suggestAll(original, edits);
      const [first, ...rest] = suggestionIds(value);
      if (first === undefined) return;
      expect(suggestionIds(acceptSuggestion(value, first))).toEqual(rest);
      // (A block the next one is proposed to be joined onto is not untouched.)
      const untouched = value.filter((b, i) => suggestionIds([b]).length === 0 && !breakMark(value[i + 1]));
      for (const b of untouched) expect(acceptAll(value)).toContain(b);
    }));
  });
});

describe('suggesting in text with links and formatting', () => {
  const value: RichText = [{ type: 'paragraph', children: [
    { text: 'Se ' }, { type: 'link', url: 'https://example.org/', children: [{ text: 'budgetportalen', italic: true }] }, { text: ' för siffror.' },
  ] }];

  it('a word typed inside a link belongs to the link and keeps its formatting; rejected, the link is as it was', () => {
    const v = suggestInsert(value, { block: 0, offset: 9 }, 'S', by('a'));
    const link = (v[0]!.children as Array<{ children?: unknown }>)[1]!;
    expect(link.children).toEqual([{ text: 'budget', italic: true }, { text: 'S', italic: true, suggestion: { ...by('a'), kind: 'insert' } }, { text: 'portalen', italic: true }]);
    expect(rejectAll(v)).toEqual(value);
  });

  it('deleting the link\'s words marks them for removal; accepted, the link goes and the text around it joins', () => {
    const v = suggestDelete(value, 0, 3, 17, by('d'), () => false);
    expect(texts(v)).toEqual(texts(value));
    expect(acceptAll(v)).toEqual([{ type: 'paragraph', children: [{ text: 'Se  för siffror.' }] }]);
    expect(rejectAll(v)).toEqual(value);
  });

  it('deleting someone else\'s suggested word leaves it for the author to decide', () => {
    const v = suggestInsert(value, { block: 0, offset: 0 }, 'Läs! ', by('theirs'));
    const w = suggestDelete(v, 0, 0, 5, by('mine'), (id) => id === 'mine');
    expect(w).toEqual(v);
  });
});

describe('suggesting formatting', () => {
  const value: RichText = [{ type: 'paragraph', children: [{ text: 'Unga ' }, { text: 'röster', italic: true }, { text: ' i beslut.' }] }];
  const bolded = suggestFormat(value, 0, 0, 11, { mark: 'bold', on: true }, by('f'), (id) => id === 'f');

  it('shows the new formatting, remembers the old one per piece, and accepting keeps it', () => {
    expect(bolded[0]!.children).toEqual([
      { text: 'Unga ', bold: true, suggestion: { ...by('f'), kind: 'format', formerly: {} } },
      { text: 'röster', bold: true, italic: true, suggestion: { ...by('f'), kind: 'format', formerly: { italic: true } } },
      { text: ' i beslut.' },
    ]);
    expect(acceptAll(bolded)).toEqual([{ type: 'paragraph', children: [{ text: 'Unga ', bold: true }, { text: 'röster', bold: true, italic: true }, { text: ' i beslut.' }] }]);
    // Rejected, each piece has the formatting it had: "röster" is italic again, not plain.
    expect(rejectAll(bolded)).toEqual(value);
  });

  it('formatting put back by the same reviewer is no suggestion any more; someone else\'s stays for the author', () => {
    expect(suggestFormat(bolded, 0, 0, 11, { mark: 'bold', on: false }, by('f2'), (id) => id === 'f')).toEqual(value);
    expect(suggestFormat(bolded, 0, 0, 11, { mark: 'bold', on: false }, by('g'), (id) => id === 'g')).toEqual(bolded);
    expect(suggestFormat(value, 0, 0, 4, { mark: 'bold', on: false }, by('h'), () => true)).toEqual(value);
  });
});
