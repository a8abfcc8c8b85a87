import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import type { Draft } from '../../../core/draft/schema';
import { checkDraft, countWords } from '../../../core/rules';
import { buildSubmitCheck, parseOnlineForm, submitSummary, type OnlineForm } from '../../../core/submit';
import { ApplicationTemplate, sectionsFor } from '../../../core/template/schema';
import { applicationTemplates, onlineFormData } from '../../../templates';
import { completeDraft, sampleDraft } from '../../e2e/sample-draft';
import { pack } from '../rules/helpers';

const form = parseOnlineForm(onlineFormData);
const template = ApplicationTemplate.parse(applicationTemplates[0]);
const IN_WINDOW = '2026-03-02';

function check(d: Draft, today = IN_WINDOW, f: OnlineForm = form) {
  const p = pack(d.editionId);
  return buildSubmitCheck({ draft: d, pack: p, form: f, findings: checkDraft(d, p, { today }), sections: sectionsFor(template, d.component), today });
}

const comment = (id: string, anchor: Annotation['anchor'], resolved = false): Annotation => ({
  id, author: { name: 'Karin Holm', initials: 'KH' }, body: 'Ange siffror.', createdAt: '2026-02-20T10:00:00.000Z', editedAt: null, anchor, resolved, replies: [],
});

