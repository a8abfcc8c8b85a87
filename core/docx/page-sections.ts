import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { BuildContext } from './context';
import type { PageGeometry } from './page-estimate';
import { textRuns } from './runs';
import { PAGE, STYLE, TEXT_HEIGHT, TEXT_WIDTH } from './styles';
import { spacer } from './tables';

/** The text area of an upright page and of a page turned on its side, in twips. */
export const PORTRAIT: PageGeometry = { bodyWidth: TEXT_WIDTH, bodyHeight: TEXT_HEIGHT };
export const LANDSCAPE: PageGeometry = { bodyWidth: PAGE.height - 2 * PAGE.margin, bodyHeight: PAGE.width - 2 * PAGE.margin };

/**
 * Where the document turns: the blocks after it are on new pages, on their side or upright again.
 * `end` closes the section before it: Word keeps a section's page setup in its last paragraph, and
 * that must be a paragraph that writes its properties (a table or a light `plainParagraph` cannot).
 */
export class PageTurn {
  constructor(
    readonly landscape: boolean,
    readonly end: Paragraph,
  ) {}
}

export type BodyBlock = FileChild | PageTurn;

/** A turn of the page, entered in the page estimate too. */
export function pageTurn(ctx: BuildContext, landscape: boolean): PageTurn {
  const end = spacer(ctx);
  ctx.layout.push({ kind: 'section', geometry: landscape ? LANDSCAPE : PORTRAIT });
  return new PageTurn(landscape, end);
}

/** What every page section shares: the header with the project title and the "page X of Y" footer. */
export interface PageFrame {
  title: string;
  pageLabel: string;
  ofLabel: string;
  locale: string;
}

function frame(f: PageFrame, withTitlePage: boolean): Pick<ISectionOptions, 'headers' | 'footers'> {
  const run = (text: string) => textRuns(text, {}, f.locale);
  const header = () => new Header({ children: [new Paragraph({ style: STYLE.header, alignment: AlignmentType.RIGHT, children: run(f.title) })] });
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          style: STYLE.footer,
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ language: { value: f.locale }, children: [`${f.pageLabel} `, PageNumber.CURRENT, ` ${f.ofLabel} `, PageNumber.TOTAL_PAGES] })],
        }),
      ],
    });
  const blank = (make: typeof Header | typeof Footer) => new make({ children: [new Paragraph({ style: make === Header ? STYLE.header : STYLE.footer, children: [] })] });
  return {
    headers: { default: header(), ...(withTitlePage ? { first: blank(Header) } : {}) },
    footers: { default: footer(), ...(withTitlePage ? { first: blank(Footer) } : {}) },
  };
}

/**
 * The document's page sections: A4 upright, with a section on its side for each landscape part
 * (a wide table), and upright again after it. Each section repeats the header and footer, so no
 * reader has to work out what a section without its own inherits; page numbers run on.
 */
export function pageSections(blocks: readonly BodyBlock[], f: PageFrame): ISectionOptions[] {
  const sections: ISectionOptions[] = [];
  let children: FileChild[] = [];
  let landscape = false;
  const close = () => {
    const first = sections.length === 0;
    sections.push({
      properties: {
        titlePage: first,
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.header, footer: PAGE.footer },
        },
      },
      ...frame(f, first),
      children,
    });
  };
  for (const b of blocks) {
    if (b instanceof PageTurn) {
      if (b.landscape === landscape) continue;
      children.push(b.end);
      close();
      children = [];
      landscape = b.landscape;
    } else children.push(b);
  }
  close();
  return sections;
}
