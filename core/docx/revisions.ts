import { TextRun, type IContext, type IXmlableObject } from 'docx';
import type { SuggestionMark } from '../review/suggestions';

/**
 * Suggested text as a Word revision: an insertion (w:ins) or a deletion (w:del, its text as
 * w:delText) with the reviewer's name and time, so the author can also accept or reject it in
 * Word. Like the runs it wraps, it is a docx TextRun and goes anywhere one goes.
 */
class RevisionRun extends TextRun {
  constructor(
    private readonly mark: SuggestionMark,
    private readonly revisionId: number,
    private readonly runs: readonly TextRun[],
  ) {
    super({});
  }

  override prepForXml(context: IContext): IXmlableObject {
    const tag = this.mark.kind === 'insert' ? 'w:ins' : 'w:del';
    const attrs = { _attr: { 'w:id': this.revisionId, 'w:author': this.mark.author.name, 'w:date': wordDate(this.mark.createdAt) } };
    const runs = this.runs.map((r) => r.prepForXml(context)).filter((x): x is IXmlableObject => x !== undefined);
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

// Revision ids must differ within a document; they count per document from high up, clear of
// the ids docx gives comments and bookmarks, so the same draft always gives the same document.
const FIRST_REVISION_ID = 900_000;
const lastIds = new WeakMap<object, number>();

/** Wraps the runs of one suggested piece of text in its revision; `doc` is the document being built. */
export function revisionRuns(doc: object, mark: SuggestionMark, runs: readonly TextRun[]): TextRun[] {
  const id = (lastIds.get(doc) ?? FIRST_REVISION_ID - 1) + 1;
  lastIds.set(doc, id);
  return [new RevisionRun(mark, id, runs)];
}
