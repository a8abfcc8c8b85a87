import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import { Node, Point, Text, type Editor, type Range } from 'slate';
import { rangeEdges } from '../../core/review/text-anchor';
import { isAdopted } from './live-anchors';
import { adoptEditor } from './review-session';
import { reviewStore, useReview, type ReviewState } from './review-state';

/**
 * Comment highlights in the text: a Slate decoration per open thread (and the selected one, even
 * when resolved). Each thread sets its own leaf property (`kpc_<id>`), so overlapping comments
 * all stay visible on the words they share.
 */

const PREFIX = 'kpc_';

function validPoint(editor: Editor, p: Point): boolean {
  if (!Node.has(editor, p.path)) return false;
  const node = Node.get(editor, p.path);
  return Text.isText(node) && p.offset <= node.text.length;
}

type Shown = { id: string; anchor: Point; focus: Point; active: boolean };

/** The comments a section shows, as a string: editors re-render only when theirs change. */
function sectionSignature(s: ReviewState, sectionId: string): string {
  let sig = '';
  for (const a of s.annotations) {
    const anchor = a.anchor;
    if (anchor.kind !== 'text' || anchor.sectionId !== sectionId || anchor.detached) continue;
    if (a.resolved && a.id !== s.activeId) continue;
    sig += `${a.id}${a.id === s.activeId ? '*' : ''}@${anchor.anchor.path}:${anchor.anchor.offset}-${anchor.focus.path}:${anchor.focus.offset};`;
  }
  const p = s.composer?.anchor;
  if (p?.kind === 'text' && p.sectionId === sectionId) sig += `pending@${p.anchor.path}:${p.anchor.offset}-${p.focus.path}:${p.focus.offset}`;
  return sig;
}

function shownComments(s: ReviewState, sectionId: string): { shown: Shown[]; pending: Shown | null } {
  const shown: Shown[] = [];
  for (const a of s.annotations) {
    const anchor = a.anchor;
    if (anchor.kind !== 'text' || anchor.sectionId !== sectionId || anchor.detached) continue;
    if (a.resolved && a.id !== s.activeId) continue;
    shown.push({ id: a.id, anchor: anchor.anchor, focus: anchor.focus, active: a.id === s.activeId });
  }
  const p = s.composer?.anchor;
  const pending = p?.kind === 'text' && p.sectionId === sectionId ? { id: '', anchor: p.anchor, focus: p.focus, active: false } : null;
  return { shown, pending };
}

/** The decoration ranges of a section's comments, in its editor's layout. */
export function useCommentRanges(sectionId: string, editor: Editor): Range[] {
  const signature = useReview((s) => sectionSignature(s, sectionId));
  // A section editor created after the draft was opened adopts its comments before it can be typed in.
  useLayoutEffect(() => {
    if (!isAdopted(sectionId, editor)) adoptEditor(sectionId, editor);
  }, [sectionId, editor]);

  return useMemo(() => {
    if (!isAdopted(sectionId, editor) || signature === '') return [];
    const { shown, pending } = shownComments(reviewStore.get(), sectionId);
    const out: Range[] = [];
    const add = (a: Shown, props: Record<string, unknown>) => {
      const [start, end] = rangeEdges(a);
      if (Point.equals(start, end) || !validPoint(editor, start) || !validPoint(editor, end)) return;
      out.push({ anchor: start, focus: end, ...props } as Range);
    };
    for (const c of shown) add(c, { [`${PREFIX}${c.id}`]: true, ...(c.active ? { kpCommentActive: true } : {}) });
    if (pending) add(pending, { kpCommentPending: true });
    return out;
    // The signature stands for this section's comments: same signature, same ranges.
  }, [signature, sectionId, editor]);
}

/** Wraps a leaf's content in the comment highlight when comments cover it (for renderLeaf). */
export function wrapCommentLeaf(leaf: object, children: ReactNode): ReactNode {
  const props = leaf as Record<string, unknown>;
  const ids: string[] = [];
  for (const k in props) if (k.startsWith(PREFIX)) ids.push(k.slice(PREFIX.length));
  if (ids.length === 0 && !props.kpCommentPending) return children;
  const cls = ['kp-comment', ids.length > 1 ? 'overlap' : '', props.kpCommentActive ? 'active' : '', props.kpCommentPending ? 'pending' : ''];
  return (
    <mark className={cls.filter(Boolean).join(' ')} data-kp-threads={ids.join(' ') || undefined}>
      {children}
    </mark>
  );
}
