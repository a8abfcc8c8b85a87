import { Bookmark, Document, Paragraph, type ParagraphChild } from 'docx';
import type { RowProposal } from '../draft/annotation';
import { planPartFilled } from '../draft/plan-parts';
import { textIn } from '../i18n/lookup';
import { rowProposalText } from '../review/row-text';
import type { Draft, DocumentLanguage } from '../draft/schema';
import type { ApplicationTemplate, TemplateSection } from '../template/schema';
import { budgetSection } from './budget-section';
import { authorsDraft } from '../review/suggestion-drafts';
import { CommentPlacer, resolvedCommentsPart } from './comments';
import { ContentsField } from './contents';
import { createContext, type BuildContext } from './context';
import { buildCorePropertiesXml, type CoreProperties } from './core-properties';
import { docLabels } from './labels';
import { buildNameResolver, type DocxPackInfo } from './pack-info';
import { estimatePages, type LayoutBlock, type PageEstimate } from './page-estimate';
import { pageSections, pageTurn, PageTurn, PORTRAIT, type BodyBlock } from './page-sections';
import { isWidePlanSection, planSection } from './plan-sections';
import type { ProgrammeNames } from './programme-names';
import { heading, isBlank, sectionParagraphs } from './rich-text-blocks';
import { sectionBookmark } from './section-marks';
import { textRuns } from './runs';
import { coreAreasSection, partiesSection, teamSection } from './structured-sections';
import { buildNumbering, buildStyles, METRICS, STYLE } from './styles';
import { titlePage } from './title-page';

/** How to build the Word document of a draft. */
export interface BuildDocxOptions {
  template: ApplicationTemplate;
  language: DocumentLanguage;
  /** Names and ceilings from the draft's programme edition; built-in names are used without it. */
  pack?: DocxPackInfo;
  /**
   * The bundled packs' names (programmeNames()), for ids the pack does not name. Passed in rather
   * than read here, so the export worker never loads the rule packs and their schemas.
   */
  names: ProgrammeNames;
  /** Include review annotations as Word comments (off for submission). */
  withComments?: boolean;
  /**
   * Include reviewers' open suggestions as Word revisions (tracked changes) for the author to
   * finish in Word; without it the document has the author's own text, as the checks read it.
   */
  withSuggestions?: boolean;
  /** Open errors the user chose to export with: the title page and properties then say it is a draft. */
  openErrors?: number;
  /** The export time (injected, so building stays pure); shown on the title page and in the properties. */
  now?: Date;
}

function contentFor(section: TemplateSection, draft: Draft, ctx: BuildContext, pack: DocxPackInfo | undefined): BodyBlock[] {
  switch (section.kind) {
    case 'text':
      return sectionParagraphs(section.id, draft.sections[section.id], ctx);
    case 'parties':
      return partiesSection(draft, ctx);
    case 'core_areas':
      return coreAreasSection(draft, ctx);
    case 'team':
      return teamSection(draft, ctx);
    case 'budget':
      return budgetSection(draft, ctx, pack?.budgetLimits);
    case 'results':
    case 'activity_plan':
    case 'risk_register':
    case 'sdgs':
      return planSection(section, section.kind, draft, ctx);
  }
}

/**
 * The template's sections for the draft's component (as sectionsFor, which would load zod),
 * without a text section left empty whose structured part says it instead (an empty "Risker"
 * above a filled risk register would read as missing).
 */
export function exportedSections(template: ApplicationTemplate, draft: Pick<Draft, 'component'> & Partial<Draft>): TemplateSection[] {
  return template.sections.filter((s) => s.components.includes(draft.component)
    && !(s.kind === 'text' && s.structuredBy && isBlank(draft.sections?.[s.id]) && planPartFilled(draft, s.structuredBy)));
}

/** The properties of the exported document (title, subject, author, keywords, language, status). */
export function documentProperties(draft: Draft, o: BuildDocxOptions): CoreProperties {
  const lang = o.language === 'sv-SE' ? 'sv' : 'en';
  const L = docLabels(lang);
  const names = buildNameResolver(o.pack, o.names, lang);
  const formName = o.template.name[lang];
  const component = names.component(draft.component);
  const errors = o.openErrors ?? 0;
  const countries = [...new Set(draft.partners.map((p) => p.country).filter(Boolean).map(names.country))];
  return {
    title: draft.title.trim() || L.untitled,
    subject: `${formName} – ${component}`,
    creator: draft.applicant.organisation || 'KP Drafter',
    keywords: ['ICLD', lang === 'sv' ? 'Kommunalt Partnerskap' : 'Municipal Partnership', component, draft.editionId, ...countries].join(', '),
    description: errors > 0 ? L.draftStatus(errors) : `${formName}: ${draft.title.trim() || L.untitled}`,
    language: o.language,
    contentStatus: errors > 0 ? L.draftStatus(errors) : '',
    category: formName,
    created: draft.createdAt,
    modified: (o.now ?? new Date(draft.modifiedAt)).toISOString(),
  };
}

/** docProps/core.xml for the export, with the language and status the docx library leaves out. */
export function buildCoreProperties(draft: Draft, o: BuildDocxOptions): string {
  return buildCorePropertiesXml(documentProperties(draft, o));
}

/**
 * Parts the packer adds to (or replaces in) the document's package: the core properties, and the
 * resolved state of comments when docx does not write it (see `resolvedCommentsPart`).
 */
