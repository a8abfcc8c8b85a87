import { describe, expect, it } from 'vitest';
import type { AppliedLimit } from '../../../core/rules';
import type { BudgetLine, Draft } from '../../../core/draft/schema';
import { shownLimit, shownWorkInputLimit, workInputTotals } from '../../../renderer/cards/budget-totals';
import { packView } from '../../../renderer/rules/engine';
import { sample } from '../../core/rules/helpers';
import { newPartner } from '../../../core/draft/new-draft';

const v = packView('icld-kp-2020')!;
const SEK = 100;

const draft = (component: Draft['component'], countries: string[]): Draft => {
  const d = sample('icld-kp-2020');
  return { ...d, component, partners: countries.map((country, i) => newPartner({ id: `p${i}`, organisation: `P${i}`, country, role: 'partner' })) };
};

const limit = (kind: AppliedLimit['kind'], sek: number, severity: AppliedLimit['severity'], per: AppliedLimit['per'] = 'year'): AppliedLimit =>
  ({ ruleId: 'BUD-04', kind, per, amountOre: sek * SEK, severity, sources: [] });

describe('the limit shown beside a budget sum', () => {
  it('is a ceiling (red when passed) for a project, with no total ceiling', () => {
    const limits = v.limits(draft('project', ['MK']));
    expect(shownLimit(limits, 'year', 100_000 * SEK)).toEqual({ kind: 'max', amountOre: 450_000 * SEK, severity: 'error' });
    expect(shownLimit(limits, 'total', 100_000 * SEK)).toBeNull();
  });

  it('is a guide value (amber when passed) for a steering group, with its work-input guide value', () => {
    const limits = v.limits(draft('steering_group', ['KE']));
    expect(shownLimit(limits, 'year', 310_000 * SEK)).toEqual({ kind: 'guide', amountOre: 300_000 * SEK, severity: 'warning' });
    expect(shownWorkInputLimit(limits, 'year', 0)).toEqual({ kind: 'guide', amountOre: 150_000 * SEK, severity: 'warning' });
    expect(shownWorkInputLimit(limits, 'total', 0)).toBeNull();
    // A project has no work-input guide value.
    expect(shownWorkInputLimit(v.limits(draft('project', ['MK'])), 'year', 0)).toBeNull();
  });

  it('is never red when the ceiling itself is uncertain (multi-party project in Europe)', () => {
    const limits = v.limits(draft('multiparty', ['MK', 'RS', 'MD']));
    expect(shownLimit(limits, 'year', 700_000 * SEK)).toEqual({ kind: 'max', amountOre: 600_000 * SEK, severity: 'warning' });
  });

  it('is unknown when the ceiling is', () => {
    expect(v.limits(draft('project', ['']))).toEqual([]);
    expect(shownLimit([], 'year', 1)).toBeNull();
  });

  describe('with both a guide value and a higher ceiling', () => {
    const both = [limit('max', 400_000, 'error'), limit('guide', 300_000, 'warning')];
    it('shows the lower one until the sum passes it', () => {
      expect(shownLimit(both, 'year', 100_000 * SEK)).toMatchObject({ kind: 'guide', amountOre: 300_000 * SEK });
      expect(shownLimit(both, 'year', 300_000 * SEK)).toMatchObject({ kind: 'guide' });
    });
    it('shows the passed one, the ceiling once both are passed', () => {
      expect(shownLimit(both, 'year', 350_000 * SEK)).toMatchObject({ kind: 'guide', severity: 'warning' });
      expect(shownLimit(both, 'year', 450_000 * SEK)).toMatchObject({ kind: 'max', severity: 'error' });
    });
    it('prefers the ceiling at the same amount', () => {
      expect(shownLimit([limit('guide', 300_000, 'warning'), limit('max', 300_000, 'error')], 'year', 0)).toMatchObject({ kind: 'max' });
    });
  });

  it('leaves out limits the edition does not check, and limits of the other period', () => {
    expect(shownLimit([limit('max', 100, null), limit('guide', 200, 'warning')], 'year', 0)).toMatchObject({ amountOre: 200 * SEK });
    expect(shownLimit([limit('max', 100, 'error', 'total')], 'year', 0)).toBeNull();
  });
});

describe('work-input sums', () => {
  const line = (year: number, category: string, amountOre: number): BudgetLine =>
    ({ id: `b${year}${category}`, year, category, amountOre, side: 'swedish', description: '', activityId: null });
  it('count only the work-input categories, per year', () => {
    const w = workInputTotals([line(1, 'work_input', 100), line(1, 'international_travel', 50), line(2, 'work_input', 7)], v.workInputCategories);
    expect(w.total).toBe(107);
    expect([...w.byYear]).toEqual([[1, 100], [2, 7]]);
  });
});
