import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Author } from '../../../core/draft/annotation';
import type { RichText } from '../../../core/draft/rich-text';
import type { Draft } from '../../../core/draft/schema';
import { keptSuggestionOf } from '../../../core/review/kept-suggestion';
import { mergeReview } from '../../../core/review/merge-review';
import { draftSuggestionIds } from '../../../core/review/merge-suggestions';
import { breakMark } from '../../../core/review/block-suggestions';
import { suggestJoin, suggestSplit } from '../../../core/review/block-edits';
import { suggestDelete, suggestFormat, suggestInsert } from '../../../core/review/suggest-edits';
import { layoutOf, runText, suggestionRuns } from '../../../core/review/suggestion-layout';
import { acceptAll, rejectAll } from '../../../core/review/suggestions';
import { QUOTE_CONTEXT_LENGTH } from '../../../core/review/text-anchor';
import { draftWith, valueFromText } from './helpers';

/**
 * Reviewers suggest on copies of the text as it was sent; the author goes on editing. Merging
 * their copies must put every suggestion on the words it was made on, add nothing the second
 * time, and give the same suggestions whatever the order of the copies.
 */

// Distinct words, so that every stretch of text has one place (as real prose nearly always has).
const sentText = fc
  .uniqueArray(fc.integer({ min: 0, max: 9999 }), { minLength: 8, maxLength: 40 })
  .chain((ns) => fc.array(fc.nat(), { maxLength: 2 }).map((breaks) => {
    const words = ns.map((n) => `ord${n}`);
    for (const b of breaks) words[b % words.length] += '\n';
    return words.join(' ').replace(/\n /g, '\n');
  }));
const third = (line: string) => [Math.floor(line.length / 3), Math.floor((2 * line.length) / 3)];
const sectionOf = (text: string): RichText => valueFromText(text, third);

type Suggestion = { kind: 'insert' | 'delete' | 'format' | 'break' | 'join'; block: number; at: number; length: number; text: string };
const suggestion: fc.Arbitrary<Suggestion> = fc.record({
  kind: fc.constantFrom('insert' as const, 'delete' as const, 'format' as const, 'break' as const, 'join' as const),
  block: fc.nat(),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 12 }),
  text: fc.constantFrom(' nytt', ' och mer', 'x', ' ändrat ord'),
});

const reviewerAuthor = (i: number): Author => ({ name: `Granskare ${i}`, initials: `G${i}` });
const blockLength = (v: RichText, b: number) => layoutOf([v[b]!]).pieces.reduce((n, p) => n + p.piece.text.length, 0);

/**
 * The reviewer's own insertion right before `at` in a block, as the meta Enter there continues
 * (one made from suggestion `from` on: a suggestion merged before is matched by its id, so this
 * session's Enter is not put under it).
 */
function ownBefore(value: RichText, block: number, at: number, reviewer: number, from: number) {
  const pieces = layoutOf([value[block]!]).pieces.map((p) => p.piece);
  let o = 0;
  for (const p of pieces) {
    if (at > o && at <= o + p.text.length) {
      const s = p.suggestion;
      const ours = s?.kind === 'insert' && s.id.startsWith(`g${reviewer}-`) && Number(s.id.split('-')[1]) >= from;
      return ours ? { id: s.id, author: s.author, createdAt: s.createdAt } : undefined;
    }
    o += p.text.length;
  }
  return undefined;
}

/** A reviewer's copy: their suggestions made one after another on the text as sent (numbered on from `from`). */
function copyBy(sent: Draft, reviewer: number, suggestions: Suggestion[], from = 0): Draft {
  let value = sent.sections.summary!;
  suggestions.forEach((s, i) => {
    const n = from + i;
    const meta = { id: `g${reviewer}-${n}`, author: reviewerAuthor(reviewer), createdAt: new Date(Date.UTC(2026, 10, 20, reviewer, n)).toISOString() };
    const block = s.block % value.length;
    const at = s.at % (blockLength(value, block) + 1);
    const to = Math.min(blockLength(value, block), at + s.length);
    const own = (id: string) => id.startsWith(`g${reviewer}-`);
    if (s.kind === 'break') {
      // Enter, and (every other time) words typed at the start of the new paragraph, as one suggestion.
      // As in the editor, Enter in one's own insertion continues it.
      const m = ownBefore(value, block, at, reviewer, from) ?? meta;
      const split = suggestSplit(value, { block, offset: at }, m);
      value = split !== value && s.length % 2 ? suggestInsert(split, { block: block + 1, offset: 0 }, `Stycke ${n}.`, m) : split;
    } else if (s.kind === 'join') value = suggestJoin(value, block, meta, own);
    else value = s.kind === 'insert'
      ? suggestInsert(value, { block, offset: at }, s.text, meta)
      : s.kind === 'delete'
        ? suggestDelete(value, block, at, to, meta, own)
        : suggestFormat(value, block, at, to, { mark: s.text.length % 2 ? 'italic' : 'bold', on: s.length % 3 > 0 }, meta, own);
  });
  return { ...sent, sections: { summary: value } };
}

