import { ExternalHyperlink, Paragraph, type IContext, type IXmlableObject, type ParagraphChild } from 'docx';

type Xml = Record<string, unknown>;

/** What a plain paragraph may set: a style, keep with next, right-to-left direction, right or centred alignment. */
export interface PlainParagraphOptions {
  style?: string;
  keepNext?: boolean;
  bidirectional?: boolean;
  align?: 'right' | 'center';
}

// Properties in schema order (pStyle, keepNext, bidi, jc), one shared object per combination.
const propsCache = new Map<string, Xml | undefined>();
function paragraphProperties(o: PlainParagraphOptions): Xml | undefined {
  const key = `${o.style ?? ''}|${o.keepNext ? 1 : 0}|${o.bidirectional ? 1 : 0}|${o.align ?? ''}`;
  if (propsCache.has(key)) return propsCache.get(key);
  const list: Xml[] = [];
  if (o.style) list.push({ 'w:pStyle': { _attr: { 'w:val': o.style } } });
  if (o.keepNext) list.push({ 'w:keepNext': {} });
  if (o.bidirectional) list.push({ 'w:bidi': {} });
  if (o.align) list.push({ 'w:jc': { _attr: { 'w:val': o.align } } });
  const props = list.length ? { 'w:pPr': list } : undefined;
  propsCache.set(key, props);
  return props;
}

/**
 * A paragraph of runs that writes its XML directly: most of a long draft's paragraphs are plain
 * text, and docx's Paragraph builds its properties from some forty options for each and walks its
 * children generically. This keeps only its style and runs (about a third off building and
 * packing an 800-page draft). Paragraphs with lists, bookmarks or links use docx's Paragraph.
 */
type Writable = { prepForXml(context: IContext): IXmlableObject | undefined };
const isWritable = (c: unknown): c is Writable => typeof (c as Partial<Writable>).prepForXml === 'function';

class PlainParagraph extends Paragraph {
  constructor(
    private readonly props: Xml | undefined,
    private readonly content: readonly Writable[],
  ) {
    super({});
  }

  override prepForXml(context: IContext): IXmlableObject {
    const children: unknown[] = this.props ? [this.props] : [];
    context.stack.push(this as unknown as IXmlableObject);
    for (const c of this.content) {
      const x = c.prepForXml(context);
      if (x !== undefined) children.push(x);
    }
    context.stack.pop();
    return { 'w:p': children.length ? children : {} } as IXmlableObject;
  }
}

/**
 * A paragraph of `children`: the light kind when it can be, docx's Paragraph when it holds a link
 * (docx turns links into relationships as it writes the paragraph) or a bookmark.
 */
export function plainParagraph(children: readonly ParagraphChild[], o: PlainParagraphOptions = {}): Paragraph {
  const writable = children.filter((c): c is ParagraphChild & Writable => isWritable(c));
  if (writable.length < children.length || children.some((c) => c instanceof ExternalHyperlink)) {
    return new Paragraph({ children: [...children], style: o.style, bidirectional: o.bidirectional, alignment: o.align });
  }
  return new PlainParagraph(paragraphProperties(o), writable);
}
