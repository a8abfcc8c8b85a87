import type { Draft } from '../draft/schema';
import { ceilingBreachSeverity, ruleConfig, workInputBreachSeverity } from './breach-severity';
import type { Severity } from './finding';
import { indexPack, resolveCountry } from './pack-index';
import type { BudgetLimit, RulePack } from './pack-schema';
import { asAmount, asArray, asString, field } from './read';

/** What a draft's budget ceilings depend on, and its sums (amounts in öre). */
export interface BudgetFacts {
  /** Parties, the Swedish applicant included. */
  parties: number;
  /** The partners' budget region; null when unknown or when partners are in different regions. */
  region: string | null;
  regionProblem: 'none' | 'no-country' | 'no-region' | 'mixed';
  total: number;
  byYear: Map<number, number>;
  /** Lines whose category belongs to the work-input group. */
  workTotal: number;
  workByYear: Map<number, number>;
}

/** Party count, budget region and sums of a draft's budget. Total on malformed drafts. */
export function budgetFacts(d: Draft, pack: RulePack): BudgetFacts {
  const index = indexPack(pack);
  const partners = asArray(field(d, 'partners'));
  const regions = new Set<string | null>();
  let anyUnknown = false;
  for (const p of partners) {
    if (field(p, 'role') !== 'partner') continue;
    const r = resolveCountry(pack, asString(field(p, 'country')));
    if (r.kind === 'unknown') anyUnknown = true;
    else regions.add(r.country.budgetRegion);
  }
  let region: string | null = null;
  let regionProblem: BudgetFacts['regionProblem'] = 'none';
  if (anyUnknown || regions.size === 0) regionProblem = 'no-country';
  else if (regions.size > 1) regionProblem = 'mixed';
  else {
    region = [...regions][0] ?? null;
    if (region === null) regionProblem = 'no-region';
  }
  const facts: BudgetFacts = { parties: 1 + partners.length, region, regionProblem, total: 0, byYear: new Map(), workTotal: 0, workByYear: new Map() };
  for (const line of asArray(field(d, 'budget'))) {
    const amount = asAmount(field(line, 'amountOre'));
    const year = field(line, 'year');
    const y = typeof year === 'number' && Number.isInteger(year) ? year : 0;
    facts.total += amount;
    facts.byYear.set(y, (facts.byYear.get(y) ?? 0) + amount);
    if (index.category.get(asString(field(line, 'category')))?.group === 'work_input') {
      facts.workTotal += amount;
      facts.workByYear.set(y, (facts.workByYear.get(y) ?? 0) + amount);
    }
  }
  return facts;
}

/** The limit rows for a component and party count, whatever the region. */
export function limitRowsFor(pack: RulePack, component: unknown, parties: number): BudgetLimit[] {
  return pack.budgetLimits.filter((r) =>
    r.components.includes(component as never) && parties >= r.parties.min && (r.parties.max === undefined || parties <= r.parties.max));
}

/** A ceiling or guide value that applies to a draft, in öre. */
export interface AppliedLimit {
  ruleId: string;
  kind: 'max' | 'guide';
  per: 'year' | 'total';
  amountOre: number;
  /** The severity of the finding when the budget passes it; null when the edition does not check it. */
  severity: Severity | null;
  workInputOre?: number;
  /** Likewise for the work-input guide value. */
  workInputSeverity?: Severity | null;
  sources: string[];
}

/**
 * The ceilings that apply to a draft under an edition, for showing beside the budget totals:
 * the known ones, or `unknown` with the reason (the UI then says "ceiling unknown – ask ICLD").
 */
export function applicableLimits(draft: Draft, pack: RulePack):
  | { status: 'known'; limits: AppliedLimit[] }
  | { status: 'unknown'; reason: 'no-figure' | BudgetFacts['regionProblem'] } {
  const f = budgetFacts(draft, pack);
  const rows = limitRowsFor(pack, field(draft, 'component'), f.parties).filter((r) => r.region === null || r.region === f.region);
  const limits = rows.filter((r) => r.amountSek !== null).map((r) => {
    const config = ruleConfig(pack, r.ruleId);
    const l: AppliedLimit = {
      ruleId: r.ruleId, kind: r.kind, per: r.per, amountOre: r.amountSek! * 100,
      severity: config ? ceilingBreachSeverity(config, r) : null, sources: [...r.sources],
    };
    if (r.workInputSek !== undefined) {
      l.workInputOre = r.workInputSek * 100;
      l.workInputSeverity = config ? workInputBreachSeverity(config, r) : null;
    }
    return l;
  });
  if (limits.length) return { status: 'known', limits };
  const regional = limitRowsFor(pack, field(draft, 'component'), f.parties).some((r) => r.region !== null);
  return { status: 'unknown', reason: regional && f.regionProblem !== 'none' ? f.regionProblem : 'no-figure' };
}
