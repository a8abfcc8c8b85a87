import { describe, expect, it } from 'vitest';
import { allResults } from '../../../core/draft/framework-numbers';
import type { Draft } from '../../../core/draft/schema';
import { checkDraft } from '../../../core/rules';
import { pack, packs, sample, sampleNames } from './helpers';

const PLAN_RULE = /^(LF|AP|RK)-|^DOC-03$/;

/** The project period's first and last day, YYYY-MM-DD (every sample has both). */
const period = (d: Draft) => ({ start: d.period.start!, end: d.period.end! });

/** Every indicator of the matrix with the level it measures. */
function indicators(d: Draft) {
  const fw = d.framework;
  return [
    ...fw.overallObjective.indicators.map((indicator) => ({ level: 'overall', indicator })),
    ...fw.projectObjectives.flatMap((o) => [...o.indicators, ...o.results.flatMap((r) => r.indicators)].map((indicator) => ({ level: 'project', indicator }))),
  ];
}

describe('sample applications (test/fixtures/samples)', () => {
  it('exist for every edition, named after it', () => {
    for (const p of packs) expect(sampleNames()).toContain(p.id);
    for (const name of sampleNames()) expect(sample(name).editionId).toBe(name.replace(/-inception$/, ''));
  });

  it.each(sampleNames())('%s: complete and valid, so no error and no warning (no false positives)', (name) => {
    const d = sample(name);
    const findings = checkDraft(d, pack(d.editionId));
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([]);
    // The plan is complete, so its rules have not even advice to give.
    expect(findings.filter((f) => PLAN_RULE.test(f.ruleId)).map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([]);
    // Complete: every text section has real content, and the budget, team and core areas are filled.
    for (const [id, text] of Object.entries(d.sections)) expect(JSON.stringify(text).length, id).toBeGreaterThan(150);
    expect(d.budget.length).toBeGreaterThan(2);
    expect(d.team.length).toBeGreaterThan(5);
    expect(d.coreAreas.length).toBeGreaterThan(0);
  });
});

describe.each(sampleNames())('%s: a complete results framework, activity plan, risk register and SDGs', (name) => {
  const d = sample(name);

  it('has an overall objective and project objectives with two or three results each', () => {
    expect(d.framework.overallObjective.text.trim()).not.toBe('');
    expect(d.framework.projectObjectives.length).toBeGreaterThan(0);
    for (const o of d.framework.projectObjectives) {
      expect(o.text.trim()).not.toBe('');
      expect(o.results.length).toBeGreaterThanOrEqual(2);
      expect(o.results.length).toBeLessThanOrEqual(3);
    }
  });

  it('measures every result with an indicator filled in on every column, targets dated inside the period', () => {
    for (const { result } of allResults(d.framework)) expect(result.indicators.length, result.text).toBeGreaterThan(0);
    const { start, end } = period(d);
    for (const { level, indicator: i } of indicators(d)) {
      for (const text of [i.text, i.unit, i.baseline.value, i.target.value, i.verification, i.collectedBy]) expect(text.trim(), i.id).not.toBe('');
      expect(i.baseline.year, i.id).toBeLessThanOrEqual(Number(start.slice(0, 4)));
      expect(i.target.date, i.id).not.toBeNull();
      // Only the overall objective's change may be measured after the project.
      if (level === 'project') expect(i.target.date! >= start && i.target.date! <= end, `${i.id} ${i.target.date}`).toBe(true);
    }
  });

  it('plans activities inside the period, each serving a result, with place, parties, kind and participants', () => {
    const results = new Set(allResults(d.framework).map(({ result }) => result.id));
    const months = d.component === 'inception' ? 12 : 36;
    expect(d.activities.length).toBeGreaterThan(2);
    for (const a of d.activities) {
      expect(a.title.trim(), a.id).not.toBe('');
      expect(a.resultIds.length, a.id).toBeGreaterThan(0);
      for (const r of a.resultIds) expect(results.has(r), `${a.id} → ${r}`).toBe(true);
      expect(a.startMonth, a.id).toBeGreaterThanOrEqual(1);
      expect(a.endMonth, a.id).toBeGreaterThanOrEqual(a.startMonth!);
      expect(a.endMonth, a.id).toBeLessThanOrEqual(months);
      expect([a.place, a.kind, a.participants].includes(null), a.id).toBe(false);
      expect(a.parties.length, a.id).toBeGreaterThan(0);
    }
    for (const r of results) expect(d.activities.some((a) => a.resultIds.includes(r)), r).toBe(true);
  });

  it('links every budget line to an activity of the plan, and every visit has its own travel costs', () => {
    const ids = new Set(d.activities.map((a) => a.id));
    for (const b of d.budget) expect(ids.has(b.activityId ?? ''), `${b.id} → ${b.activityId}`).toBe(true);
    for (const visit of d.activities.filter((a) => a.kind === 'partner_visit')) {
      expect(d.budget.some((b) => b.activityId === visit.id && b.category === 'international_travel' && b.amountOre > 0), visit.id).toBe(true);
    }
  });

  it('plans a partner visit in each country (an inception is funded for one in each)', () => {
    const visits = d.activities.filter((a) => a.kind === 'partner_visit');
    expect(visits.some((a) => a.place === 'sweden')).toBe(true);
    expect(visits.some((a) => a.place === 'partner_country')).toBe(true);
  });

  it('has three to five risks, each judged, handled, owned and pointing at the framework or the whole project', () => {
    const ids = new Set([...d.framework.projectObjectives.map((o) => o.id), ...allResults(d.framework).map(({ result }) => result.id)]);
    expect(d.risks.length).toBeGreaterThanOrEqual(3);
    expect(d.risks.length).toBeLessThanOrEqual(5);
    for (const r of d.risks) {
      expect([r.likelihood, r.impact].includes(null), r.id).toBe(false);
      expect(r.mitigation.trim() && r.owner.trim(), r.id).toBeTruthy();
      if (r.threatens !== null) expect(ids.has(r.threatens), r.id).toBe(true);
    }
  });

  it('chooses the SDGs and targets its Agenda 2030 text names', () => {
    expect(d.agenda2030.goals.length).toBeGreaterThan(0);
    expect(d.agenda2030.targets.length).toBeGreaterThan(0);
    for (const t of d.agenda2030.targets) expect(d.agenda2030.goals).toContain(Number(t.split('.')[0]));
    const story = JSON.stringify(d.sections.agenda2030);
    for (const t of d.agenda2030.targets) expect(story).toContain(`mål ${t}`);
  });
});
