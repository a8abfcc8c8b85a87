import { describe, expect, it } from 'vitest';
import { budgetWorkbookOf } from '../../../core/budget-sheet/from-rule-pack';
import { columnName, uniqueSheetName, type SheetCell, type SheetModel } from '../../../core/budget-sheet/model';
import type { BudgetLine, Draft } from '../../../core/draft/schema';
import { amountKey } from '../../../core/draft/invalid-inputs';
import { newPartner } from '../../../core/draft/new-draft';
import { parseRulePacks } from '../../../core/rules';
import { rulePacks } from '../../../templates';
import { generateDraft } from '../../helpers/generate-draft';

const parsed = parseRulePacks(rulePacks);
if (!parsed.ok) throw new Error(parsed.error.message);
const packs = parsed.value;

const line = (id: string, year: number, category: string, side: string, kronor: number, description = ''): BudgetLine =>
  ({ id, year, category, side, amountOre: Math.round(kronor * 100), description, activityId: null });

/** A 2020 project with Mombasa (Afrika/Asien: 500 000 kr per year) and a budget over the ceiling in year 2. */
function draft(lines: BudgetLine[], o: Partial<Draft> = {}): Draft {
  const d = generateDraft({ words: 10, editionId: 'icld-kp-2020' });
  return { ...d, budget: lines, ...o };
}

const LINES = [
  line('a', 1, 'international_travel', 'swedish', 120000, 'Resa till Mombasa'),
  line('b', 1, 'work_input', 'p1', 150000.5),
  line('c', 2, 'international_travel', 'p1', 300000),
  line('d', 2, 'work_input', 'swedish', 250000),
];

const text = (c: SheetCell) => (c?.kind === 'text' ? c.text : undefined);
const rowOf = (s: SheetModel, label: string) => s.rows.findIndex((r) => text(r[0] ?? null) === label);
const values = (s: SheetModel, r: number) => s.rows[r]!.map((c) => (c === null ? null : c.kind === 'text' ? c.text : c.value));
const formulas = (s: SheetModel, r: number) => s.rows[r]!.map((c) => (c?.kind === 'formula' ? c.formula : null));

