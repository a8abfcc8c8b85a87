import type { Window } from '../pack-schema';
import { finding, single, type RuleDefinition } from '../rule';
import { compareDates, parseDate, type Ymd } from '../read';
import { catalogue } from '../../i18n/catalogue';
import { textIn } from '../../i18n/lookup';
import { ruleText } from '../rule-text';

/** "15 februari" / "15 February", with the year when given. */
function dayName(m: number, d: number, lang: 'sv' | 'en', y?: number): string {
  const month = (catalogue[lang].rules.dates.months as Record<number, string>)[m] ?? String(m);
  return y === undefined ? textIn(lang, 'rules.dates.day', { day: d, month }) : textIn(lang, 'rules.dates.dayInYear', { day: d, month, year: y });
}

const joined = (parts: string[], lang: 'sv' | 'en') => parts.join(textIn(lang, 'rules.dates.and'));

function monthDay(md: string): { m: number; d: number } {
  return { m: Number(md.slice(0, 2)), d: Number(md.slice(3, 5)) };
}

const location = { kind: 'field', field: 'submissionDate' } as const;

/** The window's dates in `year`, after any one-off override for that round. */
export function windowIn(w: Window, year: number, overrides: { windowId: string; year: number; opens: string; closes: string }[]): { from: Ymd; to: Ymd } {
  const o = overrides.find((x) => x.windowId === w.id && x.year === year);
  if (o) return { from: parseDate(o.opens)!, to: parseDate(o.closes)! };
  return { from: { y: year, ...monthDay(w.opens) }, to: { y: year, ...monthDay(w.closes) } };
}

/** WIN-01: the submission date lies in an application window (with round overrides). */
export const win01: RuleDefinition = {
  id: 'WIN-01',
  title: ruleText('rules.WIN-01.title'),
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
      return textIn(lang, 'rules.dates.range', { from: dayName(a.m, a.d, lang), to: dayName(b.m, b.d, lang) });
    });
    return [finding(ctx, {
      message: ruleText(upcoming ? 'rules.WIN-01.outsideNext' : 'rules.WIN-01.outside', (l) => ({
        windows: joined(list(l), l), next: upcoming ? dayName(upcoming.from.m, upcoming.from.d, l, upcoming.from.y) : '',
      })),
      location,
      sources: windows.flatMap((w) => w.sources),
      confidence: windows.some((w) => w.confidence === 'U') ? 'U' : undefined,
    })];
  }),
};

/** WIN-02: an inception can be applied for at any time (no window check). */
export const win02: RuleDefinition = {
  id: 'WIN-02',
  title: ruleText('rules.WIN-02.title'),
  units: single(['component'], (d, ctx) => {
    const c = ctx.index.component.get(d.component as string);
    if (!c || c.submission !== 'any_time') return [];
    return [finding(ctx, {
      message: ruleText('rules.WIN-02.anyTime', (l) => ({ component: c[l] })),
      location, sources: c.sources,
    })];
  }),
};

/** WIN-03: 2023+: the known spring deadlines (15 February, 15 April). */
export const win03: RuleDefinition = {
  id: 'WIN-03',
  title: ruleText('rules.WIN-03.title'),
  units: single(['component', 'submissionDate'], (d, ctx) => {
    const date = parseDate(d.submissionDate);
    const deadlines = ctx.pack.deadlines.filter((x) => x.components.includes(d.component));
    if (!date || deadlines.length === 0) return [];
    const days = deadlines.map((x) => monthDay(x.date)).sort((a, b) => a.m - b.m || a.d - b.d);
    if (days.some((x) => x.m > date.m || (x.m === date.m && x.d >= date.d))) return [];
    const first = days[0]!;
    return [finding(ctx, {
      message: ruleText('rules.WIN-03.noDeadline', (l) => ({
        year: date.y, known: joined(days.map((x) => dayName(x.m, x.d, l)), l), next: dayName(first.m, first.d, l, date.y + 1),
      })),
      location, sources: deadlines.flatMap((x) => x.sources),
    })];
  }),
};

/** WIN-04: no applications were accepted while ICLD changed systems (January–March 2023). */
export const win04: RuleDefinition = {
  id: 'WIN-04',
  title: ruleText('rules.WIN-04.title'),
  units: single(['submissionDate'], (d, ctx) => {
    const date = parseDate(d.submissionDate);
    if (!date) return [];
    return ctx.pack.blackouts
      .filter((b) => b.ruleId === ctx.config.id && compareDates(date, parseDate(b.from)!) >= 0 && compareDates(date, parseDate(b.to)!) <= 0)
      .map((b) => finding(ctx, {
        message: ruleText('rules.WIN-04.closed', () => ({ from: b.from, to: b.to })),
        location, sources: b.sources, confidence: b.confidence,
      }));
  }),
};
