import { MAX_LIST_DEPTH } from '../draft/file-format';
import type { ListEl, ListItemEl, TopBlock } from '../editor/types';
import { inlineStyle } from './marks';
import { textOf, type HComment, type HElement } from './parse';

/**
 * Word (and programs that copy its clipboard format) writes a list as flat paragraphs,
 * <p class=MsoListParagraph style="mso-list:l0 level2 lfo1">, with the marker as text between
 * <!--[if !supportLists]--> … <!--[endif]--> or in a span styled mso-list:Ignore. These turn
 * them back into nested lists.
 */

/** The Word list and level of a list paragraph, or null for any other element. */
export function wordListOf(el: HElement): { id: string; level: number } | null {
  const m = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(el.attrs.style ?? '');
  if (m) return { id: m[1]!, level: Number(m[2]) };
  return /MsoListParagraph/i.test(el.attrs.class ?? '') ? { id: 'l?', level: 1 } : null;
}

/** True when the paragraph's marker is a number or letter ("1.", "a)", "iv."), not a bullet. */
export const numberedMarker = (el: HElement): boolean => /^(\d+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]/.test(textOf(el).trim());

/** The span that holds a list paragraph's marker. */
export const isMarkerSpan = (el: HElement): boolean => inlineStyle(el)['mso-list'] === 'ignore';

/** Tracks Word's marker comments: true between <!--[if !supportLists]--> and <!--[endif]-->. */
export class MarkerSkip {
  on = false;
  /** Reads a comment; true when it was one of the marker's. */
  see(c: HComment): void {
    if (/if\s+!supportLists/i.test(c.data)) this.on = true;
    else if (/endif/i.test(c.data)) this.on = false;
  }
}

/** Builds nested lists from list paragraphs as they come, one list per run of Word list l0, l1, … */
export class WordLists {
  private stack: ListEl[] = [];
  private id = '';

  /** Any other block came between: the next list paragraph starts a new list. */
  reset(): void {
    this.stack = [];
  }

  /** Nests `list` under the last item of the open list, if one is open and may hold another level. */
  attach(list: ListEl): boolean {
    const item = this.stack.at(-1)?.children.at(-1);
    if (!item || this.stack.length >= MAX_LIST_DEPTH) return false;
    item.children.push(list);
    return true;
  }

  add(blocks: TopBlock[], item: ListItemEl, listId: string, level: number, numbered: boolean): void {
    const type = numbered ? 'numbered-list' : 'bulleted-list';
    // Another Word list (l0 → l1) starts a new list even right after the previous one.
    if (listId !== this.id) this.stack = [];
    // Word has nine levels; a draft may have fewer.
    level = Math.min(level, MAX_LIST_DEPTH);
    this.id = listId;
    while (this.stack.length > level) this.stack.pop();
    if (this.stack.length === 0) {
      const list: ListEl = { type, children: [] };
      blocks.push(list);
      this.stack.push(list);
    }
    while (this.stack.length < level) {
      const parent = this.stack.at(-1)!;
      let host = parent.children.at(-1);
      if (!host) {
        host = { type: 'list-item', children: [{ type: 'paragraph', children: [{ text: '' }] }] };
        parent.children.push(host);
      }
      const nested: ListEl = { type, children: [] };
      host.children.push(nested);
      this.stack.push(nested);
    }
    this.stack.at(-1)!.children.push(item);
  }
}
