import {
  commentIdToParaId,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type { Annotation, Proposal, RowProposal } from '../draft/annotation';
import type { Draft } from '../draft/schema';
import type { RichText } from '../draft/rich-text';
import { textRuns } from './runs';
import type { DocLabels } from './labels';

/** A comment boundary inside one text leaf. */
export interface LeafMark {
  offset: number;
  kind: 'start' | 'end';
  /** Word comment ids: the comment and its replies, which Word anchors to the same range. */
  ids: number[];
}

interface Thread {
  ids: number[];
  annotation: Annotation;
  placed: boolean;
}

type Point = { path: number[]; offset: number };

const pathKey = (path: readonly number[]) => path.join('.');

function comparePoints(a: Point, b: Point): number {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const d = a.path[i]! - b.path[i]!;
    if (d !== 0) return d;
  }
  return a.path.length - b.path.length || a.offset - b.offset;
}

/** The text of the leaf at `path` in a section, or undefined when the path is not a text leaf. */
function leafText(value: RichText, path: readonly number[]): string | undefined {
  type Node = { text?: unknown; children?: Node[] };
  let nodes: readonly Node[] = value as Node[];
  let node: Node | undefined;
  for (const i of path) {
    node = nodes[i];
    if (node === undefined) return undefined;
    nodes = node.children ?? [];
  }
  return typeof node?.text === 'string' ? node.text : undefined;
}

/**
 * Places review annotations as Word comments: text comments on their exact range, section comments
 * on the section heading, field comments on the table row or title-page line of the field, and
 * whatever cannot be placed (a section not in the document, a range that no longer exists) on the
 * document title, so no comment is ever lost. Replies become threaded replies; resolved threads
 * are marked done (written by Word's commentsExtended part when the document has replies).
 */
export class CommentPlacer {
  private readonly leafMarks = new Map<string, Map<string, LeafMark[]>>();
  private readonly targets = new Map<string, Thread[]>();
  private readonly threads: Thread[] = [];
  private readonly defs: ICommentOptions[] = [];

  constructor(annotations: readonly Annotation[], sections: Draft['sections'], private readonly locale: string, notes: CommentNotes) {
    let id = 0;
    for (const a of annotations) {
      const thread: Thread = { ids: [], annotation: a, placed: false };
      const parentId = id++;
      thread.ids.push(parentId);
      const orphan = a.anchor.kind === 'text' && !this.addTextAnchor(a, thread, sections);
      const said = orphan && a.anchor.kind === 'text' ? `${notes.orphanedComment}: «${a.anchor.quote.exact}»\n\n${a.body}` : a.body;
      // A proposed value is said in the comment, where Word can show it.
      const body = a.proposal ? `${said}\n\n${proposalNote(a.proposal, notes)}` : said;
      this.defs.push(this.def(parentId, a.author, body, a.createdAt, a.resolved, a.id));
      for (const r of a.replies) {
        const rid = id++;
        thread.ids.push(rid);
        this.defs.push({ ...this.def(rid, r.author, r.body, r.createdAt, a.resolved, `${a.id}/${r.id}`), parentId });
      }
      this.threads.push(thread);
      if (a.anchor.kind === 'section') this.addTarget(`section:${a.anchor.sectionId}`, thread);
      else if (a.anchor.kind === 'field') this.addTarget(`field:${fieldTarget(a.anchor.field)}`, thread);
    }
  }

  private def(id: number, author: Annotation['author'], body: string, createdAt: string, resolved: boolean, key: string): ICommentOptions {
    return {
      id,
      // A durable id keeps Word's own id for the comment stable across edits, and makes docx
      // write each comment's paragraph id, which the resolved state refers to.
      durableId: durableId(key),
      author: author.name,
      initials: author.initials || author.name.slice(0, 2),
      date: new Date(createdAt),
      resolved,
      children: body.split(/\r?\n/).map((line) => new Paragraph({ children: textRuns(line, {}, this.locale) })),
    };
  }

  private addTarget(key: string, thread: Thread) {
    const list = this.targets.get(key) ?? [];
    list.push(thread);
    this.targets.set(key, list);
  }

