/**
 * What renderer/public/first-screen.js kept of the input into a draft's first screen, read by the
 * app when it takes over (takeover.ts). Positions are the draft's own: a section, the path of a
 * Slate text node in its editor and an offset in that text.
 */
export interface ScreenPoint {
  section: string;
  path: number[];
  offset: number;
}

export interface ScreenRange {
  start: ScreenPoint;
  end: ScreenPoint;
}

/** Typed inside one paragraph, already shown by the browser: a text typed over a range, or a deletion. */
export interface TypedInput extends ScreenRange {
  type: string;
  data: string | null;
}

/** Anything else, kept in order and done once the editor has it: an input (Enter, a paste) or a shortcut. */
export type HeldInput =
  | { type: 'key'; key: string; code: string; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }
  | { type: Exclude<string, 'key'>; data: string | null; html: string | null };

export const isHeldKey = (input: HeldInput): input is Extract<HeldInput, { type: 'key' }> => input.type === 'key';

export interface FirstScreenLog {
  typed: TypedInput[];
  held: HeldInput[];
  /** The selection when the first input was held: where the held inputs go. */
  heldAt?: ScreenRange | null;
  pointOf(node: globalThis.Node, offset: number): ScreenPoint | null;
}

/** The first screen on the page, with its log, or null when the page has none (or set it aside). */
export function firstScreenOnPage(): { root: HTMLElement; path: string; log: FirstScreenLog } | null {
  const root = document.getElementById('kp-first-screen');
  const log = (window as unknown as { __kpFirstScreen?: FirstScreenLog }).__kpFirstScreen;
  const path = root?.dataset.kpPath;
  return root && log && path ? { root, path, log } : null;
}

/** The selection inside the first screen, in the draft's terms (null when it is elsewhere). */
export function screenSelection(log: FirstScreenLog, root: HTMLElement): ScreenRange | null {
  const s = document.getSelection();
  if (!s || s.rangeCount === 0 || !root.contains(s.anchorNode)) return null;
  const start = s.anchorNode && log.pointOf(s.anchorNode, s.anchorOffset);
  const end = s.focusNode && log.pointOf(s.focusNode, s.focusOffset);
  return start && end && start.section === end.section ? { start, end } : null;
}
