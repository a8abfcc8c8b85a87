import type { Finding } from '../finding';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asString, compareDates, field, parseDate, periodMonths } from '../read';
import type { Draft } from '../../draft/schema';
import { ruleText } from '../rule-text';
import { componentNeedsRule } from './annexes';

/** COMP-01: the component is one of the edition's components. */
export const comp01: RuleDefinition = {
  id: 'COMP-01',
  title: ruleText('rules.COMP-01.title'),
  units: single(['component'], (d, ctx) => {
    const c = ctx.index.component.get(d.component as string);
    const location = { kind: 'field', field: 'component' } as const;
    const list = ctx.pack.components.filter((x) => x.status === 'eligible');
    if (!c) {
      return [finding(ctx, {
        message: ruleText('rules.COMP-01.unknown', (l) => ({ component: asString(d.component), components: list.map((x) => x[l]).join(', ') })),
        location,
      })];
    }
    if (c.status === 'eligible') return [];
    return [finding(ctx, {
      severity: c.status === 'unknown' ? 'warning' : undefined,
      message: ruleText(c.status === 'unknown' ? 'rules.COMP-01.unconfirmed' : 'rules.COMP-01.notOffered', (l) => ({
        component: c[l], components: list.map((x) => x[l]).join(', '),
      })),
      location, sources: c.sources, confidence: c.confidence,
    })];
  }),
};

function checkDuration(id: string, d: Draft, ctx: RuleContext): Finding[] {
  const c = ctx.index.component.get(d.component as string);
  const rule = c?.duration;
  if (!c || !rule || rule.ruleId !== id) return [];
  const start = parseDate(field(d.period, 'start'));
  const end = parseDate(field(d.period, 'end'));
  if (!start || !end) return [];
  const location = { kind: 'field', field: 'period' } as const;
  const base = { location, sources: rule.sources, confidence: rule.confidence };
  if (compareDates(end, start) < 0) {
    return [finding(ctx, { ...base, message: ruleText('rules.duration.endsBeforeStart') })];
  }
  const months = periodMonths(start, end);
  if (rule.maxMonths !== undefined && months > rule.maxMonths) {
    const maxMonths = rule.maxMonths;
    return [finding(ctx, { ...base, message: ruleText('rules.duration.tooLong', (l) => ({ months, componentLower: c[l].toLowerCase(), maxMonths })) })];
  }
  if (rule.minMonths !== undefined && months < rule.minMonths) {
    const minMonths = rule.minMonths;
    return [finding(ctx, { ...base, severity: 'warning', message: ruleText('rules.duration.tooShort', (l) => ({ months, componentLower: c[l].toLowerCase(), minMonths })) })];
  }
  return [];
}

function durationRule(id: string, title: RuleDefinition['title']): RuleDefinition {
  return { id, title, units: single(['component', 'period'], (d, ctx) => checkDuration(id, d, ctx)) };
}

/** DUR-01: an inception period lasts at most about a year. */
export const dur01 = durationRule('DUR-01', ruleText('rules.DUR-01.title'));
/** DUR-02: a project lasts 12–36 months. */
export const dur02 = durationRule('DUR-02', ruleText('rules.DUR-02.title'));

/** PRE-01: a project confirms the completed project-planning tool. */
export const pre01 = componentNeedsRule('PRE-01', ruleText('rules.PRE-01.title'));
/** PRE-02: a new partnership has had an inception before a project. */
export const pre02 = componentNeedsRule('PRE-02', ruleText('rules.PRE-02.title'));
/** PRE-03: a project comes with a steering-group application. */
export const pre03 = componentNeedsRule('PRE-03', ruleText('rules.PRE-03.title'));
/** PRE-04: development/expansion and dissemination build on an existing partnership. */
export const pre04 = componentNeedsRule('PRE-04', ruleText('rules.PRE-04.title'));
