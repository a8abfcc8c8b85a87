import type { RenderChunkProps, RenderElementProps, RenderLeafProps } from 'slate-react';
import type { EditorElement, EditorText } from '../../core/editor/types';
import { SuggestedBreak, wrapCommentLeaf, wrapSuggestionLeaf } from '../review';
import { findingsStore } from '../findings/findings-state';
import { i18next } from '../i18n';
import { sourcesTooltip } from '../rules/sources';

/** How each editor element looks. Section titles are h2, so the text's own headings are h3/h4. */
export function renderElement({ attributes, children, element }: RenderElementProps) {
  const el = element as EditorElement;
  switch (el.type) {
    case 'heading-one': return <h3 {...attributes}><SuggestedBreak mark={el.suggestion} />{children}</h3>;
    case 'heading-two': return <h4 {...attributes}><SuggestedBreak mark={el.suggestion} />{children}</h4>;
    case 'block-quote': return <blockquote {...attributes}><SuggestedBreak mark={el.suggestion} />{children}</blockquote>;
    case 'bulleted-list': return <ul {...attributes}>{children}</ul>;
    case 'numbered-list': return <ol {...attributes}>{children}</ol>;
    case 'list-item': return <li {...attributes}><SuggestedBreak mark={el.suggestion} />{children}</li>;
    case 'link': return <a {...attributes} href={el.url} title={el.url} onClick={(e) => e.preventDefault()}>{children}</a>;
    default: return <p {...attributes}><SuggestedBreak mark={el.type === 'paragraph' ? el.suggestion : undefined} />{children}</p>;
  }
}

/**
 * A suggested leaf names its kind, so the view switch can show the text as final or original (by
 * the style sheet: nothing in the text changes).
 */
const suggestionAttributes = (l: EditorText) => (l.suggestion ? { 'data-kp-suggestion-kind': l.suggestion.kind } : {});

/** Marks and finding underlines; one underline style per span (the most severe finding wins). */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  const l = leaf as EditorText;
  let out = children;
  if (l.bold) out = <strong>{out}</strong>;
  if (l.italic) out = <em>{out}</em>;
  if (l.underline) out = <u>{out}</u>;
  out = wrapSuggestionLeaf(l, out);
  out = wrapCommentLeaf(l, out);
  if (l.kpFind) out = <mark className={l.kpFindCurrent ? 'kp-find kp-find-current' : 'kp-find'}>{out}</mark>;
  if (l.kpSeverity) {
    const f = l.kpFinding !== undefined ? findingsStore.get().findings[l.kpFinding] : undefined;
    const lang = i18next.language === 'en' ? 'en' : 'sv';
    const title = f ? `${f.message[lang]} (${f.ruleId}; ${sourcesTooltip(f.sources, lang)})` : undefined;
    return <span {...attributes} {...suggestionAttributes(l)} className={`kp-mark kp-mark-${l.kpSeverity}`} data-kp-finding={l.kpFinding} title={title}>{out}</span>;
  }
  return <span {...attributes} {...suggestionAttributes(l)}>{out}</span>;
}

/**
 * Chunks of CHUNK_SIZE blocks (chunk-size.ts); the lowest get `content-visibility: auto` (in CSS) so the browser skips
 * layout and paint of chunks off screen — what keeps typing fast in a 400-page draft.
 */
export function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return <div {...attributes} className={lowest ? 'kp-chunk kp-chunk-lowest' : 'kp-chunk'}>{children}</div>;
}
