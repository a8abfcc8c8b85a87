import type { EditorText, InlineChild, ListEl, ListItemEl, TextBlockEl, TopBlock } from '../../core/editor/types';
import { normalizeLinkUrl } from './link-url';

/**
 * Cleans HTML from the clipboard (Word, LibreOffice, Google Docs, web pages) into the editor's
 * blocks and marks. Fonts, colours and classes are dropped; headings, lists, links, quotes,
 * bold/italic/underline are kept; images and tables are dropped and counted for a notice.
 * The result already has the editor's structure (core/editor/with-draft-schema.ts): nothing is
 * left for its repairs, which would otherwise split list items where the source had none.
 */

export interface CleanedPaste {
  blocks: TopBlock[];
  droppedImages: number;
  droppedTables: number;
}

interface Marks { bold?: true; italic?: true; underline?: true }

const DROP = new Set(['SCRIPT', 'STYLE', 'META', 'LINK', 'TITLE', 'HEAD', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'DL', 'DT', 'DD', 'HR', 'BODY', 'HTML', 'CENTER', 'TABLE']);

/** Upper-case tag name: elements inside <svg> or <math> keep their lower-case names (a <script> there too). */
const tagOf = (n: Node): string => (n.nodeType === 1 ? (n as Element).tagName.toUpperCase() : '');

function inlineStyle(el: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of (el.getAttribute('data-kp-style') ?? '').split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) out[decl.slice(0, i).trim().toLowerCase()] = decl.slice(i + 1).trim().toLowerCase();
  }
  return out;
}

function marksOf(el: HTMLElement, inherited: Marks): Marks {
  const m: Marks = { ...inherited };
  const tag = tagOf(el);
  if (tag === 'B' || tag === 'STRONG') m.bold = true;
  if (tag === 'I' || tag === 'EM' || tag === 'CITE') m.italic = true;
  if (tag === 'U' || tag === 'INS') m.underline = true;
  // Parsed by hand: documents made by DOMParser do not always expose `style` declarations.
  const s = inlineStyle(el);
  const w = s['font-weight'] ?? '';
  if (w === 'bold' || w === 'bolder' || Number(w) >= 600) m.bold = true;
  else if (w === 'normal' || w === 'lighter' || (w !== '' && Number(w) < 600)) delete m.bold;
  const fs = s['font-style'] ?? '';
  if (fs === 'italic' || fs === 'oblique') m.italic = true;
  else if (fs === 'normal') delete m.italic;
  const deco = `${s['text-decoration'] ?? ''} ${s['text-decoration-line'] ?? ''}`;
  if (/underline/.test(deco)) m.underline = true;
  else if (/\bnone\b/.test(deco)) delete m.underline;
  return m;
}

/** Word writes list paragraphs as <p style="mso-list:l0 level2 lfo1"> with the marker as text. */
function msoList(el: HTMLElement): { id: string; level: number } | null {
  const style = el.getAttribute('data-kp-style') ?? '';
  const m = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(style);
  if (m) return { id: m[1]!, level: Number(m[2]) };
  return /MsoListParagraph/i.test(el.className) ? { id: 'l?', level: 1 } : null;
}

/** Any block element below a node: then the node is a container, not a run of text. */
const BLOCK_SELECTOR = [...BLOCKS].filter((t) => t !== 'BODY' && t !== 'HTML').map((t) => t.toLowerCase()).join(', ');

/**
 * Only web and mail links are kept (as the export does), checked as the link dialog checks what is
 * typed ("https:" alone, or a URL longer than a draft stores, becomes text); relative links too.
 */
function safeHref(el: HTMLElement): string | null {
  const href = (el.getAttribute('href') ?? '').trim();
  if (!/^(https?:|mailto:)/i.test(href)) return null;
  const url = normalizeLinkUrl(href);
  return url.ok ? url.url : null;
}

const sameMarks = (a: EditorText, b: EditorText) => !a.bold === !b.bold && !a.italic === !b.italic && !a.underline === !b.underline;

/** Appends a leaf, merged into the previous one when their marks match (as Slate would). */
function pushLeaf(leaves: EditorText[], leaf: EditorText): void {
  const last = leaves.at(-1);
  if (last && sameMarks(last, leaf)) last.text += leaf.text;
  else leaves.push(leaf);
}

class Builder {
  blocks: TopBlock[] = [];
  droppedImages = 0;
  droppedTables = 0;
  private inlines: InlineChild[] = [];
  private blockType: TextBlockEl['type'] = 'paragraph';
  /** Open list stack for Word's flat list paragraphs. */
  private msoStack: ListEl[] = [];
  private msoId = '';
  /** How many list items are being built: inside one, a line break is a space (an item holds one paragraph). */
  private itemDepth = 0;

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
   * empty lines make no block. In a list item it is a space.
   */
  lineBreak(marks: Marks, link?: string) {
    if (this.itemDepth > 0) {
      this.text(' ', marks, link);
      return;
    }
    const type = this.blockType;
    this.flush();
    this.blockType = type;
  }

