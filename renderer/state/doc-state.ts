import type { Draft } from '../../core/draft/schema';
import type { DiskFingerprint } from '../../core/ipc/contract';
import { createStore } from './create-store';
import { fieldsLocked } from '../review/lock';
import { clearHistory, forgetStep, latestStep, nextRedo, recordStep, redoStep, undoStep, type Place, type Step } from './doc-history';
import { changedCard, focusedPlace } from './change-place';

/**
 * The open draft's non-text parts (title, parties, budget …), its file and save state. Section
 * text belongs to the Slate editors (see editor/session.ts) and is never mirrored here.
 */
export interface DocState {
  draft: Draft | null;
  path: string | null;
  /**
   * What `path` held when this window last read or wrote it; a save expects to find exactly this
   * there (null: no file known, so none may be there). A mismatch is a conflict the user resolves.
   */
  fingerprint: DiskFingerprint | null;
  dirty: boolean;
  savedAt: string | null;
  autosavedAt: string | null;
  /** The last copy of unsaved work to the recovery area failed (and none has succeeded since). */
  autosaveFailed: boolean;
  /** Bumped on every change (text or fields); drives checks and autosave. */
  revision: number;
  /** What the last change was: typing (text or a text field) waits for a pause; a choice is checked at once. */
  lastChange: 'typing' | 'choice';
  undo: Draft[];
  redo: Draft[];
  /** Bumped when a draft is loaded (new or opened): the document is mounted afresh. */
  generation: number;
}

export const docStore = createStore<DocState>({
  draft: null, path: null, fingerprint: null, dirty: false, savedAt: null, autosavedAt: null, autosaveFailed: false, revision: 0, lastChange: 'choice', undo: [], redo: [], generation: 0,
}, () => {
  lastCoalesce = null;
  clearHistory();
});

let lastCoalesce: { key: string; at: number; step: Step } | null = null;

/**
 * Changes the structured fields through one named path, with undo. Successive edits of one field
 * within a second (typing in an input) form one undo step.
 */
export function updateFields(recipe: (d: Draft) => Draft, coalesceKey?: string): void {
  const { draft, undo } = docStore.get();
  // In review mode nothing may change the text or the fields.
  if (!draft || fieldsLocked()) return;
  const now = Date.now();
  // Typing in a field continues its step only while nothing else changed in between.
  const merge = coalesceKey !== undefined && lastCoalesce?.key === coalesceKey && now - lastCoalesce.at < 1000 && latestStep() === lastCoalesce.step;
  const place = focusedPlace();
  const next = recipe(draft);
  if (next === draft) {
    lastCoalesce = null;
    return;
  }
  docStore.set((s) => ({
    draft: next,
    undo: merge ? s.undo : [...undo.slice(-199), draft],
    redo: [],
    dirty: true,
    revision: s.revision + 1,
    lastChange: coalesceKey === undefined ? 'choice' : 'typing',
  }));
  const step = merge ? lastCoalesce!.step : recordFieldStep(draft, next, place);
  lastCoalesce = coalesceKey === undefined ? null : { key: coalesceKey, at: now, step };
}

/**
 * One change of the fields (or of the whole draft) in the document history. It stands for the
 * snapshot on top of docStore's undo (or, once undone, redo) stack.
 */
class FieldStep implements Step {
  private top!: Draft;
  constructor(top: Draft, private readonly where: Place) {
    this.standFor(top);
  }

  private standFor(top: Draft): void {
    this.top = top;
    stepOfSnapshot.set(top, this);
  }

  undo(): boolean {
    if (docStore.get().undo.at(-1) !== this.top || !undoFieldStack()) return false;
    this.standFor(docStore.get().redo.at(-1)!);
    return true;
  }

  redo(): boolean {
    if (docStore.get().redo.at(-1) !== this.top || !redoFieldStack()) return false;
    this.standFor(docStore.get().undo.at(-1)!);
    return true;
  }

  place(): Place {
    return this.where;
  }

