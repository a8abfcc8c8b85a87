import type { FormattedText, RichText, SuggestionMark } from '../draft/rich-text';
import { decideBreaks } from './block-suggestions';
import { mapInlineLists, normalizeInlines, type InlineItem } from './suggestion-normalize';

/**
 * Suggested changes (tracked insertions and deletions) live as a mark on the text they concern
 * (`SuggestionMark` in the draft format): the text carries its suggestion with it through every
 * edit elsewhere, so a suggestion needs no anchor of its own while the draft is edited.
 */
export type { SuggestionMark };

/** One suggestion's identity, as a reviewer's edit gives it to the text it adds or marks. */
export type SuggestionMeta = Omit<SuggestionMark, 'kind' | 'formerly'>;

/** A text leaf, which may carry a suggestion. */
export type SuggestedText = FormattedText;

/** A place in a section's text: the block's index and a character offset in its inline text. */
export interface TextSpot {
  block: number;
  offset: number;
}

type Decide = (mark: Pick<SuggestionMark, 'id' | 'kind'>) => 'accept' | 'reject' | 'keep';

const withoutMark = ({ suggestion: _dropped, ...rest }: SuggestedText): SuggestedText => rest;
const leavesOf = (n: InlineItem): SuggestedText[] => ('children' in n ? n.children : [n]);
const hasSuggestion = (inlines: InlineItem[]) => inlines.some((n) => leavesOf(n).some((leaf) => leaf.suggestion));

/** The leaf with the formatting it had before a formatting suggestion. */
const formerly = ({ text }: SuggestedText, marks: SuggestionMark['formerly']): SuggestedText => ({ text, ...marks });

/**
 * Applies a decision to every suggestion of one leaf list: accepted insertions stay, rejected ones
 * go, and the reverse for deletions; a rejected formatting suggestion gives the text its formatting back.
 */
function decideLeaves(leaves: SuggestedText[], decide: Decide): SuggestedText[] {
  const out: SuggestedText[] = [];
  for (const leaf of leaves) {
    const mark = leaf.suggestion;
    const verdict = mark ? decide(mark) : 'keep';
    if (!mark || verdict === 'keep') out.push(leaf);
    else if (mark.kind === 'format') out.push(verdict === 'accept' ? withoutMark(leaf) : formerly(leaf, mark.formerly));
    else if ((verdict === 'accept') === (mark.kind === 'insert')) out.push(withoutMark(leaf));
  }
  return out;
}

function decide(value: RichText, verdict: Decide): RichText {
  // The text first, then the suggested breaks: a rejected new paragraph takes its decided text along.
  return decideBreaks(decideText(value, verdict), verdict);
}

function decideText(value: RichText, verdict: Decide): RichText {
  // Text without suggestions is left exactly as it is.
  return mapInlineLists(value, (inlines) => !hasSuggestion(inlines) ? inlines :
    normalizeInlines(inlines.flatMap((n): InlineItem[] => {
      if (!('children' in n)) return decideLeaves([n], verdict);
      const kept = decideLeaves(n.children, verdict);
      return kept.length > 0 ? [{ ...n, children: kept }] : [];
    })),
  );
}

/** The text as its author wrote it: every open suggestion rejected. */
export const rejectAll = (value: RichText) => decide(value, () => 'reject');
/** The text as the reviewers would have it: every open suggestion accepted. */
export const acceptAll = (value: RichText) => decide(value, () => 'accept');
/** Accepts one suggestion and leaves the others open. */
export const acceptSuggestion = (value: RichText, id: string) => decide(value, (m) => (m.id === id ? 'accept' : 'keep'));
/** Rejects one suggestion and leaves the others open. */
export const rejectSuggestion = (value: RichText, id: string) => decide(value, (m) => (m.id === id ? 'reject' : 'keep'));

/** The ids of the open suggestions of a section, in text order, each once. */
export function suggestionIds(value: RichText): string[] {
  const ids: string[] = [];
  const add = (id: string) => void (ids.includes(id) || ids.push(id));
  // A suggested break (on a block or a list item) comes before the text of its block.
  const visit = (node: { suggestion?: { id: string }; children?: unknown[] }) => {
    if (node.suggestion) add(node.suggestion.id);
    for (const c of node.children ?? []) visit(c as typeof node);
  };
  value.forEach((b) => visit(b));
  return ids;
}
