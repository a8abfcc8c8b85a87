import type { Annotation, Quote } from '../draft/annotation';
import type { BlockSuggestionMark, SuggestionMark } from '../draft/rich-text';
import type { DocumentLanguage } from '../draft/schema';
import { textIn } from '../i18n/lookup';
import type { TextAnchor } from './text-anchor';

/**
 * A suggestion that cannot be a mark on the draft's text is kept as a comment by the reviewer who
 * made it, saying what they suggested: when the text it concerned is gone (an orphan, detached,
 * with its quote), or when the words are already suggested for removal by someone else (a text
 * leaf holds one suggestion; the comment sits on those words and both are shown as conflicting).
 * Its id is the suggestion's id behind a fixed prefix, so it is recognisable, and merging the same
 * copy again finds it already present.
 */

const PREFIX = 'suggestion:';
const MAX_ID = 100;
/** Characters of context the comment's wording quotes on each side of an insertion. */
const EXCERPT = 20;

/** The id of the comment that keeps suggestion `id`. */
export function keptSuggestionId(id: string): string {
  return (PREFIX + id).slice(0, MAX_ID);
}

/** Whether a comment keeps a suggestion that could not be a mark on the text. */
export function isKeptSuggestion(a: Pick<Annotation, 'id'>): boolean {
  return a.id.startsWith(PREFIX);
}

/** The id of the suggestion a comment keeps, or null for an ordinary comment. */
export function keptSuggestionOf(a: Pick<Annotation, 'id'>): string | null {
  return isKeptSuggestion(a) ? a.id.slice(PREFIX.length) : null;
}

const lineOf = (s: string) => s.replace(/\s+/g, ' ');

/** What the comment says, in the draft's language. */
function bodyOf(mark: SuggestionMark, text: string, quote: Quote, language: DocumentLanguage): string {
  const lang = language.startsWith('en') ? 'en' : 'sv';
  if (mark.kind !== 'insert') return textIn(lang, `review.keptSuggestion.${mark.kind}`, { text: lineOf(text).trim() });
  const before = lineOf(quote.prefix).slice(-EXCERPT).trimStart() || '…';
  const after = lineOf(quote.suffix).slice(0, EXCERPT).trimEnd() || '…';
  return textIn(lang, 'review.keptSuggestion.insert', { text: lineOf(text).trim(), before, after });
}

/**
 * The comment keeping a suggestion: on `anchor` (its words in the draft, or a detached anchor
 * holding the quote from the copy), by the suggestion's author at the suggestion's time.
 */
export function keptSuggestion(mark: SuggestionMark, text: string, anchor: TextAnchor, language: DocumentLanguage): Annotation {
  return {
    id: keptSuggestionId(mark.id),
    author: mark.author,
    body: bodyOf(mark, text, anchor.quote, language),
    createdAt: mark.createdAt,
    editedAt: null,
    anchor,
    resolved: false,
    replies: [],
  };
}

/** A detached anchor that keeps only the quote (the text the suggestion concerned is gone). */
export function detachedAnchor(sectionId: string, quote: Quote): TextAnchor {
  const nowhere = { path: [0, 0], offset: 0 };
  return { kind: 'text', sectionId, anchor: nowhere, focus: nowhere, quote, detached: true };
}

/** The id of the comment that keeps a suggested paragraph break (apart from its words' suggestion, which may share the id). */
export function keptBreakId(id: string): string {
  return keptSuggestionId(breakKey(id));
}

/**
 * A suggested paragraph break from a reviewer's copy that cannot be made in the draft (its place
 * is gone, lies in a list or a link, or someone else suggested a break there) is kept as a
 * comment, saying where the new paragraph starts (or which paragraph would be joined): on its
 * section, or on the paragraph at its place (`anchor`) when it competes with another break there.
 */
export function keptBreak(mark: BlockSuggestionMark, startsWith: string, sectionId: string, language: DocumentLanguage, anchor?: TextAnchor): Annotation {
  const lang = language.startsWith('en') ? 'en' : 'sv';
  const text = lineOf(startsWith).trim().slice(0, 2 * EXCERPT) || '…';
  return {
    id: keptBreakId(mark.id),
    author: mark.author,
    body: textIn(lang, mark.kind === 'insert' ? 'review.keptSuggestion.breakInsert' : 'review.keptSuggestion.breakDelete', { text }),
    createdAt: mark.createdAt,
    editedAt: null,
    anchor: anchor ?? { kind: 'section', sectionId },
    resolved: false,
    replies: [],
  };
}

/** Whether a kept suggestion's id (`keptSuggestionOf`) is that of a paragraph break. */
export const isBreakKey = (id: string) => id.endsWith(':break');

/** The key a suggested paragraph break is counted and kept under: its words may share its id. */
export const breakKey = (id: string) => `${id}:break`;
