import type { Finding } from '../finding';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asAmount, asArray, asString, field, parseDate, periodMonths } from '../read';
import type { Draft } from '../../draft/schema';
import { ruleText, type RuleTextKey } from '../rule-text';
import { describedCosts, ineligibleLineFix } from './cost-lines';

type Text = { sv: string; en: string };

/** Why a category is not financed, per rule (BUD-13's names the category). */
const notFinanced: Record<string, RuleTextKey> = {
  'BUD-09': 'rules.BUD-09.notFinanced',
  'BUD-10': 'rules.BUD-10.notFinanced',
  'BUD-11': 'rules.BUD-11.notFinanced',
  'BUD-13': 'rules.BUD-13.notFinanced',
};

function checkCategories(id: string, d: Draft, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const line of asArray(d.budget)) {
    const catId = asString(field(line, 'category'));
    const location = { kind: 'budget-line', lineId: asString(field(line, 'id')), field: 'category' } as const;
    const cat = ctx.index.category.get(catId);
    if (!cat) {
      if (id !== 'BUD-12') continue;
      out.push(finding(ctx, { location, message: catId === '' ? ruleText('rules.category.none') : ruleText('rules.category.unknown', () => ({ category: catId })) }));
      continue;
    }
    if (cat.status === 'eligible' || (cat.reportedBy ?? 'BUD-12') !== id) continue;
    const uncertain = cat.status === 'unknown';
    const key = uncertain ? 'rules.category.unconfirmed' : notFinanced[id] ?? 'rules.category.notFinanced';
    const message = ruleText(key, (l) => ({ category: cat[l], categoryLower: cat[l].toLowerCase() }));
    // Only where the guidelines say the cost is not paid: an unconfirmed category may be fine.
    const fix = notFinanced[id] && !uncertain ? ineligibleLineFix(cat, location.lineId, ctx) : undefined;
    out.push(finding(ctx, { severity: uncertain ? 'info' : undefined, message, location, sources: cat.sources, confidence: cat.confidence, fix }));
  }
  return out;
}

function categoryRule(id: string, title: Text): RuleDefinition {
  return { id, title, units: single(['budget'], (d, ctx) => [...checkCategories(id, d, ctx), ...describedCosts(id, d, ctx)]) };
}

/** BUD-09: no salaries, also when a line's description names one under another category. */
export const bud09 = categoryRule('BUD-09', ruleText('rules.BUD-09.title'));
/** BUD-10: no per diem, also when a line's description names one under another category. */
export const bud10 = categoryRule('BUD-10', ruleText('rules.BUD-10.title'));
/** BUD-11: no costs for extra days. */
export const bud11 = categoryRule('BUD-11', ruleText('rules.BUD-11.title'));
/** BUD-12: only categories the guidelines mention. */
export const bud12 = categoryRule('BUD-12', ruleText('rules.BUD-12.title'));
/** BUD-13: costs new in 2019 are not eligible under 2016. */
export const bud13 = categoryRule('BUD-13', ruleText('rules.BUD-13.title'));

/** BUD-08: a multi-year budget is shown per project year. */
export const bud08: RuleDefinition = {
  id: 'BUD-08',
  title: ruleText('rules.BUD-08.title'),
  units: single(['period', 'budget'], (d, ctx) => {
    const start = parseDate(field(d.period, 'start'));
    const end = parseDate(field(d.period, 'end'));
    const lines = asArray(d.budget);
    if (!start || !end || lines.length === 0) return [];
    const years = Math.max(1, Math.ceil(periodMonths(start, end) / 12));
    const out: Finding[] = [];
    const used = new Set(lines.map((l) => field(l, 'year')));
    if (years > 1 && used.size === 1) {
      out.push(finding(ctx, { location: { kind: 'budget-total' }, message: ruleText('rules.BUD-08.oneYear', () => ({ years })) }));
    }
    for (const l of lines) {
      const y = field(l, 'year');
      if (typeof y === 'number' && y > years) {
        out.push(finding(ctx, { location: { kind: 'budget-line', lineId: asString(field(l, 'id')), field: 'year' },
          message: ruleText('rules.BUD-08.pastPeriod', () => ({ year: y, count: years })) }));
      }
    }
    return out;
  }),
};

/** DOC-06: budget lines are named so they match what will be reported. */
export const doc06: RuleDefinition = {
  id: 'DOC-06',
  title: ruleText('rules.DOC-06.title'),
  units: single(['budget'], (d, ctx) => asArray(d.budget)
    .filter((l) => asString(field(l, 'description')).trim() === '')
    .map((l) => finding(ctx, {
      location: { kind: 'budget-line', lineId: asString(field(l, 'id')), field: 'description' },
      message: ruleText('rules.DOC-06.noDescription'),
    }))),
};

/** REP-01: the Swedish partner pre-finances; ICLD reimburses after reports. */
export const rep01: RuleDefinition = {
  id: 'REP-01',
  title: ruleText('rules.REP-01.title'),
  units: single(['budget'], (d, ctx) => {
    if (!asArray(d.budget).some((l) => asAmount(field(l, 'amountOre')) > 0)) return [];
    return [finding(ctx, { location: { kind: 'budget-total' }, message: ruleText('rules.REP-01.preFinance') })];
  }),
};
