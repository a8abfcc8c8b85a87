import { Editor, Node, Range, Text, Transforms } from 'slate';
import { suggestDeleteAtCaret, suggestRemoval, suggestText, type SuggestContext } from './suggest-transforms';

/**
 * Suggestion mode (Word's Track Changes) as an editor plugin: while `context()` names someone,
 * typing, deleting, cutting and pasting become suggested changes (suggest-transforms.ts) instead
 * of changing the text. A new paragraph cannot be suggested; `refused` is told instead.
 */
export interface SuggestionOptions {
  /** Who is suggesting now, or null while suggestion mode is off. */
  context(): SuggestContext | null;
  /** A change that suggestion mode cannot make (a new paragraph) was asked for. */
  refused(what: 'paragraph'): void;
}

/** True when typing at the caret would go into suggested text (a leaf with a suggestion). */
export function caretInSuggestion(editor: Editor): boolean {
  const { selection } = editor;
  return !!selection && Range.isCollapsed(selection) && !!Editor.leaf(editor, selection.anchor)[0].suggestion;
}

/** Text typed into suggested text with suggestion mode off is the typist's own, not part of the suggestion. */
function insertPlain(editor: Editor, text: string): void {
  const [leaf] = Editor.leaf(editor, editor.selection!.anchor);
  const { text: _text, suggestion: _mark, ...format } = leaf;
  const { suggestion: _pending, ...marks } = editor.marks ?? {};
  Transforms.insertNodes(editor, { ...format, ...marks, text }, { select: true });
  editor.marks = null;
}

/** Pasted text never brings suggestions along (copied from suggested text, it is plain text here). */
function withoutSuggestions(nodes: readonly Node[]): Node[] {
  const strip = (n: Node): Node => {
    if (Text.isText(n)) {
      const { suggestion: _dropped, ...rest } = n;
      return rest;
    }
    return 'children' in n ? ({ ...n, children: n.children.map(strip) } as Node) : n;
  };
  return nodes.map(strip);
}

/** The pieces of pasted blocks as one line of text (blocks joined by a space), formatting kept. */
export function fragmentPieces(fragment: readonly Node[]): Text[] {
  const pieces: Text[] = [];
  fragment.forEach((block, i) => {
    if (i > 0 && pieces.length > 0) pieces.push({ text: ' ' });
    for (const [leaf] of Node.texts(block)) if (leaf.text !== '') pieces.push(leaf);
  });
  return pieces;
}

export function withSuggestions<E extends Editor>(editor: E, o: SuggestionOptions): E {
  const { insertText, deleteBackward, deleteForward, deleteFragment, insertFragment, insertBreak, insertSoftBreak } = editor;

  editor.insertText = (text, options) => {
    const ctx = o.context();
    if (options?.at) return insertText(text, options);
    if (ctx) suggestText(editor, text, ctx);
    else if (caretInSuggestion(editor)) insertPlain(editor, text);
    else insertText(text, options);
  };
  editor.deleteBackward = (unit) => {
    const ctx = o.context();
    if (ctx) suggestDeleteAtCaret(editor, 'backward', unit, ctx);
    else deleteBackward(unit);
  };
  editor.deleteForward = (unit) => {
    const ctx = o.context();
    if (ctx) suggestDeleteAtCaret(editor, 'forward', unit, ctx);
    else deleteForward(unit);
  };
  editor.deleteFragment = (options) => {
    const ctx = o.context();
    if (!ctx || !editor.selection) return deleteFragment(options);
    suggestRemoval(editor, editor.selection, options?.direction === 'backward' ? 'start' : 'end', ctx);
  };
  editor.insertFragment = (fragment, options) => {
    const ctx = o.context();
    if (!ctx || options?.at) return insertFragment(withoutSuggestions(fragment) as typeof fragment, options);
    for (const { text, bold, italic, underline } of fragmentPieces(fragment)) {
      suggestText(editor, text, ctx, { ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(underline ? { underline } : {}) });
    }
  };
  editor.insertBreak = () => (o.context() ? o.refused('paragraph') : insertBreak());
  editor.insertSoftBreak = () => (o.context() ? o.refused('paragraph') : insertSoftBreak());
  return editor;
}
