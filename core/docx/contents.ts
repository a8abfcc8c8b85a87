import { FileChild, type IContext, type IXmlableObject } from 'docx';
import type { TocEntry } from './context';
import { TEXT_WIDTH } from './styles';
import { cleanText } from './text';

type Xml = Record<string, unknown>;

const val = (v: string | number) => ({ _attr: { 'w:val': v } });
const PRESERVE = { _attr: { 'xml:space': 'preserve' } };

/**
 * The table of contents, written as Word writes an up-to-date one: a TOC field whose result is
 * already there, each entry a link to its heading's bookmark with a PAGEREF field holding the
 * page number, inside Word's "Table of Contents" content control. The field is not marked dirty,
 * so Word opens the document without asking to update fields, and readers that never update
 * fields (LibreOffice, Google Docs, previewers) show the same entries. "Update table" in Word
 * rebuilds it from the headings as usual.
 *
 * docx's TableOfContents can write cached entries too, but without the page-reference fields and
 * without the proofing language on its runs; this writes the few elements itself.
 */
export class ContentsField extends FileChild {
  constructor(
    private readonly entries: readonly TocEntry[],
    private readonly pages: ReadonlyMap<string, number>,
    private readonly locale: string,
  ) {
    super('w:sdt');
  }

  override prepForXml(_context: IContext): IXmlableObject {
    const rPr = (...extra: Xml[]): Xml => ({ 'w:rPr': [...extra, { 'w:lang': val(this.locale) }] });
    const hidden: Xml = { 'w:webHidden': {} };
    const run = (...content: Xml[]): Xml => ({ 'w:r': [rPr(), ...content] });
    const hiddenRun = (...content: Xml[]): Xml => ({ 'w:r': [rPr(hidden), ...content] });
    const fld = (type: 'begin' | 'separate' | 'end'): Xml => ({ 'w:fldChar': { _attr: { 'w:fldCharType': type } } });
    const instr = (text: string): Xml => ({ 'w:instrText': [PRESERVE, text] });
    const text = (t: string): Xml => ({ 'w:t': [PRESERVE, t] });

    const paragraphs: Xml[] = this.entries.map((e, i) => {
      const page = this.pages.get(e.href);
      const children: Xml[] = [
        {
          'w:pPr': [
            { 'w:pStyle': val(`TOC${e.level}`) },
            { 'w:tabs': [{ 'w:tab': { _attr: { 'w:val': 'right', 'w:leader': 'dot', 'w:pos': TEXT_WIDTH } } }] },
          ],
        },
      ];
      if (i === 0) children.push(run(fld('begin')), run(instr(' TOC \\o "1-2" \\h \\z \\u ')), run(fld('separate')));
      children.push({
        'w:hyperlink': [
          { _attr: { 'w:anchor': e.href, 'w:history': '1' } },
          run(text(cleanText(e.title))),
          hiddenRun({ 'w:tab': {} }),
          hiddenRun(fld('begin')),
          hiddenRun(instr(` PAGEREF ${e.href} \\h `)),
          hiddenRun(fld('separate')),
          hiddenRun(text(page === undefined ? '' : String(page))),
          hiddenRun(fld('end')),
        ],
      });
      if (i === this.entries.length - 1) children.push(run(fld('end')));
      return { 'w:p': children };
    });
    // A content control must hold something; a template without sections leaves an empty line.
    if (paragraphs.length === 0) paragraphs.push({ 'w:p': [] });
    return {
      'w:sdt': [
        { 'w:sdtPr': [{ 'w:docPartObj': [{ 'w:docPartGallery': val('Table of Contents') }, { 'w:docPartUnique': {} }] }] },
        { 'w:sdtContent': paragraphs },
      ],
    } as IXmlableObject;
  }
}
