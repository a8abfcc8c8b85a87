import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetTotals, workInputTotals } from '../../../renderer/cards/budget-totals';
import type { BudgetLine } from '../../../core/draft/schema';

const line = (id: string, year: number, category: string, amountOre: number): BudgetLine =>
  ({ id, year, category, amountOre, side: 'swedish', description: '', activityId: null });

describe('budget totals with an amount that could not be read', () => {
  // A line whose amount is unreadable text is in no sum, whatever amountOre a damaged or older copy still holds.
  const lines = [line('a', 1, 'work_input', 2_000_000), line('b', 1, 'work_input', 500_000), line('c', 2, 'international_travel', 100_000)];

  it('leaves the line out of the total, its year and its category, and counts it where it would have been', () => {
    const t = budgetTotals(lines, new Set(['a']));
    expect(t.total).toBe(600_000);
    expect(t.byYear).toEqual([[1, 500_000], [2, 100_000]]);
    expect(t.byCategory).toEqual([['work_input', 500_000], ['international_travel', 100_000]]);
    expect(t.invalid).toEqual({ total: 1, byYear: new Map([[1, 1]]), byCategory: new Map([['work_input', 1]]) });
  });

  it('leaves it out of the work-input sum as well', () => {
    expect(workInputTotals(lines, new Set(['work_input']), new Set(['a'])).total).toBe(500_000);
  });

  it('sums only the readable lines, and counts every unreadable one, for any budget', () => {
    const rows = fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('a', 'b'), fc.integer({ min: 0, max: 1e9 }), fc.boolean()), { maxLength: 30 });
    fc.assert(fc.property(rows, (rs) => {
      const ls = rs.map(([y, c, a], i) => line(`l${i}`, y, c, a));
      const bad = new Set(rs.flatMap(([, , , b], i) => (b ? [`l${i}`] : [])));
      const t = budgetTotals(ls, bad);
      expect(t.total).toBe(ls.filter((l) => !bad.has(l.id)).reduce((s, l) => s + l.amountOre, 0));
      expect(t.byYear.reduce((s, [, v]) => s + v, 0)).toBe(t.total);
      expect(t.invalid.total).toBe(bad.size);
      expect([...t.invalid.byYear.values()].reduce((s, v) => s + v, 0)).toBe(bad.size);
    }));
  });
});
