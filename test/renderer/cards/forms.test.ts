import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchCountries } from '../../../renderer/cards/country-picker';
import { budgetTotals } from '../../../renderer/cards/budget-totals';
import { locationKey, sectionOf } from '../../../renderer/findings/locations';
import { packView } from '../../../renderer/rules/engine';
import type { BudgetLine } from '../../../core/draft/schema';

const countries = packView('icld-kp-2020')!.countries;

describe('country type-ahead', () => {
  it.each([
    ['ken', 'KE'],
    ['Kenya', 'KE'],
    ['nordmak', 'MK'],
    ['North Mac', 'MK'],
    ['Makedonien', 'MK'],
    ['moldavien', 'MD'],
    ['mocambique', 'MZ'],
    ['Türkiye', 'TR'],
  ])('%j finds %s first', (typed, code) => {
    expect(matchCountries(countries, typed)[0]?.code).toBe(code);
  });

  it('finds nothing for text no country has', () => {
    expect(matchCountries(countries, 'Atlantis')).toEqual([]);
  });

  it('marks countries the edition no longer accepts', () => {
    expect(countries.find((c) => c.code === 'IN')?.eligible).toBe(false);
    expect(countries.find((c) => c.code === 'KE')?.eligible).toBe(true);
  });
});

const line = (year: number, category: string, amountOre: number): BudgetLine =>
  ({ id: `b${year}${category}${amountOre}`, year, category, amountOre, side: 'swedish', description: '', activityId: null });

describe('budget totals', () => {
  it('sums per year, per category and overall', () => {
    const t = budgetTotals([line(1, 'work_input', 100), line(2, 'work_input', 250), line(1, 'international_travel', 5)]);
    expect(t).toEqual({ total: 355, byYear: [[1, 105], [2, 250]], byCategory: [['work_input', 350], ['international_travel', 5]], invalid: { total: 0, byYear: new Map(), byCategory: new Map() } });
  });

  it('per-year and per-category subtotals always add up to the total', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 1e9 }))), (rows) => {
      const t = budgetTotals(rows.map(([y, c, a]) => line(y, c, a)));
      expect(t.byYear.reduce((s, [, v]) => s + v, 0)).toBe(t.total);
      expect(t.byCategory.reduce((s, [, v]) => s + v, 0)).toBe(t.total);
    }));
  });
});

describe('finding locations', () => {
  it('map to the field keys the forms carry and to their section', () => {
    expect(locationKey({ kind: 'partner', partnerId: 'p1', field: 'country' })).toBe('partner:p1:country');
    expect(locationKey({ kind: 'budget-line', lineId: 'b7' })).toBe('budget:b7:amount');
    expect(locationKey({ kind: 'team' })).toBe('section:team');
    expect(sectionOf({ kind: 'field', field: 'applicant.type' })).toBe('parties');
    expect(sectionOf({ kind: 'field', field: 'annexes.planning_tool' })).toBe('general');
    expect(sectionOf({ kind: 'budget-total', year: 2 })).toBe('budget');
  });
});

describe('edition data for the forms', () => {
  it('states word limits and ceilings only where the edition knows them', () => {
    const v = packView('icld-kp-2020')!;
    // The 2020 summary limit is soft and uncertain: passing it warns.
    expect(v.wordLimit('project', 'summary')).toEqual({ limit: 200, severity: 'warning' });
    expect(packView('no-such-edition')).toBeNull();
  });
});
