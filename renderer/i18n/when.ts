import { formatDateText, localDay, type DateLang } from '../../core/draft/date-text';

/**
 * Dates and times as the whole interface shows them, by UI language: the date as it is typed in a
 * date field (2026-12-02 in Swedish, 02/12/2026 in English), the time on the 24-hour clock.
 * Everything that shows when (recent drafts, recovery offers, versions, comments, the status
 * bar, file lists) goes through here, so one screen never mixes "2 dec. 2026" with "2026-12-02".
 */

const langOf = (lang: string): DateLang => (lang === 'en' ? 'en' : 'sv');
const pad = (n: number) => String(n).padStart(2, '0');


/** "2026-12-02" / "02/12/2026". */
export function formatDate(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatDateText(localDay(d), langOf(lang));
}

/** "14:05", or "14:05:09" with seconds. */
export function formatTime(iso: string, o: { seconds?: boolean } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}${o.seconds ? `:${pad(d.getSeconds())}` : ''}`;
}

/** "2026-12-02 14:05" / "02/12/2026, 14:05". */
export function formatDateTime(iso: string, lang: string, o: { seconds?: boolean } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(iso, lang)}${langOf(lang) === 'en' ? ', ' : ' '}${formatTime(iso, o)}`;
}

/** The times of a list: to the minute, or to the second where two fall in the same minute. */
export function formatDateTimes(isoTimes: readonly string[], lang: string): string[] {
  const minutes = isoTimes.map((t) => formatDateTime(t, lang));
  const count = new Map<string, number>();
  for (const m of minutes) count.set(m, (count.get(m) ?? 0) + 1);
  return isoTimes.map((t, i) => (count.get(minutes[i]!)! > 1 ? formatDateTime(t, lang, { seconds: true }) : minutes[i]!));
}
