import type { BlockElement, FormattedText, InlineNode, ListElement, ListItemElement, RichText } from '../draft/rich-text';
import type { EditorText, InlineChild, ListEl, ListItemEl, TextBlockEl, TopBlock } from './types';
import { BlockSuggestionMark, MAX_LINK_URL_LENGTH, SuggestionMark } from '../draft/rich-text';

/**
 * Conversions between stored rich text and the editor's value. Both directions keep every
 * character; `fromEditorValue` also drops decoration-only fields and anything the stored schema
 * does not know, so a saved file always validates.
 */

const emptyParagraph = (): TextBlockEl => ({ type: 'paragraph', children: [{ text: '' }] });

function listToEditor(list: ListElement): ListEl {
  return { type: list.type, children: list.children.map(itemToEditor) };
}

function itemToEditor(item: ListItemElement): ListItemEl {
  const children: ListItemEl['children'] = [];
  let inlines: InlineNode[] = [];
  const flush = () => {
    if (inlines.length > 0) children.push({ type: 'paragraph', children: inlines as InlineChild[] });
    inlines = [];
  };
  for (const c of item.children) {
    if ('type' in c && (c.type === 'bulleted-list' || c.type === 'numbered-list')) {
      flush();
      children.push(listToEditor(c));
    } else inlines.push(c as InlineNode);
  }
  flush();
  if (children[0]?.type !== 'paragraph') children.unshift(emptyParagraph());
  return { type: 'list-item', children, ...(item.suggestion && { suggestion: item.suggestion }) };
}

/** The editor value of a stored section. */
export function toEditorValue(value: RichText): TopBlock[] {
  const out = value.map((b): TopBlock =>
    b.type === 'bulleted-list' || b.type === 'numbered-list'
      ? listToEditor(b)
      : { type: b.type, children: b.children as InlineChild[], ...('suggestion' in b && b.suggestion && { suggestion: b.suggestion }) },
  );
  return out.length > 0 ? out : [emptyParagraph()];
}

function cleanText(t: EditorText): FormattedText {
  const out: FormattedText = { text: typeof t.text === 'string' ? t.text : '' };
  if (t.bold) out.bold = true;
  if (t.italic) out.italic = true;
  if (t.underline) out.underline = true;
  // A suggested change is part of the text (format 5): it travels to the stored value unchanged.
  if (t.suggestion) {
    const mark = SuggestionMark.safeParse(t.suggestion);
    if (mark.success) out.suggestion = mark.data;
  }
  return out;
}

function cleanInlines(children: readonly unknown[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const c of children) {
    const n = c as { type?: string; url?: unknown; children?: unknown[]; text?: unknown };
    if (typeof n.text === 'string') out.push(cleanText(n as EditorText));
    else if (n.type === 'link' && Array.isArray(n.children)) {
      const texts = n.children.flatMap((t) => cleanInlines([t])).flatMap((t) => ('type' in t ? t.children : [t]));
      out.push({ type: 'link', url: typeof n.url === 'string' ? n.url.slice(0, MAX_LINK_URL_LENGTH) : '', children: texts.length ? texts : [{ text: '' }] });
    } else if (Array.isArray(n.children)) out.push(...cleanInlines(n.children));
  }
  return out.length > 0 ? out : [{ text: '' }];
}

function listFromEditor(list: { type: ListEl['type']; children: readonly unknown[] }): ListElement {
  const items = list.children.map((i, k) => itemFromEditor(i as ListItemEl, k > 0));
  return { type: list.type, children: items.length ? items : [{ type: 'list-item', children: [{ text: '' }] }] };
}

/** A list item; its suggested break is kept only where it can be decided: after another item (format 7). */
function itemFromEditor(item: ListItemEl, afterAnother: boolean): ListItemElement {
  const children: ListItemElement['children'] = [];
  for (const c of item.children ?? []) {
    if (c.type === 'bulleted-list' || c.type === 'numbered-list') children.push(listFromEditor(c));
    else children.push(...cleanInlines(c.children ?? []));
  }
  const mark = afterAnother && item.suggestion ? BlockSuggestionMark.safeParse(item.suggestion) : undefined;
  return { type: 'list-item', children: children.length ? children : [{ text: '' }], ...(mark?.success && { suggestion: mark.data }) };
}

/** The stored rich text of an editor value (always valid against the RichText schema). */
export function fromEditorValue(value: readonly unknown[]): RichText {
  const out: BlockElement[] = [];
  for (const node of value) {
    const b = node as TopBlock | { type?: undefined; text?: string };
    if (b.type === 'bulleted-list' || b.type === 'numbered-list') out.push(listFromEditor(b));
    else if (b.type === 'paragraph' || b.type === 'heading-one' || b.type === 'heading-two' || b.type === 'block-quote') {
      const mark = 'suggestion' in b && b.suggestion ? BlockSuggestionMark.safeParse(b.suggestion) : undefined;
      // A suggested break is kept only where it can be decided: after another block at the top level.
      out.push({ type: b.type, children: cleanInlines(b.children), ...(mark?.success && out.length > 0 && { suggestion: mark.data }) });
    } else out.push({ type: 'paragraph', children: cleanInlines([b]) });
  }
  return out.length > 0 ? out : [{ type: 'paragraph', children: [{ text: '' }] }];
}
