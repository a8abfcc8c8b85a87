import type { BlockSuggestionMark, InlineNode, ListElement, ListItemElement, RichText } from '../draft/rich-text';
import { isListElement } from '../draft/rich-text';
import { normalizeInlines, type InlineItem } from './suggestion-normalize';

/**
 * Suggested breaks between list items (format 7): a mark on the item after the break. `insert`:
 * a reviewer pressed Enter in the item before (rejected, this item's text and sub-lists go back
 * onto that item); `delete`: a proposed join with the item before (accepted, joined). As for
 * paragraphs, text is decided first and then the breaks, inner lists before the item around them.
 */

type Verdict = 'accept' | 'reject' | 'keep';

const inlinesOf = (item: ListItemElement) => item.children.filter((c) => !isListElement(c)) as InlineNode[];
const listsOf = (item: ListItemElement) => item.children.filter(isListElement);

/** True when some list item of the section, at any depth, carries a suggested break. */
export function hasListBreak(value: readonly unknown[]): boolean {
  const inList = (list: ListElement): boolean => list.children.some((i) => !!i.suggestion || listsOf(i).some(inList));
  return value.some((b) => isListElement(b) && inList(b));
}

/**
 * `second` joined onto `first`: their text runs on in one line, then `first`'s sub-lists and
 * `second`'s, so a new item started in the middle of an item's text is that item again.
 */
export function joinItems(first: ListItemElement, second: ListItemElement): ListItemElement {
  const text = normalizeInlines([...inlinesOf(first), ...inlinesOf(second)] as InlineItem[]) as InlineNode[];
  return { ...first, children: [...text, ...listsOf(first), ...listsOf(second)] };
}

const unmarked = ({ suggestion: _dropped, ...rest }: ListItemElement): ListItemElement => rest;

function decideList(list: ListElement, decide: (mark: BlockSuggestionMark) => Verdict): ListElement {
  const out: ListItemElement[] = [];
  let changed = false;
  for (const original of list.children) {
    const inner = original.children.map((c) => (isListElement(c) ? decideList(c, decide) : c));
    const item = inner.some((c, i) => c !== original.children[i]) ? { ...original, children: inner } : original;
    if (item !== original) changed = true;
    const mark = item.suggestion;
    const verdict = mark ? decide(mark) : 'keep';
    if (!mark || verdict === 'keep') {
      out.push(item);
      continue;
    }
    changed = true;
    const joins = (verdict === 'accept') === (mark.kind === 'delete');
    const previous = out[out.length - 1];
    if (joins && previous) out[out.length - 1] = joinItems(previous, item);
    else out.push(unmarked(item));
  }
  return changed ? { ...list, children: out } : list;
}

/** Applies `decide` to every suggested break between list items of a section. */
export function decideListBreaks(value: RichText, decide: (mark: BlockSuggestionMark) => Verdict): RichText {
  if (!hasListBreak(value)) return value;
  return value.map((b) => (isListElement(b) ? decideList(b, decide) : b));
}

/** The suggested breaks of a list's items in text order, each with its item (for lists, the change list, the ids). */
export function listBreakMarks(list: ListElement): BlockSuggestionMark[] {
  return list.children.flatMap((i) => [...(i.suggestion ? [i.suggestion] : []), ...listsOf(i).flatMap(listBreakMarks)]);
}
