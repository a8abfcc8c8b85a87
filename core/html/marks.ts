import { normalizeLinkUrl } from './link-url';
import type { HElement } from './parse';

/** The marks the editor keeps, as HTML elements and inline styles give them. */
export interface Marks { bold?: true; italic?: true; underline?: true }

/** The declarations of an element's style attribute, names and values in lower case. */
export function inlineStyle(el: HElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of (el.attrs.style ?? '').split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) out[decl.slice(0, i).trim().toLowerCase()] = decl.slice(i + 1).trim().toLowerCase();
  }
  return out;
}

/** The marks inside `el`: its tag's, then its style's, which may also switch an inherited mark off. */
export function marksOf(el: HElement, inherited: Marks): Marks {
  const m: Marks = { ...inherited };
  const tag = el.tag;
  // A header cell shows bold unless styled otherwise, and reads as a header row only when it stays so.
  if (tag === 'b' || tag === 'strong' || tag === 'th') m.bold = true;
  if (tag === 'i' || tag === 'em' || tag === 'cite') m.italic = true;
  if (tag === 'u' || tag === 'ins') m.underline = true;
  const s = inlineStyle(el);
  const w = s['font-weight'] ?? '';
  if (w === 'bold' || w === 'bolder' || Number(w) >= 600) m.bold = true;
  else if (w === 'normal' || w === 'lighter' || (w !== '' && Number(w) < 600)) delete m.bold;
  const fs = s['font-style'] ?? '';
  if (fs === 'italic' || fs === 'oblique') m.italic = true;
  else if (fs === 'normal') delete m.italic;
  const deco = `${s['text-decoration'] ?? ''} ${s['text-decoration-line'] ?? ''}`;
  if (/underline/.test(deco)) m.underline = true;
  else if (/\bnone\b/.test(deco)) delete m.underline;
  return m;
}

/**
 * Only web and mail links are kept (as the export does), checked as the link dialog checks what is
 * typed ("https:" alone, or a URL longer than a draft stores, becomes text).
 */
export function safeHref(el: HElement): string | null {
  const href = (el.attrs.href ?? '').trim();
  if (!/^(https?:|mailto:)/i.test(href)) return null;
  const url = normalizeLinkUrl(href);
  return url.ok ? url.url : null;
}