  /** Registers a text range; false when it no longer fits the section's text. */
  private addTextAnchor(a: Annotation, thread: Thread, sections: Draft['sections']): boolean {
    if (a.anchor.kind !== 'text') return false;
    const value = sections[a.anchor.sectionId];
    if (!value) return false;
    let [start, end] = [a.anchor.anchor, a.anchor.focus];
    if (comparePoints(start, end) > 0) [start, end] = [end, start];
    const s = leafText(value, start.path);
    const e = leafText(value, end.path);
    if (s === undefined || e === undefined || start.offset > s.length || end.offset > e.length) return false;
    const marks = this.leafMarks.get(a.anchor.sectionId) ?? new Map<string, LeafMark[]>();
    this.leafMarks.set(a.anchor.sectionId, marks);
    const push = (p: Point, kind: LeafMark['kind']) => {
      const list = marks.get(pathKey(p.path)) ?? [];
      list.push({ offset: p.offset, kind, ids: thread.ids });
      marks.set(pathKey(p.path), list);
    };
    push(start, 'start');
    push(end, 'end');
    // A text comment is placed with its section; one in a section the document leaves out is
    // caught by `placeRemaining`.
    this.addTarget(`text:${a.anchor.sectionId}`, thread);
    return true;
  }

  /** Word comment definitions for the document's comments part. */
  get definitions(): ICommentOptions[] {
    return this.defs;
  }

  /** Comment boundaries in the leaf at `path` of a section, sorted by offset (starts first). */
  marksFor(sectionId: string, path: readonly number[]): LeafMark[] | undefined {
    const list = this.leafMarks.get(sectionId)?.get(pathKey(path));
    return list?.sort((x, y) => x.offset - y.offset || (x.kind === 'start' ? -1 : 1));
  }

  /** True when a section has comments on ranges of its text. */
  hasTextIn(sectionId: string): boolean {
    return this.leafMarks.has(sectionId);
  }

  /** Marks the text comments of a section as placed (its text was written). */
  sectionWritten(sectionId: string) {
    for (const t of this.targets.get(`text:${sectionId}`) ?? []) t.placed = true;
  }

  /** Wraps `children` in the ranges of the comments on a target ("section:ID", "field:KEY"). */
  wrap(target: string, children: ParagraphChild[]): ParagraphChild[] {
    const threads = this.targets.get(target)?.filter((t) => !t.placed);
    if (!threads?.length) return children;
    for (const t of threads) t.placed = true;
    return wrapRange(threads.flatMap((t) => t.ids), children);
  }

  /** Wraps `children` in every comment not placed yet (so none is lost). */
  placeRemaining(children: ParagraphChild[]): ParagraphChild[] {
    const rest = this.threads.filter((t) => !t.placed);
    for (const t of rest) t.placed = true;
    return rest.length ? wrapRange(rest.flatMap((t) => t.ids), children) : children;
  }
}

/** The document's wording for notes in comments; `proposedRow` says a proposed row or removal. */
export type CommentNotes = Pick<DocLabels, 'orphanedComment' | 'proposedValue'> & { proposedRow?: (p: RowProposal) => string };

/** What a comment's proposal would do, in the words the comment carries into Word. */
function proposalNote(p: Proposal, notes: CommentNotes): string {
  if ('row' in p) return notes.proposedRow ? notes.proposedRow(p) : '';
  return notes.proposedValue(p.value, p.was);
}

/** Range start, the content, range end, then the references that show the comments. */
export function wrapRange(ids: number[], children: ParagraphChild[]): ParagraphChild[] {
  return [
    ...ids.map((id) => new CommentRangeStart(id)),
    ...children,
    ...ids.map((id) => new CommentRangeEnd(id)),
    ...ids.map((id) => new TextRun({ children: [new CommentReference(id)] })),
  ];
}

/** Which part of the document a field anchor points at. */
function fieldTarget(field: string): string {
  if (field.startsWith('applicant')) return 'applicant';
  return field;
}

/** Word's durable comment id: 8 hex digits below 7FFFFFFF, derived from the annotation's id (FNV-1a). */
function durableId(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return ((h % 0x7ffffffe) + 1).toString(16).toUpperCase().padStart(8, '0');
}

/**
 * word/commentsExtended.xml marking resolved threads as done, for a document whose comments have
 * no replies: docx writes that part only for threaded comments, so the export adds it when
 * packing. Undefined when docx writes it itself or nothing is resolved. Comment ids follow the
 * placer's numbering: each annotation, then its replies.
 */
export function resolvedCommentsPart(annotations: readonly Annotation[]): string | undefined {
  if (!annotations.some((a) => a.resolved) || annotations.some((a) => a.replies.length > 0)) return undefined;
  const entries = annotations.map((a, id) => `<w15:commentEx w15:paraId="${commentIdToParaId(id)}" w15:done="${a.resolved ? 1 : 0}"/>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">' +
    entries.join('') +
    '</w15:commentsEx>'
  );
}
