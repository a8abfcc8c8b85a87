import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetTotals } from '../../core/docx/budget-section';
import type { BudgetLine, Draft } from '../../core/draft/schema';
import { newPartner } from '../../core/draft/new-draft';
import { main } from '../../electron/cli/index';
import { writeDraftFile } from '../../electron/services/draft-files';
import { exportBudgetXlsx } from '../../electron/services/export-xlsx';
import { generateDraft } from '../helpers/generate-draft';
import { toolsMissing } from '../support/tools';
import { sampleApplication } from './sample-application';
import { readXlsxPython, withoutStoredResults, xlsxSheetsByLibreOffice, type PyXlsx } from './xlsx-readers';

// The budget spreadsheet read back by independent readers: LibreOffice Calc computes every sheet
// from the formulas (also from a copy whose stored results were removed, so only its own
// arithmetic can produce the totals), and openpyxl reads the formulas, the stored results and the
// number formats. Both must agree with the totals the app shows.

const missingCalc = toolsMissing(['soffice', 'soffice-calc'], 'the budget spreadsheet read back by LibreOffice Calc');
const missingPy = toolsMissing(['openpyxl'], 'the budget spreadsheet read back by openpyxl');

const CATEGORIES = { international_travel: 'Internationella resor', work_input: 'Arbetsinsatser' } as const;
let dir: string;

/** The sample with a third party, a line in öre and a year 2 over its ceiling. */
function draft(): Draft {
  const d = sampleApplication();
  d.partners.push(newPartner({ id: 'p2', organisation: 'Kakamega County Government', country: 'KE', role: 'partner' }));
  const extra: BudgetLine[] = [
    { id: 'x1', year: 1, category: 'work_input', side: 'p2', amountOre: 1_234_550, description: 'Arbetsinsats, Kakamega', activityId: null },
    { id: 'x2', year: 2, category: 'international_travel', side: 'p2', amountOre: 40_000_000, description: 'Studieresa, Kakamega', activityId: null },
  ];
  d.budget.push(...extra);
  return d;
}

async function kp(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = await main(args, { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), cwd: dir });
  return { code, ...out };
}

const kronor = (ore: number) => ore / 100;
// Calc writes a number in the language of its cell's format: Swedish amounts with a decimal comma.
const num = (field: string | undefined) => Number((field ?? '').replace(',', '.'));
const row = (sheet: string[][], label: string) => sheet.find((r) => r[0] === label);

/** The app's totals of a party's lines (or all), as the summary sheets lay them out. */
function expected(d: Draft, side: string | null) {
  const t = budgetTotals({ budget: d.budget.filter((l) => side === null || l.side === side), invalidInputs: d.invalidInputs });
  const years = budgetTotals(d).years;
  const cat = (id: string) => [...years.map((y) => kronor(t.byYearCategory.get(`${y}\u0000${id}`) ?? 0)), kronor(t.byCategory.get(id) ?? 0)];
  return { years, total: [...years.map((y) => kronor(t.byYear.get(y) ?? 0)), kronor(t.total)], cat, t };
}

