/** "2 dec. 14:03" (sv) / "2 Dec, 14:03" (en): when a version was taken, in the UI language. */
export function formatWhen(iso: string, lang: string, o: { seconds?: boolean } = {}): string {
  const d = new Date(iso);
  const locale = lang === 'en' ? 'en-GB' : 'sv-SE';
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleString(locale, {
    day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), hour: '2-digit', minute: '2-digit', ...(o.seconds ? { second: '2-digit' } : {}),
  });
}

/** The times of a list of versions: to the minute, or to the second where two fall in one minute. */
export function formatTimes(isoTimes: string[], lang: string): string[] {
  const minutes = isoTimes.map((t) => formatWhen(t, lang));
  const count = new Map<string, number>();
  for (const m of minutes) count.set(m, (count.get(m) ?? 0) + 1);
  return isoTimes.map((t, i) => (count.get(minutes[i]!)! > 1 ? formatWhen(t, lang, { seconds: true }) : minutes[i]!));
}

/** "4,2 kB", "1,3 MB": a file size the way the file manager shows it. */
export function formatSize(bytes: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'sv-SE';
  if (bytes < 1000) return `${bytes.toLocaleString(locale)} B`;
  const kb = bytes / 1000;
  if (kb < 1000) return `${kb.toLocaleString(locale, { maximumFractionDigits: kb < 10 ? 1 : 0 })} kB`;
  return `${(kb / 1000).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
