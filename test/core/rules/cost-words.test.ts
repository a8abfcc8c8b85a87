import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCostWord } from '../../../core/rules/cost-words';
import { pack } from './helpers';

const lists = pack('icld-kp-2020').costKeywords!;
const found = (text: string) => findCostWord(text, lists);

describe('the keyword scan of budget line descriptions', () => {
  it.each([
    ['Lön projektassistent', 'Lön', 'salaries'],
    ['Löner för två handläggare', 'Löner', 'salaries'],
    ['Lönekostnader 2025', 'Lönekostnader', 'salaries'],
    ['Timlön tolk', 'Timlön', 'salaries'],
    ['Konsultarvoden, utvärdering', 'Konsultarvoden', 'salaries'],
    ['Traktamenten Masaka', 'Traktamenten', 'per_diem'],
    ['Utlandstraktamente', 'Utlandstraktamente', 'per_diem'],
    ['Per diem for the delegation', 'Per diem', 'per_diem'],
    ['Project assistant salary', 'salary', 'salaries'],
    ['Speaker fees', 'fees', 'salaries'],
    ['projekt-lön (deltid)', 'lön', 'salaries'],
  ])('finds the word in "%s" and names it as written', (text, word, category) => {
    expect(found(text)).toMatchObject({ word, keywords: { category } });
  });

  it.each([
    'Lönsamhetsanalys för avfallshantering', 'Resa till Lönneberga', 'Belöningssystem', 'Flyg Kalix–Entebbe',
    'Coffee for the workshop', 'Feedback seminar', 'Visa fees Uganda', 'Visa application fee', 'Salon rental', 'Arbetsinsatser styrgrupp',
  ])('finds nothing in "%s"', (text) => {
    expect(found(text)).toBeNull();
  });

  it('reports the first of several words', () => {
    expect(found('Traktamente och lön')?.word).toBe('Traktamente');
  });

  const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöéü');
  const word = fc.array(letters, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
  const sep = fc.constantFrom(' ', ', ', ' – ', '/', ' (', '\n', '-');

  it('finds a term wherever it stands as a word, in any case and either Unicode composition', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 4 }), fc.array(word, { maxLength: 4 }), sep, sep,
      fc.constantFrom('lön', 'löner', 'salary', 'arvode', 'traktamente', 'per diem'),
      fc.constantFrom('lower', 'upper', 'title'), fc.constantFrom('NFC', 'NFD'),
      (before, after, s1, s2, term, casing, form) => {
        fc.pre(before.every((w) => found(w) === null));
        const cased = casing === 'upper' ? term.toUpperCase() : casing === 'title' ? term[0]!.toUpperCase() + term.slice(1) : term;
        const text = `${before.join(' ')}${s1}${cased}${s2}${after.join(' ')}`.normalize(form);
        expect(found(text)?.word.normalize('NFC').toLowerCase()).toBe(term);
      }));
  });

  it('never finds "lön" inside an unrelated word (letters on both sides, not a listed ending)', () => {
    // "lönsam", "belöning", "Alönn": only löne… at the start and …lön/…löner/…lönen/…lönerna at the end are compounds of "lön".
    const nonEmpty = fc.array(letters, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(nonEmpty, nonEmpty, fc.constantFrom('lower', 'upper'), (pre, post, casing) => {
      fc.pre(!['er', 'en', 'erna'].includes(post) && ![pre, post].some((w) => /arvode|traktament/.test(w)));
      const inside = casing === 'upper' ? `${pre}lön${post}`.toUpperCase() : `${pre}lön${post}`;
      expect(found(`Kostnad ${inside} år 1`)).toBeNull();
    }));
  });

  it('finds "lön" next to any other word when a separator stands between them', () => {
    fc.assert(fc.property(word, word, sep, sep, (a, b, s1, s2) => {
      fc.pre(found(a) === null);
      expect(found(`${a}${s1}lön${s2}${b}`)?.word).toBe('lön');
    }));
  });
});
