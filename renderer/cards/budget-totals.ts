import type { BudgetLine } from '../../core/draft/schema';

/** Sums of the budget in öre: overall, per project year and per cost category. */
export interface BudgetTotals {
  total: number;
  byYear: Array<[number, number]>;
  byCategory: Array<[string, number]>;
}

export function budgetTotals(lines: readonly BudgetLine[]): BudgetTotals {
  let total = 0;
  const years = new Map<number, number>();
  const cats = new Map<string, number>();
  for (const l of lines) {
    total += l.amountOre;
    years.set(l.year, (years.get(l.year) ?? 0) + l.amountOre);
    cats.set(l.category, (cats.get(l.category) ?? 0) + l.amountOre);
  }
  return {
    total,
    byYear: [...years].sort((a, b) => a[0] - b[0]),
    byCategory: [...cats].sort((a, b) => b[1] - a[1]),
  };
}
