import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../core/draft/schema';
import { exportDocx, stopExportWorker } from '../../electron/services/export-docx';
import { docxToPdf, pdfPages } from './readers';
import { sampleApplication } from './sample-application';
import { toolsMissing } from '../support/tools';

const missing = toolsMissing(['soffice', 'pdftotext', 'python-docx'], 'the budget page-break tests');
const run = promisify(execFile);

// A first-year budget long enough to cross a page. With 22 lines of the sample's layout,
// LibreOffice puts exactly the total row on the next page unless the last line is kept with it
// (found by laying the draft out with and without "keep with next").
const LINES = 22;
const line = (n: number) => `Budget line ${String(n).padStart(2, '0')}`;

function longBudget(): Draft {
  const d = sampleApplication();
  const first = d.budget.find((l) => l.year === 1)!;
  const extra = Array.from({ length: LINES }, (_, i) => ({ ...first, id: `long${i}`, description: line(i + 1), amountOre: 500_000 }));
  return { ...d, budget: [...extra, ...d.budget.filter((l) => l.year !== 1)] };
}

// Each table row as Word reads it: repeated as a header, allowed to split, kept with the next row
// (every paragraph in it "keep with next"), and its first cell's text.
const ROWS_PY = `
import docx, json, sys
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
out = []
for t in d.tables:
    rows = []
    for r in t.rows:
        trPr = r._tr.trPr
        def flag(tag):
            e = None if trPr is None else trPr.find(qn(tag))
            return e is not None and e.get(qn('w:val')) not in ('false', '0', 'off')
        ps = r._tr.xpath('.//w:p')
        keep = len(ps) > 0 and all(p.pPr is not None and p.pPr.find(qn('w:keepNext')) is not None for p in ps)
        rows.append({'header': flag('w:tblHeader'), 'cantSplit': flag('w:cantSplit'), 'keepNext': keep, 'text': r.cells[0].text})
    out.append(rows)
json.dump(out, sys.stdout, ensure_ascii=False)
`;

let dir: string;
let docx: string;

beforeAll(async () => {
  if (missing) return;
  dir = await mkdtemp(join(tmpdir(), 'kp-budget-break-'));
  docx = join(dir, 'long-budget.docx');
  const r = await exportDocx(longBudget(), docx, { language: 'en-GB' }, { now: () => new Date('2026-03-10T09:00:00Z') });
  expect(r).toEqual({ ok: true, value: { path: docx } });
}, 120_000);
afterAll(async () => {
  stopExportWorker();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(missing)('a budget table that crosses a page', () => {
  it('as python-docx reads it: the header row repeats, no row splits, and the line before each total is kept with it', async () => {
    const { stdout } = await run('/usr/bin/python3', ['-c', ROWS_PY, docx], { maxBuffer: 64 * 1024 * 1024 });
    const tables = JSON.parse(stdout) as Array<Array<{ header: boolean; cantSplit: boolean; keepNext: boolean; text: string }>>;
    const budgetTables = tables.filter((t) => t[0]?.text === 'Category');
    expect(budgetTables).toHaveLength(3);
    for (const t of budgetTables) {
      expect(t.map((r) => r.header)).toEqual(t.map((_, i) => i === 0));
      expect(t.every((r) => r.cantSplit)).toBe(true);
      const total = t.length - 1;
      expect(t[total]!.text).toMatch(/^Total/);
      // Kept with the next: the header (with the first line) and the line before the total; no other.
      expect(t.map((r) => r.keepNext)).toEqual(t.map((_, i) => i === 0 || i === total - 1));
    }
  });

  it('laid out by LibreOffice: the total row is not alone at the top of a page, and the header is repeated there', async () => {
    const pages = await pdfPages(await docxToPdf(docx, dir));
    const flat = pages.map((p) => p.replace(/\u00A0/g, ' '));
    const start = flat.findIndex((p) => p.includes(line(1)));
    const end = flat.findIndex((p) => p.includes('Total year 1'));
    expect(end).toBeGreaterThan(start);
    const rows = flat[end]!.split('\n').map((l) => l.trim()).filter(Boolean);
    const header = rows.findIndex((l) => /^Category\s+Side\s+Description\s+Amount$/.test(l));
    expect(header).toBeGreaterThanOrEqual(0);
    expect(rows[header + 1]).toMatch(new RegExp(`${line(LINES)}\\s+SEK 5,000$`));
    expect(rows[header + 2]).toMatch(new RegExp(`^Total year 1\\s+SEK ${(LINES * 5000).toLocaleString('en-GB')}$`));
  });
});
