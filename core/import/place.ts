import type { BlockElement } from '../draft/rich-text';
import type { ApplicationTemplate } from '../template/schema';
import { sectionOfBookmark } from '../docx/section-marks';
import { fromEditorValue } from '../editor/convert';
import { cleanHtmlNodes } from '../html/clean';
import { textOf, type HElement, type HNode } from '../html/parse';
import { readBudgetTable, type CategoryLabels } from './budget-table';
import { buildHeadingIndex, matchHeading, type HeadingVariants } from './heading-match';
import { readPartiesTable } from './parties-table';
import type { BudgetCandidate, ImportPlan, ImportedParty } from './plan';
import { tableRows } from './table-rows';

/**
 * Sorts a converted Word document into the template's sections. A heading that names a section
 * (by the export's section mark, or by its title in either language or a known variant) starts
 * that section; everything up to the next such heading is its text. Text before the first
 * recognised heading, and under a heading that names no section (unless it is a subheading of a
 * recognised one), is not placed: the user places it. Tables that read as a budget are offered as
 * budget lines; other tables become text as pasting them would.
 */

export interface PlaceOptions {
  template: ApplicationTemplate;
  variants: HeadingVariants;
  categories: CategoryLabels;
}

type Target = { kind: 'section'; id: string; level: number } | { kind: 'unplaced' };

const HEADING = /^h([1-6])$/;
const isElement = (n: HNode): n is HElement => n.kind === 'element';

/** The section marks (bookmarks, which the converter writes as empty anchors) inside an element. */
function markOf(el: HElement): string | null {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    const id = c.tag === 'a' && c.attrs.id ? sectionOfBookmark(c.attrs.id) : null;
    if (id) return id;
    const below = markOf(c);
    if (below) return below;
  }
  return null;
}

/** Links the cleaner leaves out (javascript:, file:, data:, internal anchors): counted for the notice. */
function unsafeLinks(nodes: HNode[]): number {
  let n = 0;
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.tag === 'a' && node.attrs.href !== undefined && !/^(https?:|mailto:)/i.test(node.attrs.href.trim())) n++;
    n += unsafeLinks(node.children);
  }
  return n;
}

class Placer {
  readonly sections: Record<string, BlockElement[]> = {};
  readonly unplaced: BlockElement[] = [];
  readonly budget: Array<BudgetCandidate & { summary: boolean }> = [];
  parties: ImportedParty[] = [];
  droppedImages = 0;
  ownExport = false;
  svHits = 0;
  enHits = 0;
  private pending: HNode[] = [];
  private target: Target = { kind: 'unplaced' };
  private heading = '';
  /** In the app's own export, past a table made from the structured parts: the rest of the section was made from them too. */
  private generated = false;

  constructor(private readonly o: PlaceOptions, private readonly index: Map<string, string>) {}

  private kindOf(id: string) {
    return this.o.template.sections.find((s) => s.id === id)?.kind;
  }

  flush() {
    if (this.pending.length === 0) return;
    const cleaned = cleanHtmlNodes(this.pending);
    this.pending = [];
    this.droppedImages += cleaned.droppedImages;
    // The cleaner gives the editor's form (a list item holds a paragraph); a draft stores the item's text itself.
    this.add(cleaned.blocks.length ? fromEditorValue(cleaned.blocks) : []);
  }

  private add(blocks: BlockElement[]) {
    if (blocks.length === 0) return;
    const t = this.target;
    if (t.kind === 'section' && this.kindOf(t.id) === 'text') (this.sections[t.id] ??= []).push(...blocks);
    // Under a structured part the app's own export writes what the draft's cards hold: not text to keep.
    else if (t.kind === 'section' && this.ownExport) return;
    else this.unplaced.push(...blocks);
  }

  headingNode(el: HElement, level: number) {
    const text = textOf(el).replace(/\s+/g, ' ').trim();
    const mark = markOf(el);
    if (mark && !this.ownExport) {
      // The app's own export: what stands before its first section is its title page and contents, made from the draft.
      this.ownExport = true;
      this.pending = [];
      this.unplaced.length = 0;
    }
    const id = mark ?? matchHeading(this.index, text);
    if (id && this.o.template.sections.some((s) => s.id === id)) {
      this.flush();
      this.countLanguage(id, text);
      this.target = { kind: 'section', id, level };
      this.heading = text;
      this.generated = false;
      return;
    }
    const t = this.target;
    this.heading = text;
    // A subheading of a recognised section stays in it; any other heading ends the section.
    if (t.kind === 'section' && (level > t.level || this.ownExport)) {
      this.pending.push(el);
      return;
    }
    this.flush();
    this.target = { kind: 'unplaced' };
    this.pending.push(el);
  }

  private countLanguage(id: string, text: string) {
    const s = this.o.template.sections.find((x) => x.id === id)!;
    if (s.title.sv.toLowerCase() === text.toLowerCase()) this.svHits++;
    else if (s.title.en.toLowerCase() === text.toLowerCase()) this.enHits++;
  }

  table(el: HElement) {
    const rows = tableRows(el);
    const t = this.target;
    if (t.kind === 'section' && this.kindOf(t.id) === 'parties') {
      const parties = readPartiesTable(rows);
      if (parties.length) this.parties = parties;
    }
    // In the app's own export only the budget section's tables are the budget (a plan's tables have amounts too).
    const inBudget = t.kind === 'section' && this.kindOf(t.id) === 'budget';
    const budget = this.ownExport && !inBudget ? null : readBudgetTable(rows, this.heading, this.o.categories);
    // A draft's text holds no tables: in the app's own export every table was made from the structured parts.
    if (!budget && this.ownExport) {
      this.flush();
      this.generated = true;
      return;
    }
    if (!budget) {
      this.pending.push(el);
      return;
    }
    this.flush();
    const rowsText = cleanHtmlNodes([el]).blocks;
    const text = rowsText.length ? fromEditorValue(rowsText) : [];
    this.budget.push({ id: `table-${this.budget.length + 1}`, heading: this.heading.slice(0, 1000), lines: budget.lines, text, summary: budget.summary });
  }

  node(n: HNode) {
    const h = isElement(n) ? HEADING.exec(n.tag) : null;
    const marked = h && isElement(n) && markOf(n) !== null;
    if (this.generated && !marked) return;
    if (!isElement(n)) return void this.pending.push(n);
    if (h) this.headingNode(n, Number(h[1]));
    else if (n.tag === 'table') this.table(n);
    else this.pending.push(n);
  }
}

/** Places a document's body (as parsed from the converter's HTML) into sections. */
export function placeDocument(body: HNode[], o: PlaceOptions): Omit<ImportPlan, 'title' | 'comments'> {
  const p = new Placer(o, buildHeadingIndex(o.template, o.variants));
  for (const n of body) p.node(n);
  p.flush();
  // A summary by year repeats the lines' sums: offered only when the document has no line tables.
  const lineTables = p.budget.filter((b) => !b.summary);
  const offered = lineTables.length ? lineTables : p.budget;
  if (!p.ownExport) for (const b of p.budget) if (!offered.includes(b)) p.unplaced.push(...b.text);
  return {
    language: p.enHits > p.svHits ? 'en-GB' : 'sv-SE',
    sections: p.sections,
    unplaced: p.unplaced,
    budget: offered.map(({ summary: _summary, ...b }) => b),
    parties: p.parties,
    droppedImages: p.droppedImages,
    droppedLinks: unsafeLinks(body),
    ownExport: p.ownExport,
  };
}
