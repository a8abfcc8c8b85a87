import { formatDateTime, formatDateTimes } from '../i18n/when';

/** When a version was taken, as the whole interface writes dates and times. */
export const formatWhen = formatDateTime;

/** The times of a list of versions: to the minute, or to the second where two fall in one minute. */
export const formatTimes = formatDateTimes;

/** "4,2 kB", "1,3 MB": a file size the way the file manager shows it. */
export function formatSize(bytes: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'sv-SE';
  if (bytes < 1000) return `${bytes.toLocaleString(locale)} B`;
  const kb = bytes / 1000;
  if (kb < 1000) return `${kb.toLocaleString(locale, { maximumFractionDigits: kb < 10 ? 1 : 0 })} kB`;
  return `${(kb / 1000).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
