/** Where a section's word count stands against its limit: amber from 90 %, red beyond (DESIGN.md). */
export type LimitLevel = 'ok' | 'near' | 'over';

export function limitLevel(words: number, limit: number | null | undefined): LimitLevel {
  if (!limit) return 'ok';
  return words > limit ? 'over' : words >= 0.9 * limit ? 'near' : 'ok';
}

/**
 * What is worth announcing when the level moves from `prev` to `next`: reaching 90 %, passing the
 * limit, getting back under it. Nothing otherwise, so a screen reader is not told every keystroke.
 */
export function levelChange(prev: LimitLevel, next: LimitLevel): 'near' | 'over' | 'under' | null {
  if (prev === next) return null;
  if (next === 'over') return 'over';
  if (prev === 'over') return 'under';
  return next === 'near' ? 'near' : null;
}

const formats = new Map<string, Intl.NumberFormat>();
/** A count the way the UI language writes it: "2 140" in Swedish, "2,140" in English. */
export function formatCount(n: number, uiLanguage: 'sv' | 'en'): string {
  const locale = uiLanguage === 'en' ? 'en-GB' : 'sv-SE';
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}
