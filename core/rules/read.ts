/**
 * Defensive reads of draft data. The engine is total: it must give findings (not exceptions) for
 * any value it is handed, including drafts that are half-migrated or edited by hand, so rules read
 * through these helpers instead of trusting the static type.
 */

/** `x` if it is an array, else an empty one. */
export function asArray(x: unknown): readonly unknown[] {
  return Array.isArray(x) ? x : [];
}

/** `x` if it is a string, else "". */
export function asString(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

/** The field `key` of `x` if `x` is a plain object. */
export function field(x: unknown, key: string): unknown {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>)[key] : undefined;
}

/** A whole amount in öre, or 0 for anything that is not a finite number. */
export function asAmount(x: unknown): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : 0;
}

/** A calendar date. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Parses YYYY-MM-DD into a real calendar date, or null. */
export function parseDate(x: unknown): Ymd | null {
  if (typeof x !== 'string' || x.length !== 10 || x[4] !== '-' || x[7] !== '-') return null;
  const y = Number(x.slice(0, 4));
  const m = Number(x.slice(5, 7));
  const d = Number(x.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? { y, m, d } : null;
}

/** Compares two dates: negative, zero or positive. */
export function compareDates(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/**
 * The length of an inclusive period in months, a started month counting only when more than a few
 * days of it are used (2021-01-01 → 2023-12-31 is 36 months; 2021-01-31 → 2021-02-28 is 1).
 */
export function periodMonths(start: Ymd, end: Ymd): number {
  let months = (end.y - start.y) * 12 + (end.m - start.m);
  const dayDiff = end.d + 1 - start.d;
  if (dayDiff > 3) months += 1;
  return months;
}

/** Formats an amount in öre as Swedish kronor ("12 000 kr", "12 000,50 kr"). */
export function formatSek(ore: number, lang: 'sv' | 'en'): string {
  const neg = ore < 0;
  const abs = Math.abs(Math.round(ore));
  const kr = Math.floor(abs / 100);
  const rest = abs % 100;
  const sep = lang === 'sv' ? '\u00a0' : ',';
  const grouped = String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const dec = rest ? (lang === 'sv' ? ',' : '.') + String(rest).padStart(2, '0') : '';
  const sign = neg ? '−' : '';
  return lang === 'sv' ? `${sign}${grouped}${dec}\u00a0kr` : `${sign}SEK ${grouped}${dec}`;
}
