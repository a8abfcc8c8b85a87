import { Node, Text, Transforms, type BaseRange, type Editor, type Point } from 'slate';
import type { HeldInput, ScreenPoint, ScreenRange, TypedInput } from './log';

/** The editor of a section, as the session has it. */
export type EditorOf = (section: string) => Editor | undefined;

/** A first-screen position in its editor, or null when the editor has no such text there. */
export function toPoint(editor: Editor, p: ScreenPoint): Point | null {
  if (!Node.has(editor, p.path)) return null;
  const node = Node.get(editor, p.path);
  return Text.isText(node) && p.offset <= node.text.length ? { path: p.path, offset: p.offset } : null;
}

/** A first-screen range in one section's editor (anchor at its start, focus at its end). */
export function toRange(editorOf: EditorOf, r: ScreenRange): { editor: Editor; range: BaseRange } | null {
  const editor = editorOf(r.start.section);
  if (!editor || r.end.section !== r.start.section) return null;
  const anchor = toPoint(editor, r.start);
  const focus = toPoint(editor, r.end);
  return anchor && focus ? { editor, range: { anchor, focus } } : null;
}

/**
 * Does in the editors what was typed into the first screen, in order and through the editors'
 * own commands (so review mode suggests it and undo takes it back). Returns how many inputs found
 * no place (none, unless the draft's text is not what the screen showed).
 */
export function replayTyped(editorOf: EditorOf, typed: readonly TypedInput[]): number {
  let lost = 0;
  for (const input of typed) {
    const at = toRange(editorOf, input);
    if (!at) {
      lost++;
      continue;
    }
    Transforms.select(at.editor, at.range);
    if (input.type === 'insertText') at.editor.insertText(input.data ?? '');
    else if (at.range.anchor.offset !== at.range.focus.offset) at.editor.deleteFragment();
  }
  return lost;
}

function dataTransferOf(text: string | null, html: string | null): DataTransfer {
  const dt = new DataTransfer();
  if (text) dt.setData('text/plain', text);
  if (html) dt.setData('text/html', html);
  return dt;
}

/** A shortcut pressed on the first screen, pressed again on `target`: the app's own key handling takes it. */
export function replayKey(input: Extract<HeldInput, { type: 'key' }>, target: EventTarget): void {
  const { key, code, ctrlKey, shiftKey, altKey, metaKey } = input;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, code, ctrlKey, shiftKey, altKey, metaKey, bubbles: true, cancelable: true }));
}

/**
 * One held input, done where the editor's selection is now: Enter, Shift+Enter, deletions and
 * text typed after them, a paste. Returns false for what cannot be done again (a drop).
 */
export function replayHeld(editor: Editor, input: Exclude<HeldInput, { type: 'key' }>): boolean {
  const { data, html } = input;
  switch (input.type) {
    case 'insertParagraph': editor.insertBreak(); return true;
    case 'insertLineBreak': editor.insertSoftBreak(); return true;
    case 'insertText':
    case 'insertReplacementText': editor.insertText(data ?? ''); return true;
    case 'insertFromPaste': editor.insertData(dataTransferOf(data, html)); return true;
    case 'deleteByCut': editor.deleteFragment(); return true;
    case 'deleteContentBackward': editor.deleteBackward('character'); return true;
    case 'deleteWordBackward': editor.deleteBackward('word'); return true;
    case 'deleteSoftLineBackward':
    case 'deleteHardLineBackward': editor.deleteBackward('line'); return true;
    case 'deleteContentForward': editor.deleteForward('character'); return true;
    case 'deleteWordForward': editor.deleteForward('word'); return true;
    default: return false;
  }
}
