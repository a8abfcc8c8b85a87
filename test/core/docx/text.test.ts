import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, formatDate, formatSek, REPLACEMENT_CHAR, startsRtl } from '../../../core/docx/text';

const NBSP = '\u00A0';
// What XML 1.0 cannot hold (Word refuses files with it).
const forbidden = (c: number) => (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff;

describe('cleanText', () => {
  it('keeps XML specials, emoji, right-to-left text and combining marks exactly', () => {
    const s = `<a href="x">&amp; 'q'</a> 👩🏽‍💻 🇸🇪 שלום עולם مرحبا e\u0301 Å\u030A ${NBSP}\u200B\u2028`;
    expect(cleanText(s)).toBe(s);
  });

  it('replaces each forbidden control character with one visible U+FFFD', () => {
    expect(cleanText('a\u0000b\u0001c\u001Fd\u000Be\uFFFEf\uFFFFg')).toBe(`a${REPLACEMENT_CHAR}b${REPLACEMENT_CHAR}c${REPLACEMENT_CHAR}d${REPLACEMENT_CHAR}e${REPLACEMENT_CHAR}f${REPLACEMENT_CHAR}g`);
    expect(cleanText('tab\tnew\nline\r')).toBe('tab\tnew\nline\r');
  });

  it('replaces unpaired surrogates but keeps pairs', () => {
    expect(cleanText('x\uD800y\uDC00z\uD83D\uDE00')).toBe(`x${REPLACEMENT_CHAR}y${REPLACEMENT_CHAR}z\uD83D\uDE00`);
  });

  it('changes nothing but forbidden characters, one for one (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = cleanText(s);
        expect(out.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          const paired = (c >= 0xd800 && c <= 0xdbff && /[\uDC00-\uDFFF]/.test(s[i + 1] ?? '')) || (c >= 0xdc00 && c <= 0xdfff && /[\uD800-\uDBFF]/.test(s[i - 1] ?? ''));
          const lone = c >= 0xd800 && c <= 0xdfff && !paired;
          expect(out[i]).toBe(forbidden(c) || lone ? REPLACEMENT_CHAR : s[i]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatSek', () => {
  it('groups kronor in threes with non-breaking spaces, the Swedish way', () => {
    expect(formatSek(1_200_000, 'sv')).toBe(`12${NBSP}000${NBSP}kr`);
    expect(formatSek(83_865_000, 'sv')).toBe(`838${NBSP}650${NBSP}kr`);
    expect(formatSek(123_456_789_00, 'sv')).toBe(`123${NBSP}456${NBSP}789${NBSP}kr`);
    expect(formatSek(0, 'sv')).toBe(`0${NBSP}kr`);
    expect(formatSek(99, 'sv')).toBe(`0,99${NBSP}kr`);
  });

  it('shows öre only when there are any', () => {
    expect(formatSek(1_200_050, 'sv')).toBe(`12${NBSP}000,50${NBSP}kr`);
  });

  it('writes English amounts the en-GB way: SEK first, comma thousands, decimal point', () => {
    expect(formatSek(72_000_000, 'en')).toBe(`SEK${NBSP}720,000`);
    expect(formatSek(1_200_050, 'en')).toBe(`SEK${NBSP}12,000.50`);
    expect(formatSek(99, 'en')).toBe(`SEK${NBSP}0.99`);
    expect(formatSek(123_456_789_00, 'en')).toBe(`SEK${NBSP}123,456,789`);
  });

  it('agrees with the en-GB currency format of Intl for any amount', () => {
    const gb = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'SEK', minimumFractionDigits: 2 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_000_00 }), (ore) => {
      // Intl always prints the öre; the export leaves ",00"/".00" out.
      expect(formatSek(ore, 'en')).toBe(gb.format(ore / 100).replace(/\.00$/, '').replace(' ', NBSP));
    }));
  });

  it('reads back as the same amount for any amount in öre', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (ore) => {
        const s = formatSek(ore, 'sv');
        expect(s).toMatch(/^\d{1,3}(\u00A0\d{3})*(,\d{2})?\u00A0kr$/);
        const [kr, rest] = s.replace(/\u00A0kr$/, '').replace(/\u00A0/g, '').split(',');
        expect(BigInt(kr!) * 100n + BigInt(rest ?? '0')).toBe(BigInt(ore));
      }),
    );
  });
});

describe('formatDate and startsRtl', () => {
  it('writes dates in words in each language and leaves other text alone', () => {
    expect(formatDate('2026-09-01', 'sv')).toBe('1 september 2026');
    expect(formatDate('2028-08-31', 'en')).toBe('31 August 2028');
    expect(formatDate('2026-13-01', 'sv')).toBe('2026-13-01');
  });

  it('finds the direction from the first strong letter', () => {
    expect(startsRtl('123 שלום world')).toBe(true);
    expect(startsRtl('Hello שלום')).toBe(false);
    expect(startsRtl('  مرحبا')).toBe(true);
    expect(startsRtl('42')).toBe(false);
  });
});
