import type { EditorText, InlineChild, ListEl, ListItemEl, TextBlockEl, TopBlock } from '../../core/editor/types';

/**
 * Cleans HTML from the clipboard (Word, LibreOffice, Google Docs, web pages) into the editor's
 * blocks and marks. Fonts, colours and classes are dropped; headings, lists, links, quotes,
 * bold/italic/underline are kept; images and tables are dropped and counted for a notice.
 */

export interface CleanedPaste {
  blocks: TopBlock[];
  droppedImages: number;
  droppedTables: number;
}

interface Marks { bold?: true; italic?: true; underline?: true }

const DROP = new Set(['SCRIPT', 'STYLE', 'META', 'LINK', 'TITLE', 'HEAD', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'DL', 'DT', 'DD', 'HR', 'BODY', 'HTML', 'CENTER', 'TABLE']);

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
  const tag = el.tagName;
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

const BLOCK_SELECTOR = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, li, table, blockquote, pre';

class Builder {
  blocks: TopBlock[] = [];
  droppedImages = 0;
  droppedTables = 0;
  private inlines: InlineChild[] = [];
  private blockType: TextBlockEl['type'] = 'paragraph';
  /** Open list stack for Word's flat list paragraphs. */
  private msoStack: ListEl[] = [];
  private msoId = '';

  text(raw: string, marks: Marks, link?: string) {
    const text = raw.replace(/[\s\u00a0]+/g, ' ');
    if (text === '') return;
    const leaf: EditorText = { text, ...marks };
    if (link) {
      const last = this.inlines.at(-1);
      if (last && 'type' in last && last.url === link) last.children.push(leaf);
      else this.inlines.push({ type: 'link', url: link, children: [leaf] });
    } else this.inlines.push(leaf);
  }

  /** Ends the current text block, if it has any text. */
  flush(target?: TopBlock[] | ListItemEl['children']) {
    const inl = trimInlines(this.inlines);
    this.inlines = [];
    const type = this.blockType;
    this.blockType = 'paragraph';
    if (!inl) return;
    const block: TextBlockEl = { type, children: inl };
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
    build(item);
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
  return inl.filter((n) => 'type' in n || n.text !== '');
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
    const tag = el.tagName;
    if (DROP.has(tag)) continue;
    if (tag === 'IMG' || tag === 'PICTURE' || tag === 'CANVAS' || tag.startsWith('V:')) { b.droppedImages++; continue; }
    if (tag === 'BR') { b.text(' ', marks, link); continue; }
    if (/mso-list:\s*Ignore/i.test(el.getAttribute('data-kp-style') ?? '')) continue;
    const href = tag === 'A' ? el.getAttribute('href') ?? '' : '';
    const nextLink = /^(https?:|mailto:)/i.test(href) ? href : link;
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
  const list: ListEl = { type: el.tagName === 'OL' ? 'numbered-list' : 'bulleted-list', children: [] };
  for (const li of Array.from(el.children)) {
    if (li.tagName === 'UL' || li.tagName === 'OL') {
      // Some editors nest a list directly in a list: it belongs to the previous item.
      const nested = buildList(b, li as HTMLElement, marks);
      const prev = list.children.at(-1);
      if (prev && nested.children.length) prev.children.push(nested);
      else list.children.push(...nested.children);
      continue;
    }
    const item: ListItemEl = { type: 'list-item', children: [] };
    walkBlocks(b, li, marks, item.children);
    b.flush(item.children);
    if (item.children.length === 0) continue;
    if (item.children[0]!.type !== 'paragraph') item.children.unshift({ type: 'paragraph', children: [{ text: '' }] });
    list.children.push(item);
  }
  return list;
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
    const tag = el.tagName;
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
      for (const line of (el.textContent ?? '').split(/\r?\n/)) { b.setBlockType(type); b.text(line, m); b.flush(target); }
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

/** Plain text: each line is a paragraph (blank lines kept as empty paragraphs inside the text). */
export function blocksFromPlainText(text: string): TopBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return lines.map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}
