import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richTextFromPlain, type RichText } from '../../../core/draft/rich-text';
import { countWords, textStats } from '../../../core/rules';
import { createWordCounter, hasAtLeastWords } from '../../../core/rules/word-count';

const para = (...leaves: string[]): RichText => [{ type: 'paragraph', children: leaves.map((text) => ({ text })) }];

describe('countWords', () => {
  it.each([
    ['empty', para(''), 0],
    ['two words', para('Hej världen'), 2],
    ['extra spaces and tabs', para('  en\t\ttvå   tre  '), 3],
    ['a word split over bold and plain leaves', para('fet', 'stil'), 1],
    ['a lone dash is not a word', para('före – efter'), 2],
    ['hyphenated word', para('e-post och sms'), 3],
    ['digits grouped with a space', para('12 000 kr'), 3],
    ['non-breaking space separates', para('12\u00a0000'), 2],
    ['Swedish letters', para('åtgärd för ökad öppenhet'), 4],
    ['emoji counts as a word', para('bra 👍'), 2],
  ] as Array<[string, RichText, number]>)('%s', (_name, text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it('never joins words across blocks, but does across a link', () => {
    const text: RichText = [
      { type: 'paragraph', children: [{ text: 'slut' }] },
      { type: 'paragraph', children: [{ text: 'början' }] },
      { type: 'paragraph', children: [{ text: 'se' }, { type: 'link', url: 'https://icld.se', children: [{ text: 'icld' }] }, { text: '.se nu' }] },
    ];
    expect(countWords(text)).toBe(4);
  });

  it('counts nested lists and headings', () => {
    const text: RichText = [
      { type: 'heading-one', children: [{ text: 'Mål och resultat' }] },
      { type: 'numbered-list', children: [
        { type: 'list-item', children: [{ text: 'ett' }, { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'två tre' }] }] }] },
      ] },
    ];
    expect(countWords(text)).toBe(6);
  });

  it('counts characters as code points, without block breaks', () => {
    expect(textStats(para('åäö 👍'))).toEqual({ words: 2, characters: 5 });
    expect(textStats([...para('ab'), ...para('cd')])).toEqual({ words: 2, characters: 4 });
  });

  it('gives 0 for malformed input instead of throwing', () => {
    for (const bad of [null, undefined, 42, {}, [null, 3, 'x'], [{ children: 'no' }], [{ type: 'paragraph' }]]) expect(countWords(bad)).toBe(0);
    expect(countWords('plain string works too')).toBe(4);
  });

  // An independent definition: split on the separator class, keep tokens holding a letter or digit.
  const SEPARATORS = /[\u0000-\u0020\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/;
  const WORD_CHAR = /[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2fff\u3040-\uffff]/;
  const reference = (s: string) => s.split('\n').flatMap((line) => line.split(SEPARATORS)).filter((t) => WORD_CHAR.test(t)).length;
  const chars = fc.constantFrom('a', 'Ö', 'å', '1', ' ', '  ', '\t', '\u00a0', '\u2009', '-', '–', '.', ',', '!', '👍', '\n', 'é', '中', '\u3000', '\u200b');
  const text = fc.string({ unit: chars, maxLength: 200 });

  it('agrees with an independent split-based definition on random text', () => {
    fc.assert(fc.property(text, (s) => countWords(richTextFromPlain(s)) === reference(s)), { numRuns: 2000 });
  });

  it('agrees across leaf boundaries: splitting a paragraph into leaves changes nothing', () => {
    fc.assert(fc.property(text.filter((s) => !s.includes('\n')), fc.array(fc.nat(), { maxLength: 5 }), (s, cuts) => {
      const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
      const leaves: string[] = [];
      let at = 0;
      for (const p of points) { leaves.push(s.slice(at, p)); at = p; }
      leaves.push(s.slice(at));
      return countWords(para(...leaves)) === reference(s);
    }), { numRuns: 1000 });
  });

  it('hasAtLeastWords agrees with countWords', () => {
    fc.assert(fc.property(text, fc.nat({ max: 60 }), (s, n) => hasAtLeastWords(richTextFromPlain(s), n) === countWords(richTextFromPlain(s)) >= n), { numRuns: 1000 });
  });

  it('a block-caching counter gives the same counts as countWords through random block edits', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), text), { maxLength: 12 }), fc.nat({ max: 40 }), (initial, edits, n) => {
      const counter = createWordCounter();
      let section: RichText = initial.flatMap((t) => para(t));
      if (counter.count(section) !== countWords(section)) return false;
      for (const [i, t] of edits) {
        // Like the editor: a new array with one new block; the other blocks are the same objects.
        section = section.map((b, j) => (j === i % section.length ? para(t)[0]! : b));
        if (counter.count(section) !== countWords(section)) return false;
        if (counter.atLeast(section, n) !== countWords(section) >= n) return false;
      }
      return true;
    }), { numRuns: 500 });
  });
});
