import { ReactEditor } from 'slate-react';
import { Transforms, type Editor } from 'slate';
import { authorFromSettings } from '../../core/review/threads';
import { caretInSuggestion, type SuggestionOptions } from '../../core/review/with-suggestions';
import { text } from '../i18n/text-key';
import { appStore, notify } from '../state/app-state';
import { asAuthor, newId } from './comment-actions';
import { reviewStore } from './review-state';

/**
 * "Föreslå ändringar" (the review.suggest action): a reviewer, or an author who wants Word's
 * Track Changes, turns it on, and the section editors' suggestion plugin
 * (core/review/with-suggestions.ts) makes their typing and deleting into suggested changes by
 * the person in the settings, the same person their comments are by.
 */

/** Turns suggestion mode on (asking for the user's name first, once) or off. */
export function toggleSuggesting(): void {
  if (reviewStore.get().suggesting) reviewStore.set({ suggesting: false });
  else asAuthor(() => reviewStore.set({ suggesting: true }));
}

/** What the section editors' suggestion plugin asks while they are edited. */
export const suggestionOptions: SuggestionOptions = {
  context() {
    if (!reviewStore.get().suggesting) return null;
    const author = authorFromSettings(appStore.get().settings);
    return author.ok ? { author: author.value, now: () => new Date(), newId } : null;
  },
  refused() {
    notify('info', text('review.suggest.noParagraph'));
  },
};

/**
 * A paste in suggestion mode: text copied in the app keeps its formatting; anything else comes in
 * as its plain text. Either way it is suggested text, its paragraphs suggested new paragraphs.
 */
export function pasteAsSuggestion(editor: Editor, data: DataTransfer): void {
  if (data.types.includes('application/x-slate-fragment')) {
    ReactEditor.insertFragmentData(editor, data);
    return;
  }
  // Pasted paragraphs come in as suggested paragraphs; lines within one are joined by a space.
  const paragraphs = data.getData('text/plain').split(/\r?\n\s*\r?\n|\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  if (paragraphs.length > 1) editor.insertFragment(paragraphs.map((p) => ({ type: 'paragraph', children: [{ text: p }] })));
  else if (paragraphs.length === 1) editor.insertText(paragraphs[0]!);
}

/**
 * Typed characters go to the plugin rather than straight into the page while they make or meet a
 * suggestion: Slate lets the browser insert plain letters itself, which would put them into the
 * neighbouring leaf, where the plugin puts them into a leaf of their own.
 */
export function takeTypedText(editor: Editor, event: InputEvent): boolean {
  const enter = event.inputType === 'insertParagraph' && reviewStore.get().suggesting;
  if (!enter && (event.inputType !== 'insertText' || typeof event.data !== 'string')) return false;
  // The text goes where the browser would put it: Slate reads a new selection only after a
  // moment, and a key typed straight after selecting would otherwise land at the old caret.
  const [target] = event.getTargetRanges();
  const range = target && ReactEditor.toSlateRange(editor, target, { exactMatch: false, suppressThrow: true });
  if (range) Transforms.select(editor, range);
  if (enter) {
    // Enter too goes where the page's caret is: a suggested new paragraph there.
    event.preventDefault();
    editor.insertBreak();
    return true;
  }
  if (!reviewStore.get().suggesting && !caretInSuggestion(editor)) return false;
  event.preventDefault();
  editor.insertText(event.data!);
  return true;
}
