import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import { Node, Point, Text, type Editor, type Range } from 'slate';
import { rangeEdges } from '../../core/review/text-anchor';
import { isAdopted } from './live-anchors';
import { adoptEditor } from './review-session';
import { useReview } from './review-state';

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

/** The decoration ranges of a section's comments, in its editor's layout. */
export function useCommentRanges(sectionId: string, editor: Editor): Range[] {
  const annotations = useReview((s) => s.annotations);
  const activeId = useReview((s) => s.activeId);
  const pending = useReview((s) => s.composer?.anchor);
  // A section editor created after the draft was opened adopts its comments before it can be typed in.
  useLayoutEffect(() => {
    if (!isAdopted(sectionId, editor)) adoptEditor(sectionId, editor);
  }, [sectionId, editor]);

  return useMemo(() => {
    if (!isAdopted(sectionId, editor)) return [];
    const out: Range[] = [];
    const add = (a: { anchor: Point; focus: Point }, props: Record<string, unknown>) => {
      const [start, end] = rangeEdges(a);
      if (Point.equals(start, end) || !validPoint(editor, start) || !validPoint(editor, end)) return;
      out.push({ anchor: start, focus: end, ...props } as Range);
    };
    for (const a of annotations) {
      const anchor = a.anchor;
      if (anchor.kind !== 'text' || anchor.sectionId !== sectionId || anchor.detached) continue;
      if (a.resolved && a.id !== activeId) continue;
      add(anchor, { [`${PREFIX}${a.id}`]: true, ...(a.id === activeId ? { kpCommentActive: true } : {}) });
    }
    if (pending?.kind === 'text' && pending.sectionId === sectionId) add(pending, { kpCommentPending: true });
    return out;
  }, [annotations, activeId, pending, sectionId, editor]);
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
