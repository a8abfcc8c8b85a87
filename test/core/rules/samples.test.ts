import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../core/rules';
import { pack, packs, sample, sampleNames } from './helpers';

describe('sample applications (test/fixtures/samples)', () => {
  it('exist for every edition, named after it', () => {
    for (const p of packs) expect(sampleNames()).toContain(p.id);
    for (const name of sampleNames()) expect(sample(name).editionId).toBe(name.replace(/-inception$/, ''));
  });

  it.each(sampleNames())('%s: complete and valid, so no error and no warning (no false positives)', (name) => {
    const d = sample(name);
    const findings = checkDraft(d, pack(d.editionId));
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([]);
    // Complete: every text section has real content, and the budget, team and core areas are filled.
    for (const [id, text] of Object.entries(d.sections)) expect(JSON.stringify(text).length, id).toBeGreaterThan(150);
    expect(d.budget.length).toBeGreaterThan(2);
    expect(d.team.length).toBeGreaterThan(5);
    expect(d.coreAreas.length).toBeGreaterThan(0);
  });
});
