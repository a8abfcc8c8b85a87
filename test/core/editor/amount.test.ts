import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatKronor, formatOre, parseAmountOre } from '../../../core/editor/amount';

describe('parseAmountOre', () => {
  it.each([
    ['12000', 1_200_000],
    ['12 000', 1_200_000],
    ['12 000 kr', 1_200_000],
    ['12\u00a0000\u00a0kr', 1_200_000],
    ['12000,50', 1_200_050],
    ['12000,5', 1_200_050],
    ['12.000', 1_200_000],
    ['1.200.000,25', 120_000_025],
    ['12.5', 1250],
    ['12 000:-', 1_200_000],
    ['SEK 1 500', 150_000],
    ['0', 0],
    [',50', 50],
  ])('reads %j as %i öre', (input, ore) => {
    expect(parseAmountOre(input)).toEqual({ ok: true, ore });
  });

  it.each([
    ['', 'empty'],
    ['  kr ', 'empty'],
    ['-500', 'negative'],
    ['tolv', 'not-a-number'],
    ['12,000,00', 'not-a-number'],
    ['12,345', 'too-many-decimals'],
    ['99999999999999999999', 'too-large'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseAmountOre(input)).toEqual({ ok: false, problem });
  });

  it('reads back every amount it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (ore) => {
        expect(parseAmountOre(formatOre(ore))).toEqual({ ok: true, ore });
        expect(parseAmountOre(formatKronor(ore))).toEqual({ ok: true, ore });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads plain whole kronor typed with or without spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.boolean(), (kr, spaced) => {
        const typed = spaced ? kr.toLocaleString('sv-SE') : String(kr);
        expect(parseAmountOre(typed)).toEqual({ ok: true, ore: kr * 100 });
      }),
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const r = parseAmountOre(s);
        if (r.ok) expect(Number.isSafeInteger(r.ore) && r.ore >= 0).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formatKronor', () => {
  it('formats the Swedish way', () => {
    expect(formatKronor(1_200_000)).toBe('12\u00a0000\u00a0kr');
    expect(formatKronor(1_200_050)).toBe('12\u00a0000,50\u00a0kr');
    expect(formatKronor(0)).toBe('0\u00a0kr');
  });
});
