import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { markTextChanged } from '../state/doc-state';
import { fieldsLocked } from '../review/lock';
import { isReplaying, latestStep, recordStep, redoStep, undoStep, type Place, type Step } from '../state/doc-history';

/**
 * Puts a section editor's slate-history batches into the document's one history: each new batch
 * is a step there, and the editor's own undo/redo (Ctrl+Z, the browser's history input events)
 * undo the document's newest step, wherever it is. Slate keeps grouping typing into batches, but
 * never merges into a batch once another change came after it, so the order stays the document's.
 */

type Batch = HistoryEditor['history']['undos'][number];

/** A section text step: one slate-history batch of one section's editor. */
class TextStep implements Step {
  /** A reviewer's suggestions never share a step with the author's own edits. */
  readonly inReview = fieldsLocked();

  constructor(readonly sectionId: string, readonly batch: Batch, private readonly editorOf: (id: string) => Editor | undefined) {}

  undo(): boolean {
    const editor = this.editorOf(this.sectionId);
    if (!editor || editor.history.undos.at(-1) !== this.batch) return false;
    sectionUndo.get(editor)!();
    markTextChanged();
    return true;
  }

  redo(): boolean {
    const editor = this.editorOf(this.sectionId);
    if (!editor || editor.history.redos.at(-1) !== this.batch) return false;
    sectionRedo.get(editor)!();
    markTextChanged();
    return true;
  }

  place(): Place {
    return { sectionId: this.sectionId };
  }

  drop(): void {
    const editor = this.editorOf(this.sectionId);
    if (editor) editor.history.redos = editor.history.redos.filter((b) => b !== this.batch);
  }
}

/** The editor's own slate-history undo and redo, for its text steps. */
const sectionUndo = new WeakMap<Editor, () => void>();
const sectionRedo = new WeakMap<Editor, () => void>();

/** Plugs the document history into an editor that has `withHistory`; `editorOf` finds a section's current editor. */
export function withDocHistory<E extends Editor & HistoryEditor>(editor: E, sectionId: string, editorOf: (id: string) => Editor | undefined): E {
  const { apply, writeHistory, undo, redo } = editor;
  sectionUndo.set(editor, undo);
  sectionRedo.set(editor, redo);

  editor.apply = (op) => {
    const last = editor.history.undos.at(-1);
    const saving = HistoryEditor.isSaving(editor) !== false && op.type !== 'set_selection';
    // Typing that continues this section's newest batch joins it only while that batch is the
    // document's newest step; after a change elsewhere it starts a new one.
    if (saving && last && !continues(latestStep(), sectionId, last)) HistoryEditor.setSplittingOnce(editor, true);
    apply(op);
  };

  editor.writeHistory = (stack, batch) => {
    writeHistory(stack, batch);
    if (stack === 'undos' && !isReplaying()) recordStep(new TextStep(sectionId, batch, editorOf));
  };

  editor.undo = () => void undoStep();
  editor.redo = () => void redoStep();
  return editor;
}

function continues(step: Step | undefined, sectionId: string, batch: Batch): boolean {
  return step instanceof TextStep && step.batch === batch && step.sectionId === sectionId && step.inReview === fieldsLocked();
}
