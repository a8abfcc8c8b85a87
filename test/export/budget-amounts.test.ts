import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetLine, Draft } from '../../core/draft/schema';
import { exportDocx, stopExportWorker } from '../../electron/services/export-docx';
import { docxToPdf, pdfPages } from './readers';
import { sampleApplication } from './sample-application';
import { toolsMissing } from '../support/tools';

const missing = toolsMissing(['soffice', 'pdftotext'], 'the budget amount width tests');

// English amounts are wider than Swedish ones ("SEK 25,000.50" against "25 000,50 kr"), so the
// budget tables are read back from LibreOffice's layout in English: every amount must stand whole
// on one line of its cell, never "SEK 25,000.5" with the "0" below.

const now = () => new Date('2026-03-10T09:00:00Z');
const line = (id: string, year: number, category: string, amountOre: number): BudgetLine => ({
  id, year, category, side: 'swedish', amountOre, description: `Line ${id}`, activityId: null,
});

/** The sample with one year-2 line in öre, as QA entered it. */
function withOre(): Draft {
  const d = sampleApplication();
  return { ...d, budget: [...d.budget, line('ore', 2, 'venue_rent', 2_500_050)] };
}

/** Four years of amounts in the tens of millions, the widest figures a budget is likely to hold. */
function fourLargeYears(): Draft {
  const d = sampleApplication();
  return {
    ...d,
    budget: [
      line('y1', 1, 'work_input', 2_499_999_950),
      line('y2', 2, 'work_input', 2_499_999_950),
      line('y3', 3, 'work_input', 2_499_999_950),
      line('y4', 4, 'international_travel', 2_500_000_100),
    ],
  };
}

let dir: string;

async function englishPages(name: string, draft: Draft): Promise<string[]> {
  const docx = join(dir, `${name}.docx`);
  // Amounts this large break the programme's ceilings: exported anyway, as the dialog allows.
  const r = await exportDocx(draft, docx, { language: 'en-GB', allowErrors: true }, { now });
  expect(r).toEqual({ ok: true, value: { path: docx } });
  return (await pdfPages(await docxToPdf(docx, dir))).map((p) => p.replace(/\u00A0/g, ' '));
}

/** Every amount on the pages from the budget heading on, as pdftotext lays the lines out. */
function budgetLines(pages: string[]): string[] {
  const text = pages.join('\n');
  return text.slice(text.lastIndexOf('Summary by year and category')).split('\n');
}

/** The lines holding `amount` whole, not followed by more digits. */
const holding = (lines: string[], amount: string) => lines.filter((l) => new RegExp(`${amount.replace(/[.]/g, '\\.')}(?![\\d.,])`).test(l));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-budget-amounts-'));
});
afterAll(async () => {
  stopExportWorker();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(missing)('amounts with öre in the English budget tables, laid out by LibreOffice', () => {
  it('show each amount of a two-year budget whole on one line, in the summary and in the year tables', async () => {
    const lines = budgetLines(await englishPages('with-ore', withOre()));
    // The line itself, year 2's total, the category's total and the grand total, each with öre.
    for (const amount of ['SEK 25,000.50', 'SEK 431,500.50', 'SEK 52,000.50', 'SEK 863,650.50']) {
      expect(holding(lines, amount), amount).not.toHaveLength(0);
    }
    expect(lines.find((l) => /^\s*Total year 2\s/.test(l))).toMatch(/Total year 2\s+SEK 431,500\.50\s*$/);
    // No fragment of a broken amount is left alone on a line.
    expect(lines.filter((l) => /^\s*(\d{1,2}|\.\d{1,2})\s*$/.test(l) || /SEK [\d,]*[.,]\d?\s*$/.test(l))).toEqual([]);
  }, 240_000);

  it('show amounts in the tens of millions whole, over four years', async () => {
    const lines = budgetLines(await englishPages('four-large', fourLargeYears()));
    for (const amount of ['SEK 24,999,999.50', 'SEK 25,000,001', 'SEK 74,999,998.50', 'SEK 99,999,999.50']) {
      expect(holding(lines, amount), amount).not.toHaveLength(0);
    }
    expect(lines.filter((l) => /^\s*(\d{1,2}|\.\d{1,2})\s*$/.test(l) || /SEK [\d,]*[.,]\d?\s*$/.test(l))).toEqual([]);
  }, 240_000);
});
