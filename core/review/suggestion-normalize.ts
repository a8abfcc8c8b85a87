import type { RichText, TextMarks } from '../draft/rich-text';
import type { SuggestedText } from './suggestions';

/**
 * The shape Slate keeps a block's text in, which deciding and suggesting restore: neighbouring
 * leaves with the same marks joined, empty leaves dropped, a text leaf on either side of a link
 * (empty where nothing is there), and at least one leaf.
 */

/** A link with suggested text in it. */
export type SuggestedLink = { type: 'link'; url: string; children: SuggestedText[] };
/** One item of a block's inline text. */
export type InlineItem = SuggestedText | SuggestedLink;
type Container = { type: string; children: Array<InlineItem | Container> };

const sameMarks = (a: SuggestedText, b: SuggestedText) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline &&
  a.suggestion?.id === b.suggestion?.id && a.suggestion?.kind === b.suggestion?.kind &&
  sameFormat(a.suggestion?.formerly, b.suggestion?.formerly);
export const sameFormat = (a: TextMarks | undefined, b: TextMarks | undefined) =>
  a?.bold === b?.bold && a?.italic === b?.italic && a?.underline === b?.underline;

/** Joins neighbouring leaves with the same marks and drops empty ones. */
export function joinLeaves(leaves: SuggestedText[]): SuggestedText[] {
  const out: SuggestedText[] = [];
  for (const leaf of leaves) {
    if (leaf.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, leaf)) out[out.length - 1] = { ...last, text: last.text + leaf.text };
    else out.push(leaf);
  }
  return out;
}

/** Normalizes one inline list (see above). */
export function normalizeInlines(nodes: InlineItem[]): InlineItem[] {
  const out: InlineItem[] = [];
  let run: SuggestedText[] = [];
  const flush = (beforeLink: boolean) => {
    const joined = joinLeaves(run);
    out.push(...(joined.length > 0 ? joined : beforeLink || out.length > 0 || run.length > 0 ? [{ text: '' }] : []));
    run = [];
  };
  for (const n of nodes) {
    if (!('type' in n)) run.push(n);
    else {
      const children = joinLeaves(n.children);
      // A link whose text all went (a rejected insertion of a whole link) goes with it.
      if (children.length === 0) continue;
      flush(true);
      out.push({ ...n, children });
    }
  }
  flush(false);
  return out.length > 0 ? out : [{ text: '' }];
}

const isInline = (c: InlineItem | Container): c is InlineItem => !('type' in c) || c.type === 'link';

/** Normalizes every inline list of a section. */
export function normalizeSection(value: RichText): RichText {
  return mapInlineLists(value, normalizeInlines);
}

/** Maps every inline list of a section (paragraphs, headings, quotes, list items at any depth). */
export function mapInlineLists(value: RichText, fn: (inlines: InlineItem[]) => InlineItem[]): RichText {
  const mapNode = (node: Container): Container => {
    const inline = node.children.filter(isInline);
    if (inline.length === node.children.length) {
      const children = fn(inline);
      // Unchanged text keeps its node: untouched blocks stay the very same objects.
      return children === inline ? node : { ...node, children };
    }
    // A list item holds its own text first and then nested lists: map the text part and recurse.
    const rest = node.children.filter((c): c is Container => !isInline(c));
    const text = inline.length > 0 ? fn(inline) : inline;
    const lists = rest.map(mapNode);
    return text === inline && sameItems(lists, rest) ? node : { ...node, children: [...text, ...lists] };
  };
  const blocks = value as unknown as Container[];
  const mapped = blocks.map(mapNode);
  // A value with nothing to change is given back as it is, so callers can tell by identity.
  return (sameItems(mapped, blocks) ? value : mapped) as unknown as RichText;
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.every((x, i) => x === b[i]);