  drop(): void {
    docStore.set((s) => ({ redo: s.redo.filter((d) => d !== this.top) }));
  }
}

function recordFieldStep(before: Draft, after: Draft, focused: Place | null): FieldStep {
  const step = new FieldStep(before, focused ?? changedCard(before, after));
  recordStep(step);
  return step;
}

/**
 * Undoes the newest field change. Through the document history when it is the newest change of
 * all; otherwise (a notice's own Undo after the text changed) that step alone is taken back.
 */
export function undoFields(): boolean {
  const newest = latestStep();
  if (newest instanceof FieldStep) return undoStep() !== null;
  const top = docStore.get().undo.at(-1);
  if (!undoFieldStack()) return false;
  const step = findFieldStep(top);
  if (step) forgetStep(step);
  return true;
}

/** Redoes the field change undone last, when it is the document's next redo. */
export function redoFields(): boolean {
  return nextRedo() instanceof FieldStep && redoStep() !== null;
}

/** Each field step by the snapshot it stands for. */
const stepOfSnapshot = new WeakMap<Draft, FieldStep>();
const findFieldStep = (top: Draft | undefined) => (top ? stepOfSnapshot.get(top) : undefined);

function undoFieldStack(): boolean {
  const { draft, undo } = docStore.get();
  const prev = undo.at(-1);
  if (!draft || !prev || fieldsLocked()) return false;
  lastCoalesce = null;
  const remount = swapTextFor(prev, draft);
  docStore.set((s) => ({ draft: prev, undo: undo.slice(0, -1), redo: [...s.redo, draft], dirty: true, revision: s.revision + 1, lastChange: 'choice', generation: s.generation + remount }));
  return true;
}

function redoFieldStack(): boolean {
  const { draft, redo } = docStore.get();
  const next = redo.at(-1);
  if (!draft || !next || fieldsLocked()) return false;
  lastCoalesce = null;
  const remount = swapTextFor(next, draft);
  docStore.set((s) => ({ draft: next, redo: redo.slice(0, -1), undo: [...s.undo, draft], dirty: true, revision: s.revision + 1, lastChange: 'choice', generation: s.generation + remount }));
  return true;
}

/**
 * For a step that replaced the section text as well as the fields (restoring a version): puts
 * that step's text into the editors and returns the swap that puts back what it replaced.
 */
export type TextSwap = () => TextSwap;
const textSwaps = new WeakMap<Draft, TextSwap>();

/**
 * Replaces the whole draft, text included, as one undo step: `next` becomes the fields, `putText`
 * puts its text into the section editors (and returns how to put the old text back). The
 * document is mounted afresh, as when a draft is opened.
 */
export function replaceWholeDraft(next: Draft, putText: TextSwap): boolean {
  const { draft, undo } = docStore.get();
  if (!draft || fieldsLocked()) return false;
  lastCoalesce = null;
  textSwaps.set(draft, putText());
  docStore.set((s) => ({ draft: next, undo: [...undo.slice(-199), draft], redo: [], dirty: true, revision: s.revision + 1, lastChange: 'choice', generation: s.generation + 1 }));
  recordFieldStep(draft, next, null);
  return true;
}

/** True when the next undo (or redo) is a whole-draft step, which a text editor's own Ctrl+Z hands on. */
export function nextStepIsWholeDraft(which: 'undo' | 'redo'): boolean {
  const target = docStore.get()[which].at(-1);
  return !!target && textSwaps.has(target);
}

/** Before `target` becomes the fields again: puts its text back, keeping the current text on `current`. Returns 1 when the document must remount. */
function swapTextFor(target: Draft, current: Draft): number {
  const put = textSwaps.get(target);
  if (!put) return 0;
  textSwaps.delete(target);
  textSwaps.set(current, put());
  return 1;
}

/** Records that some section text changed. */
export function markTextChanged(): void {
  docStore.set((s) => ({ dirty: true, revision: s.revision + 1, lastChange: 'typing' }));
}
