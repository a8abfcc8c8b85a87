import { parse, type DefaultTreeAdapterTypes as P5 } from 'parse5';

/**
 * Clipboard HTML parsed into a small tree of elements, text and comments. parse5 builds the tree
 * the way a browser does (the WHATWG algorithm: unclosed tags, stray cells, text misplaced in a
 * table), so the cleaner sees what the source program showed; being plain JavaScript with no DOM,
 * it runs the same in the renderer and in Node tests, and nothing of the paste is ever applied
 * (no style sheet loaded, no image fetched, no inline style checked against the page's CSP).
 */

export interface HElement { kind: 'element'; tag: string; attrs: Record<string, string>; children: HNode[] }
export interface HText { kind: 'text'; text: string }
export interface HComment { kind: 'comment'; data: string }
export type HNode = HElement | HText | HComment;

/** Elements whose content is never text of the document. */
export const DROP = new Set(['script', 'style', 'meta', 'link', 'title', 'head', 'svg', 'video', 'audio', 'iframe', 'object', 'noscript',
  'template', 'button', 'input', 'select', 'textarea']);

/**
 * How deep the tree is kept: elements below are unwrapped (their text, comments and empty elements
 * such as <br> kept in order), so a pathological paste cannot exhaust the stack of the walk.
 */
export const MAX_TREE_DEPTH = 200;

const isElement = (n: P5.ChildNode): n is P5.Element => 'tagName' in n;

function element(n: P5.Element, children: HNode[]): HElement {
  const attrs: Record<string, string> = {};
  for (const a of n.attrs) attrs[a.name.toLowerCase()] = a.value;
  return { kind: 'element', tag: n.tagName.toLowerCase(), attrs, children };
}

function leaf(n: P5.ChildNode): HText | HComment | null {
  if (n.nodeName === '#text') return { kind: 'text', text: (n as P5.TextNode).value };
  if (n.nodeName === '#comment') return { kind: 'comment', data: (n as P5.CommentNode).data };
  return null;
}

/** The nodes below `nodes` in document order, as leaves (no stack use: an explicit one). */
function flatten(nodes: P5.ChildNode[]): HNode[] {
  const out: HNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) {
      const l = leaf(n);
      if (l) out.push(l);
    } else if (n.childNodes.length === 0 || DROP.has(n.tagName.toLowerCase())) out.push(element(n, []));
    else for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return out;
}

function convert(nodes: P5.ChildNode[], depth: number): HNode[] {
  if (depth >= MAX_TREE_DEPTH) return flatten(nodes);
  const out: HNode[] = [];
  for (const n of nodes) {
    // A <template>'s content is not in childNodes (and is dropped anyway).
    if (isElement(n)) out.push(element(n, convert(n.childNodes, depth + 1)));
    else {
      const l = leaf(n);
      if (l) out.push(l);
    }
  }
  return out;
}

/** The body of an HTML document, parsed as a browser would. */
export function parseBody(html: string): HNode[] {
  const doc = parse(html);
  const root = doc.childNodes.find((n): n is P5.Element => isElement(n) && n.tagName === 'html');
  const body = root?.childNodes.find((n): n is P5.Element => isElement(n) && n.tagName === 'body');
  return body ? convert(body.childNodes, 0) : [];
}

/** All text below a node (what the DOM's textContent gives). */
export function textOf(n: HNode): string {
  if (n.kind === 'text') return n.text;
  if (n.kind === 'comment') return '';
  return n.children.map(textOf).join('');
}
