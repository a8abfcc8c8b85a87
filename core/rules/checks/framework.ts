import type { Draft } from '../../draft/schema';
import { indicatorDateKey } from '../../draft/invalid-inputs';
import type { Finding } from '../finding';
import { finding, type RuleContext } from '../rule';
import { compareDates, field, parseDate } from '../read';
import { ruleText } from '../rule-text';
import { named, planRule, PlanParams, type PlanKind } from './plan-rule';
import { activitiesOf, frameworkOf, numbersFor, type PlanFramework, type PlanIndicator, type PlanItem } from './plan-read';

/**
 * The results framework's own logic (LFA as ICLD teaches it): every level filled in, every
 * project objective broken down into results, every result and objective measured by indicators
 * with a baseline, a target dated inside the project and a source of verification.
 */

const at = (itemId: string, f?: string) => ({ kind: 'framework-item', itemId, ...(f ? { field: f } : {}) } as const);
const kindOf = (item: PlanItem): PlanKind => item.level;

/** The indicators whose targets belong to the project: the overall objective's may lie years after it. */
function projectIndicators(fw: PlanFramework): Array<{ owner: PlanItem; indicator: PlanIndicator }> {
  return [...fw.objectives, ...fw.results].flatMap((owner) => owner.indicators.map((indicator) => ({ owner, indicator })));
}

type Numbers = ReadonlyMap<string, string>;
const indicatorNamed = (numbers: Numbers, ind: PlanIndicator) => named('indicator', numbers.get(ind.id) ?? '', ind.text);

/** LF-01: the matrix has its levels (and an empty plan says so once, not per rule). */
export const lf01 = planRule('LF-01', ruleText('rules.LF-01.title'), PlanParams, ['framework', 'activities'], (d, ctx) => {
  const fw = frameworkOf(d, ctx);
  const activities = activitiesOf(d, ctx);
  if (fw.empty) {
    if (activities.length === 0) return [finding(ctx, { severity: 'info', location: { kind: 'framework' }, message: ruleText('rules.LF-01.empty') })];
    return [finding(ctx, { location: { kind: 'framework' }, message: ruleText('rules.LF-01.noFramework', () => ({ count: activities.length })) })];
  }
  const out: Finding[] = [];
  const numbers = numbersFor(d, ctx);
  if (fw.overall.text.trim() === '') out.push(finding(ctx, { location: at('overall', 'text'), message: ruleText('rules.LF-01.noOverall') }));
  if (fw.objectives.length === 0) out.push(finding(ctx, { location: { kind: 'framework' }, message: ruleText('rules.LF-01.noObjective') }));
  for (const item of [...fw.objectives, ...fw.results]) {
    if (item.text.trim() !== '') continue;
    out.push(finding(ctx, { location: at(item.id, 'text'), message: ruleText('rules.LF-01.blank', named(kindOf(item), numbers.get(item.id) ?? '', '')) }));
  }
  return out;
});

/** LF-03: every project objective has at least one expected result. */
export const lf03 = planRule('LF-03', ruleText('rules.LF-03.title'), PlanParams, ['framework'], (d, ctx) => {
  const fw = frameworkOf(d, ctx);
  const numbers = numbersFor(d, ctx);
  return fw.objectives.filter((o) => o.results.length === 0).map((o) => finding(ctx, {
    location: at(o.id, 'results'), message: ruleText('rules.LF-03.noResult', named('objective', numbers.get(o.id) ?? '', o.text)),
  }));
});

/** LF-05: every result (and, as advice, every project objective) has an indicator that says what is measured. */
export const lf05 = planRule('LF-05', ruleText('rules.LF-05.title'), PlanParams, ['framework'], (d, ctx) => {
  const fw = frameworkOf(d, ctx);
  const numbers = numbersFor(d, ctx);
  const out: Finding[] = [];
  for (const item of [...fw.objectives, ...fw.results]) {
    const number = numbers.get(item.id) ?? '';
    for (const ind of item.indicators) {
      if (ind.text.trim() !== '') continue;
      out.push(finding(ctx, { location: at(ind.id, 'text'), message: ruleText('rules.LF-05.blank', named('indicator', numbers.get(ind.id) ?? '', '')) }));
    }
    if (item.indicators.some((i) => i.text.trim() !== '')) continue;
    const result = item.level === 'result';
    out.push(finding(ctx, {
      severity: result ? undefined : 'info', location: at(item.id, 'indicators'),
      message: ruleText(result ? 'rules.LF-05.noIndicator' : 'rules.LF-05.objectiveNoIndicator', named(kindOf(item), number, item.text)),
    }));
  }
  return out;
});

