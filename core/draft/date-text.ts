/**
 * Dates as people type and read them in the interface: ÅÅÅÅ-MM-DD in Swedish, DD/MM/YYYY in
 * (British) English; the draft itself always holds ISO 8601 (YYYY-MM-DD). Reading is strict
 * about the calendar: "2026-02-30" is not a date, never quietly 2 March.
 */

export type DateLang = 'sv' | 'en';

/** What a typed text is: nothing, a date (as ISO), or text that cannot be read as one. */
export type DateText = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

/** How the format is written out for a placeholder or a hint. */
export const DATE_PATTERN: Record<DateLang, string> = { sv: 'ÅÅÅÅ-MM-DD', en: 'DD/MM/YYYY' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO date for year, month and day, or null when that day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A stored ISO date's parts, or null for anything else. */
function isoParts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number];
  return isoDate(...parts) === iso ? parts : null;
}

/** A stored date as the interface shows it; text that is not an ISO date is shown as it is. */
export function formatDateText(iso: string, lang: DateLang): string {
  const p = isoParts(iso);
  if (!p) return iso;
  const [y, m, d] = p;
  return lang === 'sv' ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : `${pad(d)}/${pad(m)}/${pad(y, 4)}`;
}

/**
 * Reads a typed date. Both languages take ISO (2026-09-01, also 2026-9-1) and eight digits
 * (20260901); English also takes day first (1/9/2026, 01.09.2026, 1-9-2026). A two-digit year
 * is not read: it could be either century.
 */
export function parseDateText(text: string, lang: DateLang): DateText {
  const s = text.trim();
  if (s === '') return { kind: 'empty' };
  const date = (y: string, m: string, d: string): DateText => {
    const iso = y.length === 4 ? isoDate(Number(y), Number(m), Number(d)) : null;
    return iso ? { kind: 'date', iso } : { kind: 'invalid' };
  };
  const ymd = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (ymd) return date(ymd[1]!, ymd[3]!, ymd[4]!);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return date(compact[1]!, compact[2]!, compact[3]!);
  if (lang === 'en') {
    const dmy = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s);
    if (dmy) return date(dmy[4]!, dmy[3]!, dmy[1]!);
  }
  return { kind: 'invalid' };
}

/** A moment's day in the local calendar, as YYYY-MM-DD (the clock is passed in, so tests can fix it). */
export function localDay(now: Date): string {
  const p = (x: number) => String(x).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
