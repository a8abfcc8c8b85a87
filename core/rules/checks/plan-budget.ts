import { z } from 'zod';
import type { Finding, QuickFix } from '../finding';
import { finding, type RuleContext } from '../rule';
import { asAmount, asArray, asString, field, formatSek } from '../read';
import { ruleText } from '../rule-text';
import { itemName, named, planRule, PlanParams } from './plan-rule';
import { activitiesOf, activityNumbersFor, type PlanActivity } from './plan-read';
import type { Draft } from '../../draft/schema';

/**
 * The budget against the activity plan: ICLD pays only for costs tied to the planned work
 * (budget guidelines), so travel and activity costs name the activity they pay for, the link
 * resolves, trips have travel costs and travel costs have trips, and the budget per activity adds
 * up to each year's total.
 */

interface Line {
  id: string;
  category: string;
  year: number | null;
  amount: number;
  description: string;
  activityId: string | null;
}

function readLines(budget: unknown): Line[] {
  return Array.from(asArray(budget), (l) => {
    const a = field(l, 'activityId');
    const y = field(l, 'year');
    return {
      id: asString(field(l, 'id')), category: asString(field(l, 'category')), year: typeof y === 'number' && Number.isInteger(y) ? y : null,
      amount: asAmount(field(l, 'amountOre')), description: asString(field(l, 'description')), activityId: typeof a === 'string' && a !== '' ? a : null,
    };
  });
}

interface Plan {
  activities: PlanActivity[];
  byId: ReadonlyMap<string, PlanActivity>;
  numbers: ReadonlyMap<string, string>;
  lines: Line[];
}

/** The plan and the budget as these rules read them, once per check. */
function readPlan(d: Draft, ctx: RuleContext): Plan {
  return ctx.memo('plan:budget', () => {
    const activities = activitiesOf(d, ctx);
    return { activities, byId: new Map(activities.map((a) => [a.id, a])), numbers: activityNumbersFor(d, ctx), lines: readLines(d.budget) };
  });
}

const lineAt = (lineId: string) => ({ kind: 'budget-line', lineId, field: 'activityId' } as const);
const activityNamed = (plan: Plan, a: PlanActivity) => named('activity', plan.numbers.get(a.id) ?? '', a.title);
const linkEdit = (lineId: string, value: string | null) => ({ path: ['budget', { id: lineId }, 'activityId'], value });
const READS = ['framework', 'activities', 'budget'] as const;

/**
 * The activity a line most likely pays for: the only activity of the plan, or the only one whose
 * title the line's description contains. Null when that cannot be told.
 */
function likelyActivity(plan: Plan, line: Line): PlanActivity | null {
  if (plan.activities.length === 1) return plan.activities[0]!;
  const text = line.description.toLowerCase();
  const named = plan.activities.filter((a) => a.title.trim().length >= 4 && text.includes(a.title.trim().toLowerCase()));
  return named.length === 1 ? named[0]! : null;
}

function linkFix(plan: Plan, line: Line, a: PlanActivity): QuickFix {
  return { label: ruleText('rules.planBudget.linkTo', (l) => ({ item: itemName('activity', plan.numbers.get(a.id) ?? '', a.title, l) })), edits: [linkEdit(line.id, a.id)] };
}

/** The categories of travel and activity costs: the pack's group of them. */
const isActivityCost = (ctx: RuleContext, category: string) => ctx.index.category.get(category)?.group === 'travel_activities';

/** AP-06: every travel or activity cost line is linked to an activity (once the plan has activities). */
export const ap06 = planRule('AP-06', ruleText('rules.AP-06.title'), PlanParams, READS, (d, ctx) => {
  const plan = readPlan(d, ctx);
  if (plan.activities.length === 0) return [];
  return plan.lines.filter((l) => l.activityId === null && isActivityCost(ctx, l.category)).map((l) => {
    const likely = likelyActivity(plan, l);
    return finding(ctx, { location: lineAt(l.id), message: ruleText('rules.AP-06.unlinked'), ...(likely ? { fix: linkFix(plan, l, likely) } : {}) });
  });
});

