import { z } from 'zod';
import type { Finding } from '../finding';
import { finding } from '../rule';
import { asArray, asString, field } from '../read';
import { ruleText } from '../rule-text';
import { textIn } from '../../i18n/lookup';
import { listed, named, planRule, PlanParams, projectMonthName } from './plan-rule';
import { activitiesOf, activityNumbersFor, frameworkOf, numbersFor, projectMonths } from './plan-read';

/**
 * The activity plan against the framework and the period: every activity serves a result, every
 * result has activities, every activity lies inside the project, and an inception plans the
 * visits it is funded for.
 */

const at = (activityId: string, f?: string) => ({ kind: 'activity', activityId, ...(f ? { field: f } : {}) } as const);

/** LF-04: every activity serves an expected result that exists. */
export const lf04 = planRule('LF-04', ruleText('rules.LF-04.title'), PlanParams, ['framework', 'activities'], (d, ctx) => {
  const fw = frameworkOf(d, ctx);
  // Without any result there is nothing to link to; LF-01 says so once.
  if (fw.results.length === 0) return [];
  const activities = activitiesOf(d, ctx);
  const numbers = activityNumbersFor(d, ctx);
  const out: Finding[] = [];
  for (const a of activities) {
    const item = named('activity', numbers.get(a.id) ?? '', a.title);
    const kept = a.resultIds.filter((id) => fw.resultIds.has(id));
    if (kept.length === 0) {
      out.push(finding(ctx, { location: at(a.id, 'resultIds'), message: ruleText(a.resultIds.length ? 'rules.LF-04.goneOnly' : 'rules.LF-04.none', item) }));
    } else if (kept.length < a.resultIds.length) {
      out.push(finding(ctx, {
        severity: 'info', location: at(a.id, 'resultIds'), message: ruleText('rules.LF-04.gone', item),
        fix: { label: ruleText('rules.LF-04.removeGone'), edits: [{ path: ['activities', { id: a.id }, 'resultIds'], value: kept }] },
      }));
    }
  }
  return out;
});

/** AP-03: every expected result has at least one activity (an empty plan is reported once). */
export const ap03 = planRule('AP-03', ruleText('rules.AP-03.title'), PlanParams, ['framework', 'activities'], (d, ctx) => {
  const fw = frameworkOf(d, ctx);
  if (fw.results.length === 0) return [];
  const activities = activitiesOf(d, ctx);
  if (activities.length === 0) {
    return [finding(ctx, { location: { kind: 'activity-plan' }, message: ruleText('rules.AP-03.emptyPlan', () => ({ count: fw.results.length })) })];
  }
  const served = new Set(activities.flatMap((a) => a.resultIds));
  const numbers = numbersFor(d, ctx);
  return fw.results.filter((r) => !served.has(r.id)).map((r) => finding(ctx, {
    location: { kind: 'framework-item', itemId: r.id }, message: ruleText('rules.AP-03.noActivity', named('result', numbers.get(r.id) ?? '', r.text)),
  }));
});

/** AP-02: activities have dates, in order, inside the project period. */
export const ap02 = planRule('AP-02', ruleText('rules.AP-02.title'), PlanParams, ['framework', 'activities', 'period'], (d, ctx) => {
  const activities = activitiesOf(d, ctx);
  const numbers = activityNumbersFor(d, ctx);
  const months = projectMonths(d.period);
  const start = field(d.period, 'start');
  const out: Finding[] = [];
  for (const a of activities) {
    const item = named('activity', numbers.get(a.id) ?? '', a.title);
    if (a.startMonth === null || a.endMonth === null) {
      out.push(finding(ctx, { severity: 'info', location: at(a.id, a.startMonth === null ? 'startMonth' : 'endMonth'), message: ruleText('rules.AP-02.noDates', item) }));
    } else if (a.endMonth < a.startMonth) {
      out.push(finding(ctx, { location: at(a.id, 'endMonth'), message: ruleText('rules.AP-02.endsBeforeStart', item) }));
    } else if (months !== null && a.endMonth > months) {
      out.push(finding(ctx, {
        location: at(a.id, a.startMonth > months ? 'startMonth' : 'endMonth'),
        message: ruleText('rules.AP-02.afterEnd', (l) => ({ ...item(l), month: projectMonthName(start, a.endMonth!, l), last: projectMonthName(start, months, l) })),
      }));
    }
  }
  return out;
});

const Ap04Params = PlanParams.extend({
  /** The kinds of activity that count as a partner visit. */
  visitKinds: z.array(z.string().min(1)).min(1),
});

/** AP-04: an inception plans a partner visit in Sweden and one in each partner's country. */
export const ap04 = planRule('AP-04', ruleText('rules.AP-04.title'), Ap04Params, ['framework', 'activities', 'partners'], (d, ctx, p) => {
  const activities = activitiesOf(d, ctx);
  if (activities.length === 0) return [finding(ctx, { severity: 'info', location: { kind: 'activity-plan' }, message: ruleText('rules.AP-04.emptyPlan') })];
  const visits = activities.filter((a) => a.kind !== null && p.visitKinds.includes(a.kind));
  const partners = asArray(d.partners).filter((x) => field(x, 'role') === 'partner');
  const out: Finding[] = [];
  if (!visits.some((v) => v.place === 'sweden')) {
    out.push(finding(ctx, { location: { kind: 'activity-plan' }, message: ruleText('rules.AP-04.noneInSweden') }));
  }
  const missing = partners.filter((x) => {
    const id = asString(field(x, 'id'));
    // With one partner any visit to the partner country is to it; with more, the visit names who takes part.
    return !visits.some((v) => v.place === 'partner_country' && (partners.length === 1 || v.parties.includes(id)));
  });
  if (missing.length) {
    const names = (l: 'sv' | 'en') => missing.map((x) => {
      const country = ctx.index.countryByCode.get(asString(field(x, 'country')));
      return country ? country[l] : asString(field(x, 'organisation')).trim() || textIn(l, 'rules.AP-04.partnerCountry');
    });
    out.push(finding(ctx, { location: { kind: 'activity-plan' }, message: ruleText('rules.AP-04.noneAbroad', (l) => ({ countries: listed(names(l), l) })) }));
  }
  return out;
});
