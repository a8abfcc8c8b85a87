import type { EditorText, InlineChild, ListEl, ListItemEl, TextBlockEl, TopBlock } from '../editor/types';
import type { Marks } from './marks';
import { WordLists } from './word-lists';

/**
 * Collects text runs into the editor's blocks (core/editor/with-draft-schema.ts) as the walk
 * meets them: leaves with equal marks merged, white space collapsed as HTML shows it, blocks
 * trimmed and empty ones left out, so nothing is left for the editor's repairs.
 */

/** Where finished blocks go: the section, or the content of a list item or table cell being built. */
export type Target = Array<TextBlockEl | ListEl>;

const sameMarks = (a: EditorText, b: EditorText) => !a.bold === !b.bold && !a.italic === !b.italic && !a.underline === !b.underline;

/** Appends a leaf, merged into the previous one when their marks match (as Slate would). */
function pushLeaf(leaves: EditorText[], leaf: EditorText): void {
  const last = leaves.at(-1);
  if (last && sameMarks(last, leaf)) last.text += leaf.text;
  else leaves.push(leaf);
}

const inlineText = (n: InlineChild) => ('type' in n ? n.children.map((c) => c.text).join('') : n.text);

/** Inlines without leading and trailing spaces or empty leaves; null when no text is left. */
export function trimInlines(inl: InlineChild[]): InlineChild[] | null {
  if (inl.map(inlineText).join('').trim() === '') return null;
  const first = inl[0]!;
  const firstText = 'type' in first ? first.children[0] : first;
  if (firstText) firstText.text = firstText.text.replace(/^ +/, '');
  const last = inl.at(-1)!;
  const lastText = 'type' in last ? last.children.at(-1) : last;
  if (lastText) lastText.text = lastText.text.replace(/ +$/, '');
  return inl
    .map((n) => ('type' in n ? { ...n, children: n.children.filter((c) => c.text !== '') } : n))
    .filter((n) => ('type' in n ? n.children.length > 0 : n.text !== ''));
}

/** Merges neighbouring leaves with the same marks (trimming or removing marks can make them equal). */
export function mergeInlines(inl: InlineChild[]): InlineChild[] {
  const out: InlineChild[] = [];
  for (const n of inl) {
    const last = out.at(-1);
    if ('type' in n) {
      const children: EditorText[] = [];
      for (const leaf of n.children) pushLeaf(children, leaf);
      out.push({ ...n, children });
    } else if (last && !('type' in last) && sameMarks(last, n)) last.text += n.text;
    else out.push(n);
  }
  return out;
}

export class Builder {
  blocks: TopBlock[] = [];
  droppedImages = 0;
  /** How many lists enclose what is being built. */
  listDepth = 0;
  private inlines: InlineChild[] = [];
  private blockType: TextBlockEl['type'] = 'paragraph';
  private wordLists = new WordLists();
  /** Inside a list item or table cell, which hold one paragraph, a line break is a space. */
  private joinDepth = 0;

  text(raw: string, marks: Marks, link?: string) {
    const last = this.inlines.at(-1);
    const lastLeaf = last && 'type' in last ? last.children.at(-1) : last;
    // HTML collapses white space across element boundaries too ("a <b> b</b>" shows one space).
    let text = raw.replace(/[\s\u00a0]+/g, ' ');
    if (lastLeaf?.text.endsWith(' ')) text = text.replace(/^ /, '');
    if (text === '') return;
    const leaf: EditorText = { text, ...marks };
    if (link) {
      // A link is shown underlined anyway; web pages and Google Docs underline it by style, which is not the author's mark.
      delete leaf.underline;
      if (last && 'type' in last && last.url === link) pushLeaf(last.children, leaf);
      else this.inlines.push({ type: 'link', url: link, children: [leaf] });
    } else if (last && !('type' in last) && sameMarks(last, leaf)) last.text += leaf.text;
    else this.inlines.push(leaf);
  }

  /**
   * <br>: the source showed a new line. The editor has no line break inside a block (Shift+Enter
   * splits it too), so the block ends here and the next line starts another of the same type;
   * empty lines make no block.
   */
  lineBreak(marks: Marks, link?: string) {
    if (this.joinDepth > 0) {
      this.text(' ', marks, link);
      return;
    }
    const type = this.blockType;
    this.flush();
    this.blockType = type;
  }

  /** Builds content that becomes one paragraph (a list item's, a table cell's). */
  joined<T>(build: () => T): T {
    this.joinDepth++;
    try {
      return build();
    } finally {
      this.joinDepth--;
    }
  }

  /** Builds a list's content, one level deeper. */
  inList<T>(build: () => T): T {
    this.listDepth++;
    try {
      return build();
    } finally {
      this.listDepth--;
    }
  }

  /** Ends the current text block, if it has any text. */
  flush(target?: Target) {
    const inl = trimInlines(this.inlines);
    this.inlines = [];
    const type = this.blockType;
    this.blockType = 'paragraph';
    if (!inl) return;
    // A heading's weight is its look, not a mark (pages and Word bold headings by style; the app's heading style does).
    if (type === 'heading-one' || type === 'heading-two') {
      for (const n of inl) for (const leaf of 'type' in n ? n.children : [n]) delete leaf.bold;
    }
    this.emit({ type, children: mergeInlines(inl) }, target);
  }

  /** Adds a finished block; in the section itself it also ends any Word list. */
  emit(block: TextBlockEl | ListEl, target?: Target) {
    if (target) target.push(block);
    else {
      this.wordLists.reset();
      this.blocks.push(block);
    }
  }

  setBlockType(t: TextBlockEl['type']) {
    this.blockType = t;
  }

  /** Adds a Word list paragraph, its content built by `build`. */
  addWordItem(listId: string, level: number, numbered: boolean, build: (item: ListItemEl) => void) {
    const item: ListItemEl = { type: 'list-item', children: [] };
    this.joined(() => build(item));
    if (item.children.length === 0) return;
    this.wordLists.add(this.blocks, item, listId, level, numbered);
  }

  /** Puts a list under the last item of the Word list being built; false when none is open. */
  attachToWordList(list: ListEl): boolean {
    return this.wordLists.attach(list);
  }

  pendingInlines(): boolean {
    return this.inlines.length > 0;
  }
}
