import type { TextBlockEl } from '../editor/types';
import type { Builder, Target } from './build';
import { buildList } from './lists';
import { marksOf, safeHref, type Marks } from './marks';
import { DROP, type HElement, type HNode } from './parse';
import { addTable } from './tables';
import { isMarkerSpan, MarkerSkip, numberedMarker, wordListOf } from './word-lists';

/** Walks the parsed clipboard, block elements into blocks and the rest into their text runs. */

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'section', 'article', 'header',
  'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'address', 'dl', 'dt', 'dd', 'hr', 'body', 'html', 'center', 'table']);

const IMAGES = new Set(['img', 'picture', 'canvas']);

const blockBelow = new WeakMap<HElement, boolean>();
/** Any block element below an element: then it is a container, not a run of text. */
function hasBlockBelow(el: HElement): boolean {
  let found = blockBelow.get(el);
  if (found === undefined) {
    found = el.children.some((c) => c.kind === 'element' && ((BLOCKS.has(c.tag) && c.tag !== 'body' && c.tag !== 'html') || hasBlockBelow(c)));
    blockBelow.set(el, found);
  }
  return found;
}

function walkInline(b: Builder, nodes: HNode[], marks: Marks, link: string | undefined, skip: MarkerSkip): void {
  for (const child of nodes) {
    if (child.kind === 'comment') {
      skip.see(child);
      continue;
    }
    if (skip.on) continue;
    if (child.kind === 'text') {
      b.text(child.text, marks, link);
      continue;
    }
    const tag = child.tag;
    if (DROP.has(tag)) continue;
    if (IMAGES.has(tag) || tag.startsWith('v:')) { b.droppedImages++; continue; }
    if (tag === 'br') { b.lineBreak(marks, link); continue; }
    if (isMarkerSpan(child)) continue;
    const nextLink = (tag === 'a' ? safeHref(child) : null) ?? link;
    walkInline(b, child.children, marksOf(child, marks), nextLink, skip);
  }
}

function headingType(tag: string, className: string): TextBlockEl['type'] | null {
  if (/\bMso(Intense)?Quote\b/.test(className)) return 'block-quote';
  if (/\bMsoTitle\b/.test(className)) return 'heading-one';
  if (/\bMsoSubtitle\b/.test(className)) return 'heading-two';
  if (tag === 'h1') return 'heading-one';
  if (/^h[2-6]$/.test(tag)) return 'heading-two';
  if (tag === 'blockquote') return 'block-quote';
  return null;
}

/** The text of a <pre> with its line breaks, leaving out what is never text (scripts, styles…). */
function preText(nodes: HNode[]): string {
  let out = '';
  for (const child of nodes) {
    if (child.kind === 'text') out += child.text;
    else if (child.kind === 'element' && child.tag === 'br') out += '\n';
    else if (child.kind === 'element' && !DROP.has(child.tag)) out += preText(child.children);
  }
  return out;
}

/** A block element: a list, Word list paragraph, <pre>, a container of blocks, or a text block. */
function walkBlock(b: Builder, el: HElement, marks: Marks, target: Target | undefined, inherited: TextBlockEl['type']): void {
  const m = marksOf(el, marks);
  if (el.tag === 'ul' || el.tag === 'ol') {
    const list = buildList(b, el, m, walkBlocks);
    if (list.children.length) b.emit(list, target);
    return;
  }
  const word = target ? null : wordListOf(el);
  if (word !== null) {
    b.addWordItem(word.id, word.level, numberedMarker(el), (item) => {
      walkInline(b, el.children, m, undefined, new MarkerSkip());
      b.flush(item.children);
    });
    return;
  }
  const type = target ? 'paragraph' : headingType(el.tag, el.attrs.class ?? '') ?? inherited;
  if (el.tag === 'pre') {
    for (const line of preText(el.children).split(/\r?\n/)) { b.setBlockType(type); b.text(line, m); b.flush(target); }
    return;
  }
  if (hasBlockBelow(el)) walkBlocks(b, el.children, m, target, type);
  else {
    b.setBlockType(type);
    walkInline(b, el.children, m, undefined, new MarkerSkip());
  }
  b.flush(target);
}

/** Walks nodes that may hold blocks; `target` is a list item's or table cell's content, else the section. */
export function walkBlocks(b: Builder, nodes: HNode[], marks: Marks, target?: Target, inherited: TextBlockEl['type'] = 'paragraph'): void {
  const skip = new MarkerSkip();
  for (const child of nodes) {
    if (child.kind !== 'element' || !BLOCKS.has(child.tag)) {
      if (child.kind === 'element' && DROP.has(child.tag)) continue;
      if (!b.pendingInlines()) b.setBlockType(inherited);
      // Google Docs wraps the whole document in <b style="font-weight:normal">: a container, not a mark.
      if (child.kind === 'element' && hasBlockBelow(child)) {
        b.flush(target);
        walkBlocks(b, child.children, marksOf(child, marks), target, inherited);
      } else walkInline(b, [child], marks, undefined, skip);
      continue;
    }
    b.flush(target);
    if (child.tag === 'table') addTable(b, child, marks, walkBlocks, target);
    else walkBlock(b, child, marks, target, inherited);
  }
  if (b.pendingInlines() && target === undefined) b.flush();
}
