import { describe, expect, it } from 'vitest';
import type { RichText } from '../../../core/draft/rich-text';
import { suggestJoin, suggestSplit } from '../../../core/review/block-edits';
import { sectionChanges } from '../../../core/review/change-list';
import { suggestInsert } from '../../../core/review/suggest-edits';
import { acceptAll, acceptSuggestion, rejectAll, rejectSuggestion, suggestionIds } from '../../../core/review/suggestions';
import { by, texts } from './support/suggestion-model';

const original: RichText = [
  { type: 'heading-one', children: [{ text: 'Mål' }] },
  { type: 'paragraph', children: [{ text: 'Första meningen. ' }, { text: 'Andra', bold: true }, { text: ' meningen.' }] },
];

describe('suggested paragraph breaks', () => {
  // A new paragraph in the middle and a sentence typed into it: one suggestion.
  const split = suggestSplit(original, { block: 1, offset: 17 }, by('p'));
  const typed = suggestInsert(split, { block: 2, offset: 0 }, 'Ny mening. ', by('p'));

  it('a new paragraph with text typed in it is one suggestion, in the change list as a pilcrow and the text', () => {
    expect(texts(typed)).toEqual(['Mål', 'Första meningen. ', 'Ny mening. Andra meningen.']);
    expect(suggestionIds(typed)).toEqual(['p']);
    expect(sectionChanges('s', typed)).toEqual([expect.objectContaining({ id: 'p', kind: 'insert', inserted: '¶Ny mening. ' })]);
  });

  it('rejected, the paragraph is whole again exactly; accepted, two paragraphs stay', () => {
    expect(rejectSuggestion(typed, 'p')).toEqual(original);
    expect(rejectAll(typed)).toEqual(original);
    expect(acceptSuggestion(typed, 'p')).toEqual([
      original[0],
      { type: 'paragraph', children: [{ text: 'Första meningen. ' }] },
      // (Typed at the start of a block, the text takes the formatting of what follows.)
      { type: 'paragraph', children: [{ text: 'Ny mening. Andra', bold: true }, { text: ' meningen.' }] },
    ]);
  });

  it('a join proposed: accepted, the paragraph goes onto the heading before it, which keeps its type; rejected, nothing changes', () => {
    const joined = suggestJoin(original, 1, by('j'), () => false);
    expect(texts(joined)).toEqual(texts(original));
    expect(sectionChanges('s', joined)).toEqual([expect.objectContaining({ id: 'j', kind: 'delete', deleted: '¶' })]);
    expect(acceptAll(joined)).toEqual([{ type: 'heading-one', children: [{ text: 'MålFörsta meningen. ' }, { text: 'Andra', bold: true }, { text: ' meningen.' }] }]);
    expect(rejectAll(joined)).toEqual(original);
  });

  it('joining one\'s own new paragraph takes it back; someone else\'s stays for the author', () => {
    expect(suggestJoin(split, 2, by('x'), (id) => id === 'p')).toEqual(original);
    expect(suggestJoin(split, 2, by('x'), () => false)).toEqual(split);
  });

  it('the first block, and a break inside a link, are not suggested', () => {
    expect(suggestJoin(original, 0, by('j'), () => true)).toEqual(original);
    const linked: RichText = [{ type: 'paragraph', children: [{ text: '' }, { type: 'link', url: 'https://icld.se/', children: [{ text: 'ICLD' }] }, { text: '' }] }];
    expect(suggestSplit(linked, { block: 0, offset: 2 }, by('l'))).toEqual(linked);
  });
});
