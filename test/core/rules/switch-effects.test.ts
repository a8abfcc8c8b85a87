import { describe, expect, it } from 'vitest';
import { applicablePrerequisites, applySwitch, switchEffects } from '../../../core/rules';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';
import { pack, sample, words } from './helpers';

const template = ApplicationTemplate.parse(applicationTemplates[0]);

describe('switching a draft to another component or edition', () => {
  it('names the filled sections the new component hides, leaving out empty ones', () => {
    const d = sample('icld-kp-2020');
    d.sections.indicators = [{ type: 'paragraph', children: [{ text: '' }] }];
    const e = switchEffects(d, template, { component: 'inception', pack: pack('icld-kp-2020') });
    expect(e.hiddenSections.map((s) => s.id)).toEqual(['objectives', 'risks', 'sustainability']);
    d.sections.indicators = words(3);
    expect(switchEffects(d, template, { component: 'inception', pack: pack('icld-kp-2020') }).hiddenSections).toHaveLength(4);
    expect(switchEffects(d, template, { component: 'tripartite_eu', pack: pack('icld-kp-2020') }).hiddenSections).toEqual([]);
  });

  it('asks an inception nothing about a prior inception or an existing partnership', () => {
    expect(applicablePrerequisites(pack('icld-kp-2020'), 'inception')).toEqual([]);
    expect(applicablePrerequisites(pack('icld-kp-2020'), 'project')).toEqual(['priorInception', 'existingPartnership']);
    expect(applicablePrerequisites(undefined, 'inception')).toHaveLength(2);
  });

  it('no longer holds a prerequisite the new component does not ask about, keeps its year, reference, the annexes and the hidden text', () => {
    const d = sample('icld-kp-2020');
    d.prerequisites.priorInception = { held: true, year: 2022, reference: 'ICLD 2022-0147' };
    const e = switchEffects(d, template, { component: 'inception', pack: pack('icld-kp-2020') });
    expect(e.clearedPrerequisites).toContain('priorInception');
    const after = applySwitch(d, { component: 'inception', editionId: 'icld-kp-2020', pack: pack('icld-kp-2020') });
    expect(after.component).toBe('inception');
    expect(after.prerequisites.priorInception).toEqual({ held: false, year: 2022, reference: 'ICLD 2022-0147' });
    expect(after.annexes).toBe(d.annexes);
    expect(after.sections).toBe(d.sections);
    expect(d.prerequisites.priorInception.held).toBe(true);
    // Back to a project: the prerequisite is not held again by itself, and PRE-02 is asked anew.
    const back = applySwitch(after, { component: 'project', editionId: 'icld-kp-2020', pack: pack('icld-kp-2020') });
    expect(back.prerequisites.priorInception.held).toBe(false);
  });

  it('leaves no held prerequisite out of sight', () => {
    const d = sample('icld-kp-2020');
    d.prerequisites.priorInception.held = true;
    d.prerequisites.existingPartnership.held = true;
    const after = applySwitch(d, { component: 'inception', editionId: 'icld-kp-2020', pack: pack('icld-kp-2020') });
    const shown = new Set(applicablePrerequisites(pack('icld-kp-2020'), 'inception'));
    for (const [k, v] of Object.entries(after.prerequisites)) if (!shown.has(k as never)) expect(v.held).toBe(false);
  });
});