export function buildExtraParts(draft: Draft, o: BuildDocxOptions): Array<{ path: string; data: string }> {
  const parts = [{ path: 'docProps/core.xml', data: buildCoreProperties(draft, o) }];
  const resolved = o.withComments ? resolvedCommentsPart(draft.annotations) : undefined;
  if (resolved) parts.push({ path: 'word/commentsExtended.xml', data: resolved });
  return parts;
}

function tocLayout(ctx: BuildContext): LayoutBlock[] {
  const m = METRICS.toc;
  return [
    { kind: 'text', text: ctx.labels.contents, size: METRICS.h1.size, bold: true, line: METRICS.h1.line, before: 0, after: 240, indent: 0, keepNext: false },
    ...ctx.toc.map((e): LayoutBlock => ({
      kind: 'text',
      // Room for the dot leader and the page number.
      text: `${e.title}\u2003\u2003999`,
      size: m.size,
      bold: e.level === 1,
      line: m.line,
      before: e.level === 1 ? m.before * 2 : 0,
      after: m.after,
      indent: (e.level - 1) * 440,
      keepNext: false,
    })),
  ];
}

/** A built document with the page layout its table of contents was numbered from. */
export interface BuiltDocx {
  document: Document;
  /** The contents, a page break, then every block of the body after it, as estimated. */
  layout: LayoutBlock[];
  estimate: PageEstimate;
}

/**
 * Builds the Word document of a draft: title page, a table of contents with its entries and
 * estimated page numbers already written, one Heading 1 per template section with its rich text
 * or table, a header with the project title and a "page X of Y" footer. Pure: no IO, no packing.
 */
/** "Föreslagen ny rad: …" / "Föreslås att raden tas bort: …": the author's table stays the author's, the comment says the proposal. */
function proposedRowNote(p: RowProposal, draft: Draft, lang: 'sv' | 'en', category: (id: string) => string): string {
  return textIn(lang, p.kind === 'add-row' ? 'rows.docxAdd' : 'rows.docxRemove', { row: rowProposalText(p, draft, lang, category) });
}

export function buildDocx(draft: Draft, o: BuildDocxOptions): Document {
  return buildDocxWithLayout(draft, o).document;
}

/** As `buildDocx`, also giving the page estimate (for tests that compare it with real renderers). */
export function buildDocxWithLayout(suggested: Draft, o: BuildDocxOptions): BuiltDocx {
  const draft = o.withSuggestions ? suggested : authorsDraft(suggested);
  const lang = o.language === 'sv-SE' ? 'sv' : 'en';
  const labels = docLabels(lang);
  const names = buildNameResolver(o.pack, o.names, lang);
  const comments = o.withComments ? new CommentPlacer(draft.annotations, draft.sections, o.language, { ...labels, proposedRow: (p) => proposedRowNote(p, draft, lang, names.costCategory) }) : null;
  const ctx = createContext({ lang, locale: o.language, labels, names, comments });

  const content: BodyBlock[] = [];
  let landscape = false;
  exportedSections(o.template, draft).forEach((section, i) => {
    // A section with a wide table is on pages of its own turned on their side, its heading with it.
    const wide = isWidePlanSection(section, draft);
    const turn = wide !== landscape;
    if (turn) content.push(pageTurn(ctx, (landscape = wide)));
    const title = section.title[lang];
    // The section's mark goes round its heading, so an import finds the section even if the heading is reworded.
    const runs = [new Bookmark({ id: sectionBookmark(section.id), children: ctx.wrap(`section:${section.id}`, textRuns(title, {}, ctx.locale)) })];
    content.push(heading(ctx, 1, runs, title, { pageBreakBefore: i === 0 && !turn, topOfPage: turn }));
    const blocks = contentFor(section, draft, ctx, o.pack);
    // A section may turn the page back itself (a narrow table after a wide one).
    for (const b of blocks) if (b instanceof PageTurn) landscape = b.landscape;
    content.push(...blocks);
  });

  const errors = o.openErrors ?? 0;
  const front = titlePage(draft, ctx, {
    formName: o.template.name[lang],
    openErrors: errors,
    exportedOn: o.now?.toISOString().slice(0, 10),
    wrapTitle: (children: ParagraphChild[]) => (comments ? comments.placeRemaining(children) : children),
  });

  // Title page is page 1; the contents start on page 2 and the sections after them.
  const layout: LayoutBlock[] = [...tocLayout(ctx), { kind: 'pageBreak' }, ...ctx.layout];
  const estimate = estimatePages(layout, PORTRAIT, 2);
  const toc = new ContentsField(ctx.toc, estimate.bookmarks, o.language);

  const props = documentProperties(draft, o);
  const run = (text: string) => textRuns(text, {}, ctx.locale);
  const document = new Document({
    title: props.title,
    subject: props.subject,
    creator: props.creator,
    lastModifiedBy: props.creator,
    keywords: props.keywords,
    description: props.description,
    styles: buildStyles(o.language),
    numbering: buildNumbering(),
    comments: comments ? { children: comments.definitions } : undefined,
    customProperties: [
      { name: 'KP Drafter edition', value: draft.editionId },
      { name: 'KP Drafter open errors', value: String(errors) },
      ...(errors > 0 ? [{ name: 'KP Drafter status', value: props.contentStatus }] : []),
    ],
    sections: pageSections([...front, new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: run(labels.contents) }), toc, ...content], {
      title: props.title,
      pageLabel: labels.page,
      ofLabel: labels.of,
      locale: o.language,
    }),
  });
  return { document, layout, estimate };
}
