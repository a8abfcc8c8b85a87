import { createEditor, Editor, Node, type Descendant } from 'slate';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';

/**
 * What pasted blocks must look like before they reach an editor: the editor's own structure
 * (core/editor/with-draft-schema.ts), with nothing left for its repairs to do, no empty blocks,
 * only the three marks and only web and mail links.
 */

type Json = Record<string, unknown>;

const TEXT_BLOCKS = ['paragraph', 'heading-one', 'heading-two', 'block-quote'];
const LISTS = ['bulleted-list', 'numbered-list'];
const LEAF_KEYS = ['text', 'bold', 'italic', 'underline'];
const SAFE_URL = /^(https?:|mailto:)/i;

const keysOutside = (n: Json, allowed: string[]) => Object.keys(n).filter((k) => !allowed.includes(k));
const sameMarks = (a: Json, b: Json) => !a.bold === !b.bold && !a.italic === !b.italic && !a.underline === !b.underline;

function leafProblems(leaf: Json, at: string): string[] {
  const out: string[] = [];
  if (typeof leaf.text !== 'string') out.push(`${at}: not a text leaf`);
  const extra = keysOutside(leaf, LEAF_KEYS);
  if (extra.length) out.push(`${at}: foreign keys ${extra.join(', ')}`);
  for (const m of ['bold', 'italic', 'underline']) if (m in leaf && leaf[m] !== true) out.push(`${at}: mark ${m} is not true`);
  return out;
}

/** `host` is a list item's first paragraph, which may be empty when the item starts with a nested list. */
function textBlockProblems(block: Json, at: string, host = false): string[] {
  const out: string[] = [];
  if (keysOutside(block, ['type', 'children']).length) out.push(`${at}: foreign keys`);
  const children = block.children as Json[];
  if (!Array.isArray(children) || children.length === 0) return [...out, `${at}: no children`];
  children.forEach((c, i) => {
    const cat = `${at}.${i}`;
    if (c.type === 'link') {
      if (keysOutside(c, ['type', 'url', 'children']).length) out.push(`${cat}: foreign keys on link`);
      if (typeof c.url !== 'string' || !SAFE_URL.test(c.url) || c.url.length > 2048) out.push(`${cat}: unsafe link ${String(c.url)}`);
      const leaves = c.children as Json[];
      if (!Array.isArray(leaves) || leaves.length === 0) out.push(`${cat}: empty link`);
      else leaves.forEach((l, j) => out.push(...leafProblems(l, `${cat}.${j}`)));
    } else out.push(...leafProblems(c, cat));
    const prev = children[i - 1];
    if (prev && prev.type === undefined && c.type === undefined && sameMarks(prev, c)) out.push(`${cat}: not merged with the leaf before`);
  });
  const text = children.map((c) => (c.type === 'link' ? (c.children as Json[]).map((l) => l.text).join('') : c.text)).join('');
  if (text.trim() === '' && !(host && text === '')) out.push(`${at}: empty ${String(block.type)}`);
  if (text !== text.trim()) out.push(`${at}: untrimmed text ${JSON.stringify(text)}`);
  return out;
}

function listProblems(list: Json, at: string): string[] {
  const out: string[] = [];
  if (keysOutside(list, ['type', 'children']).length) out.push(`${at}: foreign keys`);
  const items = list.children as Json[];
  if (!Array.isArray(items) || items.length === 0) return [...out, `${at}: empty list`];
  items.forEach((item, i) => {
    const iat = `${at}.${i}`;
    if (item.type !== 'list-item') return void out.push(`${iat}: ${String(item.type)} in a list`);
    const [first, ...rest] = item.children as Json[];
    if (first?.type !== 'paragraph') return void out.push(`${iat}: item does not start with a paragraph`);
    out.push(...textBlockProblems(first, `${iat}.0`, rest.length > 0));
    rest.forEach((n, j) => {
      if (LISTS.includes(n.type as string)) out.push(...listProblems(n, `${iat}.${j + 1}`));
      else out.push(`${iat}.${j + 1}: ${String(n.type)} after the item's paragraph`);
    });
  });
  return out;
}

/** Everything in `blocks` that the editor's structure does not allow (empty when all is well). */
export function schemaProblems(blocks: unknown[]): string[] {
  return (blocks as Json[]).flatMap((b, i) => {
    if (TEXT_BLOCKS.includes(b.type as string)) return textBlockProblems(b, String(i));
    if (LISTS.includes(b.type as string)) return listProblems(b, String(i));
    return [`${i}: ${String(b.type)} at the top level`];
  });
}

/** Element types and each text block's text: what the editor's repairs would change if they had work to do. */
function shape(nodes: readonly Descendant[]): unknown[] {
  return nodes.map((n) => {
    const el = n as unknown as Json;
    if (TEXT_BLOCKS.includes(el.type as string)) return { type: el.type, text: Node.string(n) };
    return { type: el.type, children: shape((el.children ?? []) as Descendant[]) };
  });
}

/** True when the editor's normalisation keeps the blocks' structure and text as they are. */
export function survivesNormalizing(blocks: unknown[]): boolean {
  if (blocks.length === 0) return true; // nothing is inserted
  const editor = withDraftSchema(createEditor());
  editor.children = structuredClone(blocks) as Descendant[];
  Editor.normalize(editor, { force: true });
  return JSON.stringify(shape(editor.children)) === JSON.stringify(shape(blocks as Descendant[]));
}
