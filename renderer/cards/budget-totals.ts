import type { BudgetLine } from '../../core/draft/schema';
import type { AppliedLimit, Severity } from '../../core/rules';
import { mostSevereFirst } from '../../core/rules/finding';

/** How many lines a sum leaves out because their amount could not be read. */
export interface LeftOut {
  total: number;
  byYear: ReadonlyMap<number, number>;
  byCategory: ReadonlyMap<string, number>;
}

/** Sums of the budget in öre: overall, per project year and per cost category. */
export interface BudgetTotals {
  total: number;
  byYear: Array<[number, number]>;
  byCategory: Array<[string, number]>;
  /** Lines whose amount is text that could not be read: in no sum, but counted so the sums can say so. */
  invalid: LeftOut;
}

const NO_LINES: ReadonlySet<string> = new Set();
const bump = <K>(m: Map<K, number>, k: K, by: number) => m.set(k, (m.get(k) ?? 0) + by);

/** The sums; lines in `invalidLines` (their amount is unreadable text) are left out of every sum. */
export function budgetTotals(lines: readonly BudgetLine[], invalidLines: ReadonlySet<string> = NO_LINES): BudgetTotals {
  let total = 0;
  const years = new Map<number, number>();
  const cats = new Map<string, number>();
  const invalid = { total: 0, byYear: new Map<number, number>(), byCategory: new Map<string, number>() };
  for (const l of lines) {
    const unreadable = invalidLines.has(l.id);
    const amount = unreadable ? 0 : l.amountOre;
    total += amount;
    bump(years, l.year, amount);
    bump(cats, l.category, amount);
    if (!unreadable) continue;
    invalid.total++;
    bump(invalid.byYear, l.year, 1);
    bump(invalid.byCategory, l.category, 1);
  }
  return {
    total,
    byYear: [...years].sort((a, b) => a[0] - b[0]),
    byCategory: [...cats].sort((a, b) => b[1] - a[1]),
    invalid,
  };
}

/** Work-input (arbetsinsatser) sums in öre, overall and per project year. */
export interface WorkInputTotals {
  total: number;
  byYear: Map<number, number>;
}

export function workInputTotals(lines: readonly BudgetLine[], workCategories: ReadonlySet<string>, invalidLines: ReadonlySet<string> = NO_LINES): WorkInputTotals {
  const out: WorkInputTotals = { total: 0, byYear: new Map() };
  for (const l of lines) {
    if (!workCategories.has(l.category) || invalidLines.has(l.id)) continue;
    out.total += l.amountOre;
    out.byYear.set(l.year, (out.byYear.get(l.year) ?? 0) + l.amountOre);
  }
  return out;
}

/** A ceiling (tak) or guide value (riktpunkt) shown beside a sum, with the severity of its finding. */
export interface ShownLimit {
  kind: 'max' | 'guide';
  amountOre: number;
  severity: Severity;
}


/**
 * The one limit to show beside a sum of `used` öre for a period. Past some limit: the passed one
 * whose finding is most severe (the bar then agrees with the worst finding); otherwise the lowest,
 * which the budget will reach first. Limits the edition does not check give no finding and are left out.
 */
export function shownLimit(limits: readonly AppliedLimit[], per: 'year' | 'total', used: number): ShownLimit | null {
  const candidates = limits.filter((l) => l.per === per && l.severity !== null)
    .map((l): ShownLimit => ({ kind: l.kind, amountOre: l.amountOre, severity: l.severity! }));
  return pickLimit(candidates, used);
}

/** The work-input guide value for a period, picked as `shownLimit` picks. */
export function shownWorkInputLimit(limits: readonly AppliedLimit[], per: 'year' | 'total', used: number): ShownLimit | null {
  const candidates = limits.filter((l) => l.per === per && l.workInputOre !== undefined && l.workInputSeverity != null)
    .map((l): ShownLimit => ({ kind: 'guide', amountOre: l.workInputOre!, severity: l.workInputSeverity! }));
  return pickLimit(candidates, used);
}

// Most severe first, then the lowest amount (passed limits); lowest amount first, then the most severe (the rest).
const bySeverity = (a: ShownLimit, b: ShownLimit) => mostSevereFirst(a, b) || a.amountOre - b.amountOre;
const byAmount = (a: ShownLimit, b: ShownLimit) => a.amountOre - b.amountOre || mostSevereFirst(a, b);

function pickLimit(candidates: ShownLimit[], used: number): ShownLimit | null {
  const passed = candidates.filter((l) => used > l.amountOre);
  if (passed.length) return passed.sort(bySeverity)[0]!;
  return candidates.sort(byAmount)[0] ?? null;
}
