import { describe, expect, it } from 'vitest';
import {
  applicableLimits, defaultEditionId, explainEditionSwitch, listEditions, maxProjectYears, sectionLimits,
} from '../../../core/rules';
import { pack, packs, sample } from './helpers';

describe('edition choice', () => {
  it('lists the editions oldest first, marking which have known ceilings', () => {
    const list = listEditions(packs);
    expect(list.map((e) => e.id)).toEqual(['icld-kp-2016', 'icld-kp-2019', 'icld-kp-2020', 'icld-kp-2023', 'icld-kp-2023b']);
    expect(list.filter((e) => e.ceilingsKnown).map((e) => e.id)).toEqual(['icld-kp-2020']);
    for (const e of list) expect(e.name.sv && e.name.en && e.description.sv && e.description.en).toBeTruthy();
  });

  it('defaults new drafts to the newest edition whose ceilings are known', () => {
    expect(defaultEditionId(packs)).toBe('icld-kp-2020');
    expect(defaultEditionId(packs.filter((p) => p.id !== 'icld-kp-2020'))).toBe('icld-kp-2023b');
    expect(defaultEditionId([])).toBeUndefined();
  });

  it('explains what a switch from 2020 to 2023 changes, without touching the draft', () => {
    const d = sample('icld-kp-2020');
    d.partners[0]!.country = 'GE';
    const before = structuredClone(d);
    const change = explainEditionSwitch(d, pack('icld-kp-2020'), pack('icld-kp-2023'));
    expect(d).toEqual(before);
    expect(change.from).toBe('icld-kp-2020');
    expect(change.to).toBe('icld-kp-2023');
    const added = change.added.map((f) => `${f.ruleId}:${f.severity}`);
    expect(added).toContain('CTY-05:error');
    expect(added).toContain('BUD-14:info');
    expect(added).toContain('WIN-03:warning');
    expect(change.added.every((f) => f.editionId === 'icld-kp-2023')).toBe(true);
    expect(change.after.error).toBe(1);
    expect(change.unchanged).toBeGreaterThan(0);
  });

  it('explains that local travel becomes eligible when moving from 2016 to 2019', () => {
    const d = sample('icld-kp-2016');
    d.budget.push({ id: 'lt', category: 'local_travel', side: 'p1', year: 1, amountOre: 500000, description: 'Bussresor', activityId: null });
    const change = explainEditionSwitch(d, pack('icld-kp-2016'), pack('icld-kp-2019'));
    expect(change.removed.map((f) => f.ruleId)).toEqual(['BUD-13']);
    // The 2016 sample is planned for a date before the 2019 edition took effect.
    expect(change.added.map((f) => f.ruleId)).toEqual(['WIN-05']);
  });
});

describe('edition data for the editor', () => {
  it('gives section word limits per component', () => {
    expect(sectionLimits(pack('icld-kp-2020'), 'project').get('summary')?.[0]).toMatchObject({ maxWords: 200, limit: 'soft', ruleId: 'DOC-01' });
    expect(sectionLimits(pack('icld-kp-2023'), 'project').has('summary')).toBe(false);
    expect(sectionLimits(pack('icld-kp-2020'), 'inception').has('risks')).toBe(false);
  });

  it('gives the ceilings beside the budget, or says they are unknown', () => {
    const d = sample('icld-kp-2020');
    expect(applicableLimits(d, pack('icld-kp-2020'))).toEqual({ status: 'known', limits: [{ ruleId: 'BUD-04', kind: 'max', per: 'year', amountOre: 50_000_000, severity: 'error', sources: ['S2'] }] });
    d.partners[0]!.country = 'RS';
    expect(applicableLimits(d, pack('icld-kp-2020'))).toMatchObject({ status: 'known', limits: [{ amountOre: 45_000_000 }] });
    d.partners[0]!.country = '';
    expect(applicableLimits(d, pack('icld-kp-2020'))).toEqual({ status: 'unknown', reason: 'no-country' });
    expect(applicableLimits(sample('icld-kp-2023'), pack('icld-kp-2023'))).toEqual({ status: 'unknown', reason: 'no-figure' });
    const sg = { ...sample('icld-kp-2020'), component: 'steering_group' as const };
    expect(applicableLimits(sg, pack('icld-kp-2020'))).toMatchObject({ status: 'known', limits: [{ kind: 'guide', amountOre: 30_000_000, workInputOre: 15_000_000 }] });
  });

  it('gives the number of project years a component allows', () => {
    expect(maxProjectYears(pack('icld-kp-2020'), 'project')).toBe(3);
    expect(maxProjectYears(pack('icld-kp-2020'), 'inception')).toBe(1);
    expect(maxProjectYears(pack('icld-kp-2020'), 'dissemination')).toBeNull();
  });
});
