import type { SuggestionMark } from '../draft/rich-text';
import type { Draft } from '../draft/schema';
import { breakMark } from './block-suggestions';
import { breakKey, isBreakKey, keptSuggestionOf } from './kept-suggestion';
import { firstInlineLists } from './merge-breaks';
import { projectText } from './plain-text';
import { authorOffset, layoutOf, suggestionRuns, type Layout } from './suggestion-layout';
import { anchorOffsets } from './text-anchor';

/**
 * Suggestions by different reviewers on the same words: both are kept, and the author is shown
 * that they compete. Compared in the author's text, where every suggestion has its place. A
 * suggested paragraph break sits at a point too (where its block starts), under `<id>:break`.
 */

interface Span {
  id: string;
  author: string;
  kind: SuggestionMark['kind'] | 'break';
  start: number;
  end: number;
}

/** Deletions and reformattings cover a range of the author's text, insertions sit at a point. */
function overlap(a: Span, b: Span): boolean {
  if (a.kind === 'break' || b.kind === 'break') return a.kind === b.kind && a.start === b.start;
  if (a.kind !== 'insert' && b.kind !== 'insert') return a.start < b.end && b.start < a.end;
  if (a.kind === 'insert' && b.kind === 'insert') return a.start === b.start;
  const [ins, range] = a.kind === 'insert' ? [a, b] : [b, a];
  return range.start <= ins.start && ins.start <= range.end;
}

/** The placed comments that keep a suggestion on words someone else suggested removing, as spans. */
function keptSpans(draft: Draft, sectionId: string, layout: Layout): Span[] {
  const value = draft.sections[sectionId]!;
  return draft.annotations.flatMap((a): Span[] => {
    const id = keptSuggestionOf(a);
    if (!id || a.anchor.kind !== 'text' || a.anchor.sectionId !== sectionId || a.anchor.detached) return [];
    const offsets = anchorOffsets(projectText(value), a.anchor);
    if (!offsets) return [];
    // A kept break sits on the paragraph at its place: the break is where that paragraph starts.
    const kind = isBreakKey(id) ? 'break' : 'delete';
    const start = authorOffset(layout, offsets[0]);
    return [{ id, author: a.author.name, kind, start, end: kind === 'break' ? start : authorOffset(layout, offsets[1]) }];
  });
}

/** The suggested breaks of a section's top-level blocks, as spans at the author offset where each block starts. */
function breakSpans(draft: Draft, sectionId: string, layout: Layout): Span[] {
  const value = draft.sections[sectionId]!;
  const lists = firstInlineLists(value);
  return value.flatMap((b, i): Span[] => {
    const mark = breakMark(b);
    const at = layout.blocks[lists[i]!]?.authorStart ?? 0;
    return mark ? [{ id: breakKey(mark.id), author: mark.author.name, kind: 'break', start: at, end: at }] : [];
  });
}

/** The ids of the suggestions that overlap another reviewer's on the same words, each once. */
export function suggestionConflicts(draft: Draft): string[] {
  const ids = new Set<string>();
  for (const sectionId of Object.keys(draft.sections)) {
    const layout = layoutOf(draft.sections[sectionId]!);
    const spans: Span[] = [
      ...suggestionRuns(layout).map((r) => ({ id: r.mark.id, author: r.mark.author.name, kind: r.mark.kind, start: r.start, end: r.end })),
      ...keptSpans(draft, sectionId, layout),
      ...breakSpans(draft, sectionId, layout),
    ];
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const a = spans[i]!;
        const b = spans[j]!;
        if (a.author !== b.author && overlap(a, b)) {
          ids.add(a.id);
          ids.add(b.id);
        }
      }
    }
  }
  return [...ids];
}