describe('budget workbook model', () => {
  it('has a summary, a sheet per party and the lines, named in the document language', () => {
    expect(budgetWorkbookOf(draft(LINES), packs).sheets.map((s) => s.name)).toEqual(['Sammanställning', 'Uppsala kommun', 'Mombasa County', 'Budgetrader']);
    expect(budgetWorkbookOf(draft(LINES), packs, 'en-GB').sheets.map((s) => s.name)).toEqual(['Summary', 'Uppsala kommun', 'Mombasa County', 'Budget lines']);
  });

  it('sums each category and year from the lines by formula, with row, year and grand totals', () => {
    const [summary] = budgetWorkbookOf(draft(LINES), packs).sheets;
    const header = rowOf(summary!, 'Kostnadsslag');
    expect(values(summary!, header)).toEqual(['Kostnadsslag', 'År 1', 'År 2', 'Summa']);
    const travel = rowOf(summary!, 'Internationella resor');
    const work = rowOf(summary!, 'Arbetsinsatser');
    expect(values(summary!, travel)).toEqual(['Internationella resor', 120000, 300000, 420000]);
    expect(values(summary!, work)).toEqual(['Arbetsinsatser', 150000.5, 250000, 400000.5]);
    const r = travel + 1;
    expect(formulas(summary!, travel)).toEqual([
      null,
      `SUMPRODUCT(('Budgetrader'!$B$2:$B$5=$A${r})*('Budgetrader'!$A$2:$A$5=1),'Budgetrader'!$F$2:$F$5)`,
      `SUMPRODUCT(('Budgetrader'!$B$2:$B$5=$A${r})*('Budgetrader'!$A$2:$A$5=2),'Budgetrader'!$F$2:$F$5)`,
      `SUM(B${r}:C${r})`,
    ]);
    const total = rowOf(summary!, 'Summa');
    const [first, last] = [Math.min(travel, work) + 1, Math.max(travel, work) + 1];
    expect(values(summary!, total)).toEqual(['Summa', 270000.5, 550000, 820000.5]);
    expect(formulas(summary!, total)).toEqual([null, `SUM(B${first}:B${last})`, `SUM(C${first}:C${last})`, `SUM(D${first}:D${last})`]);
  });

  it('shows the ceiling per year beside the totals and says where it is exceeded', () => {
    const [summary] = budgetWorkbookOf(draft(LINES), packs).sheets;
    const total = rowOf(summary!, 'Summa') + 1;
    const ceiling = rowOf(summary!, 'Tak per år');
    expect(values(summary!, ceiling)).toEqual(['Tak per år', 500000, 500000]);
    const exceeded = rowOf(summary!, 'Överskrids?');
    expect(values(summary!, exceeded)).toEqual(['Överskrids?', 'Nej', 'Ja']);
    expect(formulas(summary!, exceeded)).toEqual([null, `IF(B${total}>B${ceiling + 1},"Ja","Nej")`, `IF(C${total}>C${ceiling + 1},"Ja","Nej")`]);
  });

  it('says the ceiling is unknown when the edition has none for the draft', () => {
    const [summary] = budgetWorkbookOf(draft(LINES, { editionId: 'icld-kp-2023' }), packs).sheets;
    expect(rowOf(summary!, 'Tak: okänt för den här utgåvan – fråga ICLD.')).toBeGreaterThan(rowOf(summary!, 'Summa'));
    expect(rowOf(summary!, 'Tak per år')).toBe(-1);
  });

  it('gives each party its own sums, found by the party named at the top of its sheet', () => {
    const [, uppsala, mombasa] = budgetWorkbookOf(draft(LINES), packs).sheets;
    expect(values(uppsala!, 1)).toEqual(['Part', 'Uppsala kommun']);
    expect(values(mombasa!, rowOf(mombasa!, 'Summa'))).toEqual(['Summa', 150000.5, 300000, 450000.5]);
    const travel = rowOf(mombasa!, 'Internationella resor');
    expect(formulas(mombasa!, travel)[1]).toBe(`SUMPRODUCT(('Budgetrader'!$B$2:$B$5=$A${travel + 1})*('Budgetrader'!$A$2:$A$5=1)*('Budgetrader'!$C$2:$C$5=$B$2),'Budgetrader'!$F$2:$F$5)`);
    // The ceiling is the whole budget's: it stands on the summary only.
    expect(rowOf(mombasa!, 'Tak per år')).toBe(-1);
  });

  it('numbers two parties with the same name, so each sheet sums only its own lines', () => {
    const d = draft([...LINES, line('e', 1, 'work_input', 'p2', 1000)]);
    d.partners.push(newPartner({ id: 'p2', organisation: 'Mombasa County', country: 'KE', role: 'partner' }));
    const sheets = budgetWorkbookOf(d, packs).sheets;
    expect(sheets.map((s) => s.name)).toEqual(['Sammanställning', 'Uppsala kommun', 'Mombasa County', 'Mombasa County (2)', 'Budgetrader']);
    expect(values(sheets[3]!, 1)).toEqual(['Part', 'Mombasa County (2)']);
    expect(values(sheets[3]!, rowOf(sheets[3]!, 'Summa'))).toEqual(['Summa', 1000, 0, 1000]);
  });

  it('lists each line with year, category, party, description, activity and amount, and a total', () => {
    const d = draft(LINES);
    d.activities = [{ id: 'act1', title: 'Workshop om medborgardialog', description: '', resultIds: [], startMonth: null, endMonth: null, place: null, parties: [], kind: null, participants: null }];
    d.budget[0] = { ...d.budget[0]!, activityId: 'act1' };
    const lines = budgetWorkbookOf(d, packs).sheets.at(-1)!;
    expect(values(lines, 0)).toEqual(['År', 'Kostnadsslag', 'Part', 'Beskrivning', 'Aktivitet', 'Belopp (kr)']);
    expect(values(lines, 1)).toEqual([1, 'Internationella resor', 'Uppsala kommun', 'Resa till Mombasa', expect.stringContaining('Workshop om medborgardialog'), 120000]);
    expect(values(lines, 2)).toEqual([1, 'Arbetsinsatser', 'Mombasa County', '', '–', 150000.5]);
    expect(values(lines, 5)).toEqual(['Summa', null, null, null, null, 820000.5]);
    expect(formulas(lines, 5)[5]).toBe('SUM(F2:F5)');
  });

  it('leaves an amount that could not be read out of every total, showing what was typed', () => {
    const d = draft(LINES.map((l) => (l.id === 'c' ? { ...l, amountOre: 0 } : l)), { invalidInputs: { [amountKey('c')]: '300 000 kronor ca' } });
    const [summary, , , lines] = budgetWorkbookOf(d, packs).sheets;
    expect(values(lines!, 3)[5]).toBe('Kunde inte läsas: ”300 000 kronor ca” (ingår inte i summorna)');
    expect(values(summary!, rowOf(summary!, 'Summa'))).toEqual(['Summa', 270000.5, 250000, 520000.5]);
  });

  it('names categories and formats amounts in the document language', () => {
    const swedish = budgetWorkbookOf(draft(LINES), packs);
    const english = budgetWorkbookOf(draft(LINES), packs, 'en-GB');
    expect(swedish.amountFormats).toEqual({ whole: '[$-41D]#,##0 "kr"', withOre: '[$-41D]#,##0.00 "kr"' });
    expect(english.amountFormats).toEqual({ whole: '"SEK "#,##0', withOre: '"SEK "#,##0.00' });
    expect(rowOf(english.sheets[0]!, 'International travel')).toBeGreaterThan(0);
    expect(values(english.sheets[0]!, rowOf(english.sheets[0]!, 'Exceeded?'))).toEqual(['Exceeded?', 'No', 'Yes']);
  });

  it('builds a budget of 5000 lines with exact totals', () => {
    const d = generateDraft({ words: 10, budgetLines: 5000 });
    const exact = d.budget.reduce((a, l) => a + l.amountOre, 0) / 100;
    const sheets = budgetWorkbookOf(d, packs).sheets;
    expect(sheets.at(-1)!.rows).toHaveLength(5002);
    const [summary] = sheets;
    expect(values(summary!, rowOf(summary!, 'Summa')).at(-1)).toBe(exact);
    expect(formulas(summary!, rowOf(summary!, 'Summa') - 1)[1]).toContain("'Budgetrader'!$F$2:$F$5001");
  });

  it('says so when there are no lines, with totals that do not refer to themselves', () => {
    const sheets = budgetWorkbookOf(draft([]), packs).sheets;
    const lines = sheets.at(-1)!;
    expect(values(lines, 1)[3]).toBe('Inga budgetrader ännu.');
    expect(formulas(lines, 2)[5]).toBe('SUM(F2:F2)');
  });
});

describe('sheet names and references', () => {
  it('makes names valid and unique as spreadsheet programs require', () => {
    const taken = new Set<string>();
    expect(uniqueSheetName('Stad: [Syd]/Norr?', taken)).toBe('Stad- -Syd--Norr-');
    expect(uniqueSheetName('stad- -syd--norr-', taken)).toBe('stad- -syd--norr- (2)');
    const long = uniqueSheetName('Kommunförbundet Skåne och Blekinge län', taken);
    expect(long).toHaveLength(31);
    expect(uniqueSheetName('Kommunförbundet Skåne och Blekinge län', taken)).toMatch(/^.{27} \(2\)$/);
  });

  it('names columns past Z as spreadsheets do', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });
});
