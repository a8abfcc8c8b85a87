/**
 * The open document's one undo history: every change, wherever it happened (a section's text, a
 * card or header field, a restored version, merged comments), is one step here, in the order it
 * happened. Each step knows how to undo and redo itself; the text of a section still keeps its own
 * slate-history batches (which group typing the way Slate does), and a text step stands for one
 * such batch.
 */
import { fieldsLocked } from '../review/lock';

/** Where a change is, so undo can bring it into view. */
export interface Place {
  /** A section's text (the caret goes where the change was). */
  sectionId?: string;
  /** A field's `data-kp-loc` key, or a form control's id (tried first). */
  loc?: string;
  elementId?: string;
  /** A card's (or the header's) template section id, when no control is known. */
  card?: string;
}

export interface Step {
  /** Undoes the step; false when it can no longer be undone (its change is gone), so it is skipped. */
  undo(): boolean;
  redo(): boolean;
  /** Where the change is, asked after it was undone or redone. */
  place(): Place | null;
  /** The step can never be redone again (a new change came after undoing it). */
  drop?(): void;
  /** Made in a reviewer's locked view (suggested changes only), which may undo and redo it. */
  readonly inReview?: boolean;
}

const MAX_STEPS = 500;
let undos: Step[] = [];
let redos: Step[] = [];
/** Steps recorded while a group is open (replace all), in order; null when none is. */
let group: Step[] | null = null;
let replaying = false;
let reveal: (place: Place) => void = () => {};

/** How an undone or redone change is brought into view (the renderer installs it; none in tests). */
export function setRevealPlace(fn: (place: Place) => void): void {
  reveal = fn;
}

/** Records a new change. Whatever was undone before it can no longer be redone. */
export function recordStep(step: Step): void {
  if (replaying) return;
  if (group) {
    group.push(step);
    return;
  }
  undos.push(step);
  if (undos.length > MAX_STEPS) undos.splice(0, undos.length - MAX_STEPS);
  dropRedos();
}

function dropRedos(): void {
  const gone = redos;
  redos = [];
  for (const s of gone) s.drop?.();
}

/** The newest step (inside an open group, the group's newest), to decide whether an edit continues it. */
export function latestStep(): Step | undefined {
  return group ? group.at(-1) : undos.at(-1);
}

/** True while a step is being undone or redone: its own changes record nothing. */
export const isReplaying = (): boolean => replaying;

function replay(step: Step, which: 'undo' | 'redo'): boolean {
  const was = replaying;
  replaying = true;
  try {
    return step[which]();
  } finally {
    replaying = was;
  }
}

function shown(step: Step): Place {
  const place = step.place() ?? {};
  reveal(place);
  return place;
}

/** Undoes the newest step that can still be undone; returns where its change is, or null if none. */
export function undoStep(): Place | null {
  // A reviewer's locked view undoes only its own suggestions, and keeps the author's steps for later.
  if (fieldsLocked() && !undos.at(-1)?.inReview) return null;
  for (let step = undos.pop(); step; step = undos.pop()) {
    if (replay(step, 'undo')) {
      redos.push(step);
      return shown(step);
    }
  }
  return null;
}

export function redoStep(): Place | null {
  if (fieldsLocked() && !redos.at(-1)?.inReview) return null;
  for (let step = redos.pop(); step; step = redos.pop()) {
    if (replay(step, 'redo')) {
      undos.push(step);
      return shown(step);
    }
  }
  return null;
}

/**
 * Runs `fn` so that every change it makes is one step (replace all across sections). Children are
 * undone newest first and redone in their order.
 */
export function asOneStep(fn: () => void): void {
  if (group) return fn();
  const children: Step[] = [];
  group = children;
  try {
    fn();
  } finally {
    group = null;
  }
  if (children.length === 0) return;
  const first = children[0]!;
  recordStep(children.length === 1 ? first : {
    undo: () => children.reduceRight((ok, s) => s.undo() && ok, true),
    redo: () => children.reduce((ok, s) => s.redo() && ok, true),
    place: () => first.place(),
    drop: () => children.forEach((s) => s.drop?.()),
  });
}

/** Removes a step that was undone some other way (it no longer stands for anything). */
export function forgetStep(step: Step): void {
  undos = undos.filter((s) => s !== step);
}

/** The step the next redo would redo. */
export const nextRedo = (): Step | undefined => redos.at(-1);

/** A new document: no history. */
export function clearHistory(): void {
  undos = [];
  redos = [];
  group = null;
}
