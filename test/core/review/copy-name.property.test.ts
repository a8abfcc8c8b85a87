import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseReviewCopyName, isReviewCopyName, reviewCopyName, type ReviewCopyNaming } from '../../../core/review/copy-name';

/**
 * A reviewer's save goes to "<title> – granskning <name>.kpdraft" beside the opened file. Titles
 * and names are whatever people type (slashes, colons, emoji, control characters, dots, 500
 * characters), so the name must always be one every file system accepts, and must never be the
 * opened file's own name.
 */

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** What Windows, macOS and Linux all accept as one file name that is not hidden. */
function isSafeFileName(name: string): boolean {
  const stem = name.split('.')[0]!.trim();
  return (
    name.endsWith('.kpdraft') &&
    !/[<>:"/\\|?*\p{Cc}\p{Cf}]/u.test(name) &&
    !name.startsWith('.') &&
    !name.startsWith(' ') &&
    !/[. ]\.kpdraft$/.test(name) &&
    utf8Bytes(name) <= 255 &&
    !/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) &&
    name.length > '.kpdraft'.length
  );
}

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.constantFrom('', '.', '..', '../../etc/passwd', 'CON', 'con.txt', 'a/b\\c:d', ' . ', 'Mombasa.', '🇸🇪'.repeat(80), 'nul'),
);
const naming: fc.Arbitrary<ReviewCopyNaming> = fc.record({
  title: text,
  originalName: fc.oneof(text.map((s) => `${s}.kpdraft`), fc.constantFrom('ansokan.kpdraft', 'Plan – granskning Greta Ek.kpdraft')),
  reviewer: text,
  label: fc.constantFrom('granskning', 'review', '', '../x'),
});

describe('the name of a reviewer’s copy', () => {
  it('is always a safe file name ending in .kpdraft that is never the opened file’s', () => {
    fc.assert(
      fc.property(naming, fc.array(fc.nat({ max: 4 }), { maxLength: 4 }), (n, takenIndexes) => {
        const taken = new Set(takenIndexes.map((i) => reviewCopyName(n, i + 1)));
        const name = chooseReviewCopyName(n, (c) => taken.has(c));
        expect(name).not.toBeNull();
        expect(isSafeFileName(name!)).toBe(true);
        expect(name!.toLowerCase()).not.toBe(n.originalName.toLowerCase());
        expect(taken.has(name!)).toBe(false);
        // The reviewer's own copy is recognised again when it is opened later.
        expect(isReviewCopyName(name!, n.reviewer, n.label)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads "<title> – granskning <name>.kpdraft", then " (2)", " (3)" when those exist', () => {
    const n = { title: 'Unga röster: Kisumu/Uppsala', originalName: 'ansokan.kpdraft', reviewer: 'Greta Granskare', label: 'granskning' };
    expect(chooseReviewCopyName(n, () => false)).toBe('Unga röster Kisumu Uppsala – granskning Greta Granskare.kpdraft');
    const taken = new Set(['Unga röster Kisumu Uppsala – granskning Greta Granskare.kpdraft', 'Unga röster Kisumu Uppsala – granskning Greta Granskare (2).kpdraft']);
    expect(chooseReviewCopyName(n, (c) => taken.has(c))).toBe('Unga röster Kisumu Uppsala – granskning Greta Granskare (3).kpdraft');
  });

  it('skips the opened file when it already has the copy’s name, and uses the file name when the draft has no title', () => {
    const copy = { title: 'Plan', originalName: 'plan – GRANSKNING Greta Ek.kpdraft', reviewer: 'Greta Ek', label: 'granskning' };
    expect(chooseReviewCopyName(copy, () => false)).toBe('Plan – granskning Greta Ek (2).kpdraft');
    expect(chooseReviewCopyName({ ...copy, title: '  ', originalName: 'Mombasa 2026.kpdraft' }, () => false)).toBe('Mombasa 2026 – granskning Greta Ek.kpdraft');
  });

  it('tells a reviewer’s own copy from the original and from another reviewer’s copy', () => {
    expect(isReviewCopyName('Plan – granskning Greta Ek.kpdraft', 'Greta Ek', 'granskning')).toBe(true);
    expect(isReviewCopyName('Plan – granskning Greta Ek (4).kpdraft', 'Greta Ek', 'granskning')).toBe(true);
    expect(isReviewCopyName('Plan – granskning Lena Ek.kpdraft', 'Greta Ek', 'granskning')).toBe(false);
    expect(isReviewCopyName('Plan.kpdraft', 'Greta Ek', 'granskning')).toBe(false);
  });
});
