import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/draft/schema';
import { draftWords, isUnchanged, summarizeChanges } from '../../../core/draft/version-diff';
import { generateDraft } from '../../helpers/generate-draft';

const base = (): Draft => generateDraft({ words: 300, budgetLines: 4, seed: 3 });
const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];

describe('what changed between two versions', () => {
  it('names the sections whose text changed with the change in words, and the list counts', () => {
    const older = base();
    const newer: Draft = {
      ...older,
      title: 'Ny titel',
      sections: { ...older.sections, challenge: [...older.sections.challenge!, ...para('tre nya ord')], risks: para('') },
      budget: older.budget.slice(0, 2),
    };
    const s = summarizeChanges(older, newer);
    expect(s.title).toBe(true);
    expect(s.sections).toContainEqual({ id: 'challenge', words: 3 });
    expect(s.sections.find((x) => x.id === 'risks')!.words).toBeLessThan(0);
    expect(s.sections.map((x) => x.id).sort()).toEqual(['challenge', 'risks']);
    expect(s.budget).toEqual({ delta: -2, changed: true });
    expect(s.partners).toEqual({ delta: 0, changed: false });
    expect(s.team).toEqual({ delta: 0, changed: false });
    expect(s.other).toBe(false);
  });

  it('sees a changed amount or a changed applicant even when no count moved', () => {
    const older = base();
    const newer = { ...older, budget: older.budget.map((l, i) => (i === 0 ? { ...l, amountOre: l.amountOre + 100 } : l)), applicant: { ...older.applicant, organisation: 'Annan kommun' } };
    const s = summarizeChanges(older, newer);
    expect(s.budget).toEqual({ delta: 0, changed: true });
    expect(s.other).toBe(true);
    expect(isUnchanged(s)).toBe(false);
  });

  it('counts comment threads, but not a comment that only moved with the text', () => {
    const older = base();
    const thread = { id: 'c1', author: { name: 'Lena Ek', initials: 'LE' }, body: 'Siffra?', createdAt: '2026-03-03T10:00:00Z', editedAt: null, resolved: false, replies: [] };
    const at = (start: number) => ({ kind: 'text' as const, sectionId: 'challenge', start, end: start + 4, quote: { exact: 'Båda', prefix: '', suffix: '' } });
    const a = { ...older, annotations: [{ ...thread, anchor: at(0) }] } as unknown as Draft;
    const moved = { ...older, annotations: [{ ...thread, anchor: at(11) }] } as unknown as Draft;
    expect(isUnchanged(summarizeChanges(a, moved))).toBe(true);
    expect(summarizeChanges(older, a).comments).toEqual({ delta: 1, changed: true });
    expect(summarizeChanges(a, { ...moved, annotations: [{ ...moved.annotations[0]!, resolved: true }] }).comments).toEqual({ delta: 0, changed: true });
  });

  it('ignores the order of a text leaf’s keys, the id and the times', () => {
    const older = base();
    const reordered = Object.fromEntries(Object.entries(older.sections).map(([k, v]) => [k, JSON.parse(JSON.stringify(v), (_key, val) =>
      val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).reverse()) : val)]));
    const newer = { ...older, id: 'other', modifiedAt: '2030-01-01T00:00:00.000Z', sections: reordered };
    expect(isUnchanged(summarizeChanges(older, newer))).toBe(true);
  });

  it('property: a draft compared with itself has no changes; word changes are the difference of the totals and flip with the direction', () => {
    const words = fc.array(fc.constantFrom('budget', 'möte', 'Mombasa', '12 000', '–', 'e-post', ''), { maxLength: 30 });
    const edits = fc.dictionary(fc.constantFrom('target_groups', 'challenge', 'risks', 'summary', 'objectives'), words, { maxKeys: 5 });
    fc.assert(fc.property(fc.integer({ min: 1, max: 50 }), edits, fc.integer({ min: 0, max: 4 }), (seed, edit, cut) => {
      const a = generateDraft({ words: 120, budgetLines: 4, seed });
      const b: Draft = { ...a, budget: a.budget.slice(cut), sections: { ...a.sections, ...Object.fromEntries(Object.entries(edit).map(([k, w]) => [k, para(w.join(' '))])) } };
      expect(isUnchanged(summarizeChanges(a, structuredClone(a)))).toBe(true);
      const ab = summarizeChanges(a, b);
      const ba = summarizeChanges(b, a);
      expect(ab.sections.reduce((n, x) => n + x.words, 0)).toBe(draftWords(b) - draftWords(a));
      expect(new Map(ba.sections.map((x) => [x.id, 0 - x.words]))).toEqual(new Map(ab.sections.map((x) => [x.id, x.words])));
      expect(ab.budget.delta + cut).toBe(0);
      expect(isUnchanged(ab)).toBe(JSON.stringify(a) === JSON.stringify(b));
    }), { numRuns: 300 });
  });
});
