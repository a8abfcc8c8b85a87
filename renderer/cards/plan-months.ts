import type { Draft } from '../../core/draft/schema';

/**
 * Project months (1 = the month the period starts, as the draft stores them) as people read them:
 * "mars 2027" / "March 2027" when the period has a start, "Månad 3" / "Month 3" until it has one.
 */

export type PlanLang = 'sv' | 'en';

/** The highest month the draft format holds (ten years). */
export const MAX_MONTH = 120;

const LOCALE: Record<PlanLang, string> = { sv: 'sv-SE', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: PlanLang, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], style === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** The calendar year and month (1–12) of the period's start, or null when it has none yet. */
export function periodStartMonth(start: string | null): { year: number; month: number } | null {
  const m = start ? /^(\d{4})-(\d{2})-\d{2}$/.exec(start) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/** The first day (UTC) of project month `m`. */
function monthTime(start: { year: number; month: number }, m: number): number {
  return Date.UTC(start.year, start.month - 1 + m - 1, 1);
}

/** "mars 2027", or null when the period has no start (the caller then says "Månad 3"). */
export function monthDateLabel(start: string | null, m: number, lang: PlanLang): string | null {
  const s = periodStartMonth(start);
  return s ? format(lang, 'long').format(monthTime(s, m)) : null;
}

/** A month's name for a narrow column: "mar", "Mar"; its number when the period has no start. */
export function monthShortLabel(start: string | null, m: number, lang: PlanLang): string {
  const s = periodStartMonth(start);
  if (!s) return String(m);
  return format(lang, 'short').format(monthTime(s, m)).replace('.', '').slice(0, 3);
}

/** Months from the period's start month to its end month, both counted; null without both dates. */
export function periodMonths(period: Draft['period']): number | null {
  const s = periodStartMonth(period.start);
  const e = periodStartMonth(period.end);
  if (!s || !e) return null;
  const n = (e.year - s.year) * 12 + (e.month - s.month) + 1;
  return n >= 1 ? Math.min(n, MAX_MONTH) : null;
}

/**
 * How many project years the plan shows: the period's, else the edition's longest project; never
 * fewer than any activity reaches, so that no planned month is out of sight.
 */
export function planYears(draft: Draft, editionYears: number): number {
  const months = periodMonths(draft.period);
  const latest = Math.max(0, ...draft.activities.map((a) => Math.max(a.startMonth ?? 0, a.endMonth ?? 0)));
  const base = months !== null ? Math.ceil(months / 12) : Math.max(1, editionYears);
  return Math.min(MAX_MONTH / 12, Math.max(base, Math.ceil(latest / 12)));
}
