import { Editor, Node, Range, Text, Transforms } from 'slate';
import { suggestBreakAt } from './suggest-breaks';
import { suggestDeleteAtCaret, suggestFormatting, suggestRemoval, suggestText, type SuggestContext, type TextFormat } from './suggest-transforms';

/**
 * Suggestion mode (Word's Track Changes) as an editor plugin: while `context()` names someone,
 * typing, deleting, cutting, pasting and formatting a selection become suggested changes
 * (suggest-transforms.ts) instead of changing the text; Enter and pasted paragraphs are suggested
 * new paragraphs, or new list items in a list (suggest-breaks.ts), and Shift+Enter a suggested line
 * break (a "\n" in the text, which the page and the Word export show as a line break). Where a new
 * paragraph cannot be suggested (in a link), `refused` is told instead.
 */
export interface SuggestionOptions {
  /** Who is suggesting now, or null while suggestion mode is off. */
  context(): SuggestContext | null;
  /** A change that suggestion mode cannot make (a new paragraph in a link) was asked for. */
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

/** The pasted text, one line of pieces per paragraph (a list item's text is a paragraph too), formatting kept. */
export function fragmentLines(fragment: readonly Node[]): Text[][] {
  const lines: Text[][] = [];
  const visit = (n: Node) => {
    if (Text.isText(n)) return;
    const children = (n as { children: Node[] }).children;
    if (children.some((c) => Text.isText(c))) lines.push([...Node.texts(n)].map(([leaf]) => leaf).filter((leaf) => leaf.text !== ''));
    else children.forEach(visit);
  };
  const loose = fragment.filter((n): n is Text => Text.isText(n) && n.text !== '');
  if (loose.length > 0) lines.push(loose);
  fragment.forEach(visit);
  return lines;
}

const FORMAT_KEYS = new Set(['bold', 'italic', 'underline']);

export function withSuggestions<E extends Editor>(editor: E, o: SuggestionOptions): E {
  const { insertText, deleteBackward, deleteForward, deleteFragment, insertFragment, insertBreak, insertSoftBreak, addMark, removeMark } = editor;
  // Bold, italic or underline over a selection is a formatting suggestion; at a caret it is, as
  // usual, the formatting of what is typed next (which is then a suggestion with that formatting).
  const formatting = (key: string, on: boolean): boolean => {
    const ctx = o.context();
    if (!ctx || !editor.selection || Range.isCollapsed(editor.selection) || !FORMAT_KEYS.has(key)) return false;
    suggestFormatting(editor, editor.selection, key as keyof TextFormat, on, ctx);
    return true;
  };
  editor.addMark = (key, value) => void (formatting(key, value === true) || addMark(key, value));
  editor.removeMark = (key) => void (formatting(key, false) || removeMark(key));

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
    fragmentLines(fragment).forEach((line, i) => {
      // Each pasted paragraph after the first is a suggested new paragraph (or item); where none can be (in a link), a space.
      if (i > 0 && !suggestBreakAt(editor, ctx)) suggestText(editor, ' ', ctx);
      for (const { text, bold, italic, underline } of line) {
        suggestText(editor, text, ctx, { ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(underline ? { underline } : {}) });
      }
    });
  };
  editor.insertBreak = () => {
    const ctx = o.context();
    if (!ctx) return insertBreak();
    // Enter over a selection replaces it: the selection is suggested for removal, the break follows.
    if (editor.selection && Range.isExpanded(editor.selection)) suggestRemoval(editor, editor.selection, 'end', ctx);
    if (!suggestBreakAt(editor, ctx)) o.refused('paragraph');
  };
  editor.insertSoftBreak = () => {
    const ctx = o.context();
    if (ctx) suggestText(editor, '\n', ctx);
    else insertSoftBreak();
  };
  return editor;
}
