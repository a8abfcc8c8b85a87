import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateText, isoDate, parseDateText, type DateLang } from '../../../core/draft/date-text';

const lang = fc.constantFrom<DateLang>('sv', 'en');
/** Any day that exists between year 1000 and 9999. */
const existingDay = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('typed dates', () => {
  it('shows ÅÅÅÅ-MM-DD in Swedish and DD/MM/YYYY in English', () => {
    expect(formatDateText('2026-09-01', 'sv')).toBe('2026-09-01');
    expect(formatDateText('2026-09-01', 'en')).toBe('01/09/2026');
  });

  it('reads the ways people type a date, in each language\'s order', () => {
    expect(parseDateText(' 2026-9-1 ', 'sv')).toEqual({ kind: 'date', iso: '2026-09-01' });
    expect(parseDateText('20260901', 'sv')).toEqual({ kind: 'date', iso: '2026-09-01' });
    expect(parseDateText('1/9/2026', 'en')).toEqual({ kind: 'date', iso: '2026-09-01' });
    expect(parseDateText('01.09.2026', 'en')).toEqual({ kind: 'date', iso: '2026-09-01' });
    expect(parseDateText('2026-09-01', 'en')).toEqual({ kind: 'date', iso: '2026-09-01' });
    expect(parseDateText('', 'sv')).toEqual({ kind: 'empty' });
  });

  it('refuses days that do not exist, half-typed dates, two-digit years and the other language\'s order', () => {
    for (const s of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-0', '2026-09-', '1/9/26', '01/09/2026', 'igår']) {
      expect(parseDateText(s, 'sv'), s).toEqual({ kind: 'invalid' });
    }
    expect(parseDateText('31/04/2026', 'en')).toEqual({ kind: 'invalid' });
    expect(parseDateText('2024-02-29', 'sv')).toEqual({ kind: 'date', iso: '2024-02-29' });
  });

  it('reads back every date it shows (parse ∘ format is the identity), in both languages', () => {
    fc.assert(fc.property(existingDay, lang, (iso, l) => {
      expect(parseDateText(formatDateText(iso, l), l)).toEqual({ kind: 'date', iso });
    }));
  });

  it('shows every date it reads the way it was meant (format ∘ parse keeps the date)', () => {
    fc.assert(fc.property(existingDay, lang, (iso, l) => {
      const shown = formatDateText(iso, l);
      const read = parseDateText(shown, l);
      expect(read.kind === 'date' && formatDateText(read.iso, l)).toBe(shown);
    }));
  });

  it('never turns numbers that are not a day into another, valid day', () => {
    const year = fc.integer({ min: 0, max: 10_000 });
    const part = fc.integer({ min: 0, max: 99 });
    fc.assert(fc.property(year, part, part, lang, (y, m, d, l) => {
      const typed = l === 'sv' ? `${y}-${m}-${d}` : `${d}/${m}/${y}`;
      const read = parseDateText(typed, l);
      const meant = String(y).length === 4 ? isoDate(y, m, d) : null;
      expect(read).toEqual(meant ? { kind: 'date', iso: meant } : { kind: 'invalid' });
    }));
  });

  it('reads any text either as nothing, as unreadable, or as the very numbers typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 14 }), fc.stringMatching(/^[0-9\-/. ]{0,12}$/), lang, (junk, digits, l) => {
      for (const s of [junk, digits]) {
        const read = parseDateText(s, l);
        if (read.kind !== 'date') continue;
        const [y, m, d] = read.iso.split('-').map(Number);
        const numbers = (s.match(/\d+/g) ?? []).map(Number);
        const asTyped = numbers.length === 1 ? [Number(s.trim().slice(0, 4)), Number(s.trim().slice(4, 6)), Number(s.trim().slice(6, 8))] : numbers;
        expect([[y, m, d], [d, m, y]]).toContainEqual(asTyped);
      }
    }));
  });
});
