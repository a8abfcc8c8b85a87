import type { Paragraph, Table } from 'docx';
import type { Activity } from '../draft/framework';
import { allResults, planNumbers } from '../draft/framework-numbers';
import type { Draft } from '../draft/schema';
import type { BuildContext } from './context';
import type { Lang } from './labels';
import { textWidth } from './page-estimate';
import { planLabels } from './plan-labels';
import { fitColumn, planTable, type PlanCell, type PlanRow } from './plan-table';
import { bodyParagraph } from './rich-text-blocks';
import { textRuns } from './runs';
import { METRICS } from './styles';
import { CELL_MARGIN, spacer } from './tables';

/** Room the activity titles keep beside the months, in twips. */
const TITLE_MIN = 4200;

/** The colour of an activity's months. */
export const MONTH_FILL = '2E75B6';

type Plan = Pick<Draft, 'framework' | 'activities' | 'period'>;

/** The calendar year and month (1–12) the period starts in, or null without a start date. */
function startOf(period: Draft['period']): { year: number; month: number } | null {
  const m = period.start ? /^(\d{4})-(\d{2})-\d{2}$/.exec(period.start) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/**
 * How many month columns the plan needs: the period's months, and further if an activity runs past
 * its end (the rules warn about that; the table still shows it). At least one project year.
 */
export function ganttMonths(plan: Plan): number {
  const s = startOf(plan.period);
  const e = plan.period.end ? /^(\d{4})-(\d{2})-\d{2}$/.exec(plan.period.end) : null;
  const period = s && e ? (Number(e[1]) - s.year) * 12 + (Number(e[2]) - s.month) + 1 : 0;
  const latest = Math.max(0, ...plan.activities.map((a) => Math.max(a.endMonth ?? 0, a.startMonth ?? 0)));
  const months = Math.max(period, latest);
  return months > 0 ? Math.min(months, 120) : 12;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function monthName(lang: Lang, style: 'short' | 'narrow', time: number): string {
  const key = `${lang}${style}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { month: style, timeZone: 'UTC' })));
  // Three letters at most: en-GB writes September "Sept", beside "Aug".
  return f.format(time).replace('.', '').slice(0, style === 'short' ? 3 : undefined);
}

/** Project month `m` (1-based) as a column label: the month's initial, or its number without a start date. */
function monthLabel(plan: Plan, m: number, lang: Lang): string {
  const s = startOf(plan.period);
  return s ? monthName(lang, 'narrow', Date.UTC(s.year, s.month - 2 + m, 1)).toUpperCase() : String(m);
}

/** "sep 2026" for project month `m`, or null without a start date. */
function monthYear(plan: Plan, m: number, lang: Lang): string | null {
  const s = startOf(plan.period);
  if (!s) return null;
  const t = Date.UTC(s.year, s.month - 2 + m, 1);
  return `${monthName(lang, 'short', t)} ${new Date(t).getUTCFullYear()}`;
}

/** The activities in the order of the results they serve (as their numbers), those serving none last. */
export function orderedActivities(plan: Pick<Draft, 'framework' | 'activities'>): Array<{ activity: Activity; number: string }> {
  const numbers = planNumbers(plan.framework, plan.activities);
  const order = new Map(allResults(plan.framework).map(({ result }, i) => [result.id, i]));
  const rank = (a: Activity) => a.resultIds.map((id) => order.get(id)).find((i) => i !== undefined) ?? Number.MAX_SAFE_INTEGER;
  return plan.activities
    .map((activity, i) => ({ activity, i, rank: rank(activity) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ activity }) => ({ activity, number: numbers.activity.get(activity.id) ?? '' }));
}

/** The months an activity runs, both ends counted; none without both. */
function activeMonths(a: Activity): { from: number; to: number } | null {
  if (a.startMonth === null || a.endMonth === null) return null;
  return { from: Math.min(a.startMonth, a.endMonth), to: Math.max(a.startMonth, a.endMonth) };
}

/**
 * The activity plan as a Gantt table: a row per activity (number, title, the results it serves)
 * and a column per project month under a header per project year, the activity's months shaded.
 * A plan longer than a page holds (more than three years on its side) continues in a table per
 * group of years, each with every activity, rather than squeezing months below readability.
 */
export function activityGantt(plan: Plan, ctx: BuildContext, width: number): Array<Paragraph | Table> {
  const G = planLabels(ctx.lang).gantt;
  if (plan.activities.length === 0) return [bodyParagraph(ctx, G.empty, { italic: true })];
  const numbers = planNumbers(plan.framework, plan.activities);
  const rows = orderedActivities(plan);
  const served = (a: Activity) => a.resultIds.filter((id) => numbers.objectiveOfResult.has(id)).map((id) => numbers.of.get(id)!).join(', ');
  const fixed = {
    number: fitColumn([G.number, ...rows.map((r) => r.number)], 600),
    results: Math.min(2000, fitColumn([G.results, ...rows.map((r) => served(r.activity))], 900, false)),
  };
  const months = ganttMonths(plan);
  const perTable = 12 * Math.max(1, Math.floor((width - fixed.number - fixed.results - TITLE_NARROW) / MONTH_MIN / 12));
  const out: Array<Paragraph | Table> = [];
  for (let from = 1; from <= months; from += perTable) {
    const table = { from, to: Math.min(months, from + perTable - 1) };
    out.push(ganttTable(plan, ctx, width, table, fixed, rows.map((r) => ({ ...r, served: served(r.activity) }))), spacer(ctx));
  }
  return out;
}

/** Room the titles keep when the months need it, and the narrowest month column, in twips. */
const TITLE_NARROW = 2800;
const MONTH_MIN = 230;

type GanttRow = { activity: Activity; number: string; served: string };

/** One Gantt table for project months `span.from`–`span.to` (whole project years). */
function ganttTable(plan: Plan, ctx: BuildContext, width: number, span: { from: number; to: number }, fixed: { number: number; results: number }, rows: GanttRow[]): Table {
  const L = planLabels(ctx.lang);
  const G = L.gantt;
  const months = span.to - span.from + 1;
  const month = (k: number) => span.from + k;
  // Month columns narrow enough to leave the titles room, and never narrower than an initial needs.
  const monthCol = Math.max(MONTH_MIN, Math.min(420, Math.floor((width - fixed.number - fixed.results - TITLE_MIN) / months)));
  const titleCol = width - fixed.number - fixed.results - monthCol * months;
  const columns = [fixed.number, titleCol, fixed.results, ...Array.from({ length: months }, () => monthCol)];

  const years = Array.from({ length: Math.ceil(months / 12) }, (_, y) => ({ n: (span.from - 1) / 12 + y + 1, from: span.from + y * 12, to: Math.min(span.to, span.from + y * 12 + 11) }));
  const yearLabel = (y: (typeof years)[number]) => {
    const from = monthYear(plan, y.from, ctx.lang);
    const to = monthYear(plan, y.to, ctx.lang);
    const long = from && to ? L.yearSpan(y.n, from, to) : ctx.labels.year(y.n);
    // The long label only where it fits on one line above its months.
    return textWidth(long, METRICS.table.size, true) + 2 * CELL_MARGIN <= monthCol * (y.to - y.from + 1) ? long : ctx.labels.year(y.n);
  };
  const yearStart = (m: number) => m > span.from && (m - 1) % 12 === 0;
  const header: PlanRow[] = [
    { header: true, cells: [{ text: G.number, merge: 'restart' }, { text: G.activity, merge: 'restart' }, { text: G.results, merge: 'restart' }, ...years.map((y, i): PlanCell => ({ text: yearLabel(y), span: y.to - y.from + 1, align: 'center', yearStart: i > 0 }))] },
    {
      header: true,
      cells: [
        { text: '', merge: 'continue' }, { text: '', merge: 'continue' }, { text: '', merge: 'continue' },
        ...Array.from({ length: months }, (_, k): PlanCell => ({ text: monthLabel(plan, month(k), ctx.lang), align: 'center', tight: true, yearStart: yearStart(month(k)) })),
      ],
    },
  ];
  const body: PlanRow[] = rows.map(({ activity: a, number, served }) => {
    const active = activeMonths(a);
    const title = (a.title.trim() || '–') + (active ? '' : ` (${G.noDates})`);
    const shaded = (m: number) => active !== null && m >= active.from && m <= active.to;
    return {
      cells: [
        { text: number },
        // A comment on the activity (a proposed removal among them) is on its title.
        { text: title, children: ctx.wrap(`field:activity:${a.id}`, textRuns(title, {}, ctx.locale)) },
        { text: served || '–' },
        ...Array.from({ length: months }, (_, k): PlanCell => ({ text: '', tight: true, yearStart: yearStart(month(k)), fill: shaded(month(k)) ? MONTH_FILL : undefined })),
      ],
    };
  });
  return planTable(ctx, columns, [...header, ...body]);
}

/** Up to a year of month columns fits an upright page; more need a page on its side. */
export const PORTRAIT_MONTHS = 12;
