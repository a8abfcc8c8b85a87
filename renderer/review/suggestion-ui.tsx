import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorText } from '../../core/editor/types';
import type { BlockSuggestionMark, SuggestionMark } from '../../core/draft/rich-text';
import { PILCROW } from '../../core/review/change-list';
import { runAction } from '../actions/registry';
import { i18next } from '../i18n';
import { formatDateTime } from '../i18n/when';
import { text } from '../i18n/text-key';
import { ariaShortcutFor, shortcutFor, withShortcut } from '../layout/shortcut-label';
import { useIsSuggesting } from './review-state';
import { authorColour } from './suggestion-colour';

const QUOTE_LENGTH = 60;

/** "Karin Ek föreslog att infoga ”…” · 2026-11-20 10:15", in the UI language. */
export function suggestionTitle(mark: SuggestionMark, quoted: string): string {
  const quote = quoted.length > QUOTE_LENGTH ? `${quoted.slice(0, QUOTE_LENGTH - 1)}…` : quoted;
  const name = mark.author.organisation ? `${mark.author.name} (${mark.author.organisation})` : mark.author.name;
  return text(`review.suggest.${mark.kind}Title`, { name, text: quote, time: formatDateTime(mark.createdAt, i18next.language) });
}

/**
 * A suggested insertion is drawn as <ins>, a suggested removal as <del> (so screen readers
 * announce the kind), suggested formatting with a dotted underline; in its author's colour, with
 * who and when as its title.
 */
export function wrapSuggestionLeaf(leaf: EditorText, children: ReactNode): ReactNode {
  const mark = leaf.suggestion;
  if (!mark) return children;
  const title = suggestionTitle(mark, leaf.text);
  const className = `kp-suggestion kp-author-${authorColour(mark.author.name)}`;
  if (mark.kind === 'insert') return <ins className={className} title={title} data-kp-suggestion={mark.id}>{children}</ins>;
  if (mark.kind === 'delete') return <del className={className} title={title} data-kp-suggestion={mark.id}>{children}</del>;
  return <span className={`${className} kp-suggestion-format`} title={title} data-kp-suggestion={mark.id}>{children}</span>;
}

/**
 * A suggested paragraph break, drawn at the start of its block (or list item) as a pilcrow in its
 * author's colour: underlined in <ins> for a new paragraph or item, struck through in <del> for a
 * proposed join.
 */
export function SuggestedBreak({ mark }: { mark: BlockSuggestionMark | undefined }) {
  if (!mark) return null;
  const name = mark.author.organisation ? `${mark.author.name} (${mark.author.organisation})` : mark.author.name;
  const title = text(mark.kind === 'insert' ? 'review.suggest.breakInsertTitle' : 'review.suggest.breakDeleteTitle', { name, time: formatDateTime(mark.createdAt, i18next.language) });
  const props = { className: `kp-suggestion kp-suggested-break kp-author-${authorColour(mark.author.name)}`, title, 'data-kp-suggestion': mark.id };
  return (
    <span contentEditable={false} data-kp-suggestion-kind={mark.kind} data-kp-break={mark.kind}>
      {mark.kind === 'insert' ? <ins {...props}>{PILCROW}</ins> : <del {...props}>{PILCROW}</del>}
    </span>
  );
}

/** The toolbar's "Föreslå ändringar" toggle (Word's Track Changes), in either role. */
export function SuggestToggle() {
  const { t } = useTranslation();
  const on = useIsSuggesting();
  const label = t('actions.review.suggest');
  return (
    <button type="button" className={`kp-tool kp-suggest-toggle${on ? ' on' : ''}`} aria-label={label} aria-pressed={on} data-kp-review data-kp-suggest-toggle
      title={withShortcut(label, shortcutFor('review.suggest'))} aria-keyshortcuts={ariaShortcutFor('review.suggest')}
      onMouseDown={(e) => e.preventDefault()} onClick={() => runAction('review.suggest')}>
      <svg className="kp-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden focusable="false">
        <path d="M4 20h4l10-10-4-4L4 16v4zM13 7l4 4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        <path d="M14 20h6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
