import type { Window } from '../pack-schema';
import { finding, single, type RuleDefinition } from '../rule';
import { compareDates, parseDate, type Ymd } from '../read';

const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "15 februari" / "15 February", with the year when given. */
function dayName(m: number, d: number, lang: 'sv' | 'en', y?: number): string {
  return `${d} ${MONTHS[lang][m - 1]}${y === undefined ? '' : ` ${y}`}`;
}

function monthDay(md: string): { m: number; d: number } {
  return { m: Number(md.slice(0, 2)), d: Number(md.slice(3, 5)) };
}

const location = { kind: 'field', field: 'submissionDate' } as const;

/** The window's dates in `year`, after any one-off override for that round. */
function windowIn(w: Window, year: number, overrides: { windowId: string; year: number; opens: string; closes: string }[]): { from: Ymd; to: Ymd } {
  const o = overrides.find((x) => x.windowId === w.id && x.year === year);
  if (o) return { from: parseDate(o.opens)!, to: parseDate(o.closes)! };
  return { from: { y: year, ...monthDay(w.opens) }, to: { y: year, ...monthDay(w.closes) } };
}

/** WIN-01: the submission date lies in an application window (with round overrides). */
export const win01: RuleDefinition = {
  id: 'WIN-01',
  title: { sv: 'Inlämningsdatum inom en ansökningsperiod', en: 'Submission date within an application window' },
  units: single(['component', 'submissionDate'], (d, ctx) => {
    const c = ctx.index.component.get(d.component as string);
    const date = parseDate(d.submissionDate);
    if (!c || c.submission !== 'windows' || !date) return [];
    const windows = ctx.pack.windows.filter((w) => w.components.includes(c.id));
    if (windows.length === 0) return [];
    const inWindow = windows.some((w) => {
      const r = windowIn(w, date.y, ctx.pack.roundOverrides);
      return compareDates(date, r.from) >= 0 && compareDates(date, r.to) <= 0;
    });
    if (inWindow) return [];
    const upcoming = [date.y, date.y + 1]
      .flatMap((y) => windows.map((w) => ({ w, ...windowIn(w, y, ctx.pack.roundOverrides) })))
      .filter((r) => compareDates(r.from, date) > 0)
      .sort((a, b) => compareDates(a.from, b.from))[0];
    const list = (lang: 'sv' | 'en') => windows.map((w) => {
      const a = monthDay(w.opens);
      const b = monthDay(w.closes);
      return `${dayName(a.m, a.d, lang)}–${dayName(b.m, b.d, lang)}`;
    }).join(lang === 'sv' ? ' och ' : ' and ');
    const next = (lang: 'sv' | 'en') => upcoming
      ? (lang === 'sv' ? ` Nästa period öppnar ${dayName(upcoming.from.m, upcoming.from.d, 'sv', upcoming.from.y)}.` : ` The next window opens on ${dayName(upcoming.from.m, upcoming.from.d, 'en', upcoming.from.y)}.`)
      : '';
    return [finding(ctx, {
      message: { sv: `Det planerade inlämningsdatumet ligger utanför ansökningsperioderna (${list('sv')}). Välj ett datum inom en period.${next('sv')}`,
                 en: `The planned submission date is outside the application windows (${list('en')}). Choose a date inside a window.${next('en')}` },
      location,
      sources: windows.flatMap((w) => w.sources),
      confidence: windows.some((w) => w.confidence === 'U') ? 'U' : undefined,
    })];
  }),
};

/** WIN-02: an inception can be applied for at any time (no window check). */
export const win02: RuleDefinition = {
  id: 'WIN-02',
  title: { sv: 'Förberedelse kan sökas när som helst', en: 'An inception can be applied for at any time' },
  units: single(['component'], (d, ctx) => {
    const c = ctx.index.component.get(d.component as string);
    if (!c || c.submission !== 'any_time') return [];
    return [finding(ctx, {
      message: { sv: `${c.sv} kan sökas när som helst under året; inlämningsdatumet kontrolleras inte mot någon ansökningsperiod.`,
                 en: `${c.en} can be applied for at any time of year; the submission date is not checked against a window.` },
      location, sources: c.sources,
    })];
  }),
};

/** WIN-03: 2023+: the known spring deadlines (15 February, 15 April). */
export const win03: RuleDefinition = {
  id: 'WIN-03',
  title: { sv: 'Kända sista ansökningsdagar (15 februari, 15 april)', en: 'Known last application days (15 February, 15 April)' },
  units: single(['component', 'submissionDate'], (d, ctx) => {
    const date = parseDate(d.submissionDate);
    const deadlines = ctx.pack.deadlines.filter((x) => x.components.includes(d.component));
    if (!date || deadlines.length === 0) return [];
    const days = deadlines.map((x) => monthDay(x.date)).sort((a, b) => a.m - b.m || a.d - b.d);
    if (days.some((x) => x.m > date.m || (x.m === date.m && x.d >= date.d))) return [];
    const first = days[0]!;
    const names = (lang: 'sv' | 'en') => days.map((x) => dayName(x.m, x.d, lang)).join(lang === 'sv' ? ' och ' : ' and ');
    return [finding(ctx, {
      message: { sv: `Det finns ingen känd sista ansökningsdag efter inlämningsdatumet ${date.y} (kända: ${names('sv')}); höstomgångar är inte bekräftade. Nästa kända är ${dayName(first.m, first.d, 'sv', date.y + 1)} – fråga ICLD.`,
                 en: `There is no known last application day after the submission date in ${date.y} (known: ${names('en')}); autumn rounds are not confirmed. The next known one is ${dayName(first.m, first.d, 'en', date.y + 1)} – ask ICLD.` },
      location, sources: deadlines.flatMap((x) => x.sources),
    })];
  }),
};

/** WIN-04: no applications were accepted while ICLD changed systems (January–March 2023). */
export const win04: RuleDefinition = {
  id: 'WIN-04',
  title: { sv: 'Inga ansökningar under systembytet (jan–mars 2023)', en: 'No applications during the system change (Jan–Mar 2023)' },
  units: single(['submissionDate'], (d, ctx) => {
    const date = parseDate(d.submissionDate);
    if (!date) return [];
    return ctx.pack.blackouts
      .filter((b) => b.ruleId === ctx.config.id && compareDates(date, parseDate(b.from)!) >= 0 && compareDates(date, parseDate(b.to)!) <= 0)
      .map((b) => finding(ctx, {
        message: { sv: `ICLD tog inte emot nya ansökningar ${b.from} – ${b.to}, innan det nya ansökningssystemet öppnade. Välj ett senare inlämningsdatum eller kontakta ICLD först.`,
                   en: `ICLD accepted no new applications from ${b.from} to ${b.to}, before the new application system opened. Choose a later submission date or contact ICLD first.` },
        location, sources: b.sources, confidence: b.confidence,
      }));
  }),
};
