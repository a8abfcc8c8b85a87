import { describe, expect, it } from 'vitest';
import type { TemplateSection } from '../../../core/template/schema';
import { emptyIndicator, emptyObjective, emptyResult } from '../../../renderer/cards/results-edits';
import { sectionState } from '../../../renderer/layout/section-state';
import { templateSections } from '../../../renderer/template';
import { buildNewDraft } from '../../../core/draft/new-draft';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';

const resultsSection = () => templateSections('project').find((s) => s.kind === 'results') as TemplateSection;

describe('the results matrix’s state in the sidebar', () => {
  const d = buildNewDraft({ template: ApplicationTemplate.parse(applicationTemplates[0]), editionId: 'icld-kp-2023', component: 'project',
    documentLanguage: 'sv-SE', now: new Date('2026-01-15T09:00:00Z'), newId: () => '00000000-0000-4000-9000-000000000001' });
  const measured = { ...emptyIndicator('i1'), text: 'Andel hushåll', baseline: { value: '5 %', year: 2025 }, target: { value: '40 %', date: '2028-06-30' }, verification: 'Enkät' };
  const framework = (indicator = measured) => ({
    overallObjective: { ...d.framework.overallObjective, text: 'Renare stad' },
    projectObjectives: [{ ...emptyObjective('o1'), text: 'Källsortering', results: [{ ...emptyResult('r1'), text: 'Hushåll sorterar', indicators: [indicator] }] }],
  });

  it('is empty with nothing in it, in progress while a level lacks its parts, done when every result is measured', () => {
    expect(sectionState(resultsSection(), d, 0, [])).toBe('empty');
    expect(sectionState(resultsSection(), { ...d, framework: framework({ ...measured, verification: '' }) }, 0, [])).toBe('inProgress');
    expect(sectionState(resultsSection(), { ...d, framework: framework() }, 0, [])).toBe('done');
  });
});