  inItem<T>(build: () => T): T {
    this.itemDepth++;
    try {
      return build();
    } finally {
      this.itemDepth--;
    }
  }

  /** Ends the current text block, if it has any text. */
  flush(target?: TopBlock[] | ListItemEl['children']) {
    const inl = trimInlines(this.inlines);
    this.inlines = [];
    const type = this.blockType;
    this.blockType = 'paragraph';
    if (!inl) return;
    // A heading's weight is its look, not a mark (pages and Word bold headings by style; the app's heading style does).
    if (type === 'heading-one' || type === 'heading-two') {
      for (const n of inl) for (const leaf of 'type' in n ? n.children : [n]) delete leaf.bold;
    }
    const block: TextBlockEl = { type, children: mergeInlines(inl) };
    if (target) (target as TextBlockEl[]).push(block);
    else {
      this.msoStack = [];
      this.blocks.push(block);
    }
  }

  setBlockType(t: TextBlockEl['type']) {
    this.blockType = t;
  }

  addMsoItem(listId: string, level: number, numbered: boolean, build: (item: ListItemEl) => void) {
    const item: ListItemEl = { type: 'list-item', children: [] };
    this.inItem(() => build(item));
    if (item.children.length === 0) return;
    const type = numbered ? 'numbered-list' : 'bulleted-list';
    // Another Word list (l0 → l1) starts a new list even right after the previous one.
    if (listId !== this.msoId) this.msoStack = [];
    this.msoId = listId;
    while (this.msoStack.length > level) this.msoStack.pop();
    if (this.msoStack.length === 0) {
      const list: ListEl = { type, children: [] };
      this.blocks.push(list);
      this.msoStack.push(list);
    }
    while (this.msoStack.length < level) {
      const parent = this.msoStack.at(-1)!;
      let host = parent.children.at(-1);
      if (!host) {
        host = { type: 'list-item', children: [{ type: 'paragraph', children: [{ text: '' }] }] };
        parent.children.push(host);
      }
      const nested: ListEl = { type, children: [] };
      host.children.push(nested);
      this.msoStack.push(nested);
    }
    this.msoStack.at(-1)!.children.push(item);
  }

  pendingInlines(): boolean {
    return this.inlines.length > 0;
  }
}

function trimInlines(inl: InlineChild[]): InlineChild[] | null {
  const text = (n: InlineChild) => ('type' in n ? n.children.map((c) => c.text).join('') : n.text);
  if (inl.map(text).join('').trim() === '') return null;
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
function mergeInlines(inl: InlineChild[]): InlineChild[] {
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

const isList = (b: TextBlockEl | ListEl): b is ListEl => b.type === 'bulleted-list' || b.type === 'numbered-list';

/**
 * A list item holds one paragraph and then nested lists. More text blocks in one <li> join its
 * paragraph with a space; text after a nested list starts the next item, as Enter would.
 */
function itemsOf(blocks: Array<TextBlockEl | ListEl>): ListItemEl[] {
  const items: ListItemEl[] = [];
  for (const block of blocks) {
    const item = items.at(-1);
    if (isList(block)) {
      if (item) item.children.push(block);
      else items.push({ type: 'list-item', children: [{ type: 'paragraph', children: [{ text: '' }] }, block] });
    } else if (item && item.children.length === 1) {
      const para = item.children[0] as TextBlockEl;
      para.children = mergeInlines([...para.children, { text: ' ' }, ...block.children]);
    } else items.push({ type: 'list-item', children: [{ type: 'paragraph', children: block.children }] });
  }
  return items;
}

function walkInline(b: Builder, node: Node, marks: Marks, link?: string, skip?: { on: boolean }): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 8) {
      // Word's list markers sit between <!--[if !supportLists]--> and <!--[endif]-->.
      const data = (child as Comment).data;
      if (skip && /if\s+!supportLists/i.test(data)) skip.on = true;
      else if (skip && /endif/i.test(data)) skip.on = false;
      continue;
    }
    if (skip?.on) continue;
    if (child.nodeType === 3) {
      b.text(child.textContent ?? '', marks, link);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as HTMLElement;
    const tag = tagOf(el);
    if (DROP.has(tag)) continue;
    if (tag === 'IMG' || tag === 'PICTURE' || tag === 'CANVAS' || tag.startsWith('V:')) { b.droppedImages++; continue; }
    if (tag === 'BR') { b.lineBreak(marks, link); continue; }
    if (/mso-list:\s*Ignore/i.test(el.getAttribute('data-kp-style') ?? '')) continue;
    const nextLink = (tag === 'A' ? safeHref(el) : null) ?? link;
    walkInline(b, el, marksOf(el, marks), nextLink, skip);
  }
}

function headingType(tag: string, className: string): TextBlockEl['type'] | null {
  if (/\bMso(Intense)?Quote\b/.test(className)) return 'block-quote';
  if (/\bMsoTitle\b/.test(className)) return 'heading-one';
  if (/\bMsoSubtitle\b/.test(className)) return 'heading-two';
  if (tag === 'H1') return 'heading-one';
  if (/^H[2-6]$/.test(tag)) return 'heading-two';
  if (tag === 'BLOCKQUOTE') return 'block-quote';
  return null;
}

