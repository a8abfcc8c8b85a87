import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApplicationTemplate } from '../../../core/template/schema';
import { checkDraft, listEditions, parseRulePack, parseRulePacks, resolveCountry, type RulePack } from '../../../core/rules';
import { applicationTemplates, rulePacks } from '../../../templates';
import { pack, packs, sample } from './helpers';

const raw = (id: string) => structuredClone(rulePacks.find((p) => (p as { id: string }).id === id)) as RulePack;
const problems = (json: unknown) => {
  const r = parseRulePack(json);
  return r.ok ? [] : r.error.problems;
};

describe('shipped rule packs', () => {
  it('are one valid pack per edition', () => {
    expect(packs.map((p) => p.id)).toEqual(['icld-kp-2016', 'icld-kp-2019', 'icld-kp-2020', 'icld-kp-2023', 'icld-kp-2023b']);
  });

  it('name only sections of the application template, for components that have them', () => {
    const template = ApplicationTemplate.parse(applicationTemplates[0]);
    for (const p of packs) {
      for (const s of p.sections) {
        const t = template.sections.find((x) => x.id === s.sectionId);
        expect(t?.kind, `${p.id} ${s.sectionId}`).toBe('text');
        for (const c of s.components) expect(t?.components, `${p.id} ${s.sectionId} ${c}`).toContain(c);
      }
    }
  });

  it('carry sources on every datum', () => {
    for (const p of packs) {
      for (const d of [...p.countries, ...p.applicantTypes, ...p.components, ...p.costCategories, ...p.budgetLimits, ...p.sections, ...p.windows]) {
        expect(d.sources.length, `${p.id} ${JSON.stringify(d).slice(0, 60)}`).toBeGreaterThan(0);
      }
    }
  });

  it('hold the country list of each edition (21 → 19 → 13 → 12)', () => {
    const eligible = (id: string) => pack(id).countries.filter((c) => c.status === 'eligible').map((c) => c.code);
    expect(eligible('icld-kp-2016')).toHaveLength(21);
    expect(eligible('icld-kp-2019')).toHaveLength(19);
    expect(eligible('icld-kp-2020')).toEqual(eligible('icld-kp-2019'));
    expect(eligible('icld-kp-2023').sort()).toEqual(['BA', 'BW', 'CO', 'GT', 'KE', 'RS', 'TZ', 'UA', 'UG', 'XK', 'ZA', 'ZM', 'ZW']);
    expect(eligible('icld-kp-2023b').sort()).toEqual(['BW', 'CO', 'GT', 'KE', 'RS', 'RW', 'TZ', 'UA', 'UG', 'XK', 'ZA', 'ZM', 'ZW']);
  });

  it('give the 2023 start as approximate, as its source does ("≈ April 2023"), not as a stated day', () => {
    expect(pack('icld-kp-2023').effectiveFromConfidence).toBe('U');
    expect(listEditions(packs).find((e) => e.id === 'icld-kp-2023')?.effectiveFromConfidence).toBe('U');
    expect(listEditions(packs).find((e) => e.id === 'icld-kp-2020')?.effectiveFromConfidence).toBe('S');
  });

  it('resolve the aliases users type, in both languages', () => {
    const p = pack('icld-kp-2020');
    const code = (t: string) => { const r = resolveCountry(p, t); return r.kind === 'unknown' ? null : r.country.code; };
    expect(code('Makedonien')).toBe('MK');
    expect(code('northern macedonia')).toBe('MK');
    expect(code('Moldavien')).toBe('MD');
    expect(code('Vitryssland')).toBe('BY');
    expect(code('Türkiye')).toBe('TR');
    expect(code('Mozambique')).toBe('MZ');
    expect(code('Moçambique')).toBe('MZ');
    expect(code('Hercegovina')).toBe('BA');
    expect(code('XK')).toBe('XK');
    expect(code('Frankrike')).toBeNull();
  });

  it('never make an uncertain ([U]) datum an error', () => {
    // Try every uncertain, non-eligible country, applicant type and cost category on a valid sample.
    for (const p of packs) {
      const base = sample(p.id);
      for (const c of p.countries.filter((x) => x.confidence === 'U' && x.status !== 'eligible')) {
        const d = structuredClone(base); d.partners[0]!.country = c.code;
        expect(checkDraft(d, p).filter((f) => f.severity === 'error' && f.location.kind === 'partner'), `${p.id} ${c.code}`).toEqual([]);
      }
      for (const t of p.applicantTypes.filter((x) => x.confidence === 'U')) {
        const d = structuredClone(base); d.applicant.type = t.id;
        expect(checkDraft(d, p).filter((f) => f.severity === 'error'), `${p.id} ${t.id}`).toEqual([]);
      }
      for (const c of p.costCategories.filter((x) => x.confidence === 'U')) {
        const d = structuredClone(base); d.budget[0]!.category = c.id;
        expect(checkDraft(d, p).filter((f) => f.severity === 'error'), `${p.id} ${c.id}`).toEqual([]);
      }
    }
  });
});

describe('parseRulePack refuses broken packs with a message naming the problem', () => {
  it('a rule the data refers to but the pack does not list', () => {
    const p = raw('icld-kp-2020');
    p.rules = p.rules.filter((r) => r.id !== 'CTY-02');
    expect(problems(p)).toContain('country BY refers to rule CTY-02, which the pack does not list');
  });

  it('a rule id the engine does not implement', () => {
    const p = raw('icld-kp-2020');
    p.rules.push({ id: 'XYZ-01', severity: 'error', sources: [], confidence: 'S' });
    expect(problems(p)).toContain('rule XYZ-01 has no implementation');
  });

  it('a rule marked error whose basis is uncertain (it could only ever warn)', () => {
    const p = raw('icld-kp-2023');
    const rule = p.rules.find((r) => r.severity === 'error')!;
    rule.confidence = 'U';
    expect(problems(p).join()).toMatch(/confidence U\) cannot be an error/);
  });

  it('bad rule parameters', () => {
    const p = raw('icld-kp-2020');
    delete p.rules.find((r) => r.id === 'TEAM-04')!.params!.min;
    expect(problems(p).join()).toMatch(/rule TEAM-04 params: min/);
  });

  it('duplicate countries and names that mean two countries', () => {
    const p = raw('icld-kp-2023');
    p.countries.push(structuredClone(p.countries[0]!));
    p.countries.find((c) => c.code === 'TZ')!.aliases.push('Kenya');
    const found = problems(p);
    expect(found).toContain('duplicate country "BA"');
    expect(found.some((m) => m.includes('"Kenya" means both KE and TZ'))).toBe(true);
  });

  it('wrong types, with the path', () => {
    const p = raw('icld-kp-2016') as unknown as { rules: Array<{ severity: string }> };
    p.rules[0]!.severity = 'fatal';
    const r = parseRulePack(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^rule pack icld-kp-2016 is invalid: rules\.0\.severity/);
  });

  it('two packs with one id', () => {
    const r = parseRulePacks([rulePacks[0], rulePacks[0]]);
    expect(r.ok).toBe(false);
  });

  it('any JSON value: a coded refusal, never an exception', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const r = parseRulePack(v);
      return !r.ok && r.error.code === 'rule-pack-invalid';
    }), { numRuns: 500 });
  });
});
