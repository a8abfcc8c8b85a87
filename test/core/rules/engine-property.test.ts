import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/draft/schema';
import { checkDraft, createIncrementalChecker, Finding } from '../../../core/rules';
import { pack, packs, sample, sampleNames } from './helpers';
import { amountKey, withInvalidInput } from '../../../core/draft/invalid-inputs';
import { planEdit } from './plan-edits';
import { newPartner } from '../../../core/draft/new-draft';

const DAMAGED = 'The rule could not be checked because part of the draft is damaged.';
const packIds = packs.map((p) => p.id);

/** Sets `value` at a random path of a copy of `draft` (any shape: the engine must cope). */
function mutateAt(draft: unknown, path: number[], value: unknown, remove: boolean): unknown {
  if (path.length === 0 || typeof draft !== 'object' || draft === null) return value;
  const keys = Object.keys(draft);
  if (keys.length === 0) return value;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(draft) ? ([...draft] as unknown as Record<string, unknown>) : { ...draft };
  if (remove && path.length === 1) delete copy[key];
  else copy[key] = mutateAt((draft as Record<string, unknown>)[key], path.slice(1), value, remove);
  return copy;
}

describe('checkDraft is pure and total', () => {
  it('gives valid findings (never throws) for any value at all', () => {
    fc.assert(fc.property(fc.anything(), fc.constantFrom(...packIds), (junk, id) => {
      const findings = checkDraft(junk as Draft, pack(id));
      for (const f of findings) Finding.parse(f);
      return findings.every((f) => f.message.en !== DAMAGED);
    }), { numRuns: 1500 });
  });

  it('checks a draft whose component is not text (an object that cannot even be turned into text) rule by rule', () => {
    const damaged = { ...sample(sampleNames()[0]!), component: [{ toString: 0 }] } as unknown as Draft;
    for (const id of packIds) {
      const findings = checkDraft(damaged, pack(id));
      expect(findings.filter((f) => f.message.en === DAMAGED).map((f) => f.ruleId)).toEqual([]);
      expect(findings.some((f) => f.ruleId === 'COMP-01')).toBe(true);
    }
  });

  it('copes with damaged drafts and never changes them', () => {
    const arb = fc.record({
      name: fc.constantFrom(...sampleNames()),
      id: fc.constantFrom(...packIds),
      edits: fc.array(fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), value: fc.anything(), remove: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(fc.property(arb, ({ name, id, edits }) => {
      let d: unknown = sample(name);
      for (const e of edits) d = mutateAt(d, e.path, e.value, e.remove);
      const before = structuredClone(d);
      const findings = checkDraft(d as Draft, pack(id));
      expect(d).toEqual(before);
      for (const f of findings) expect(f.message.en).not.toBe(DAMAGED);
      for (const f of findings) Finding.parse(f);
    }), { numRuns: 600 });
  });
});

// ---------- editor-like edits: new objects only for the parts that change ----------
type Edit = (d: Draft) => Draft;

const SECTION_IDS = ['summary', 'challenge', 'objectives', 'target_groups', 'activities', 'indicators', 'risks', 'mutual_learning', 'agenda2030', 'background'];
const COUNTRIES = ['KE', 'RS', 'BY', 'IN', 'GE', 'RW', 'BA', 'XK', 'GT', 'ZW', 'FR', '', 'Makedonien', 'Vitryssland', 'Türkiye', 'kenya'];
const CATEGORIES = ['international_travel', 'work_input', 'local_travel', 'venue_rent', 'visa_fees', 'visa_side_costs', 'climate_compensation', 'interpretation', 'salaries', 'per_diem', 'extra_days', 'other', 'catering', ''];
const TYPES = ['municipality', 'region', 'county_council', 'municipal_company', 'municipal_association', 'county_association', 'joint_committee', ''];
const COMPONENTS = ['inception', 'project', 'steering_group', 'tripartite_eu', 'multiparty', 'development_expansion', 'dissemination'] as const;
const DATES = ['2016-10-10', '2018-03-20', '2019-10-10', '2020-03-01', '2020-11-20', '2023-02-10', '2023-04-12', '2023-05-02', '2024-04-10', null];
const ANNEXES = ['letter_of_intent', 'planning_tool', 'steering_group_application', 'signed_budget', 'unknown_kind'] as const;
const PREREQUISITES = ['priorInception', 'existingPartnership'] as const;
const TYPED = fc.constantFrom('abc', 'tjugotusen', '-500', '12,345', '1e99', '2024-02-30', '  x ');
const DATE_FIELDS = ['period.start', 'period.end', 'submissionDate'] as const;
const WORDS = fc.constantFrom('unga', 'kvinnor', 'öppenhet', 'avfall', 'dialog', '–', 'ord', 'x');

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ s: fc.constantFrom(...SECTION_IDS), w: fc.array(WORDS, { maxLength: 30 }), append: fc.boolean() }).map(({ s, w, append }) => (d: Draft) => {
    const block = { type: 'paragraph' as const, children: [{ text: w.join(' ') }] };
    const old = d.sections[s];
    return { ...d, sections: { ...d.sections, [s]: append && old ? [...old, block] : [block] } };
  }),
  fc.record({ s: fc.constantFrom(...SECTION_IDS), n: fc.integer({ min: 150, max: 260 }) }).map(({ s, n }) => (d: Draft) =>
    ({ ...d, sections: { ...d.sections, [s]: [{ type: 'paragraph' as const, children: [{ text: Array(n).fill('ord').join(' ') }] }] } })),
  fc.constantFrom(...COUNTRIES).map((c) => (d: Draft) => d.partners.length ? { ...d, partners: [{ ...d.partners[0]!, country: c }, ...d.partners.slice(1)] } : d),
  fc.record({ c: fc.constantFrom(...COUNTRIES), role: fc.constantFrom('partner', 'eu_partner', 'swedish_coapplicant') as fc.Arbitrary<Draft['partners'][number]['role']> })
    .map(({ c, role }) => (d: Draft) => ({ ...d, partners: [...d.partners, newPartner({ id: `p${d.partners.length + 7}`, organisation: 'Org', country: c, role })] })),
  fc.constant((d: Draft) => ({ ...d, partners: d.partners.slice(0, -1) })),
  fc.constantFrom(...TYPES).map((t) => (d: Draft) => ({ ...d, applicant: { ...d.applicant, type: t } })),
  fc.constantFrom(...COMPONENTS).map((c) => (d: Draft) => ({ ...d, component: c })),
  fc.constantFrom(...DATES).map((x) => (d: Draft) => ({ ...d, submissionDate: x })),
  fc.record({ start: fc.constantFrom('2020-01-01', '2021-03-01', '2023-09-01'), months: fc.integer({ min: -2, max: 50 }) }).map(({ start, months }) => (d: Draft) => {
    const s = new Date(`${start}T00:00:00Z`);
    const e = new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + months, 0));
    return { ...d, period: { start, end: e.toISOString().slice(0, 10) } };
  }),
  fc.record({ cat: fc.constantFrom(...CATEGORIES), year: fc.integer({ min: 1, max: 5 }), sek: fc.integer({ min: 0, max: 400000 }) }).map(({ cat, year, sek }) => (d: Draft) =>
    ({ ...d, budget: [...d.budget, { id: `n${d.budget.length + 100}`, category: cat, side: 'swedish', year, amountOre: sek * 100, description: sek % 2 ? 'Rad' : '', activityId: null }] })),
  fc.nat().map((i) => (d: Draft) => ({ ...d, budget: d.budget.filter((_, j) => j !== i % Math.max(1, d.budget.length)) })),
  fc.record({ i: fc.nat(), sek: fc.integer({ min: 0, max: 700000 }) }).map(({ i, sek }) => (d: Draft) =>
    d.budget.length ? { ...d, budget: d.budget.map((b, j) => (j === i % d.budget.length ? { ...b, amountOre: sek * 100 } : b)) } : d),
  fc.record({ kind: fc.constantFrom(...ANNEXES), state: fc.constantFrom('missing', 'draft', 'signed' as const) })
    .map(({ kind, state }) => (d: Draft) => ({ ...d, annexes: [...d.annexes.filter((a) => a.kind !== kind), { kind, state, file: null }] })),
  fc.record({ k: fc.constantFrom(...PREREQUISITES), held: fc.boolean(), year: fc.option(fc.integer({ min: 1990, max: 2100 })), reference: fc.string({ maxLength: 20 }) })
    .map(({ k, ...p }) => (d: Draft) => ({ ...d, prerequisites: { ...d.prerequisites, [k]: p } })),
  fc.nat().map((i) => (d: Draft) => ({ ...d, team: d.team.filter((_, j) => j !== i % Math.max(1, d.team.length)) })),
  fc.record({ i: fc.nat(), f: fc.constantFrom('coordinator', 'icldContact', 'projectManager') }).map(({ i, f }) => (d: Draft) =>
    d.team.length ? { ...d, team: d.team.map((m, j) => (j === i % d.team.length ? { ...m, [f]: !m[f as 'coordinator'] } : m)) } : d),
  fc.record({ kind: fc.constantFrom('politician', 'civil_servant', 'cso') as fc.Arbitrary<Draft['team'][number]['kind']>, side: fc.constantFrom('swedish', 'p1'), ps: fc.constantFrom('majority', 'opposition', null) as fc.Arbitrary<'majority' | 'opposition' | null> })
    .map(({ kind, side, ps }) => (d: Draft) => ({ ...d, team: [...d.team, { id: `m${d.team.length + 50}`, name: 'N', role: 'R', side, kind, politicalSide: ps, coordinator: false, icldContact: false, projectManager: false }] })),
  fc.record({ w: fc.array(WORDS, { maxLength: 14 }) }).map(({ w }) => (d: Draft) =>
    ({ ...d, coreAreas: d.coreAreas.length ? [{ ...d.coreAreas[0]!, justification: w.join(' ') }, ...d.coreAreas.slice(1)] : [{ id: 'equity' as const, justification: w.join(' ') }] })),
  fc.constant((d: Draft) => ({ ...d, coreAreas: [] })),
  fc.constant((d: Draft) => ({ ...d, modifiedAt: new Date(Date.parse(d.modifiedAt) + 1000).toISOString() })),
  // Unreadable text typed over an amount (the amount becomes 0), or the amount typed again correctly.
  fc.record({ i: fc.nat(), raw: fc.option(TYPED) }).map(({ i, raw }) => (d: Draft) => {
    if (!d.budget.length) return d;
    const line = d.budget[i % d.budget.length]!;
    const next = raw === null ? d : { ...d, budget: d.budget.map((b) => (b === line ? { ...b, amountOre: 0 } : b)) };
    return withInvalidInput(next, amountKey(line.id), raw);
  }),
  fc.record({ f: fc.constantFrom(...DATE_FIELDS), raw: fc.option(TYPED) }).map(({ f, raw }) => (d: Draft) => withInvalidInput(d, f, raw)),
  // Text left behind for a line that is gone (a file edited by hand).
  fc.record({ raw: TYPED }).map(({ raw }) => (d: Draft) => withInvalidInput(d, amountKey('removed-line'), raw)),
  // The results framework, the activity plan, the risks, the SDGs and the budget's links to activities.
  planEdit, planEdit, planEdit,
);

