import type { BlockElement, InlineNode, ListElement, ListItemElement, RichText } from '../draft/rich-text';

/**
 * A section's rich text as plain text for a web form (ICLD's online application): no formatting
 * survives a paste into a plain text box, so lists become "- " / "1. " lines (two spaces of
 * indentation per level), links "text (address)", paragraphs are separated by exactly one blank
 * line, and characters a web form shows oddly or counts invisibly are replaced or removed.
 */

/** Soft hyphen and zero-width characters (space, non-joiner, joiner, word joiner, BOM): invisible, removed. */
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
/** No-break spaces (U+00A0, narrow U+202F, figure space U+2007): a plain space. */
const NO_BREAK_SPACE = /[\u00A0\u202F\u2007]/g;

/** The characters of one run of text as a web form should get them. */
export function cleanFormChars(text: string): string {
  return text.replace(INVISIBLE, '').replace(NO_BREAK_SPACE, ' ').replace(/\t/g, ' ');
}

const isList = (n: unknown): n is ListElement => {
  const t = (n as { type?: unknown }).type;
  return t === 'bulleted-list' || t === 'numbered-list';
};

/** A link as "text (address)", or only the address when the text is the address. */
function linkText(text: string, url: string): string {
  const shown = text.trim();
  const bare = (s: string) => s.replace(/^(https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  if (!shown || bare(shown) === bare(url) || shown === url) return url;
  return `${shown} (${url})`;
}

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => ('type' in n && n.type === 'link'
    ? linkText(n.children.map((c) => c.text).join(''), n.url)
    : (n as { text: string }).text)).join('');
}

/** A line's text: cleaned, runs of spaces made one, a line break inside a run taken as a space. */
const lineOf = (text: string) => cleanFormChars(text).replace(/\r?\n/g, ' ').replace(/ {2,}/g, ' ').trim();

function listLines(list: ListElement, depth: number): string[] {
  const indent = '  '.repeat(depth);
  return list.children.flatMap((item: ListItemElement, i) => {
    const marker = list.type === 'numbered-list' ? `${i + 1}. ` : '- ';
    const inlines = item.children.filter((c) => !isList(c)) as InlineNode[];
    const nested = item.children.filter(isList);
    const own = lineOf(inlineText(inlines));
    return [...(own ? [`${indent}${marker}${own}`] : []), ...nested.flatMap((l) => listLines(l, depth + 1))];
  });
}

/** One block as its lines (a list: a line per item; other blocks: one line, empty when blank). */
function blockLines(block: BlockElement): string[] {
  if (isList(block)) return listLines(block, 0);
  const line = lineOf(inlineText(block.children));
  return line ? [line] : [];
}

/** The whole text: blocks separated by one blank line, a list's items on lines of their own. */
export function formText(value: RichText | undefined): string {
  if (!value) return '';
  return value.map(blockLines).filter((lines) => lines.length > 0).map((lines) => lines.join('\n')).join('\n\n');
}
