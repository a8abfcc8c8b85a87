import { Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Draft } from '../draft/schema';
import type { ApplicationTemplate } from '../template/schema';
import { sectionsFor } from '../template/schema';
import { isListElement, type BlockElement, type InlineNode } from '../draft/rich-text';

export interface BuildDocxOptions {
  template: ApplicationTemplate;
  language: 'sv-SE' | 'en-GB';
}

function inlineText(nodes: InlineNode[]): string {
  return nodes.map((n) => ('type' in n ? inlineText(n.children) : n.text)).join('');
}

function blockParagraphs(block: BlockElement): Paragraph[] {
  if (isListElement(block)) {
    return block.children.flatMap((item) =>
      item.children.flatMap((c) =>
        isListElement(c) ? blockParagraphs(c) : [new Paragraph({ children: [new TextRun(inlineText([c]))] })],
      ),
    );
  }
  return [new Paragraph({ children: [new TextRun(inlineText(block.children))] })];
}

/** Builds the Word document of a draft (pure: no packing, no IO). */
export function buildDocx(draft: Draft, o: BuildDocxOptions): Document {
  const lang = o.language === 'sv-SE' ? 'sv' : 'en';
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(draft.title)] })];
  for (const section of sectionsFor(o.template, draft.component)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title[lang])] }));
    const content = draft.sections[section.id];
    if (content) for (const block of content) children.push(...blockParagraphs(block));
  }
  return new Document({ title: draft.title, sections: [{ children }] });
}
