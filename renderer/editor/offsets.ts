import { Editor, Element, Node, Text, type Path, type Range } from 'slate';
import { breakMark, isTextBlock } from '../../core/review/block-suggestions';
import { breakHolder, itemMark } from '../../core/review/suggest-list-breaks';

/**
 * Findings locate text by character offsets into a section's plain text, where top-level blocks
 * are joined by one newline (list items too). These map offsets to Slate ranges and back. Rules
 * read the author's text (core/review/decided-text.ts): text a reviewer suggests adding is not
 * part of it, so it takes no offsets here, and the word limit does not count it; nor is the line
 * break before a suggested new paragraph or list item (its text continues the block before).
 */
const isSuggestedInsertion = (node: Node) => Text.isText(node) && node.suggestion?.kind === 'insert';
interface LeafSpan { path: Path; start: number; end: number }

/** True for a text block whose break before it a reviewer inserted (the author's text has none there). */
function afterInsertedBreak(editor: Editor, path: Path): boolean {
  const holder = breakHolder(editor, path);
  if (!holder) return false;
  if (holder.length > 1) return itemMark(editor, holder)?.kind === 'insert';
  return breakMark(editor.children[holder[0]!])?.kind === 'insert' && isTextBlock(editor.children[holder[0]! - 1]);
}

function leaves(editor: Editor): LeafSpan[] {
  const out: LeafSpan[] = [];
  let offset = 0;
  let firstBlock = true;
  for (const [node, path] of Node.nodes(editor)) {
    if (Element.isElement(node) && Editor.isBlock(editor, node) && !Editor.hasBlocks(editor, node) && path.length > 0) {
      if (!firstBlock && !afterInsertedBreak(editor, path)) offset += 1;
      firstBlock = false;
    } else if (Text.isText(node) && !isSuggestedInsertion(node)) {
      out.push({ path, start: offset, end: offset + node.text.length });
      offset += node.text.length;
    }
  }
  return out;
}

/** The Slate range of [start, end) in the section's plain text, or null when out of range. */
export function rangeForOffsets(editor: Editor, start: number, end: number): Range | null {
  const spans = leaves(editor);
  const point = (o: number) => {
    const s = spans.find((l) => o >= l.start && o <= l.end);
    return s ? { path: s.path, offset: o - s.start } : null;
  };
  const a = point(start);
  const b = point(Math.max(start, end));
  return a && b ? { anchor: a, focus: b } : null;
}

/** The offset spans of each text leaf, for decorating ranges per leaf. */
export function leafOffsets(editor: Editor): LeafSpan[] {
  return leaves(editor);
}

const isSpace = (c: number) => c <= 32 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
const isWordChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/**
 * Where the word after the first `n` words starts (words as the live counter counts them, never
 * spanning blocks), or null when the text has at most `n` words. Used to underline text past a
 * section's word limit.
 */
export function pointAfterWords(editor: Editor, n: number): { path: Path; offset: number } | null {
  let count = 0;
  for (const [block, blockPath] of Editor.nodes(editor, { at: [], match: (x) => Element.isElement(x) && Editor.isBlock(editor, x) && !Editor.hasBlocks(editor, x) })) {
    let inToken = false;
    let hasWord = false;
    let tokenStart: { path: Path; offset: number } | null = null;
    for (const [text, rel] of Node.texts(block)) {
      if (isSuggestedInsertion(text)) continue;
      const s = text.text;
      for (let i = 0; i < s.length; i++) {
        if (isSpace(s.charCodeAt(i))) {
          if (inToken && hasWord) count++;
          inToken = false;
          hasWord = false;
          continue;
        }
        if (!inToken) {
          inToken = true;
          tokenStart = { path: [...blockPath, ...rel], offset: i };
        }
        if (!hasWord && isWordChar(s[i]!)) {
          hasWord = true;
          if (count === n) return tokenStart;
        }
      }
    }
    if (inToken && hasWord) count++;
  }
  return null;
}
