import type { Finding } from '../finding';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, formatSek } from '../read';
import type { Draft } from '../../draft/schema';
import { budgetFacts, limitRowsFor } from '../ceilings';
import { ceilingBreachSeverity, workInputBreachSeverity } from '../breach-severity';

const partiesText = (n: number) => ({ sv: `${n} parter`, en: `${n} parties` });

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
    const what = {
      sv: `${comp?.sv ?? String(d.component)} med ${partiesText(f.parties).sv}${row.region ? ` i ${regionName(ctx, row.region, 'sv')}` : ''}`,
      en: `${comp?.en ?? String(d.component)} with ${partiesText(f.parties).en}${row.region ? ` in ${regionName(ctx, row.region, 'en')}` : ''}`,
    };
    const kind = row.kind === 'max' ? { sv: 'taket', en: 'the maximum' } : { sv: 'riktpunkten', en: 'the guide value' };
    const common = { severity: ceilingBreachSeverity(ctx.config, row), sources: row.sources, confidence: row.confidence };
    const periods: Array<{ year?: number; sum: number; work: number }> = row.per === 'total'
      ? [{ sum: f.total, work: f.workTotal }]
      : [...f.byYear.keys()].sort((a, b) => a - b).map((y) => ({ year: y, sum: f.byYear.get(y) ?? 0, work: f.workByYear.get(y) ?? 0 }));
    for (const p of periods) {
      const label = p.year === undefined ? { sv: 'Budgeten', en: 'The budget' } : { sv: `Budgeten för år ${p.year}`, en: `The budget for year ${p.year}` };
      const per = row.per === 'year' ? { sv: ' per år', en: ' per year' } : { sv: ' totalt', en: ' in total' };
      const location = p.year === undefined ? { kind: 'budget-total' } as const : { kind: 'budget-total', year: p.year } as const;
      if (p.sum > limit) {
        out.push(finding(ctx, { ...common, location, message: {
          sv: `${label.sv} är ${formatSek(p.sum, 'sv')}; ${kind.sv} för ${what.sv} är ${formatSek(limit, 'sv')}${per.sv}. Minska med ${formatSek(p.sum - limit, 'sv')}${row.kind === 'guide' ? ' eller stäm av nivån med ICLD' : ''}.`,
          en: `${label.en} is ${formatSek(p.sum, 'en')}; ${kind.en} for ${what.en} is ${formatSek(limit, 'en')}${per.en}. Reduce it by ${formatSek(p.sum - limit, 'en')}${row.kind === 'guide' ? ' or agree the level with ICLD' : ''}.` } }));
      }
      if (row.workInputSek !== undefined && p.work > row.workInputSek * 100) {
        const wl = row.workInputSek * 100;
        out.push(finding(ctx, { ...common, severity: workInputBreachSeverity(ctx.config, row), location, message: {
          sv: `Arbetsinsatserna i ${label.sv.toLowerCase()} är ${formatSek(p.work, 'sv')}; riktpunkten är ${formatSek(wl, 'sv')}${per.sv}. Minska arbetsinsatserna eller stäm av med ICLD.`,
          en: `Work input in ${label.en.toLowerCase()} is ${formatSek(p.work, 'en')}; the guide value is ${formatSek(wl, 'en')}${per.en}. Reduce the work input or agree it with ICLD.` } }));
      }
    }
  }
  return out;
}

function limitRule(id: string, title: RuleDefinition['title']): RuleDefinition {
  return { id, title, units: single(['component', 'partners', 'budget'], (d, ctx) => checkLimits(id, d, ctx)) };
}

/** BUD-01: inception total, two parties. */
export const bud01 = limitRule('BUD-01', { sv: 'Tak för förberedelse (två parter), totalt', en: 'Inception ceiling (two parties), total' });
/** BUD-02: trilateral inception total. */
export const bud02 = limitRule('BUD-02', { sv: 'Tak för förberedelse i trepartssamarbete, totalt', en: 'Trilateral inception ceiling, total' });
/** BUD-03: multi-party inception guide value. */
export const bud03 = limitRule('BUD-03', { sv: 'Riktpunkt för förberedelse i flerpartssamarbete', en: 'Multi-party inception guide value' });
/** BUD-04: project per year, two parties. */
export const bud04 = limitRule('BUD-04', { sv: 'Tak för projekt (två parter) per år', en: 'Project ceiling (two parties) per year' });
/** BUD-05: trilateral project per year. */
export const bud05 = limitRule('BUD-05', { sv: 'Tak för projekt i trepartssamarbete per år', en: 'Trilateral project ceiling per year' });
/** BUD-06: multi-party project per year (Europe only). */
export const bud06 = limitRule('BUD-06', { sv: 'Tak för projekt i flerpartssamarbete per år (Europa)', en: 'Multi-party project ceiling per year (Europe)' });
/** BUD-07: steering group per year and its work-input share. */
export const bud07 = limitRule('BUD-07', { sv: 'Riktpunkt för styrgrupp per år och arbetsinsatsernas andel', en: 'Steering-group guide value per year and work-input share' });

/** BUD-14: no ceiling is known for the draft: say so instead of passing silently. */
export const bud14: RuleDefinition = {
  id: 'BUD-14',
  title: { sv: 'Okänt budgettak visas som okänt', en: 'An unknown ceiling is shown as unknown' },
  units: single(['component', 'partners', 'budget'], (d, ctx) => {
    const comp = ctx.index.component.get(d.component as string);
    if (!comp) return [];
    const f = budgetFacts(d, ctx.pack);
    const rows = limitRowsFor(ctx.pack, d.component, f.parties);
    const known = rows.some((r) => r.amountSek !== null && (r.region === null || r.region === f.region));
    if (known) return [];
    const regional = rows.length > 0 && rows.every((r) => r.region !== null);
    let why = { sv: `Utgåvan anger inget budgettak för ${comp.sv.toLowerCase()} med ${partiesText(f.parties).sv}.`, en: `The edition states no budget ceiling for ${comp.en.toLowerCase()} with ${partiesText(f.parties).en}.` };
    if (regional && f.regionProblem === 'no-country') why = { sv: 'Taket beror på partnerlandets budgetregion, men inget giltigt partnerland är valt.', en: 'The ceiling depends on the partner country\'s budget region, but no valid partner country is chosen.' };
    else if (regional && f.regionProblem === 'mixed') why = { sv: 'Partnerländerna ligger i olika budgetregioner, så taket är oklart.', en: 'The partner countries are in different budget regions, so the ceiling is unclear.' };
    else if (regional && f.regionProblem === 'no-region') why = { sv: 'Partnerlandet hör inte till någon budgetregion med känt tak.', en: 'The partner country belongs to no budget region with a known ceiling.' };
    return [finding(ctx, {
      message: { sv: `Budgettaket är okänt – bekräfta det med ICLD. ${why.sv}`, en: `Ceiling unknown – confirm with ICLD. ${why.en}` },
      location: { kind: 'budget-total' },
      sources: rows.flatMap((r) => r.sources),
    })];
  }),
};
