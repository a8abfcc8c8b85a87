import { describe, expect, it } from 'vitest';
import { applyQuickFix, checkDraft } from '../../../core/rules';
import { findingsOf, pack, packs, sample, sampleAsFormat3, sampleNames } from './helpers';
import { withPlan } from './plan-fixture';

const PLAN_RULE = /^(LF|AP|RK)-/;
const p2020 = pack('icld-kp-2020');

describe('plan rules on a draft whose plan is still empty (a format-3 draft opened now)', () => {
  it.each(sampleNames())('%s: one info about the empty plan, nothing louder', (name) => {
    const d = sampleAsFormat3(name);
    const plan = checkDraft(d, pack(d.editionId)).filter((f) => PLAN_RULE.test(f.ruleId));
    expect(plan.map((f) => [f.ruleId, f.severity])).toEqual([[d.component === 'inception' ? 'AP-04' : 'LF-01', 'info']]);
  });

  it('reports the Agenda 2030 goals missing as a warning only when the link is not written either', () => {
    const d = sampleAsFormat3('icld-kp-2023');
    expect(findingsOf(d, pack('icld-kp-2023'), 'DOC-03').map((f) => f.severity)).toEqual(['info']);
    d.sections.agenda2030 = [];
    const [f] = findingsOf(d, pack('icld-kp-2023'), 'DOC-03');
    expect(f?.severity).toBe('warning');
    expect(f?.location).toEqual({ kind: 'agenda2030' });
  });
});

describe('plan rules a user relies on', () => {
  it('applies each rule only to its components: the matrix to projects, the visits to inceptions', () => {
    const inception = withPlan(sample('icld-kp-2020-inception'));
    inception.framework.projectObjectives = [];
    expect(findingsOf(inception, p2020, 'LF-01')).toEqual([]);
    const project = withPlan(sample('icld-kp-2020'));
    project.activities = project.activities.filter((a) => a.id !== 'a2');
    expect(findingsOf(project, p2020, 'AP-04')).toEqual([]);
  });

  it('names items by their number and text, and points at the field to fix', () => {
    const d = withPlan(sample('icld-kp-2020'));
    d.framework.projectObjectives[0]!.results[1]!.indicators[0]!.baseline.year = null;
    const [f] = findingsOf(d, p2020, 'LF-06');
    expect(f?.location).toEqual({ kind: 'framework-item', itemId: 'i3', field: 'baselineYear' });
    expect(f?.message.sv).toMatch(/^Indikator 1\.2 a ”Andel ärenden med medborgardialog \(i3\)” saknar år för utgångsvärdet/);
    expect(f?.message.en).toMatch(/^Indicator 1\.2 a "Andel/);
  });

  it('says when an activity runs past the period in months of the calendar', () => {
    const d = withPlan(sample('icld-kp-2020'));
    d.activities[2]!.endMonth = 38;
    const [f] = findingsOf(d, p2020, 'AP-02');
    expect(f?.location).toEqual({ kind: 'activity', activityId: 'a3', field: 'endMonth' });
    expect(f?.message.sv).toContain('pågår till februari 2024, men projektperioden slutar december 2023');
  });

  it('offers to unlink a line whose activity was deleted, and the fix clears the finding', () => {
    const d = withPlan(sample('icld-kp-2020'));
    d.activities = d.activities.filter((a) => a.id !== 'a3');
    const found = findingsOf(d, p2020, 'AP-09');
    expect(found.map((f) => f.location)).toEqual(d.budget.filter((b) => b.activityId === 'a3').map((b) => ({ kind: 'budget-line', lineId: b.id, field: 'activityId' })));
    const [f] = found;
    expect(f?.fix?.edits).toEqual([{ path: ['budget', { id: 'b1' }, 'activityId'], value: null }]);
    const fixed = applyQuickFix(d, f!.fix!);
    expect(fixed.budget[0]!.activityId).toBeNull();
    expect(findingsOf(fixed, p2020, 'AP-09')).toHaveLength(found.length - 1);
  });

  it('offers to relink a line to the activity its description names', () => {
    const d = withPlan(sample('icld-kp-2020'));
    d.budget[0]!.description = 'Arbetstid för digitala workshoppar';
    d.budget[0]!.activityId = 'deleted';
    const [f] = findingsOf(d, p2020, 'AP-09');
    expect(f?.fix?.label.sv).toBe('Koppla raden till Aktivitet 1.1.2 ”Digitala workshoppar”');
    expect(applyQuickFix(d, f!.fix!).budget[0]!.activityId).toBe('a3');
  });

  it('lets a risk whose result was removed apply to the whole project', () => {
    const d = withPlan(sample('icld-kp-2020'));
    d.risks[0]!.threatens = 'removed';
    const [f] = findingsOf(d, p2020, 'RK-05');
    const fixed = applyQuickFix(d, f!.fix!);
    expect(fixed.risks[0]!.threatens).toBeNull();
    expect(findingsOf(fixed, p2020, 'RK-05')).toEqual([]);
  });

  it('removes the link to a deleted result and keeps the others', () => {
    const d = withPlan(sample('icld-kp-2020'));
    d.activities[2]!.resultIds = ['r1', 'removed', 'r2'];
    const [f] = findingsOf(d, p2020, 'LF-04');
    expect(applyQuickFix(d, f!.fix!).activities[2]!.resultIds).toEqual(['r1', 'r2']);
  });

  it('offers the goals the Agenda 2030 text names', () => {
    const d = sampleAsFormat3('icld-kp-2020');
    d.sections.agenda2030 = [{ type: 'paragraph', children: [{ text: 'Partnerskapet bidrar till mål 16 och SDG 5, och till mål 16 igen.' }] }];
    const [f] = findingsOf(d, p2020, 'DOC-03');
    expect(f?.fix?.label.sv).toBe('Välj målen 5 och 16, som texten nämner');
    const fixed = applyQuickFix(d, f!.fix!);
    expect(fixed.agenda2030.goals).toEqual([5, 16]);
    expect(findingsOf(fixed, p2020, 'DOC-03')).toEqual([]);
  });

  it('lists every plan rule in all five editions, never as an error, with a note saying to ask ICLD', () => {
    for (const p of packs) {
      const plan = p.rules.filter((r) => PLAN_RULE.test(r.id));
      expect(plan).toHaveLength(19);
      for (const r of plan) {
        expect(r.severity).not.toBe('error');
        expect(r.confidence).toBe('I');
        expect(r.note?.en).toMatch(/ask ICLD/i);
      }
    }
  });
});
