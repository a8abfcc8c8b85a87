import fc from 'fast-check';
import type { Activity, ExpectedResult, Indicator, ProjectObjective, ResultsFramework } from '../../../core/draft/framework';
import type { Draft } from '../../../core/draft/schema';
import { activity, indicator, risk, withPlan } from './plan-fixture';

/**
 * Editor-like edits of the plan for the incremental-checking property: each returns a new draft
 * that shares every object it does not change, as the cards' updates do.
 */
type Edit = (d: Draft) => Draft;

const KINDS = ['partner_visit', 'workshop', 'study_visit', 'meeting', 'communication', 'other', null] as const;
const PLACES = ['sweden', 'partner_country', 'digital', null] as const;
const TARGET_DATES = ['2020-06-30', '2021-12-31', '2023-12-31', '2024-06-30', '2026-08-31', null];
const LINKS = ['a1', 'a2', 'a3', 'n1', 'gone', null];
const RESULT_IDS = ['r1', 'r2', 'n1', 'gone'];

const mapObjectives = (d: Draft, f: (o: ProjectObjective, i: number) => ProjectObjective): Draft =>
  ({ ...d, framework: { ...d.framework, projectObjectives: d.framework.projectObjectives.map(f) } });
const mapResults = (d: Draft, at: number, f: (r: ExpectedResult) => ExpectedResult | null): Draft => {
  const all = d.framework.projectObjectives.flatMap((o) => o.results);
  if (!all.length) return d;
  const target = all[at % all.length]!;
  return mapObjectives(d, (o) => (o.results.includes(target) ? { ...o, results: o.results.flatMap((r) => (r === target ? (f(r) ?? []) : [r])) } : o));
};
const withIndicator = <T extends { indicators: Indicator[] }>(owner: T, at: number, change: Partial<Indicator>): T =>
  owner.indicators.length ? { ...owner, indicators: owner.indicators.map((x, j) => (j === at % owner.indicators.length ? { ...x, ...change } : x)) } : owner;

const periodOf = (d: Draft) => (d.period.start && d.period.end ? d.period : { start: '2021-01-01', end: '2023-12-31' });

export const planEdit: fc.Arbitrary<Edit> = fc.oneof(
  // A whole plan filled in (as when a complete draft is opened), or emptied again.
  fc.constant((d: Draft) => withPlan({ ...d, period: periodOf(d) })),
  fc.constant((d: Draft): Draft => ({ ...d, framework: { overallObjective: { text: '', note: '', assumptions: '', indicators: [] }, projectObjectives: [] } as ResultsFramework })),
  fc.string({ maxLength: 12 }).map((text) => (d: Draft) => ({ ...d, framework: { ...d.framework, overallObjective: { ...d.framework.overallObjective, text } } })),
  fc.boolean().map((withResults) => (d: Draft) => ({ ...d, framework: { ...d.framework, projectObjectives: [...d.framework.projectObjectives,
    { id: `o${d.framework.projectObjectives.length + 5}`, text: 'Mål', note: '', assumptions: '', indicators: [], results: withResults ? [{ id: 'n1', text: 'Nytt', note: '', assumptions: '', indicators: [] }] : [] }] } })),
  fc.nat().map((i) => (d: Draft) => mapResults(d, i, () => null)),
  fc.record({ i: fc.nat(), k: fc.nat(), date: fc.constantFrom(...TARGET_DATES), year: fc.option(fc.constant(2020)), v: fc.constantFrom('', 'Nämndprotokoll') })
    .map(({ i, k, date, year, v }) => (d: Draft) => mapResults(d, i, (r) => withIndicator(r, k, { target: { value: v ? '40' : '', date }, baseline: { value: '10', year }, verification: v }))),
  fc.record({ i: fc.nat(), text: fc.constantFrom('', 'Andel') }).map(({ i, text }) => (d: Draft) => mapResults(d, i, (r) => ({ ...r, indicators: [...r.indicators, { ...indicator(`x${r.indicators.length}`, '2023-12-31', 2020), text }] }))),
  fc.nat().map((i) => (d: Draft) => mapObjectives(d, (o, j) => (j === i % Math.max(1, d.framework.projectObjectives.length) ? { ...o, indicators: [] } : o))),
  fc.record({
    kind: fc.constantFrom(...KINDS), place: fc.constantFrom(...PLACES), parties: fc.subarray(['swedish', 'p1', 'p2']),
    results: fc.subarray(RESULT_IDS), start: fc.option(fc.integer({ min: 1, max: 40 })), length: fc.integer({ min: -2, max: 12 }),
  }).map(({ kind, place, parties, results, start, length }) => (d: Draft) => ({ ...d, activities: [...d.activities,
    activity(d.activities.some((a) => a.id === 'n1') ? `n${d.activities.length + 2}` : 'n1', { kind, place, parties, resultIds: results, startMonth: start, endMonth: start === null ? null : Math.max(1, start + length) }) as Activity] })),
  fc.nat().map((i) => (d: Draft) => ({ ...d, activities: d.activities.filter((_, j) => j !== i % Math.max(1, d.activities.length)) })),
  fc.record({ i: fc.nat(), place: fc.constantFrom(...PLACES), kind: fc.constantFrom(...KINDS) }).map(({ i, place, kind }) => (d: Draft) =>
    ({ ...d, activities: d.activities.map((a, j) => (j === i % d.activities.length ? { ...a, place, kind } : a)) })),
  fc.record({ i: fc.nat(), link: fc.constantFrom(...LINKS) }).map(({ i, link }) => (d: Draft) =>
    d.budget.length ? { ...d, budget: d.budget.map((b, j) => (j === i % d.budget.length ? { ...b, activityId: link } : b)) } : d),
  fc.record({ threatens: fc.constantFrom('r1', 'o1', 'gone', null), mitigation: fc.constantFrom('', 'Förankra'), likelihood: fc.constantFrom(1, 3, null) })
    .map((over) => (d: Draft) => ({ ...d, risks: [...d.risks, risk(`k${d.risks.length + 2}`, over)] })),
  fc.constant((d: Draft) => ({ ...d, risks: d.risks.slice(1) })),
  fc.subarray([1, 5, 11, 16, 17]).map((goals) => (d: Draft) => ({ ...d, agenda2030: { ...d.agenda2030, goals } })),
  fc.record({ s: fc.constantFrom('objectives', 'activities', 'agenda2030'), text: fc.constantFrom('Resultat 1.2 och 1.3.', 'Aktivitet 1.1.1 och aktivitet 1.2.9.', 'Vi bidrar till mål 11 och SDG 5.', 'Output 2.1.') })
    .map(({ s, text }) => (d: Draft) => ({ ...d, sections: { ...d.sections, [s]: [...(d.sections[s] ?? []), { type: 'paragraph' as const, children: [{ text }] }] } })),
);
