import { TextRun, type IContext, type IXmlableObject } from 'docx';
import { cleanText } from './text';

/** Character formatting of a run. */
export interface RunMarks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** A character style id, e.g. "Hyperlink". */
  style?: string;
}

type Xml = Record<string, unknown>;

const PRESERVE = { _attr: { 'xml:space': 'preserve' } };
const BREAK: Xml = { 'w:br': {} };
const TAB: Xml = { 'w:tab': {} };

// Run properties in schema order (rStyle, b, bCs, i, iCs, u, lang); one shared object per
// combination, as the writer only reads them.
const propsCache = new Map<string, Xml>();
export function runProperties(m: RunMarks, locale: string): Xml {
  const key = `${m.style ?? ''}|${m.bold ? 1 : 0}${m.italic ? 1 : 0}${m.underline ? 1 : 0}|${locale}`;
  let props = propsCache.get(key);
  if (!props) {
    const list: Xml[] = [];
    if (m.style) list.push({ 'w:rStyle': { _attr: { 'w:val': m.style } } });
    if (m.bold) list.push({ 'w:b': {} }, { 'w:bCs': {} });
    if (m.italic) list.push({ 'w:i': {} }, { 'w:iCs': {} });
    if (m.underline) list.push({ 'w:u': { _attr: { 'w:val': 'single' } } });
    list.push({ 'w:lang': { _attr: { 'w:val': locale } } });
    props = { 'w:rPr': list };
    propsCache.set(key, props);
  }
  return props;
}

/**
 * A text run that writes its XML directly. Long drafts hold tens of thousands of runs, and docx's
 * TextRun builds a dozen objects for each (properties, language, text, attributes); this one keeps
 * only its text and shared properties, which makes building and packing an 800-page document
 * about twice as fast. It is still a docx TextRun, so it goes anywhere one goes.
 */
class LangRun extends TextRun {
  constructor(
    private readonly props: Xml,
    private readonly lines: readonly string[],
  ) {
    super({});
  }

  override prepForXml(_context: IContext): IXmlableObject {
    const content: Xml[] = [this.props];
    this.lines.forEach((line, i) => {
      if (i > 0) content.push(BREAK);
      if (line.includes('\t')) {
        line.split('\t').forEach((part, j) => {
          if (j > 0) content.push(TAB);
          if (part) content.push({ 'w:t': [PRESERVE, part] });
        });
      } else if (line || this.lines.length === 1) content.push({ 'w:t': [PRESERVE, line] });
    });
    return { 'w:r': content } as IXmlableObject;
  }
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * The run of one piece of text: cleaned of characters Word forbids, with newlines as line breaks
 * and tabs as tabs, and the proofing language on the run. Right-to-left text needs no run
 * property: Word and LibreOffice order it by the Unicode bidirectional algorithm (the paragraph's
 * direction is set by the caller).
 */
export function textRuns(raw: string, marks: RunMarks, locale: string): TextRun[] {
  const text = cleanText(raw);
  return [new LangRun(runProperties(marks, locale), LINE_BREAK.test(text) ? text.split(LINE_BREAK) : [text])];
}
