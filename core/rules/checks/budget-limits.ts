import type { Finding } from '../finding';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, formatSek } from '../read';
import type { Draft } from '../../draft/schema';
import { budgetFacts, limitRowsFor } from '../ceilings';
import { ceilingBreachSeverity, workInputBreachSeverity } from '../breach-severity';
import { textIn } from '../../i18n/lookup';
import { ruleText } from '../rule-text';

type Lang = 'sv' | 'en';

const partiesText = (n: number, lang: Lang) => textIn(lang, 'rules.budgetLimit.parties', { n });

function regionName(ctx: RuleContext, id: string | null, lang: 'sv' | 'en'): string {
  const r = id ? ctx.index.region.get(id) : undefined;
  return r ? r[lang] : '';
}

function checkLimits(id: string, d: Draft, ctx: RuleContext): Finding[] {
  const rows = limitRowsFor(ctx.pack, d.component, asArray(d.partners).length + 1).filter((r) => r.ruleId === id);
  if (rows.length === 0) return [];
  const f = budgetFacts(d, ctx.pack);
  const comp = ctx.index.component.get(d.component as string);
  const out: Finding[] = [];
  for (const row of rows) {
    if (row.amountSek === null || (row.region !== null && row.region !== f.region)) continue;
    const limit = row.amountSek * 100;
    const what = (l: Lang) => textIn(l, row.region ? 'rules.budgetLimit.whatInRegion' : 'rules.budgetLimit.what', {
      component: comp?.[l] ?? asString(d.component), parties: partiesText(f.parties, l), region: row.region ? regionName(ctx, row.region, l) : '',
    });
    const per = (l: Lang) => textIn(l, `rules.budgetLimit.per.${row.per}`);
    const common = { severity: ceilingBreachSeverity(ctx.config, row), sources: row.sources, confidence: row.confidence };
    const periods: Array<{ year?: number; sum: number; work: number }> = row.per === 'total'
      ? [{ sum: f.total, work: f.workTotal }]
      : [...f.byYear.keys()].sort((a, b) => a - b).map((y) => ({ year: y, sum: f.byYear.get(y) ?? 0, work: f.workByYear.get(y) ?? 0 }));
    for (const p of periods) {
      const label = (l: Lang) => (p.year === undefined ? textIn(l, 'rules.budgetLimit.budget') : textIn(l, 'rules.budgetLimit.budgetYear', { year: p.year }));
      const location = p.year === undefined ? { kind: 'budget-total' } as const : { kind: 'budget-total', year: p.year } as const;
      if (p.sum > limit) {
        out.push(finding(ctx, { ...common, location, message: ruleText(`rules.budgetLimit.over.${row.kind}`, (l) => ({
          label: label(l), sum: formatSek(p.sum, l), what: what(l), limit: formatSek(limit, l), per: per(l), excess: formatSek(p.sum - limit, l),
        })) }));
      }
      if (row.workInputSek !== undefined && p.work > row.workInputSek * 100) {
        const wl = row.workInputSek * 100;
        out.push(finding(ctx, { ...common, severity: workInputBreachSeverity(ctx.config, row), location, message: ruleText('rules.budgetLimit.workInput', (l) => ({
          labelLower: label(l).toLowerCase(), work: formatSek(p.work, l), limit: formatSek(wl, l), per: per(l),
        })) }));
      }
    }
  }
  return out;
}

function limitRule(id: string, title: RuleDefinition['title']): RuleDefinition {
  return { id, title, units: single(['component', 'partners', 'budget'], (d, ctx) => checkLimits(id, d, ctx)) };
}

/** BUD-01: inception total, two parties. */
export const bud01 = limitRule('BUD-01', ruleText('rules.BUD-01.title'));
/** BUD-02: trilateral inception total. */
export const bud02 = limitRule('BUD-02', ruleText('rules.BUD-02.title'));
/** BUD-03: multi-party inception guide value. */
export const bud03 = limitRule('BUD-03', ruleText('rules.BUD-03.title'));
/** BUD-04: project per year, two parties. */
export const bud04 = limitRule('BUD-04', ruleText('rules.BUD-04.title'));
/** BUD-05: trilateral project per year. */
export const bud05 = limitRule('BUD-05', ruleText('rules.BUD-05.title'));
/** BUD-06: multi-party project per year (Europe only). */
export const bud06 = limitRule('BUD-06', ruleText('rules.BUD-06.title'));
/** BUD-07: steering group per year and its work-input share. */
export const bud07 = limitRule('BUD-07', ruleText('rules.BUD-07.title'));

/** BUD-14: no ceiling is known for the draft: say so instead of passing silently. */
export const bud14: RuleDefinition = {
  id: 'BUD-14',
  title: ruleText('rules.BUD-14.title'),
  units: single(['component', 'partners', 'budget'], (d, ctx) => {
    const comp = ctx.index.component.get(d.component as string);
    if (!comp) return [];
    const f = budgetFacts(d, ctx.pack);
    const rows = limitRowsFor(ctx.pack, d.component, f.parties);
    const known = rows.some((r) => r.amountSek !== null && (r.region === null || r.region === f.region));
    if (known) return [];
    const regional = rows.length > 0 && rows.every((r) => r.region !== null);
    const reason = !regional ? 'noCeiling' : f.regionProblem === 'no-country' ? 'noCountry' : f.regionProblem === 'mixed' ? 'mixed' : f.regionProblem === 'no-region' ? 'noRegion' : 'noCeiling';
    const why = (l: Lang) => textIn(l, `rules.BUD-14.why.${reason}`, { componentLower: comp[l].toLowerCase(), parties: partiesText(f.parties, l) });
    return [finding(ctx, {
      message: ruleText('rules.BUD-14.unknown', (l) => ({ why: why(l) })),
      location: { kind: 'budget-total' },
      sources: rows.flatMap((r) => r.sources),
    })];
  }),
};
