import { TextRun, type IContext, type IXmlableObject, type ParagraphChild } from 'docx';
import type { SuggestionMark } from '../review/suggestions';
import type { RunMarks } from './runs';

/**
 * Suggested text as a Word revision: an insertion (w:ins) or a deletion (w:del, its text as
 * w:delText) with the reviewer's name and time, so the author can also accept or reject it in
 * Word. Like the runs it wraps, it is a docx TextRun and goes anywhere one goes.
 */
class RevisionRun extends TextRun {
  constructor(
    private readonly mark: SuggestionMark,
    private readonly revisionId: number,
    private readonly runs: readonly ParagraphChild[],
  ) {
    super({});
  }

  override prepForXml(context: IContext): IXmlableObject {
    const tag = this.mark.kind === 'insert' ? 'w:ins' : 'w:del';
    const attrs = { _attr: { 'w:id': this.revisionId, 'w:author': this.mark.author.name, 'w:date': wordDate(this.mark.createdAt) } };
    // Runs and comment marks are XML components; a bookmark (never among a leaf's runs) is not.
    const runs = this.runs.flatMap((r) => ('prepForXml' in r ? [r.prepForXml(context)] : [])).filter((x): x is IXmlableObject => x !== undefined);
    return { [tag]: [attrs, ...(this.mark.kind === 'delete' ? runs.map(asDeleted) : runs)] } as IXmlableObject;
  }
}

/** Word's revision dates are ISO times without fractions of a second. */
const wordDate = (iso: string) => iso.replace(/\.\d+(?=Z|[+-]\d\d:\d\d$)/, '');

/** A deleted run holds its text as w:delText (Word drops w:t inside w:del). */
function asDeleted(run: IXmlableObject): IXmlableObject {
  const r = run as Record<string, unknown>;
  const content = r['w:r'];
  if (!Array.isArray(content)) return run;
  return { 'w:r': content.map((c) => (c && typeof c === 'object' && 'w:t' in c ? { 'w:delText': (c as Record<string, unknown>)['w:t'] } : c)) } as IXmlableObject;
}

/**
 * A run with suggested formatting: it shows the new formatting and says in w:rPrChange, the last
 * of its run properties, what the formatting was, so Word can accept or reject it.
 */
class FormatChangeRun extends TextRun {
  constructor(
    private readonly mark: SuggestionMark,
    private readonly revisionId: number,
    private readonly run: TextRun,
    private readonly former: Record<string, unknown>,
  ) {
    super({});
  }

  override prepForXml(context: IContext): IXmlableObject {
    const xml = this.run.prepForXml(context) as Record<string, unknown> | undefined;
    const content = xml?.['w:r'];
    if (!Array.isArray(content)) return xml as IXmlableObject;
    const change = { 'w:rPrChange': [{ _attr: { 'w:id': this.revisionId, 'w:author': this.mark.author.name, 'w:date': wordDate(this.mark.createdAt) } }, this.former] };
    // The run's properties are shared between runs: the change goes into a copy.
    const withChange = content.map((c: Record<string, unknown>) => ('w:rPr' in c ? { 'w:rPr': [...(c['w:rPr'] as unknown[]), change] } : c));
    return { 'w:r': withChange } as IXmlableObject;
  }
}

/** What a revision needs from the document being built. */
export interface RevisionSource {
  nextId: () => number;
  /** The run properties of text with the given formatting (for what formatted text had before). */
  properties: (marks: RunMarks) => Record<string, unknown>;
}

/** Wraps the runs of one suggested piece of text (and any comment marks among them) in its revision. */
export function revisionRuns(src: RevisionSource, mark: SuggestionMark, marks: RunMarks, runs: readonly ParagraphChild[]): ParagraphChild[] {
  if (mark.kind !== 'format') return [new RevisionRun(mark, src.nextId(), runs)];
  const former = src.properties({ ...mark.formerly, style: marks.style });
  return runs.map((r) => (r instanceof TextRun ? new FormatChangeRun(mark, src.nextId(), r, former) : r));
}
