import { textOf, type HElement, type HNode } from '../html/parse';

/** A table's cells as text, row by row (nested tables stay in their cell's text). */

const isElement = (n: HNode): n is HElement => n.kind === 'element';
const children = (el: HElement, tags: readonly string[]) => el.children.filter(isElement).filter((c) => tags.includes(c.tag));

export function tableRows(table: HElement): string[][] {
  const rows: HElement[] = [];
  for (const part of children(table, ['thead', 'tbody', 'tfoot', 'tr'])) {
    if (part.tag === 'tr') rows.push(part);
    else rows.push(...children(part, ['tr']));
  }
  return rows.map((row) => children(row, ['td', 'th']).map((cell) => textOf(cell).replace(/[\s\u00a0]+/g, ' ').trim()));
}
