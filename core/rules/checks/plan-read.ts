import type { Activity, ExpectedResult, Indicator, ResultsFramework } from '../../draft/framework';
import { planNumbers, type PlanNumbers } from '../../draft/framework-numbers';
import { asArray, asString, field, parseDate, periodMonths } from '../read';
import type { RuleContext } from '../rule';
import type { Draft } from '../../draft/schema';

/**
 * The results framework and activity plan as the plan rules read them: read defensively (a file
 * edited by hand may hold anything) and numbered as the cards number them. Nothing is cached
 * across checks: a draft changed in place must be read afresh, and a framework of 30 results and
 * 100 indicators is read in microseconds. Arrays are read with Array.from, which (unlike map)
 * visits the holes a damaged array may have.
 */

export interface PlanIndicator {
  id: string;
  text: string;
  baselineValue: string;
  baselineYear: number | null;
  targetValue: string;
  targetDate: string | null;
  verification: string;
}

export interface PlanItem {
  id: string;
  level: 'overall' | 'objective' | 'result';
  text: string;
  indicators: PlanIndicator[];
}

export interface PlanObjective extends PlanItem {
  results: PlanItem[];
}

export interface PlanFramework {
  overall: PlanItem;
  objectives: PlanObjective[];
  /** Every expected result, in matrix order. */
  results: PlanItem[];
  /** Ids of the results and of the project objectives, for links that must resolve. */
  resultIds: ReadonlySet<string>;
  objectiveIds: ReadonlySet<string>;
  /** True when nothing at all is filled in: no overall objective text, no project objective. */
  empty: boolean;
}

export interface PlanActivity {
  id: string;
  title: string;
  resultIds: string[];
  startMonth: number | null;
  endMonth: number | null;
  place: string | null;
  parties: string[];
  kind: string | null;
}

const str = (x: unknown) => asString(x);
const intOrNull = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) ? x : null);
const strOrNull = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);
const ids = (x: unknown) => asArray(x).filter((v): v is string => typeof v === 'string' && v !== '');

function readIndicator(x: unknown): PlanIndicator {
  const baseline = field(x, 'baseline');
  const target = field(x, 'target');
  return {
    id: str(field(x, 'id')), text: str(field(x, 'text')),
    baselineValue: str(field(baseline, 'value')), baselineYear: intOrNull(field(baseline, 'year')),
    targetValue: str(field(target, 'value')), targetDate: strOrNull(field(target, 'date')),
    verification: str(field(x, 'verification')),
  };
}

function readItem(x: unknown, level: PlanItem['level'], id: string): PlanItem {
  return { id, level, text: str(field(x, 'text')), indicators: Array.from(asArray(field(x, 'indicators')), readIndicator) };
}

const EMPTY: PlanFramework = {
  overall: { id: 'overall', level: 'overall', text: '', indicators: [] }, objectives: [], results: [],
  resultIds: new Set(), objectiveIds: new Set(), empty: true,
};

/** The framework of a draft, read defensively. */
export function readFramework(framework: unknown): PlanFramework {
  if (typeof framework !== 'object' || framework === null) return EMPTY;
  const overall = readItem(field(framework, 'overallObjective'), 'overall', 'overall');
  const objectives: PlanObjective[] = Array.from(asArray(field(framework, 'projectObjectives')), (o) => ({
    ...readItem(o, 'objective', str(field(o, 'id'))),
    results: Array.from(asArray(field(o, 'results')), (r) => readItem(r, 'result', str(field(r, 'id')))),
  }));
  const results = objectives.flatMap((o) => o.results);
  const view: PlanFramework = {
    overall, objectives, results,
    resultIds: new Set(results.map((r) => r.id)),
    objectiveIds: new Set(objectives.map((o) => o.id)),
    empty: overall.text.trim() === '' && overall.indicators.length === 0 && objectives.length === 0,
  };
  return view;
}

/** The activities of a draft, read defensively. */
export function readActivities(activities: unknown): PlanActivity[] {
  return Array.from(asArray(activities), (a) => ({
    id: str(field(a, 'id')), title: str(field(a, 'title')), resultIds: ids(field(a, 'resultIds')),
    startMonth: intOrNull(field(a, 'startMonth')), endMonth: intOrNull(field(a, 'endMonth')),
    place: strOrNull(field(a, 'place')), parties: ids(field(a, 'parties')), kind: strOrNull(field(a, 'kind')),
  }));
}

/** The numbers the cards show: objectives', results' and indicators' (1, 1.1, 1.1 a), activities' (1.1.1, A1), by id. */
export function numbersOf(framework: PlanFramework, activities: readonly PlanActivity[]): PlanNumbers {
  const indicator = (i: PlanIndicator) => ({ id: i.id }) as Indicator;
  const typed: ResultsFramework = {
    overallObjective: { text: framework.overall.text, note: '', assumptions: '', indicators: framework.overall.indicators.map(indicator) },
    projectObjectives: framework.objectives.map((o) => ({
      id: o.id, text: o.text, note: '', assumptions: '', indicators: o.indicators.map(indicator),
      results: o.results.map((r) => ({ id: r.id, text: r.text, note: '', assumptions: '', indicators: r.indicators.map(indicator) }) as ExpectedResult),
    })),
  };
  return planNumbers(typed, activities as unknown as Activity[]);
}

/** The number of months of the draft's project period, or null while it is not set. */
export function projectMonths(period: unknown): number | null {
  const start = parseDate(field(period, 'start'));
  const end = parseDate(field(period, 'end'));
  if (!start || !end) return null;
  const n = periodMonths(start, end);
  return n > 0 ? n : null;
}

type Memo = Pick<RuleContext, 'memo'>;

/** The draft's framework, read once per check for all the plan rules that run in it. */
export const frameworkOf = (d: Draft, ctx: Memo) => ctx.memo('plan:framework', () => readFramework(d.framework));
/** The draft's activities, read once per check. */
export const activitiesOf = (d: Draft, ctx: Memo) => ctx.memo('plan:activities', () => readActivities(d.activities));
/**
 * Objectives', results' and indicators' numbers, made once per check. They do not depend on the
 * activities, so a rule naming only those need not read 'activities'.
 */
export const numbersFor = (d: Draft, ctx: Memo) => ctx.memo('plan:numbers', () => numbersOf(frameworkOf(d, ctx), []).of);
/** Activities' numbers (1.1.1, A1), made once per check; a rule using them reads 'framework' and 'activities'. */
export const activityNumbersFor = (d: Draft, ctx: Memo) => ctx.memo('plan:activity-numbers', () => numbersOf(frameworkOf(d, ctx), activitiesOf(d, ctx)).activity);