/** Every suggestion of a section as it sits in the author's text (a paragraph break where its block starts). */
const placed = (v: RichText) => {
  const layout = layoutOf(v);
  const breaks = v.flatMap((b, i) => {
    const mark = breakMark(b);
    const at = layout.blocks[i]!.authorStart;
    return mark ? [{ id: `${mark.id}:break`, kind: mark.kind, start: at, end: at, text: '' }] : [];
  });
  const runs = suggestionRuns(layout).map((r) => ({ id: r.mark.id, kind: r.mark.kind, start: r.start, end: r.end, text: runText(r), ...(r.mark.kind === 'format' && { looks: looks(r.pieces) }) }));
  return [...runs, ...breaks];
};
/** The formatting a formatting suggestion proposes, character by character. */
const looks = (pieces: Array<{ text: string; bold?: true; italic?: true }>) => pieces.flatMap((p) => [...p.text].map(() => `${p.bold ? 'b' : ''}${p.italic ? 'i' : ''}`));

type AuthorEdit = { kind: 'insert' | 'delete'; at: number; length: number };
const authorEdit: fc.Arbitrary<AuthorEdit> = fc.record({ kind: fc.constantFrom('insert' as const, 'delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 10 }) });

/**
 * The author's edits, each kept only if it stays clear of every suggestion and its context;
 * returns the edited text and where each kept offset went.
 */
function editElsewhere(text: string, zones: Array<[number, number]>, edits: AuthorEdit[]) {
  let t = text;
  let shift = (o: number) => o;
  for (const e of edits) {
    const now = zones.map(([s, z]) => [shift(s), shift(z)] as const);
    const at = e.at % (t.length + 1);
    const to = e.kind === 'insert' ? at : Math.min(t.length, at + e.length);
    if (now.some(([s, z]) => to >= s && at <= z)) continue;
    const before = shift;
    if (e.kind === 'insert') {
      t = t.slice(0, at) + ' infogat' + t.slice(at);
      shift = (o) => (before(o) >= at ? before(o) + ' infogat'.length : before(o));
    } else {
      t = t.slice(0, at) + t.slice(to);
      shift = (o) => (before(o) >= to ? before(o) - (to - at) : before(o));
    }
  }
  return { text: t, shift };
}

describe('merging suggestions from reviewers’ copies (property)', () => {
  it('puts every suggestion on the words it was made on, whatever the author edited elsewhere', () => {
    fc.assert(fc.property(sentText, fc.array(suggestion, { minLength: 1, maxLength: 3 }), fc.array(authorEdit, { maxLength: 8 }), (text, suggestions, edits) => {
      const sent = draftWith({ summary: sectionOf(text) });
      const copy = copyBy(sent, 1, suggestions);
      const made = placed(copy.sections.summary!);
      const margin = QUOTE_CONTEXT_LENGTH + 8;
      const zones = made.map((s) => [Math.max(0, s.start - margin), s.end + margin] as [number, number]);
      const edited = editElsewhere(text, zones, edits);
      const draft = draftWith({ summary: sectionOf(edited.text) });

      const merged = mergeReview(draft, [copy]);
      expect(merged.report.suggestions).toMatchObject({ added: new Set(made.map((s) => s.id)).size, orphaned: 0, conflicting: 0 });
      expect(rejectAll(merged.sections.summary!)).toEqual(draft.sections.summary);
      const expected = made.map((s) => ({ ...s, start: edited.shift(s.start), end: edited.shift(s.end) }));
      expect(placed(merged.sections.summary!)).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('gives the reviewer’s text when all of one copy’s suggestions are accepted in the draft it was made on', () => {
    fc.assert(fc.property(sentText, fc.array(suggestion, { minLength: 1, maxLength: 4 }), (text, suggestions) => {
      const sent = draftWith({ summary: sectionOf(text) });
      const copy = copyBy(sent, 1, suggestions);
      const merged = mergeReview(sent, [copy]);
      expect(merged.report.suggestions).toMatchObject({ orphaned: 0, conflicting: 0 });
      expect(acceptAll(merged.sections.summary!)).toEqual(acceptAll(copy.sections.summary!));
      expect(rejectAll(merged.sections.summary!)).toEqual(sent.sections.summary);
    }), { numRuns: 300 });
  });

  // New paragraphs made later, among deletions and reformattings merged before, go where they were
  // made. (Not among insertions: a merged insertion is matched by its id, so one split by a later
  // Enter, or grown by later typing, is not merged again.)
  const breaks = fc.array(suggestion.map((s) => ({ ...s, kind: 'break' as const })), { minLength: 1, maxLength: 3 });
  const marks = fc.array(suggestion.map((s) => ({ ...s, kind: s.length % 2 ? ('delete' as const) : ('format' as const) })), { minLength: 1, maxLength: 3 });
  it('places the breaks of a copy the reviewer went on with as if its first version had not been merged', () => {
    fc.assert(fc.property(sentText, marks, breaks, (text, early, late) => {
      const sent = draftWith({ summary: sectionOf(text) });
      const first = copyBy(sent, 1, early);
      const later = copyBy(first, 1, late, early.length);
      const once = mergeReview(sent, [first]);
      const stepwise = mergeReview({ ...sent, sections: once.sections, annotations: once.annotations }, [later]);
      const direct = mergeReview(sent, [later]);
      // The same suggestions at the same places of the author's text (own insertions at one place
      // may come in another order: each merge keeps the order it met them in).
      const sorted = (v: RichText) => placed(v).sort((a, b) => a.id.localeCompare(b.id) || a.start - b.start);
      expect(sorted(stepwise.sections.summary!)).toEqual(sorted(direct.sections.summary!));
      expect(stepwise.report.suggestions).toMatchObject({ conflicting: 0, orphaned: 0 });
      expect(rejectAll(stepwise.sections.summary!)).toEqual(sent.sections.summary);
    }), { numRuns: 300 });
  });

  const reviewers = fc.array(fc.array(suggestion, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });

  it('adds nothing when the same copies are merged again', () => {
    fc.assert(fc.property(sentText, reviewers, fc.array(authorEdit, { maxLength: 4 }), (text, all, edits) => {
      const sent = draftWith({ summary: sectionOf(text) });
      const copies = all.map((s, i) => copyBy(sent, i + 1, s));
      const draft = draftWith({ summary: sectionOf(editElsewhere(text, [], edits).text) });
      const once = mergeReview(draft, copies);
      const onceDraft = { ...draft, sections: once.sections, annotations: once.annotations };
      const again = mergeReview(onceDraft, copies);
      const incoming = new Set(copies.flatMap((c) => placed(c.sections.summary!).map((s) => s.id)));
      expect(again.report.suggestions).toMatchObject({ added: 0, conflicting: 0, orphaned: 0, alreadyPresent: incoming.size });
      expect({ ...draft, sections: again.sections, annotations: again.annotations }).toEqual(onceDraft);
    }), { numRuns: 300 });
  });

  it('gives the same suggestions whatever the order of the copies', () => {
    fc.assert(fc.property(sentText, reviewers, fc.nat(), (text, all, turn) => {
      const sent = draftWith({ summary: sectionOf(text) });
      const copies = all.map((s, i) => copyBy(sent, i + 1, s));
      const k = turn % copies.length;
      const other = [...copies.slice(k), ...copies.slice(0, k)].reverse();
      const a = mergeReview(sent, copies);
      const b = mergeReview(sent, other);
      expect(draftSuggestionIds({ ...sent, ...b })).toEqual(draftSuggestionIds({ ...sent, ...a }));
      expect(rejectAll(b.sections.summary!)).toEqual(rejectAll(a.sections.summary!));
      // Overlapping deletions: whichever came first is the mark, the other its reviewer's comment
      // on the same words. Every other suggestion is a mark on the same words in both orders.
      const kept = new Set([...a.annotations, ...b.annotations].flatMap((x) => keptSuggestionOf(x) ?? []));
      // (An insertion's words at one place are compared whole: a new paragraph placed in one order
      // and kept as a comment in the other splits them in one only.)
      const byId = (v: RichText) => {
        const m = new Map<string, ReturnType<typeof placed>>();
        for (const s of placed(v)) {
          if (kept.has(s.id)) continue;
          const runs = m.get(s.id) ?? [];
          const last = runs[runs.length - 1];
          if (last && s.kind === 'insert' && last.kind === 'insert' && last.start === s.start) runs[runs.length - 1] = { ...last, text: last.text + s.text };
          else runs.push(s);
          m.set(s.id, runs);
        }
        return m;
      };
      expect(byId(b.sections.summary!)).toEqual(byId(a.sections.summary!));
      expect(b.report.suggestions.added).toBe(a.report.suggestions.added);
    }), { numRuns: 300 });
  });
});