describe('ready to submit', () => {
  it('a complete draft on a day in the window has nothing blocking', () => {
    expect(check(completeDraft()).blocking).toEqual([]);
  });

  it('a missing Letter of Intent blocks, although the rule only warns: the form requires the upload', () => {
    const d = completeDraft();
    d.annexes = d.annexes.map((a) => (a.kind === 'letter_of_intent' ? { ...a, state: 'missing' as const } : a));
    const { blocking } = check(d);
    expect(blocking.map((i) => [i.kind, i.ruleId, i.field])).toEqual([['annex', 'DOC-02', 'annexes']]);
    expect(blocking[0]!.location).toEqual({ kind: 'field', field: 'annexes.letter_of_intent' });
  });

  it('lists errors, unreadable fields, comments and suggestions in the order of the online form', () => {
    const d = completeDraft();
    d.annexes = d.annexes.map((a) => (a.kind === 'planning_tool' ? { ...a, state: 'missing' as const } : a));
    d.invalidInputs = { 'budget.b1.amount': '12 tusen' };
    d.budget[0]!.amountOre = 0;
    d.annotations = [
      comment('c-budget', { kind: 'field', field: 'budget:b2' }),
      comment('c-summary', { kind: 'section', sectionId: 'summary' }),
      comment('c-title', { kind: 'field', field: 'title' }),
      comment('c-done', { kind: 'section', sectionId: 'challenge' }, true),
    ];
    d.sections.challenge = [{ type: 'paragraph', children: [{ text: 'Valdeltagandet är lågt' }, { text: ' bland unga', suggestion: { id: 's1', kind: 'insert', author: { name: 'Per Ek', initials: 'PE' }, createdAt: '2026-02-21T10:00:00.000Z' } }] }];
    const { blocking } = check(d);
    expect(blocking.map((i) => `${i.field} ${i.kind} ${i.threadId ?? i.suggestionId ?? i.ruleId}`)).toEqual([
      'title comment c-title',
      'summary comment c-summary',
      'challenge suggestion s1',
      'budget invalid FLD-01',
      'budget comment c-budget',
      'annexes annex PRE-01',
    ]);
    expect(blocking.find((i) => i.threadId === 'c-budget')!.location).toEqual({ kind: 'budget-line', lineId: 'b2', field: 'description' });
    expect(blocking.find((i) => i.suggestionId === 's1')!.message.sv).toBe('Per Ek föreslår att infoga: ”bland unga”');
  });

  it('warnings are worth a look, not blockers; notes are left out', () => {
    const d = completeDraft();
    d.sections.mutual_learning = [{ type: 'paragraph', children: [{ text: '' }] }];
    const r = check(d);
    expect(r.blocking).toEqual([]);
    expect(r.look.map((i) => [i.kind, i.ruleId, i.field])).toEqual([['warning', 'DOC-05', 'mutual_learning']]);
  });

  it('an annex no rule checks (the signed budget) deserves a look until it is marked done, and never blocks', () => {
    const d = completeDraft();
    d.annexes = d.annexes.map((a) => (a.kind === 'signed_budget' ? { ...a, state: 'missing' as const } : a));
    const missing = check(d);
    expect(missing.blocking).toEqual([]);
    expect(missing.look.map((i) => [i.kind, i.field, i.message.sv])).toEqual([
      ['annex', 'annexes', 'Bilagan ”Budget, undertecknad” är inte markerad som klar. Se i webbformuläret om ansökan behöver den.'],
    ]);
    expect(missing.look[0]!.location).toEqual({ kind: 'field', field: 'annexes.signed_budget' });
    d.annexes = d.annexes.map((a) => (a.kind === 'signed_budget' ? { ...a, state: 'draft' as const } : a));
    expect(check(d).look.map((i) => i.message.en)).toEqual(['The annex “Budget, signed” is marked as a draft, not as done.']);
    d.annexes = d.annexes.map((a) => (a.kind === 'signed_budget' ? { ...a, state: 'signed' as const } : a));
    expect(check(d).look).toEqual([]);
  });

  it('a day outside the application windows blocks a project, with the windows named; an inception can be sent any day', () => {
    const r = check(completeDraft(), '2026-12-03');
    expect(r.blocking.map((i) => [i.kind, i.field])).toEqual([['date', 'submissionDate']]);
    expect(r.blocking[0]!.message.sv).toBe('I dag (2026-12-03) ligger utanför ansökningsperioderna för projekt: 15/2–15/3, 15/9–15/10.');
    const inception = completeDraft();
    inception.component = 'inception';
    expect(check(inception, '2026-12-03').blocking.filter((i) => i.kind === 'date')).toEqual([]);
  });

  it('a planned submission date after today blocks: the checks were made for that day', () => {
    const d = completeDraft();
    d.submissionDate = '2026-03-10';
    const r = check(d);
    expect(r.blocking.map((i) => i.kind)).toEqual(['date']);
    expect(r.blocking[0]!.message.en).toContain('2026-03-10 is after today (2026-03-02)');
    d.submissionDate = IN_WINDOW;
    expect(check(d).blocking).toEqual([]);
  });

  it('a section far under its usual length is worth a look only where the form data knows the usual length', () => {
    const d = completeDraft();
    expect(check(d).look.filter((i) => i.kind === 'short')).toEqual([]);
    const withUsual = { ...form, usualLength: [{ editions: ['icld-kp-2020'], field: 'challenge', words: 300, farUnder: 0.25, sources: [], confidence: 'U' as const }] };
    expect(check(d, IN_WINDOW, withUsual).look.map((i) => [i.kind, i.field, i.message.sv])).toEqual([
      ['short', 'challenge', `Utmaning har ${countWords(d.sections.challenge)} ord, långt under de omkring 300 ord ett sådant avsnitt brukar ha.`],
    ]);
  });

  it('the summary gives the key facts: parties, period, budget per year and the team', () => {
    const s = submitSummary(completeDraft(), pack('icld-kp-2020'));
    expect(s).toMatchObject({
      title: 'Unga röster i Mombasa och Uppsala', applicant: 'Uppsala kommun', component: { sv: 'Projekt' },
      partners: [{ organisation: 'Skopje stad', code: 'Makedonien', country: null }],
      period: { start: '2026-09-01', end: '2028-08-31' },
      budgetPerYear: [{ year: 1, amountOre: 20_500_000 }, { year: 2, amountOre: 2_500_050 }], budgetTotalOre: 23_000_050, teamSize: 8,
    });
  });

  it('the sample draft in progress is not ready: its own errors block', () => {
    expect(check(sampleDraft()).blocking.length).toBeGreaterThan(0);
  });
});

describe('the online form data', () => {
  it('orders only header fields, the template\'s sections and the annexes, and says how it counts for every edition', () => {
    const known = new Set(['title', 'applicant', 'partners', 'component', 'period', 'submissionDate', 'annexes', ...template.sections.map((s) => s.id)]);
    for (const list of Object.values(form.order)) expect(list.filter((id) => !known.has(id))).toEqual([]);
    for (const id of ['icld-kp-2016', 'icld-kp-2019', 'icld-kp-2020', 'icld-kp-2023', 'icld-kp-2023b']) {
      // ICLD has not said how the form counts: the data says so rather than guessing.
      expect(form.counting.find((c) => c.editions.includes(id))).toMatchObject({ unit: 'unknown', lineBreak: 'unknown', confidence: 'U' });
    }
  });
});
