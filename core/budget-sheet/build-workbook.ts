import type { BudgetLine, Draft } from '../draft/schema';
import { invalidAmountLines } from '../draft/invalid-inputs';
import type { Lang } from '../docx/labels';
import type { NameResolver } from '../docx/pack-info';
import { amountFormats, budgetSheetLabels, type BudgetSheetLabels } from './labels';
import { linesSheet, orderedLines } from './lines-sheet';
import { type WorkbookModel, uniqueSheetName } from './model';
import { summarySheet, type SheetLimit } from './summary-sheet';

export interface BudgetWorkbookInput {
  draft: Draft;
  lang: Lang;
  /** Names of categories and countries in the document language (core/docx/pack-info.ts). */
  names: NameResolver;
  /** The ceilings that apply to the draft (as the rule engine works them out); [] when the edition has none. */
  limits: readonly SheetLimit[];
}

/**
 * Each party's name as the sheets show it: the applicant's organisation, each partner's (or its
 * country), then any other side a line names; numbered when two would read the same, because the
 * party sheets' formulas find their lines by this name.
 */
export function partyNames(draft: Draft, names: NameResolver, L: BudgetSheetLabels): Map<string, string> {
  const wished: Array<[string, string]> = [['swedish', draft.applicant.organisation.trim() || L.applicantFallback]];
  for (const p of draft.partners) wished.push([p.id, p.organisation.trim() || names.country(p.country) || p.id]);
  for (const l of draft.budget) if (!wished.some(([side]) => side === l.side)) wished.push([l.side, l.side]);
  const seen = new Set<string>();
  const out = new Map<string, string>();
  for (const [side, wish] of wished) {
    let name = wish;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${wish} (${n})`;
    seen.add(name.toLowerCase());
    out.set(side, name);
  }
  return out;
}

/**
 * The budget spreadsheet of a draft: a summary of all parties with the ceilings beside the
 * totals, a sheet per party when there are several, and the lines themselves, which every total
 * sums by formula.
 */
export function buildBudgetWorkbook(input: BudgetWorkbookInput): WorkbookModel {
  const { draft, lang, names } = input;
  const L = budgetSheetLabels(lang);
  const categoryIds = names.categoryOrder(draft);
  const categories = categoryIds.map((id) => ({ id, name: names.costCategory(id) }));
  const lines = orderedLines(draft, categoryIds);
  const unreadable = invalidAmountLines(draft);
  const counted: BudgetLine[] = lines.map((l) => (unreadable.has(l.id) ? { ...l, amountOre: 0 } : l));
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
  const parties = partyNames(draft, names, L);
  const partyOf = (side: string) => parties.get(side) ?? side;
  const taken = new Set<string>();
  const summaryName = uniqueSheetName(L.summarySheet, taken);
  const linesName = uniqueSheetName(L.linesSheet, taken);
  const range = { sheet: linesName, lastRow: Math.max(2, lines.length + 1) };
  const title = L.title(draft.title.trim() || L.untitled);
  const common = { title, categories, years, range, L };
  const sheets = [summarySheet({ ...common, name: summaryName, party: null, lines: counted, limits: input.limits })];
  if (parties.size > 1) {
    for (const [side, party] of parties) {
      const own = counted.filter((l) => l.side === side);
      sheets.push(summarySheet({ ...common, name: uniqueSheetName(party, taken), party, lines: own, limits: null }));
    }
  }
  sheets.push(linesSheet(linesName, draft, lines, names, partyOf, L));
  return { title, amountFormats: amountFormats(lang), sheets };
}
