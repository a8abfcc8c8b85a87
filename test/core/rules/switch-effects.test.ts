import { describe, expect, it } from 'vitest';
import { applicableDeclarations, applySwitch, switchEffects } from '../../../core/rules';
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

  it('asks an inception nothing about a prior inception or the planning tool', () => {
    expect(applicableDeclarations(pack('icld-kp-2020'), 'inception')).toEqual(['letterOfIntentAttached']);
    expect(applicableDeclarations(pack('icld-kp-2020'), 'project')).toEqual(['planningToolCompleted', 'letterOfIntentAttached', 'priorInception', 'steeringGroupApplication', 'existingPartnership']);
    expect(applicableDeclarations(undefined, 'inception')).toHaveLength(5);
  });

  it('clears a ticked declaration the new component does not ask about, keeps the hidden text, and changes nothing else', () => {
    const d = sample('icld-kp-2020');
    d.declarations.priorInception = true;
    const e = switchEffects(d, template, { component: 'inception', pack: pack('icld-kp-2020') });
    expect(e.clearedDeclarations).toContain('priorInception');
    const after = applySwitch(d, { component: 'inception', editionId: 'icld-kp-2020', pack: pack('icld-kp-2020') });
    expect(after.component).toBe('inception');
    expect(after.declarations.priorInception).toBe(false);
    expect(after.declarations.letterOfIntentAttached).toBe(d.declarations.letterOfIntentAttached);
    expect(after.sections).toBe(d.sections);
    expect(d.declarations.priorInception).toBe(true);
    // Back to a project: the declaration is not ticked again by itself, and PRE-02 is asked anew.
    const back = applySwitch(after, { component: 'project', editionId: 'icld-kp-2020', pack: pack('icld-kp-2020') });
    expect(back.declarations.priorInception).toBe(false);
    expect(applySwitch(d, { component: d.component, editionId: d.editionId, pack: pack('icld-kp-2020') })).toBe(d);
  });

  it('leaves no ticked declaration out of sight', () => {
    const d = sample('icld-kp-2020');
    for (const k of Object.keys(d.declarations) as (keyof typeof d.declarations)[]) d.declarations[k] = true;
    const after = applySwitch(d, { component: 'inception', editionId: 'icld-kp-2020', pack: pack('icld-kp-2020') });
    const shown = new Set(applicableDeclarations(pack('icld-kp-2020'), 'inception'));
    for (const [k, v] of Object.entries(after.declarations)) if (!shown.has(k as never)) expect(v).toBe(false);
  });
});
