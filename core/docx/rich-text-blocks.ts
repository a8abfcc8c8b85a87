import { Bookmark, ExternalHyperlink, HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import type { BlockElement, BlockSuggestionMark, InlineNode, ListElement, RichText } from '../draft/rich-text';
import { wrapRange, type LeafMark } from './comments';
import type { BuildContext } from './context';
import { plainParagraph } from './plain-paragraph';
import { runProperties, textRuns, type RunMarks } from './runs';
import { breakMark } from '../review/block-suggestions';
import { revisionRuns } from './revisions';
import type { SuggestedText } from '../review/suggestions';
import { BULLETS, METRICS, NUMBERS, STYLE } from './styles';
import { cleanText, startsRtl } from './text';

type Metrics = { size: number; line: number; before: number; after: number };

// The export worker loads core/docx without zod (a third of its start-up time), so this module
// takes only types from the draft schema and tells lists apart itself.
const isListElement = (n: unknown): n is ListElement => {
  const t = (n as { type?: unknown }).type;
  return t === 'bulleted-list' || t === 'numbered-list';
};

/** Only web and mail links become hyperlinks; anything else stays plain text. */
const SAFE_URL = /^(https?:|mailto:)/i;

interface Inline {
  children: ParagraphChild[];
  /** Plain text, for the page estimate and the contents. */
  text: string;
}

/** Runs of one leaf, split where comment ranges start and end; a suggested leaf's runs as a Word revision. */
function leafChildren(leaf: SuggestedText, marks: RunMarks, ctx: BuildContext, cmarks: LeafMark[] | undefined): ParagraphChild[] {
  const runs = plainLeafChildren(leaf.text, marks, ctx, cmarks);
  if (!leaf.suggestion) return runs;
  return revisionRuns({ nextId: ctx.nextRevisionId, properties: (m) => runProperties(m, ctx.locale) }, leaf.suggestion, marks, runs);
}

function plainLeafChildren(text: string, marks: RunMarks, ctx: BuildContext, cmarks: LeafMark[] | undefined): ParagraphChild[] {
  if (!cmarks?.length) return textRuns(text, marks, ctx.locale);
  const out: ParagraphChild[] = [];
  let at = 0;
  for (const m of cmarks) {
    const off = Math.min(m.offset, text.length);
    if (off > at) out.push(...textRuns(text.slice(at, off), marks, ctx.locale));
    at = Math.max(at, off);
    if (m.kind === 'start') out.push(...wrapRange(m.ids, []).slice(0, m.ids.length));
    else out.push(...wrapRange(m.ids, []).slice(m.ids.length));
  }
  if (at < text.length || out.length === 0) out.push(...textRuns(text.slice(at), marks, ctx.locale));
  return out;
}

function inlines(nodes: readonly InlineNode[], path: number[], sectionId: string, ctx: BuildContext, first = 0): Inline {
  const children: ParagraphChild[] = [];
  let text = '';
  const withMarks = ctx.comments?.hasTextIn(sectionId) ? ctx.comments : null;
  nodes.forEach((n, i) => {
    const p = [...path, first + i];
    if ('type' in n) {
      const inner: ParagraphChild[] = [];
      n.children.forEach((leaf, j) => {
        const marks = { bold: leaf.bold, italic: leaf.italic, underline: leaf.underline, style: 'Hyperlink' };
        inner.push(...leafChildren(leaf, marks, ctx, withMarks?.marksFor(sectionId, [...p, j])));
        text += leaf.text;
      });
      const url = cleanText(n.url.trim());
      children.push(...(SAFE_URL.test(url) ? [new ExternalHyperlink({ link: url, children: inner })] : inner));
    } else {
      children.push(...leafChildren(n, n, ctx, withMarks?.marksFor(sectionId, p)));
      text += n.text;
    }
  });
  return { children, text };
}

function record(ctx: BuildContext, text: string, m: Metrics, o: { bold?: boolean; indent?: number; keepNext?: boolean; bookmark?: string } = {}) {
  ctx.layout.push({
    kind: 'text',
    text,
    size: m.size,
    bold: o.bold ?? false,
    line: m.line,
    before: m.before,
    after: m.after,
    indent: o.indent ?? 0,
    keepNext: o.keepNext ?? false,
    bookmark: o.bookmark,
  });
}

/** A Word heading with a hidden bookmark, listed in the contents when `toc` is set. */
export function heading(ctx: BuildContext, level: 1 | 2 | 3, children: ParagraphChild[], text: string, o: { toc?: boolean; pageBreakBefore?: boolean; topOfPage?: boolean } = {}): Paragraph {
  const m = level === 1 ? METRICS.h1 : level === 2 ? METRICS.h2 : METRICS.h3;
  const inToc = (o.toc ?? level <= 2) && text.trim() !== '' && level <= 2;
  const bookmark = inToc ? ctx.nextBookmark() : undefined;
  if (bookmark) ctx.toc.push({ title: cleanText(text.replace(/\s+/g, ' ').trim()), level: level as 1 | 2, href: bookmark });
  if (o.pageBreakBefore) ctx.layout.push({ kind: 'pageBreak' });
  record(ctx, text, m, { bold: true, keepNext: true, bookmark });
  const level_ = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({
    heading: level_,
    pageBreakBefore: o.pageBreakBefore,
    // Word leaves out the space before a paragraph at the top of a page, LibreOffice keeps it
    // after a page break; without any, both start the page alike.
    // The same at the top of a new page section.
    spacing: o.pageBreakBefore || o.topOfPage ? { before: 0 } : undefined,
    bidirectional: startsRtl(text) || undefined,
    children: bookmark ? [new Bookmark({ id: bookmark, children })] : children,
  });
}

/**
 * The paragraphs of a list. `trailing` is the suggested break after the list's last paragraph (the
 * next item of the list around it): each item's last paragraph carries the break before the item
 * after it in its mark, as Word keeps a new item's or a joined item's paragraph mark.
 */
function listParagraphs(list: ListElement, path: number[], level: number, instance: number, sectionId: string, ctx: BuildContext, out: Paragraph[], trailing?: BlockSuggestionMark) {
  const numbered = list.type === 'numbered-list';
  list.children.forEach((item, i) => {
    const itemPath = [...path, i];
    const nextMark = i + 1 < list.children.length ? list.children[i + 1]!.suggestion : trailing;
    const lastChild = item.children.length - 1;
    let pending: InlineNode[] = [];
    let pendingStart = 0;
    let first = true;
    const flush = (revised?: BlockSuggestionMark) => {
      if (pending.length === 0) return;
      const { children, text } = inlines(pending, itemPath, sectionId, ctx, pendingStart);
      const indent = 360 * (level + 1);
      out.push(
        new Paragraph({
          children,
          bidirectional: startsRtl(text) || undefined,
          // Text after a nested list continues the item without a second bullet or number.
          ...(first
            ? { numbering: { reference: numbered ? NUMBERS : BULLETS, level: Math.min(level, 8), instance: numbered ? instance : 0 } }
            : { style: 'ListParagraph', indent: { left: indent } }),
          ...(revised && { run: revision(revised, ctx) }),
        }),
      );
      record(ctx, text, METRICS.list, { indent });
      first = false;
      pending = [];
    };
    item.children.forEach((child, j) => {
      if (isListElement(child)) {
        flush();
        first = false;
        // A nested list of the same kind continues its parent's numbering one level down; a
        // numbered list inside a bulleted one is a list of its own.
        const sameKind = child.type === list.type;
        const inst = child.type === 'numbered-list' && !sameKind ? ctx.nextListInstance() : instance;
        listParagraphs(child, [...itemPath, j], level + 1, inst, sectionId, ctx, out, j === lastChild ? nextMark : undefined);
      } else {
        if (pending.length === 0) pendingStart = j;
        pending.push(child);
      }
    });
    flush(nextMark);
  });
}

/** A suggested break as a paragraph mark's revision: w:ins for a new paragraph or item, w:del for a proposed join. */
function revision(mark: BlockSuggestionMark, ctx: BuildContext) {
  const change = { id: ctx.nextRevisionId(), author: mark.author.name, date: mark.createdAt.replace(/\.\d+(?=Z|[+-]\d\d:\d\d$)/, '') };
  return mark.kind === 'insert' ? { insertion: change } : { deletion: change };
}

/**
 * The paragraph mark of a block whose following break is suggested, as Word keeps it: w:ins in the
 * mark's run properties for a new paragraph (the break after this one was inserted), w:del for a
 * proposed join.
 */
function paragraphMark(next: BlockElement | undefined, ctx: BuildContext) {
  const mark = breakMark(next);
  return mark && revision(mark, ctx);
}

function block(b: BlockElement, i: number, sectionId: string, ctx: BuildContext, out: Paragraph[], next?: BlockElement) {
  const revised = paragraphMark(next, ctx);
  if (revised && !isListElement(b)) {
    // (docx's Paragraph writes a paragraph mark's revision; the fast plain paragraph does not.)
    const { children, text } = inlines(b.children, [i], sectionId, ctx);
    const headingLevel = b.type === 'heading-one' ? HeadingLevel.HEADING_2 : b.type === 'heading-two' ? HeadingLevel.HEADING_3 : undefined;
    out.push(new Paragraph({ children, heading: headingLevel, style: b.type === 'block-quote' ? STYLE.quote : undefined, bidirectional: startsRtl(text) || undefined, run: revised }));
    record(ctx, text, b.type === 'block-quote' ? METRICS.quote : METRICS.body, {});
    return;
  }
  if (isListElement(b)) {
    listParagraphs(b, [i], 0, b.type === 'numbered-list' ? ctx.nextListInstance() : 0, sectionId, ctx, out);
    return;
  }
  const { children, text } = inlines(b.children, [i], sectionId, ctx);
  if (b.type === 'heading-one' || b.type === 'heading-two') {
    // Headings inside a section sit one level below the section's own Heading 1.
    out.push(heading(ctx, b.type === 'heading-one' ? 2 : 3, children, text));
    return;
  }
  const quote = b.type === 'block-quote';
  out.push(plainParagraph(children, { style: quote ? STYLE.quote : undefined, bidirectional: startsRtl(text) }));
  record(ctx, text, quote ? METRICS.quote : METRICS.body, { indent: quote ? 2 * METRICS.quote.indent : 0 });
}

/** True when a section holds no text at all (a new draft's single empty paragraph). */
export function isBlank(value: RichText | undefined): boolean {
  const blank = (nodes: ReadonlyArray<{ text?: string; children?: unknown[] }>): boolean =>
    nodes.every((n) => (typeof n.text === 'string' ? n.text.trim() === '' : blank((n.children ?? []) as typeof nodes)));
  return value === undefined || blank(value as unknown as ReadonlyArray<{ text?: string; children?: unknown[] }>);
}

/** The paragraphs of one section's rich text, or a visible "not filled in" line when it is blank. */
export function sectionParagraphs(sectionId: string, value: RichText | undefined, ctx: BuildContext): Paragraph[] {
  if (value === undefined || isBlank(value)) return [placeholder(ctx)];
  const out: Paragraph[] = [];
  value.forEach((b, i) => block(b, i, sectionId, ctx, out, value[i + 1]));
  ctx.comments?.sectionWritten(sectionId);
  return out;
}

/** A grey "not filled in" line. */
export function placeholder(ctx: BuildContext): Paragraph {
  record(ctx, ctx.labels.notFilledIn, METRICS.body);
  return plainParagraph(textRuns(ctx.labels.notFilledIn, {}, ctx.locale), { style: STYLE.placeholder });
}

/** A plain body paragraph of text (newlines become line breaks). */
export function bodyParagraph(ctx: BuildContext, text: string, marks: RunMarks = {}): Paragraph {
  record(ctx, text, METRICS.body, { bold: marks.bold });
  return plainParagraph(textRuns(text, marks, ctx.locale), { bidirectional: startsRtl(text) });
}
