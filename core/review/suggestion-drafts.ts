import type { Annotation } from '../draft/annotation';
import { isListElement, type ListElement, type RichText } from '../draft/rich-text';
import { isTextBlock } from './block-suggestions';
import type { Draft } from '../draft/schema';
import { projectText, type SlateNodeLike } from './plain-text';
import { decidedDraft, type TextVersion } from './decided-text';
import { anchorOffsets, textAnchorAt } from './text-anchor';

/**
 * Whole drafts as they would be with every open suggestion decided one way (the sections as
 * decided-text.ts gives them), with the comments on text moved onto the same words: what the
 * author has written (all rejected), which an export without suggestions prints, and what the
 * reviewers propose (all accepted).
 */

type Leaf = { text: string; suggestion?: { kind: string } };
function collectLeaves(nodes: readonly SlateNodeLike[], path: number[], visit: (path: number[], leaf: Leaf) => void) {
  nodes.forEach((n, i) => {
    if ('text' in n) visit([...path, i], n as Leaf);
    else collectLeaves(n.children, [...path, i], visit);
  });
}

/** A section's comments on text, moved onto the same words of the decided value (detached when their words went). */
function moveComments(annotations: Annotation[], sectionId: string, before: RichText, after: RichText, gone: 'insert' | 'delete'): Annotation[] {
  const pBefore = projectText(before);
  const pAfter = projectText(after);
  const kept = keptOffsets(before, gone);
  return annotations.map((a) => {
    if (a.anchor.kind !== 'text' || a.anchor.sectionId !== sectionId || a.anchor.detached) return a;
    const offsets = anchorOffsets(pBefore, a.anchor);
    if (!offsets) return a;
    const start = kept(offsets[0]);
    const end = kept(offsets[1]);
    // The commented words were all suggested text that this decision takes out.
    if (end <= start && offsets[1] > offsets[0]) return { ...a, anchor: { ...a.anchor, detached: true } };
    return { ...a, anchor: textAnchorAt(pAfter, sectionId, start, end) };
  });
}

/**
 * For one section value, a function from offsets before the decision to offsets after it: each
 * character of a leaf that goes is skipped, so an offset inside it lands where the leaf was.
 */
function keptOffsets(value: RichText, gone: 'insert' | 'delete'): (offset: number) => number {
  const p = projectText(value);
  const goneLeaves = new Set<string>();
  collectLeaves(value, [], (path, leaf) => { if (leaf.suggestion?.kind === gone) goneLeaves.add(path.join(',')); });
  const cuts = p.leaves.filter((l) => goneLeaves.has(l.path.join(',')) && l.text.length > 0).map((l) => [l.start, l.start + l.text.length] as const);
  // A break the decision joins takes the line break before its block's first leaf with it.
  for (const holder of joinedBreaks(value, gone === 'insert' ? 'insert' : 'delete')) {
    const first = p.leaves.find((l) => holder.every((k, i) => l.path[i] === k));
    if (first && first.start > 0) cuts.push([first.start - 1, first.start]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  return (offset) => {
    let removed = 0;
    for (const [start, end] of cuts) {
      if (offset <= start) break;
      removed += Math.min(offset, end) - start;
    }
    return offset - removed;
  };
}

/** The paths of the blocks and list items whose suggested break of `kind` joins them onto the one before once decided. */
function joinedBreaks(value: RichText, kind: 'insert' | 'delete'): number[][] {
  const out: number[][] = [];
  const items = (list: ListElement, path: number[]) => list.children.forEach((item, k) => {
    if (k > 0 && item.suggestion?.kind === kind) out.push([...path, k]);
    item.children.forEach((c, j) => { if (isListElement(c)) items(c, [...path, k, j]); });
  });
  value.forEach((b, i) => {
    if (isListElement(b)) items(b, [i]);
    else if (i > 0 && b.suggestion?.kind === kind && isTextBlock(value[i - 1])) out.push([i]);
  });
  return out;
}

function decideDraft(draft: Draft, version: TextVersion): Draft {
  const decided = decidedDraft(draft, version);
  if (decided === draft) return draft;
  let annotations = draft.annotations;
  for (const [id, value] of Object.entries(draft.sections)) {
    const after = decided.sections[id]!;
    if (after !== value) annotations = moveComments(annotations, id, value, after, version === 'author' ? 'insert' : 'delete');
  }
  return { ...decided, annotations };
}

/** The draft as its author wrote it: every open suggestion rejected, comments on the same words. */
export const authorsDraft = (draft: Draft): Draft => decideDraft(draft, 'author');
/** The draft as the reviewers would have it: every open suggestion accepted, comments on the same words. */
export const acceptedDraft = (draft: Draft): Draft => decideDraft(draft, 'accepted');