function checkSummary(sheet: string[][] | undefined, d: Draft, side: string | null) {
  expect(sheet).toBeDefined();
  const e = expected(d, side);
  for (const [id, name] of Object.entries(CATEGORIES)) expect(row(sheet!, name)!.slice(1, e.years.length + 2).map(num)).toEqual(e.cat(id));
  expect(row(sheet!, 'Summa')!.slice(1, e.years.length + 2).map(num)).toEqual(e.total);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-xlsx-'));
  expect((await writeDraftFile(join(dir, 'sample.kpdraft'), draft())).ok).toBe(true);
  expect(await kp('export-budget', 'sample.kpdraft', '-o', 'budget.xlsx')).toMatchObject({ code: 0, stdout: 'budget.xlsx\n' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(missingCalc)('budget spreadsheet through LibreOffice Calc', () => {
  let stored: Map<string, string[][]>;
  let computed: Map<string, string[][]>;
  beforeAll(async () => {
    stored = await xlsxSheetsByLibreOffice(join(dir, 'budget.xlsx'));
    expect(await withoutStoredResults(join(dir, 'budget.xlsx'), join(dir, 'computed.xlsx'))).toBeGreaterThan(20);
    computed = await xlsxSheetsByLibreOffice(join(dir, 'computed.xlsx'));
  }, 240_000);

  it('has the summary, a sheet per party and the lines', () => {
    expect([...computed.keys()].sort()).toEqual(['Budgetrader', 'Kakamega County Government', 'Kisumu County Government', 'Sammanställning', 'Västerås stad']);
  });

  it('computes the totals from the formulas to the app\'s totals, for all parties and for each', () => {
    const d = draft();
    for (const sheets of [computed, stored]) {
      checkSummary(sheets.get('Sammanställning'), d, null);
      checkSummary(sheets.get('Västerås stad'), d, 'swedish');
      checkSummary(sheets.get('Kisumu County Government'), d, 'p1');
      checkSummary(sheets.get('Kakamega County Government'), d, 'p2');
    }
  });

  it('puts the ceiling beside each year\'s total and works out that year 2 exceeds it', () => {
    const summary = computed.get('Sammanställning')!;
    // Three parties in Kenya: the trilateral project's ceiling (Afrika/Asien), 650 000 kr per year.
    expect(row(summary, 'Tak per år')!.slice(1, 3).map(num)).toEqual([650000, 650000]);
    expect(budgetTotals(draft()).byYear.get(2)).toBeGreaterThan(650000_00);
    expect(row(summary, 'Överskrids?')!.slice(1, 3)).toEqual(['Nej', 'Ja']);
  });

  it('lists every line with its amount and the lines\' total', () => {
    const d = draft();
    const lines = computed.get('Budgetrader')!;
    expect(lines[0]).toEqual(['År', 'Kostnadsslag', 'Part', 'Beskrivning', 'Aktivitet', 'Belopp (kr)']);
    expect(lines.filter((r) => /^\d+$/.test(r[0]!))).toHaveLength(d.budget.length);
    expect(lines.find((r) => r[3] === 'Arbetsinsats, Kakamega')!.slice(0, 3).concat(lines.find((r) => r[3] === 'Arbetsinsats, Kakamega')![5]!))
      .toEqual(['1', 'Arbetsinsatser', 'Kakamega County Government', '12345,5']);
    expect(num(row(lines, 'Summa')![5])).toBe(kronor(budgetTotals(d).total));
  });

  it('computes a budget of 5000 lines', async () => {
    const big = generateDraft({ words: 10, budgetLines: 5000 });
    const path = join(dir, 'big.xlsx');
    expect(await exportBudgetXlsx(big, path)).toEqual({ ok: true, value: { path } });
    await withoutStoredResults(path, join(dir, 'big-computed.xlsx'));
    const sheets = await xlsxSheetsByLibreOffice(join(dir, 'big-computed.xlsx'));
    expect(num(row(sheets.get('Sammanställning')!, 'Summa')!.at(-1))).toBe(kronor(budgetTotals(big).total));
    expect(num(row(sheets.get('Budgetrader')!, 'Summa')![5])).toBe(kronor(budgetTotals(big).total));
  }, 240_000);
});

describe.skipIf(missingPy)('budget spreadsheet through openpyxl', () => {
  let book: PyXlsx;
  beforeAll(async () => {
    book = await readXlsxPython(join(dir, 'budget.xlsx'));
  }, 120_000);
  const cellsOf = (sheet: string) => book.sheets.find((s) => s.name === sheet)!.cells;
  const at = (sheet: string, label: string) => {
    const cells = cellsOf(sheet);
    const labelCell = cells.find((c) => c.stored === label && /^A\d/.test(c.ref))!;
    const r = labelCell.ref.replace(/^[A-Z]+/, '');
    return cells.filter((c) => c.ref.replace(/^[A-Z]+/, '') === r && c.ref !== labelCell.ref);
  };

  it('reads a sheet per party besides the summary and the lines', () => {
    expect(book.sheets.map((s) => s.name)).toEqual(['Sammanställning', 'Västerås stad', 'Kisumu County Government', 'Kakamega County Government', 'Budgetrader']);
  });

  it('reads formulas for the totals, with stored results equal to the app\'s totals', () => {
    const d = draft();
    for (const [sheet, side] of [['Sammanställning', null], ['Kisumu County Government', 'p1'], ['Kakamega County Government', 'p2']] as const) {
      const e = expected(d, side);
      const travel = at(sheet, CATEGORIES.international_travel);
      expect(travel.slice(0, -1).every((c) => String(c.stored).startsWith('=SUMPRODUCT('))).toBe(true);
      expect(String(travel.at(-1)!.stored)).toMatch(/^=SUM\(B\d+:C\d+\)$/);
      expect(travel.map((c) => c.value)).toEqual(e.cat('international_travel'));
      const total = at(sheet, 'Summa');
      expect(total.every((c) => /^=SUM\(/.test(String(c.stored)))).toBe(true);
      expect(total.map((c) => c.value)).toEqual(e.total);
    }
  });

  it('formats amounts as Swedish kronor, with öre only where there are any', () => {
    const lines = cellsOf('Budgetrader');
    const withOre = lines.find((c) => c.stored === 12345.5)!;
    expect(withOre.format).toBe('[$-41D]#,##0.00 "kr"');
    const whole = lines.find((c) => c.ref.startsWith('F') && c.stored === 400000)!;
    expect(whole.format).toBe('[$-41D]#,##0 "kr"');
    expect(at('Sammanställning', 'Summa').map((c) => c.format)).toEqual(['[$-41D]#,##0.00 "kr"', '[$-41D]#,##0 "kr"', '[$-41D]#,##0.00 "kr"']);
  });
});