/** True when the draft keeps text typed for `key` that could not be read (read defensively, like every rule's input). */
function hasInvalidInput(d: Draft, key: string): boolean {
  const inputs = d.invalidInputs as unknown;
  return typeof inputs === 'object' && inputs !== null && Object.hasOwn(inputs, key);
}

/** An indicator rule: one check per described indicator of the project objectives and results. */
function indicatorRule(id: 'LF-06' | 'LF-07' | 'LF-08', check: (ind: PlanIndicator, numbers: Numbers, ctx: RuleContext, d: Draft) => Finding | null,
  reads: ReadonlyArray<'framework' | 'invalidInputs'> = ['framework']) {
  return planRule(id, ruleText(`rules.${id}.title`), PlanParams, reads, (d, ctx) => {
    const fw = frameworkOf(d, ctx);
    const numbers = numbersFor(d, ctx);
    return projectIndicators(fw).flatMap(({ indicator }) => {
      if (indicator.text.trim() === '') return [];
      const f = check(indicator, numbers, ctx, d);
      return f ? [f] : [];
    });
  });
}

/** LF-06: every indicator has a baseline: the value and the year it was measured. */
export const lf06 = indicatorRule('LF-06', (ind, numbers, ctx) => {
  const noValue = ind.baselineValue.trim() === '';
  if (!noValue && ind.baselineYear !== null) return null;
  const key = noValue ? (ind.baselineYear === null ? 'rules.LF-06.none' : 'rules.LF-06.noValue') : 'rules.LF-06.noYear';
  return finding(ctx, { location: at(ind.id, noValue ? 'baseline' : 'baselineYear'), message: ruleText(key, indicatorNamed(numbers, ind)) });
});

/** LF-07: every indicator has a target: the value and the date it is to be reached by. */
export const lf07 = indicatorRule('LF-07', (ind, numbers, ctx, d) => {
  const noValue = ind.targetValue.trim() === '';
  const noDate = ind.targetDate === null && !hasInvalidInput(d, indicatorDateKey(ind.id));
  if (!noValue && !noDate) return null;
  const key = noValue ? (noDate ? 'rules.LF-07.none' : 'rules.LF-07.noValue') : 'rules.LF-07.noDate';
  return finding(ctx, { location: at(ind.id, noValue ? 'target' : 'targetDate'), message: ruleText(key, indicatorNamed(numbers, ind)) });
  // invalidInputs too: a target date typed but unreadable is FLD-01's to report, not a missing one.
}, ['framework', 'invalidInputs']);

/** LF-08: every indicator says where its value will be read (means of verification). */
export const lf08 = indicatorRule('LF-08', (ind, numbers, ctx) => {
  if (ind.verification.trim() !== '') return null;
  return finding(ctx, { location: at(ind.id, 'verification'), message: ruleText('rules.LF-08.none', indicatorNamed(numbers, ind)) });
});

/** LF-09: the targets of results and project objectives fall inside the project period. */
export const lf09 = planRule('LF-09', ruleText('rules.LF-09.title'), PlanParams, ['framework', 'period'], (d, ctx) => {
  const start = parseDate(field(d.period, 'start'));
  const end = parseDate(field(d.period, 'end'));
  if (!start || !end) return [];
  const out: Finding[] = [];
  const fw = frameworkOf(d, ctx);
  const numbers = numbersFor(d, ctx);
  for (const { indicator } of projectIndicators(fw)) {
    const date = parseDate(indicator.targetDate);
    if (!date) continue;
    const before = compareDates(date, start) < 0;
    if (!before && compareDates(date, end) <= 0) continue;
    const key = before ? 'rules.LF-09.beforeStart' : 'rules.LF-09.afterEnd';
    const item = indicatorNamed(numbers, indicator);
    out.push(finding(ctx, {
      location: at(indicator.id, 'target'),
      message: ruleText(key, (l) => ({ ...item(l), date: indicator.targetDate!, start: d.period.start!, end: d.period.end! })),
    }));
  }
  return out;
});