/** AP-09: a line's activity still exists (it may have been deleted since it was linked). */
export const ap09 = planRule('AP-09', ruleText('rules.AP-09.title'), PlanParams, READS, (d, ctx) => {
  const plan = readPlan(d, ctx);
  return plan.lines.filter((l) => l.activityId !== null && !plan.byId.has(l.activityId)).map((l) => {
    const likely = likelyActivity(plan, l);
    const fix = likely ? linkFix(plan, l, likely) : { label: ruleText('rules.planBudget.unlink'), edits: [linkEdit(l.id, null)] };
    return finding(ctx, { location: lineAt(l.id), message: ruleText('rules.AP-09.gone'), fix });
  });
});

/** AP-07: per project year, the budget per activity adds up to the year's total. */
export const ap07 = planRule('AP-07', ruleText('rules.AP-07.title'), PlanParams, READS, (d, ctx) => {
  const plan = readPlan(d, ctx);
  // Only once linking has begun: before that AP-06 says what to link, line by line.
  if (plan.activities.length === 0 || !plan.lines.some((l) => l.activityId !== null && plan.byId.has(l.activityId))) return [];
  const years = new Map<number, { total: number; unassigned: number }>();
  for (const l of plan.lines) {
    if (l.year === null) continue;
    const y = years.get(l.year) ?? { total: 0, unassigned: 0 };
    y.total += l.amount;
    if (l.activityId === null || !plan.byId.has(l.activityId)) y.unassigned += l.amount;
    years.set(l.year, y);
  }
  return [...years].sort(([a], [b]) => a - b).filter(([, y]) => y.unassigned > 0).map(([year, y]) => finding(ctx, {
    location: { kind: 'budget-total', year },
    message: ruleText('rules.AP-07.unassigned', (l) => ({ year, amount: formatSek(y.unassigned, l), total: formatSek(y.total, l) })),
  }));
});

const TravelParams = PlanParams.extend({
  /** Cost categories that pay for a journey. */
  travelCategories: z.array(z.string().min(1)).min(1),
  /** Kinds of activity that are journeys by nature (partner visit, study visit). */
  travelKinds: z.array(z.string().min(1)).min(1),
});
type TravelParams = z.infer<typeof TravelParams>;

/**
 * Whether someone leaves home for the activity: true, false, or null while place or parties are
 * not filled in. A meeting in Sweden is a journey for the partners; one in the partner country,
 * for the Swedish side.
 */
function travels(a: PlanActivity, p: TravelParams): boolean | null {
  if (a.place === 'digital') return false;
  if (a.place !== 'sweden' && a.place !== 'partner_country') return null;
  if (a.parties.length === 0) return a.kind !== null && p.travelKinds.includes(a.kind) ? true : null;
  return a.place === 'sweden' ? a.parties.some((x) => x !== 'swedish') : a.parties.includes('swedish');
}

/** AP-10: a partner or study visit that takes someone abroad has travel costs linked to it. */
export const ap10 = planRule('AP-10', ruleText('rules.AP-10.title'), TravelParams, READS, (d, ctx, p) => {
  const plan = readPlan(d, ctx);
  const paid = new Set(plan.lines.filter((l) => l.amount > 0 && p.travelCategories.includes(l.category)).map((l) => l.activityId));
  return plan.activities
    .filter((a) => a.kind !== null && p.travelKinds.includes(a.kind) && travels(a, p) === true && !paid.has(a.id))
    .map((a) => finding(ctx, { location: { kind: 'activity', activityId: a.id }, message: ruleText('rules.AP-10.noTravelCost', activityNamed(plan, a)) }));
});

const Ap11Params = TravelParams.extend({
  /**
   * Travel categories spent inside the partner country (local travel): in place on any activity
   * there, including the partner's own work at home, such as dialogues held across its wards.
   */
  localCategories: z.array(z.string().min(1)),
});

/** AP-11: travel costs are linked to an activity that someone travels to. */
export const ap11 = planRule('AP-11', ruleText('rules.AP-11.title'), Ap11Params, READS, (d, ctx, p) => {
  const plan = readPlan(d, ctx);
  const out: Finding[] = [];
  for (const l of plan.lines) {
    const a = l.activityId === null ? undefined : plan.byId.get(l.activityId);
    if (!a || !p.travelCategories.includes(l.category) || travels(a, p) !== false) continue;
    if (a.place === 'partner_country' && p.localCategories.includes(l.category)) continue;
    const key = a.place === 'digital' ? 'rules.AP-11.digital' : 'rules.AP-11.atHome';
    out.push(finding(ctx, { location: lineAt(l.id), message: ruleText(key, activityNamed(plan, a)) }));
  }
  return out;
});
