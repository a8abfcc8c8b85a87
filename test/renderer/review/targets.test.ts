import { describe, expect, it } from 'vitest';
import { fieldTargetExists } from '../../../core/review/field-anchor';
import { sectionsFor, ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';
import { anchorForLoc, anchorLabel } from '../../../renderer/review/targets';
import { sampleDraft } from '../../e2e/sample-draft';

const draft = sampleDraft();
const sections = sectionsFor(ApplicationTemplate.parse(applicationTemplates[0]), draft.component);
const t = (key: string, o?: Record<string, unknown>) => (o ? `${key} ${JSON.stringify(o)}` : key);

describe('what a click or focus comments on', () => {
  it.each([
    ['section:challenge', 'challenge', { kind: 'section', sectionId: 'challenge' }],
    ['budget:b2:amount', 'budget', { kind: 'field', field: 'budget:b2' }],
    ['budget:b2', 'budget', { kind: 'field', field: 'budget:b2' }],
    ['team:t1', 'team', { kind: 'field', field: 'team:t1' }],
    ['partner:p1:country', 'parties', { kind: 'field', field: 'partner:p1' }],
    ['core-area:participation', 'core_areas', { kind: 'field', field: 'coreArea:participation' }],
    ['core-area:equity', 'core_areas', { kind: 'field', field: 'coreAreas' }],
    ['field:period.start', 'general', { kind: 'field', field: 'period.start' }],
    ['field:annexes.letter_of_intent', 'general', { kind: 'field', field: 'annexes.letter_of_intent' }],
    ['budget-total:year:1', 'budget', { kind: 'field', field: 'budget' }],
    [null, 'team', { kind: 'field', field: 'team' }],
    [null, 'general', { kind: 'field', field: 'title' }],
  ] as const)('%s in %s', (loc, section, expected) => {
    const anchor = anchorForLoc(loc, section, draft, sections);
    expect(anchor).toEqual(expected);
    if (anchor?.kind === 'field') expect(fieldTargetExists(draft, anchor.field)).toBe(true);
  });

  it('names nothing for a removed row or outside the document', () => {
    expect(anchorForLoc('budget:gone', null, draft, sections)).toBeNull();
    expect(anchorForLoc(null, null, draft, sections)).toBeNull();
  });
});

describe('labels of comment targets', () => {
  it('names rows by number and description, people and partners by name, sections by title', () => {
    expect(anchorLabel({ kind: 'field', field: 'budget:b2' }, draft, sections, t, 'sv')).toBe('review.target.budget {"label":"2 – Arbetsinsats projektledning"}');
    expect(anchorLabel({ kind: 'field', field: 'team:t2' }, draft, sections, t, 'sv')).toBe('review.target.team {"label":"Erik Berg"}');
    expect(anchorLabel({ kind: 'field', field: 'partner:p1' }, draft, sections, t, 'sv')).toBe('review.target.partner {"label":"Skopje stad"}');
    expect(anchorLabel({ kind: 'section', sectionId: 'challenge' }, draft, sections, t, 'en')).toBe('review.target.section {"title":"Challenge"}');
    expect(anchorLabel({ kind: 'field', field: 'budget' }, draft, sections, t, 'sv')).toBe('review.target.section {"title":"Budget"}');
    expect(anchorLabel({ kind: 'field', field: 'period.end' }, draft, sections, t, 'sv')).toBe('review.target.field {"label":"fields.end"}');
    expect(anchorLabel({ kind: 'field', field: 'budget:gone' }, draft, sections, t, 'sv')).toBe('review.target.budget {"label":"review.target.unnamed"}');
  });
});
