import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';

/**
 * Independent readers of exported .xlsx files: LibreOffice Calc (every sheet to CSV, computed by
 * Calc itself) and openpyxl. Used by the budget spreadsheet's read-back tests.
 */

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));

// Comma-separated, quoted with ", UTF-8, the cells' values as numbers (not as shown), every sheet (-1).
const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

/** RFC 4180 fields of a CSV text. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Every sheet of an .xlsx as LibreOffice Calc computes it, by sheet name. */
export async function xlsxSheetsByLibreOffice(xlsx: string): Promise<Map<string, string[][]>> {
  const profile = await mkdtemp(join(tmpdir(), 'kp-lo-'));
  const out = await mkdtemp(join(tmpdir(), 'kp-lo-csv-'));
  try {
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', ALL_SHEETS_CSV, '--outdir', out, xlsx], {
      timeout: 240_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const base = basename(xlsx).replace(/\.xlsx$/i, '');
    const sheets = new Map<string, string[][]>();
    for (const f of await readdir(out)) {
      if (!f.startsWith(`${base}-`) || !f.endsWith('.csv')) continue;
      sheets.set(f.slice(base.length + 1, -4), parseCsv(await readFile(join(out, f), 'utf8')));
    }
    return sheets;
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * A copy of an .xlsx with every formula's stored value removed, so a reader can only show a total
 * by computing the formula.
 */
export async function withoutStoredResults(src: string, dst: string): Promise<number> {
  const zip = await JSZip.loadAsync(await readFile(src));
  let removed = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const stripped = xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, (_, f: string) => {
      removed++;
      return f;
    });
    zip.file(name, stripped);
  }
  await writeFile(dst, await zip.generateAsync({ type: 'nodebuffer' }));
  return removed;
}

export interface PyXlsxCell { ref: string; stored: string | number | null; value: string | number | null; format: string }
export interface PyXlsx { sheets: Array<{ name: string; cells: PyXlsxCell[] }> }

/** What openpyxl reads: each cell's formula or value, its stored value and its number format. */
export async function readXlsxPython(xlsx: string): Promise<PyXlsx> {
  const { stdout } = await run('/usr/bin/python3', [join(here, 'read-xlsx.py'), xlsx], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as PyXlsx;
}
