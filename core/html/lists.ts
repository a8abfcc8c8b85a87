import { MAX_LIST_DEPTH } from '../draft/file-format';
import type { ListEl, ListItemEl, TextBlockEl } from '../editor/types';
import { mergeInlines, type Builder, type Target } from './build';
import type { Marks } from './marks';
import type { HElement, HNode } from './parse';

/** The block walk, passed in (it calls back here for the lists it meets). */
export type WalkBlocks = (b: Builder, nodes: HNode[], marks: Marks, target?: Target) => void;

const isList = (b: TextBlockEl | ListEl): b is ListEl => b.type === 'bulleted-list' || b.type === 'numbered-list';

/** A list item that starts with a nested list has an empty paragraph, as the editor makes one. */
const emptyHost = (list: ListEl): ListItemEl => ({ type: 'list-item', children: [{ type: 'paragraph', children: [{ text: '' }] }, list] });

/**
 * A list item holds one paragraph and then nested lists. More text blocks in one <li> join its
 * paragraph with a space; text after a nested list starts the next item, as Enter would. At the
 * deepest level a draft allows (`depth` is the list's), nested lists' items follow the item in
 * its own list, as the editor would lift them.
 */
export function itemsOf(blocks: Target, depth: number): ListItemEl[] {
  const items: ListItemEl[] = [];
  for (const block of blocks) {
    const item = items.at(-1);
    if (isList(block)) {
      if (depth >= MAX_LIST_DEPTH) items.push(...block.children);
      else if (item) item.children.push(block);
      else items.push(emptyHost(block));
    } else if (item && item.children.length === 1) {
      const para = item.children[0] as TextBlockEl;
      para.children = mergeInlines([...para.children, { text: ' ' }, ...block.children]);
    } else items.push({ type: 'list-item', children: [{ type: 'paragraph', children: block.children }] });
  }
  return items;
}

/** An HTML list (<ul>, <ol>: web pages, Google Docs, LibreOffice) as the editor's list. */
export function buildList(b: Builder, el: HElement, marks: Marks, walk: WalkBlocks): ListEl {
  const list: ListEl = { type: el.tag === 'ol' ? 'numbered-list' : 'bulleted-list', children: [] };
  const addItem = (nodes: HNode[]) => {
    const content: Target = [];
    b.joined(() => b.inList(() => {
      walk(b, nodes, marks, content);
      b.flush(content);
    }));
    list.children.push(...itemsOf(content, b.listDepth + 1));
  };
  // Text and elements standing loose in a list (outside any <li>) are kept, as one item per run.
  let loose: HNode[] = [];
  const addLoose = () => {
    if (loose.length) addItem(loose);
    loose = [];
  };
  for (const child of el.children) {
    const tag = child.kind === 'element' ? child.tag : '';
    if (child.kind === 'element' && (tag === 'ul' || tag === 'ol')) {
      addLoose();
      // Some editors nest a list directly in a list: it belongs to the previous item.
      const nested = b.inList(() => buildList(b, child, marks, walk));
      const prev = list.children.at(-1);
      if (prev && nested.children.length && b.listDepth + 1 < MAX_LIST_DEPTH) prev.children.push(nested);
      else list.children.push(...nested.children);
    } else if (child.kind === 'element' && tag === 'li') {
      addLoose();
      addItem(child.children);
    } else loose.push(child);
  }
  addLoose();
  return list;
}
