import { Editor, Point, Range, Transforms, type PointRef, type RangeRef } from 'slate';
import { HistoryEditor } from 'slate-history';
import { fieldsLocked } from '../review/lock';
import { asOneStep } from '../state/doc-history';
import { markTextChanged } from '../state/doc-state';
import { allMatches, findStore, revealCurrent, type FindMatch } from './find';
import { sectionEditor, sectionIds } from './session';

/**
 * Replace in the find bar: the current match, or every match in every section as one step of the
 * document history. Never in a reviewer's locked view, whatever calls it.
 */

/** Writes the replacement over some matches of one section, as one batch of its history; returns where the last one ends. */
function replaceIn(editor: Editor, matches: readonly FindMatch[], replacement: string): Point | null {
  // Range refs follow the text as each replacement changes it.
  const refs: RangeRef[] = matches.map((m) => Editor.rangeRef(editor, m.range));
  let end: PointRef | null = null;
  HistoryEditor.withNewBatch(editor, () => {
    for (const ref of refs) {
      const at = ref.unref();
      if (!at) continue;
      end?.unref();
      end = Editor.pointRef(editor, Range.end(at), { affinity: 'forward' });
      Transforms.insertText(editor, replacement, { at });
    }
  });
  return (end as PointRef | null)?.unref() ?? null;
}

/** Replaces the current match and moves on to the next one (Enter in the replace field). */
export function replaceCurrent(): boolean {
  const { matches, index, replacement } = findStore.get();
  const m = matches[index];
  const editor = m && sectionEditor(m.sectionId);
  if (!m || !editor || fieldsLocked()) return false;
  const end = replaceIn(editor, [m], replacement);
  markTextChanged();
  // The first match after the replaced text becomes current (the replacement may contain the query itself).
  const next = allMatches();
  const order = sectionIds();
  const after = next.findIndex((n) => order.indexOf(n.sectionId) > order.indexOf(m.sectionId)
    || (n.sectionId === m.sectionId && !!end && Point.compare(Range.start(n.range), end) >= 0));
  findStore.set({ matches: next, index: next.length === 0 ? -1 : Math.max(after, 0), replaced: null });
  revealCurrent();
  return true;
}

/** Replaces every match in every section: one undo takes all of them back. Returns how many. */
export function replaceAll(): number {
  const { matches, replacement } = findStore.get();
  if (matches.length === 0 || fieldsLocked()) return 0;
  const bySection = new Map<string, FindMatch[]>();
  for (const m of matches) bySection.set(m.sectionId, [...(bySection.get(m.sectionId) ?? []), m]);
  asOneStep(() => {
    for (const [id, ms] of bySection) {
      const editor = sectionEditor(id);
      if (editor) replaceIn(editor, ms, replacement);
    }
  });
  markTextChanged();
  const next = allMatches();
  findStore.set({ matches: next, index: next.length ? 0 : -1, replaced: matches.length });
  return matches.length;
}
