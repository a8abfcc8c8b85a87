import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedSections } from '../../core/docx/build-docx';
import { exportDocx, stopExportWorker } from '../../electron/services/export-docx';
import { loadApplicationTemplate } from '../../electron/services/templates';
import { readWithPythonDocx, type PyDocx } from './readers';
import { sampleApplication } from './sample-application';
import { toolsMissing } from '../support/tools';

const missing = toolsMissing(['python-docx'], 'the python-docx reading tests');

// The exported sample read back by python-docx, an independent reader of the file's structure:
// paragraph styles, tables and properties as Word would report them.

const NBSP = '\u00A0';
let dir: string;
let doc: PyDocx;

beforeAll(async () => {
  if (missing) return;
  dir = await mkdtemp(join(tmpdir(), 'kp-export-py-'));
  const path = join(dir, 'sample.docx');
  const r = await exportDocx(sampleApplication(), path, {}, { now: () => new Date('2026-03-10T09:00:00Z') });
  expect(r.ok).toBe(true);
  doc = await readWithPythonDocx(path);
}, 120_000);
afterAll(async () => {
  stopExportWorker();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(missing)('the exported sample, as python-docx reads it', () => {
  it('has the title in the Title style and each section as a Heading 1, in template order', () => {
    expect(doc.paragraphs.find((p) => p.style === 'Title')?.text).toBe('Unga röster i lokala beslut – Västerås och Kisumu');
    expect(doc.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(
      exportedSections(loadApplicationTemplate(), { component: 'project' }).map((s) => s.title.sv),
    );
    expect(doc.paragraphs.filter((p) => p.style === 'Heading 2').map((p) => p.text)).toEqual([
      'Problemanalys', 'Projektmål', 'Förväntade resultat efter år 1', 'År 1 (september 2026 – augusti 2027)',
      'År 2 (september 2027 – augusti 2028)', 'Tidsplan', 'Budget per aktivitet', 'Sammanställning per år och kategori', 'År 1', 'År 2',
    ]);
    expect(doc.paragraphs.filter((p) => p.style === 'Heading 3').map((p) => p.text)).toEqual(['Vad säger målgrupperna själva?']);
  });

  it('keeps the body text, quotes and list items, with list items numbered or bulleted', () => {
    const byText = (t: string) => doc.paragraphs.find((p) => p.text.startsWith(t));
    expect(byText('Västerås stad och Kisumu County Government vill under två år')?.style).toBe('Normal');
    expect(byText('”Vi säger vad vi tycker varje år')?.style).toBe('Quote');
    expect(byText('Dialogerna saknar en tydlig ägare')).toMatchObject({ style: 'List Paragraph', numbered: true });
    expect(byText('i Kisumus informella bosättningar')).toMatchObject({ style: 'List Paragraph', numbered: true });
  });

  it('reads the core-area, team and budget tables with their totals', () => {
    const table = (first: string) => doc.tables.find((t) => t[0]?.[0] === first && t[0]?.[1] !== undefined)!;
    const core = doc.tables.find((t) => t[0]?.[0] === 'Kärnområde')!;
    expect(core.slice(1).map((r) => r[0])).toEqual(['Delaktighet', 'Transparens', 'Ansvarsutkrävande']);
    expect(core[1]![1]).toBe('Projektets kärna: unga och kvinnor ska få reellt inflytande genom dialoger som leder till synlig återkoppling.\nModellen prövas i två pilotdialoger per part.');
    const team = table('Namn');
    expect(team[0]).toEqual(['Namn', 'Roll', 'Part', 'Kategori', 'Uppdrag']);
    expect(team).toContainEqual(['Anna Lindqvist', 'Kommunstyrelsens ordförande', 'Västerås stad', 'Politiker (majoritet)', '']);
    expect(team).toContainEqual(['David Mwangi', 'Public Participation Officer', 'Kisumu County Government', 'Tjänsteperson', 'ICLD-kontakt, Projektledare']);
    const summary = doc.tables.find((t) => t[0]?.join('|') === 'Kategori|År 1|År 2|Totalt')!;
    expect(summary.at(-1)).toEqual(['Totalt', `432${NBSP}150${NBSP}kr`, `406${NBSP}500${NBSP}kr`, `838${NBSP}650${NBSP}kr`]);
    const years = doc.tables.filter((t) => t[0]?.join('|') === 'Kategori|Part|Beskrivning|Belopp');
    expect(years.map((t) => t.at(-1))).toEqual([
      ['Summa år 1', '', '', `432${NBSP}150${NBSP}kr`],
      ['Summa år 2', '', '', `406${NBSP}500${NBSP}kr`],
    ]);
    expect(years[0]).toContainEqual(['Tolkning och översättning', 'Västerås stad', 'Tolkning engelska–svenska och engelska–dholuo', `24${NBSP}000${NBSP}kr`]);
  });

  it('reads the title page facts table', () => {
    const facts = Object.fromEntries(doc.tables[0]!.map((r) => [r[0], r[1]]));
    expect(facts).toMatchObject({
      Sökande: 'Västerås stad (Kommun)',
      Partner: 'Kisumu County Government (County/län), Kenya',
      Komponent: 'Projekt',
      Projektperiod: '1 september 2026 – 31 augusti 2028',
      'Sökt belopp': `838${NBSP}650${NBSP}kr`,
      Exporterad: '10 mars 2026',
    });
  });

  it('has document properties and the proofing language on every run', () => {
    expect(doc.core).toMatchObject({
      title: 'Unga röster i lokala beslut – Västerås och Kisumu',
      subject: 'Ansökan om Kommunalt Partnerskap – Projekt',
      author: 'Västerås stad',
      keywords: 'ICLD, Kommunalt Partnerskap, Projekt, icld-kp-2020, Kenya',
      language: 'sv-SE',
      contentStatus: '',
    });
    const langs = new Set(doc.paragraphs.flatMap((p) => p.runLangs));
    expect([...langs]).toEqual(['sv-SE']);
  });

  it('has the project title in the header and PAGE / NUMPAGES fields in the footer', () => {
    expect(doc.header).toEqual(['Unga röster i lokala beslut – Västerås och Kisumu']);
    expect(doc.footerXml).toMatch(/Sida [\s\S]*PAGE[\s\S]*av [\s\S]*NUMPAGES/);
  });
});