describe('incremental checking', () => {
  it('names a result by its own number when an activity has the same id, checked in full or incrementally', () => {
    const p = pack('icld-kp-2016');
    const checker = createIncrementalChecker(p);
    const empty = { note: '', assumptions: '', indicators: [] };
    let d = sample(sampleNames()[0]!);
    d = { ...d, framework: { ...d.framework, projectObjectives: [{ id: 'o1', text: 'Mål', ...empty, results: [{ id: 'n1', text: 'Nytt', ...empty }] }] } };
    expect(checker.check(d)).toEqual(checkDraft(d, p));
    d = { ...d, activities: [{ id: 'n1', title: 'Besök', description: '', resultIds: [], startMonth: null, endMonth: null, place: null, parties: [], kind: null, participants: null }] };
    const full = checkDraft(d, p);
    expect(checker.check(d)).toEqual(full);
    expect(full.filter((f) => f.ruleId === 'LF-05').map((f) => f.message.en).filter((m) => m.startsWith('Result '))).toEqual([expect.stringMatching(/^Result 1\.1 "Nytt"/)]);
  });

  it('equals a full check after every step of random edit sequences', () => {
    fc.assert(fc.property(fc.constantFrom(...sampleNames()), fc.constantFrom(...packIds), fc.array(edit, { minLength: 1, maxLength: 25 }), (name, id, edits) => {
      const p = pack(id);
      const checker = createIncrementalChecker(p);
      let d = sample(name);
      expect(checker.check(d)).toEqual(checkDraft(d, p));
      for (const e of edits) {
        d = e(d);
        const incremental = checker.check(d);
        expect(incremental).toEqual(checkDraft(d, p));
        // An uncertain rule or datum never yields an error.
        for (const f of incremental) if (p.rules.find((r) => r.id === f.ruleId)?.confidence === 'U') expect(f.severity).not.toBe('error');
      }
    }), { numRuns: 300 });
  });

  it('re-runs nothing for an unchanged draft, and only the edited section\'s rules after typing', () => {
    const p = pack('icld-kp-2020');
    const checker = createIncrementalChecker(p);
    const d = sample('icld-kp-2020');
    checker.check(d);
    const all = checker.lastRunCount;
    expect(all).toBeGreaterThan(40);
    checker.check(d);
    expect(checker.lastRunCount).toBe(0);
    const risks = d.sections.risks!;
    const typed = { ...d, sections: { ...d.sections, risks: [{ type: 'paragraph' as const, children: [{ text: 'Ny risk' }] }, ...risks.slice(1)] } };
    checker.check(typed);
    expect(checker.lastRunCount).toBe(1);
    const moved = { ...typed, budget: [...typed.budget] };
    checker.check(moved);
    // Only the rules that read the budget: ceilings, categories, per-year split, line names, pre-financing, typed amounts, links to activities, the total with a linked draft.
    const budgetRules = ['DOC-06', 'REP-01', 'FLD-01', 'AP-06', 'AP-07', 'AP-09', 'AP-10', 'AP-11', 'LNK-02'];
    expect(checker.lastRunCount).toBe(p.rules.filter((r) => r.id.startsWith('BUD-') || budgetRules.includes(r.id)).length);
    // Editing an activity re-runs the rules that read the activity plan, and DOC-04 on the activities
    // text (empty text is not missing while the plan has activities); the matrix's own rules keep their findings.
    const noActivities = { ...moved, activities: [] };
    checker.check(noActivities);
    expect(checker.lastRunCount).toBe(p.rules.filter((r) => ['LF-01', 'LF-04', 'LF-16'].includes(r.id) || r.id.startsWith('AP-')).length + 1);
    // Text typed but unreadable re-runs FLD-01, and LF-07 (a target date kept as typed is not a missing one).
    checker.check({ ...noActivities, invalidInputs: { 'period.end': 'abc' } });
    expect(checker.lastRunCount).toBe(2);
  });
});
