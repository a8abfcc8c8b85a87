import type { FormattedText, InlineNode, RichText } from '../draft/rich-text';
import { mapInlineLists, normalizeInlines } from './suggestion-normalize';

/**
 * Suggested changes (tracked insertions and deletions) live as a mark on the text they concern,
 * as Word keeps w:ins/w:del around runs: the text carries its suggestion with it through every
 * edit elsewhere, so a suggestion needs no anchor of its own while the draft is edited.
 */
export interface SuggestionMark {
  id: string;
  kind: 'insert' | 'delete';
}

export type SuggestedText = FormattedText & { suggestion?: SuggestionMark };
type Inline = InlineNode & { suggestion?: SuggestionMark };

/** A place in a section's text: the block's index and a character offset in its inline text. */
export interface TextSpot {
  block: number;
  offset: number;
}

type Decide = (mark: SuggestionMark) => 'accept' | 'reject' | 'keep';

const withoutMark = ({ suggestion: _dropped, ...rest }: SuggestedText): SuggestedText => rest;
const hasSuggestion = (inlines: Inline[]) =>
  inlines.some((n) => ('children' in n ? (n.children as SuggestedText[]).some((c) => c.suggestion) : (n as SuggestedText).suggestion));

/** Applies a decision to every suggestion of one leaf list: accepted insertions stay, rejected ones go, and the reverse for deletions. */
function decideLeaves(leaves: SuggestedText[], decide: Decide): SuggestedText[] {
  const out: SuggestedText[] = [];
  for (const leaf of leaves) {
    const mark = leaf.suggestion;
    const verdict = mark ? decide(mark) : 'keep';
    if (!mark || verdict === 'keep') out.push(leaf);
    else if ((verdict === 'accept') === (mark.kind === 'insert')) out.push(withoutMark(leaf));
  }
  return out;
}

function decide(value: RichText, verdict: Decide): RichText {
  // Text without suggestions is left exactly as it is.
  return mapInlineLists(value, (inlines: Inline[]) => !hasSuggestion(inlines) ? inlines :
    normalizeInlines(inlines.flatMap((n): Inline[] => {
      if (!('children' in n)) return decideLeaves([n as SuggestedText], verdict);
      const kept = decideLeaves(n.children as SuggestedText[], verdict);
      return kept.length > 0 ? [{ ...n, children: kept as FormattedText[] }] : [];
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
  mapInlineLists(value, (inlines: Inline[]) => {
    for (const n of inlines) {
      for (const leaf of ('children' in n ? n.children : [n]) as SuggestedText[]) {
        if (leaf.suggestion && !ids.includes(leaf.suggestion.id)) ids.push(leaf.suggestion.id);
      }
    }
    return inlines;
  });
  return ids;
}
