import type { BlockElement, InlineNode, RichText } from '../draft/rich-text';
import { isListElement } from '../draft/rich-text';
import { countWords } from '../rules/word-count';

/** The plain text of one block (a list's items one per line). */
export function blockText(block: BlockElement): string {
  if (isListElement(block)) return block.children.map((item) => item.children.map(inlineText).join('')).join('\n');
  return block.children.map(inlineText).join('');
}

function inlineText(n: InlineNode | BlockElement): string {
  if ('text' in n) return n.text;
  if (isListElement(n)) return blockText(n);
  return (n.children as Array<InlineNode | BlockElement>).map(inlineText).join('');
}

/** The first lines of a section and its word count, for a preview. */
export function textPreview(value: RichText | undefined, maxChars = 240): { words: number; firstLines: string } {
  const text = (value ?? []).map(blockText).filter((t) => t.trim()).join('\n');
  const firstLines = text.length > maxChars ? `${text.slice(0, maxChars).trimEnd()}…` : text;
  return { words: countWords(value ?? []), firstLines };
}

/** True when a section holds no text at all (one empty paragraph, as a new draft has). */
export function isEmptyText(value: RichText | undefined): boolean {
  return !value || value.every((b) => !blockText(b).trim());
}
