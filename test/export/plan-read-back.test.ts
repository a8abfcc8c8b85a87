import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx, stopExportWorker } from '../../electron/services/export-docx';
import { docxToPdf, pdfPages, pdfPageSizes, readWithPythonDocx, type PyDocx } from './readers';
import { sampleApplication } from './sample-application';
import { toolsMissing } from '../support/tools';

// The plan's tables in the exported sample, read back by independent readers: python-docx reads
// the file's tables cell by cell (with their shading), LibreOffice lays the pages out.

const noPython = toolsMissing(['python-docx'], 'the plan tables read by python-docx');
const noLibreOffice = toolsMissing(['soffice', 'pdftotext'], 'the plan tables laid out by LibreOffice');
const NBSP = '\u00A0';
const kr = (n: string) => `${n.replace(/ /g, NBSP)}${NBSP}kr`;
const flat = (s: string) => s.replace(/\u00A0/g, ' ').replace(/[ \t]+/g, ' ');

let dir: string;
let docx: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-plan-read-'));
  docx = join(dir, 'sample.docx');
  const r = await exportDocx(sampleApplication(), docx, {}, { now: () => new Date('2026-03-10T09:00:00Z') });
  expect(r.ok).toBe(true);
}, 120_000);
afterAll(async () => {
  stopExportWorker();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(noPython)('the plan, as python-docx reads it', () => {
  let doc: PyDocx;
  const index = (...header: string[]) => doc.tables.findIndex((t) => header.every((h, i) => t[0]?.[i] === h));
  beforeAll(async () => {
    doc = await readWithPythonDocx(docx);
  }, 120_000);

  it('reads the matrix\'s seven columns and its levels, numbered 1 / 1.1 / 1.1 a, overall objective first', () => {
    const m = doc.tables[index('Nivå')]!;
    expect(m[0]).toEqual(['Nivå', 'Mål och resultat', 'Indikator', 'Utgångsvärde', 'Målvärde', 'Verifikationskälla', 'Antaganden']);
    expect(m.every((r) => r.length === 7)).toBe(true);
    expect(m.slice(1).map((r) => r[0])).toEqual(['Övergripande mål', 'Projektmål 1', 'Resultat 1.1', 'Resultat 1.2', 'Resultat 1.3', 'Projektmål 2', 'Resultat 2.1', 'Resultat 2.2']);
    expect(m.slice(1).map((r) => /^([\d.]+ )?[a-z] /.exec(r[2]!)?.[0].trim())).toEqual(['a', '1 a', '1.1 a', '1.2 a', '1.3 a', '2 a', '2.1 a', '2.2 a']);
    expect(m[6]!.slice(3, 5)).toEqual(['30 % (2025)', '40 % (30 juni 2028)']);
  });

  it('reads the Gantt table\'s shaded months for a known activity, and nothing shaded outside them', () => {
    const g = index('Nr', 'Aktivitet', 'Resultat');
    const rows = doc.tables[g]!;
    expect(rows[0]!.length).toBe(3 + 24);
    expect(rows[1]!.slice(3).join('')).toBe('SONDJFMAMJJA'.repeat(2));
    const at = rows.findIndex((r) => r[1] === 'Beslut om rutinen i kommunstyrelsen och county executive');
    expect(rows[at]!.slice(0, 3)).toEqual(['1.3.1', 'Beslut om rutinen i kommunstyrelsen och county executive', '1.3']);
    const fills = doc.tableFills[g]![at]!;
    expect(fills.slice(0, 3)).toEqual([null, null, null]);
    const shaded = fills.slice(3).flatMap((f, k) => (f === null ? [] : [k + 1]));
    expect(shaded).toEqual([19, 20, 21, 22]); // March – June 2028
    expect(new Set(fills.slice(3).filter((f) => f !== null))).toEqual(new Set(['2E75B6']));
  });

  it('reads the budget per activity with the budget table\'s totals, per year and in all', () => {
    const perActivity = doc.tables[index('Aktivitet', 'År 1')]!;
    const summary = doc.tables[index('Kategori', 'År 1', 'År 2', 'Totalt')]!;
    expect(perActivity.at(-1)).toEqual(summary.at(-1));
    expect(perActivity.at(-1)).toEqual(['Totalt', kr('432 150'), kr('406 500'), kr('838 650')]);
    // The rows add up to the total, column by column.
    const ore = (s: string) => (s === '–' ? 0 : Number(s.replace(/\D/g, '')));
    for (const col of [1, 2, 3]) expect(perActivity.slice(1, -1).reduce((a, r) => a + ore(r[col]!), 0)).toBe(ore(perActivity.at(-1)![col]!));
  });

  it('reads the risk register and the goals, with the matrix, the Gantt table and the risks on pages on their side', () => {
    expect(doc.tables[index('Nr', 'Risk')]!.map((r) => r[6])).toEqual(['Hotar', '1', '1.2', '2.2', 'Hela projektet']);
    expect(doc.tables[index('Mål', 'Globalt mål')]!.slice(1).map((r) => r.slice(0, 2).join(' '))).toEqual(['5 Jämställdhet', '11 Hållbara städer och samhällen', '16 Fredliga och inkluderande samhällen']);
    expect(doc.sections.map((s) => s.landscape)).toEqual([false, true, false, true, false, true, false]);
    expect(doc.sections.filter((s) => s.landscape).map((s) => s.width)).toEqual([16838, 16838, 16838]);
  });
});

describe.skipIf(noLibreOffice)('the plan, as LibreOffice lays it out', () => {
  let pages: string[];
  let sizes: Array<{ width: number; height: number }>;
  beforeAll(async () => {
    const pdf = await docxToPdf(docx, dir);
    pages = (await pdfPages(pdf)).map(flat);
    sizes = await pdfPageSizes(pdf);
  }, 240_000);

  /** The first page after the contents with a line reading `heading`. */
  const pageWith = (heading: string) => pages.findIndex((p, i) => i > 1 && p.split('\n').some((l) => l.trim() === heading));

  it('shows each table under its heading, with its header row, on a page on its side where it is wide', () => {
    for (const [heading, header, landscape] of [
      ['Resultatramverk (LFA-matris)', /Nivå\s+Mål och resultat\s+Indikator\s+Utgångsvärde\s+Målvärde\s+Verifikationskälla\s+Antaganden/, true],
      ['Tidsplan', /Nr\s+Aktivitet\s+Resultat\s+År 1: sep 2026 – aug 2027\s+År 2: sep 2027 – aug 2028/, true],
      ['Budget per aktivitet', /Aktivitet\s+År 1\s+År 2\s+Totalt/, false],
      ['Riskregister', /Nr\s+Risk\s+Sannolikhet\s+Konsekvens\s+Åtgärd\s+Ansvarig\s+Hotar/, true],
      ['Globala mål', /Mål\s+Globalt mål\s+Delmål/, false],
    ] as const) {
      const at = pageWith(heading);
      expect(at, heading).toBeGreaterThan(0);
      expect(pages[at], heading).toMatch(header);
      const size = sizes[at]!;
      expect(size.width > size.height, `${heading} on a page on its side`).toBe(landscape);
    }
  });

  it('prints the month initials on one line and the budget per activity\'s total as the budget\'s', () => {
    expect(pages[pageWith('Tidsplan')]).toMatch(/S\s+O\s+N\s+D\s+J\s+F\s+M\s+A\s+M\s+J\s+J\s+A\s+S\s+O\s+N\s+D\s+J\s+F\s+M\s+A\s+M\s+J\s+J\s+A/);
    const budget = pages[pageWith('Budget per aktivitet')]!;
    expect(budget).toMatch(/Ej kopplat till någon aktivitet\s+184 250 kr\s+184 100 kr\s+368 350 kr/);
    expect(budget).toMatch(/Totalt\s+432 150 kr\s+406 500 kr\s+838 650 kr/);
  });
});
