import type { Editor } from 'slate';
import type { Annotation } from '../../core/draft/annotation';
import type { Draft } from '../../core/draft/schema';
import type { RichText } from '../../core/draft/rich-text';
import type { SlateNodeLike } from '../../core/review/plain-text';
import { remapAnnotations } from '../../core/review/remap';
import { applyOpsToAnnotations } from '../../core/review/transform-anchor';

/**
 * Keeping text anchors on their words while the author types. The section editors nest list
 * items differently from the stored rich text, so a section's anchors are moved into its
 * editor's layout once ("adopted"), follow every batch of operations there, and are mapped back
 * to the stored layout whenever the draft is assembled (core/review/README.md, Editing).
 */

interface Tracked {
  editor: Editor;
  /** The editor value the section's anchors refer to (the value after the last batch tracked). */
  before: readonly SlateNodeLike[];
}

const tracked = new Map<string, Tracked>();
/** The stored sections of the draft as opened: what not-yet-adopted anchors refer to. */
let loaded: Draft['sections'] = {};

const nodes = (v: unknown) => v as readonly SlateNodeLike[];

/** Forgets every section: a draft was opened and its anchors are in the stored layout. */
export function resetAnchors(draft: Draft): void {
  tracked.clear();
  loaded = draft.sections;
}

/** True when the section's anchors already follow this editor. */
export function isAdopted(id: string, editor: Editor): boolean {
  return tracked.get(id)?.editor === editor;
}

/** Moves one section's anchors into its editor's layout (once per editor); returns the annotations. */
export function adoptSection(id: string, editor: Editor, annotations: Annotation[]): Annotation[] {
  const t = tracked.get(id);
  if (t?.editor === editor) return annotations;
  const from = t ? t.before : nodes(loaded[id] ?? []);
  tracked.set(id, { editor, before: nodes(editor.children) });
  return remapAnnotations(annotations, id, from, nodes(editor.children));
}

/**
 * The annotations after the batch of operations the editor has just applied (call from the
 * editor's onChange, where `editor.operations` is that batch). Unchanged input comes back as is.
 */
export function followEdits(id: string, editor: Editor, annotations: Annotation[]): Annotation[] {
  const t = tracked.get(id);
  if (!t || t.editor !== editor) return adoptSection(id, editor, annotations);
  if (editor.children === t.before) return annotations;
  const ops = editor.operations.filter((op) => op.type !== 'set_selection');
  const next = ops.length > 0 ? applyOpsToAnnotations(annotations, id, ops, t.before) : annotations;
  t.before = nodes(editor.children);
  return next;
}

/** The annotations with every adopted section's anchors mapped into `sections` (the stored layout). */
export function toStoredLayout(annotations: Annotation[], sections: Draft['sections']): Annotation[] {
  let out = annotations;
  for (const [id, t] of tracked) {
    const to = sections[id];
    if (to) out = remapAnnotations(out, id, t.before, nodes(to));
  }
  return out;
}

/** The other way: annotations in the stored layout of `sections` (e.g. from a merge) into the editors' layout. */
export function fromStoredLayout(annotations: Annotation[], sections: Draft['sections']): Annotation[] {
  let out = annotations;
  for (const [id, t] of tracked) {
    const from = sections[id];
    if (from) out = remapAnnotations(out, id, nodes(from), t.before);
  }
  return out;
}

/**
 * A draft whose adopted sections hold their editors' values, so that anchors in the editors'
 * layout can be resolved and listed without converting any text.
 */
export function editorLayoutDraft(fields: Draft, annotations: Annotation[]): Draft {
  const sections: Draft['sections'] = { ...fields.sections };
  for (const [id, t] of tracked) sections[id] = t.before as unknown as RichText;
  return { ...fields, sections, annotations };
}