function buildList(b: Builder, el: HTMLElement, marks: Marks): ListEl {
  const list: ListEl = { type: tagOf(el) === 'OL' ? 'numbered-list' : 'bulleted-list', children: [] };
  const addItem = (source: Node) => {
    const content: Array<TextBlockEl | ListEl> = [];
    b.inItem(() => {
      walkBlocks(b, source, marks, content);
      b.flush(content);
    });
    list.children.push(...itemsOf(content));
  };
  // Text and elements standing loose in a list (outside any <li>) are kept, as one item per run.
  let loose: Node[] = [];
  const addLoose = () => {
    if (loose.length) addItem({ childNodes: loose } as unknown as Node);
    loose = [];
  };
  for (const child of Array.from(el.childNodes)) {
    const tag = tagOf(child);
    if (tag === 'UL' || tag === 'OL') {
      addLoose();
      // Some editors nest a list directly in a list: it belongs to the previous item.
      const nested = buildList(b, child as HTMLElement, marks);
      const prev = list.children.at(-1);
      if (prev && nested.children.length) prev.children.push(nested);
      else list.children.push(...nested.children);
    } else if (tag === 'LI') {
      addLoose();
      addItem(child);
    } else loose.push(child);
  }
  addLoose();
  return list;
}

/** The text of a <pre> with its line breaks, leaving out what is never text (scripts, styles…). */
function preText(el: Node): string {
  let out = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) out += child.textContent ?? '';
    else if (tagOf(child) === 'BR') out += '\n';
    else if (child.nodeType === 1 && !DROP.has(tagOf(child))) out += preText(child);
  }
  return out;
}

function walkBlocks(b: Builder, node: Node, marks: Marks, target?: ListItemEl['children'], inherited: TextBlockEl['type'] = 'paragraph'): void {
  const skip = { on: false };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) {
      if (!b.pendingInlines()) b.setBlockType(inherited);
      walkInline(b, { childNodes: [child] } as unknown as Node, marks, undefined, skip);
      continue;
    }
    const el = child as HTMLElement;
    const tag = tagOf(el);
    if (DROP.has(tag)) continue;
    if (tag === 'TABLE') { b.flush(target); b.droppedTables++; continue; }
    if (!BLOCKS.has(tag)) {
      if (!b.pendingInlines()) b.setBlockType(inherited);
      // Google Docs wraps the whole document in <b style="font-weight:normal">: a container, not a mark.
      if (el.querySelector(BLOCK_SELECTOR)) { b.flush(target); walkBlocks(b, el, marksOf(el, marks), target, inherited); continue; }
      walkInline(b, { childNodes: [el] } as unknown as Node, marks, undefined, skip);
      continue;
    }
    b.flush(target);
    const m = marksOf(el, marks);
    if (tag === 'UL' || tag === 'OL') {
      const list = buildList(b, el, m);
      if (list.children.length) (target ?? b.blocks).push(list as never);
      continue;
    }
    const mso = target ? null : msoList(el);
    if (mso !== null) {
      const marker = el.textContent?.trim() ?? '';
      const numbered = /^(\d+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]/.test(marker);
      b.addMsoItem(mso.id, mso.level, numbered, (item) => {
        walkInline(b, el, m, undefined, { on: false });
        b.flush(item.children);
      });
      continue;
    }
    const type = target ? 'paragraph' : headingType(tag, el.className) ?? inherited;
    if (tag === 'PRE') {
      for (const line of preText(el).split(/\r?\n/)) { b.setBlockType(type); b.text(line, m); b.flush(target); }
      continue;
    }
    if (el.querySelector(BLOCK_SELECTOR)) {
      walkBlocks(b, el, m, target, type);
    } else {
      b.setBlockType(type);
      walkInline(b, el, m, undefined, { on: false });
    }
    b.flush(target);
  }
  if (b.pendingInlines() && target === undefined) b.flush();
}

/**
 * Parsing pasted HTML must not apply its styles: the page's CSP forbids inline styles, and the
 * parsed document would try. Style sheets are cut and style attributes renamed before parsing
 * (their marks are still read, from data-kp-style).
 */
function defuse(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<(\/?)style\b[^>]*>/gi, '')
    .replace(/(<[a-z][^<>]*?\s)style(\s*=)/gi, '$1data-kp-style$2');
}

/** Cleans clipboard HTML into blocks. */
export function cleanPastedHtml(html: string): CleanedPaste {
  const doc = new DOMParser().parseFromString(defuse(html), 'text/html');
  const b = new Builder();
  walkBlocks(b, doc.body, {});
  b.flush();
  return { blocks: b.blocks, droppedImages: b.droppedImages, droppedTables: b.droppedTables };
}

/**
 * Plain text: each line is a paragraph. Blank lines only separate paragraphs: they make no empty
 * paragraph (the editor spaces paragraphs itself), so text pasted as plain text or as HTML, where
 * empty paragraphs are dropped too, comes out the same.
 */
export function blocksFromPlainText(text: string): TopBlock[] {
  return text
    .split(/\r\n?|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}
