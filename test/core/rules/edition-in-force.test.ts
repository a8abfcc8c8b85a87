import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, createIncrementalChecker, editionInForce, editionPeriod, localDay, newDraftEditionId, type RulePack } from '../../../core/rules';
import { pack, packs, sample } from './helpers';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dates = fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map(iso);
const contains = (p: RulePack, date: string) => {
  const { from, to } = editionPeriod(p);
  return from !== null && from <= date && (to === null || date <= to);
};

describe('the edition in force on a date', () => {
  it('takes the edition whose period contains the date', () => {
    expect(editionInForce(packs, '2026-12-02')?.id).toBe('icld-kp-2023');
    expect(editionInForce(packs, '2021-05-10')?.id).toBe('icld-kp-2020');
    expect(editionInForce(packs, '2017-09-20')?.id).toBe('icld-kp-2016');
    expect(editionInForce(packs, '2019-10-01')?.id).toBe('icld-kp-2019');
    expect(editionInForce(packs, '2020-02-26')?.id).toBe('icld-kp-2020');
    expect(editionInForce(packs, '2020-02-25')?.id).toBe('icld-kp-2019');
  });

  it('says when an approximate boundary is near: April 2023 may still fall under 2020', () => {
    const april = editionInForce(packs, '2023-04-10')!;
    expect(april.id).toBe('icld-kp-2023');
    expect(april.period.fromApproximate).toBe(true);
    expect(april.alsoPossible).toEqual(['icld-kp-2020']);
    expect(editionInForce(packs, '2023-03-20')?.alsoPossible).toEqual(['icld-kp-2023']);
    expect(editionInForce(packs, '2024-09-01')?.alsoPossible).toEqual([]);
    // 2020 took effect on a stated day: no doubt either side of it.
    expect(editionInForce(packs, '2020-03-05')?.alsoPossible).toEqual([]);
  });

  it('never chooses an edition whose start is unknown, and is honest about dates before every edition', () => {
    expect(editionPeriod(pack('icld-kp-2023b')).from).toBeNull();
    const early = editionInForce(packs, '2012-06-01')!;
    expect(early.contains).toBe(false);
    expect(early.id).toBe('icld-kp-2016');
    expect(editionInForce(packs, 'not a date')).toBeUndefined();
    expect(editionInForce([], '2024-01-01')).toBeUndefined();
  });

  it('property: the answer contains the date whenever some edition does, and is the latest to take effect', () => {
    fc.assert(fc.property(dates, (date) => {
      const r = editionInForce(packs, date)!;
      const holding = packs.filter((p) => contains(p, date));
      expect(r.contains).toBe(holding.length > 0);
      if (holding.length > 0) {
        expect(contains(pack(r.id), date)).toBe(true);
        for (const p of holding) expect(editionPeriod(p).from! <= editionPeriod(pack(r.id)).from!).toBe(true);
      }
      expect(r.alsoPossible).not.toContain(r.id);
    }));
  });

  it('property: the order of the packs does not matter, and later dates never go back to an older edition', () => {
    fc.assert(fc.property(dates, dates, fc.shuffledSubarray(packs, { minLength: packs.length }), (a, b, shuffled) => {
      expect(editionInForce(shuffled, a)).toEqual(editionInForce(packs, a));
      const [early, late] = a <= b ? [a, b] : [b, a];
      const fromOf = (d: string) => editionPeriod(pack(editionInForce(packs, d)!.id)).from!;
      expect(fromOf(early) <= fromOf(late)).toBe(true);
    }));
  });

  it('property: overlapping periods go to the edition that took effect last', () => {
    const overlapping = (from: string, id: string): RulePack => ({ ...pack('icld-kp-2020'), id, effectiveFrom: from, effectiveTo: null });
    fc.assert(fc.property(dates, dates, dates, (x, y, date) => {
      const [first, second] = x <= y ? [x, y] : [y, x];
      const r = editionInForce([overlapping(second, 'icld-kp-2031'), overlapping(first, 'icld-kp-2030')], date);
      if (date >= second) expect(r!.id).toBe('icld-kp-2031');
      else if (date >= first) expect(r!.id).toBe('icld-kp-2030');
      else expect(r!.contains).toBe(false);
    }));
  });
});

describe('the edition of a new draft', () => {
  it('is the one in force on the date unless the settings fix one', () => {
    expect(newDraftEditionId(packs, 'in-force', '2026-12-02')).toBe('icld-kp-2023');
    expect(newDraftEditionId(packs, 'icld-kp-2020', '2026-12-02')).toBe('icld-kp-2020');
    // A fixed edition this version does not ship falls back to the one in force.
    expect(newDraftEditionId(packs, 'icld-kp-2099', '2026-12-02')).toBe('icld-kp-2023');
  });

  it('reads today from the clock it is given, in local time', () => {
    expect(localDay(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
    expect(localDay(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });
});

describe('WIN-05: the planned submission date', () => {
  const win05 = (d = sample('icld-kp-2023'), today?: string, id = 'icld-kp-2023') =>
    checkDraft(d, pack(id), today ? { today } : {}).filter((f) => f.ruleId === 'WIN-05');

  it('warns when the date has passed, with the date and its source', () => {
    const d = sample('icld-kp-2023');
    d.submissionDate = '2026-11-15';
    const [f] = win05(d, '2026-12-02');
    expect(f?.severity).toBe('warning');
    expect(f?.location).toEqual({ kind: 'field', field: 'submissionDate' });
    expect(f?.message.sv).toContain('15 november 2026 har redan passerat');
    expect(f?.message.en).toContain('15 November 2026 has already passed');
    expect(f?.sources).toEqual(['S8']);
    expect(win05(d, '2026-11-15')).toEqual([]);
    expect(win05(d)).toEqual([]);
  });

  it('words an approximate start as approximate', () => {
    const d = sample('icld-kp-2023');
    d.submissionDate = '2022-10-10';
    const [f] = win05(d, '2022-01-01');
    expect(f?.message.sv).toContain('från omkring april 2023');
    expect(f?.message.en).toContain('from around April 2023');
  });

  it('re-runs in the incremental checker when the day changes, not only when the draft does', () => {
    const d = sample('icld-kp-2023');
    d.submissionDate = '2026-12-10';
    const checker = createIncrementalChecker(pack('icld-kp-2023'));
    expect(checker.check(d, { today: '2026-12-02' }).filter((f) => f.ruleId === 'WIN-05')).toEqual([]);
    expect(checker.check(d, { today: '2026-12-11' }).filter((f) => f.ruleId === 'WIN-05')).toHaveLength(1);
  });
});
