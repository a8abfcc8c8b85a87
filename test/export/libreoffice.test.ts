import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedSections } from '../../core/docx/build-docx';
import { exportDocx, stopExportWorker } from '../../electron/services/export-docx';
import { loadApplicationTemplate } from '../../electron/services/templates';
import { docxToPdf, pdfNotes, pdfPages } from './readers';
import { generateDraft } from '../helpers/generate-draft';
import { sampleApplication } from './sample-application';
import { toolsMissing } from '../support/tools';

const missing = toolsMissing(['soffice', 'pdftotext'], 'the LibreOffice reading tests');

// The exported sample read back by an independent reader: LibreOffice lays it out and writes a
// PDF, and pdftotext reads the pages back.

const now = () => new Date('2026-03-10T09:00:00Z');
const flat = (s: string) => s.replace(/\u00A0/g, ' ').replace(/[ \t]+/g, ' ');
let dir: string;

async function exportAndRead(name: string, language: 'sv-SE' | 'en-GB', withComments = false): Promise<string[]> {
  const docx = join(dir, `${name}.docx`);
  const r = await exportDocx(sampleApplication(), docx, { language, withComments }, { now });
  expect(r).toEqual({ ok: true, value: { path: docx } });
  return (await pdfPages(await docxToPdf(docx, dir))).map(flat);
}

/** Contents lines ("Title ........ 3") and the page each heading really starts on. */
function contents(pages: string[]) {
  const tocPages = pages.filter((p) => /\.{5,} ?\d+\s*$/m.test(p)).length;
  const entries = pages
    .slice(1, 1 + tocPages)
    .join('\n')
    .split('\n')
    .map((l) => /^\s*(.+?) ?\.{3,} ?(\d+)\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
  // A heading may wrap onto two lines in the body: compare with the page's lines joined.
  const joined = pages.map((p) => ` ${p.split('\n').map((l) => l.trim()).join(' ')} `);
  // A line of its own reading the title is the heading itself (a table's "Budget per aktivitet" is not "Budget").
  const own = (title: string) => pages.findIndex((p, i) => i > tocPages && p.split('\n').some((l) => l.trim() === title));
  const actual = (title: string) => (own(title) >= 0 ? own(title) : joined.findIndex((p, i) => i > tocPages && p.includes(` ${title} `))) + 1;
  return { entries, actual };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-export-lo-'));
});
afterAll(async () => {
  stopExportWorker();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(missing)('Swedish sample through LibreOffice', () => {
  let pages: string[];
  beforeAll(async () => {
    pages = await exportAndRead('sample-sv', 'sv-SE');
  }, 240_000);

  it('shows the title page with the application’s key facts and no header or page number', () => {
    const p1 = pages[0]!;
    for (const text of [
      'ANSÖKAN OM KOMMUNALT PARTNERSKAP',
      'Unga röster i lokala beslut –',
      'Västerås och Kisumu',
      'Sökande Västerås stad (Kommun)',
      'Partner Kisumu County Government (County/län), Kenya',
      'Komponent Projekt',
      'Projektperiod 1 september 2026 – 31 augusti 2028',
      'Sökt belopp 838 650 kr',
      'Programutgåva ICLD 2020 (riktlinjer fastställda 2020-02-26)',
      'Planerat inlämningsdatum 15 mars 2026',
    ]) expect(p1).toContain(text);
    expect(p1).not.toMatch(/Sida \d/);
    expect(p1).not.toContain('UTKAST');
  });

  it('lists every section in the contents with the page LibreOffice puts it on', () => {
    const { entries, actual } = contents(pages);
    const sections = exportedSections(loadApplicationTemplate(), { component: 'project' }).map((s) => s.title.sv);
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining([...sections, 'Problemanalys', 'År 2 (september 2027 – augusti 2028)']));
    for (const e of entries) expect({ title: e.title, page: actual(e.title) }).toEqual(e);
  });

  it('holds every heading and the body text in order', () => {
    const text = pages.slice(2).join('\n');
    const order = ['Sammanfattning', 'Västerås stad och Kisumu County Government vill under två år', 'Utmaning', 'Problemanalys',
      '1. Dialogerna saknar en tydlig ägare', '2. Politiska beslut fattas', '3. Återkoppling sker i kanaler', 'Vad säger målgrupperna själva?',
      'Målgrupper', '• Unga 16–25 år', '– i Västerås stadsdelar Skallberget och Bäckby', 'Projektmål', '1. Båda organisationerna har en antagen rutin',
      'Förväntade resultat efter år 1', '1. Rutinen är utformad', 'Budget', 'Sammanställning per år och kategori'];
    let at = -1;
    for (const s of order) {
      const i = text.indexOf(s, at + 1);
      expect(i, `"${s}" after position ${at}`).toBeGreaterThan(at);
      at = i;
    }
  });

  it('shows the budget tables with their totals', () => {
    const text = pages.join('\n');
    expect(text).toMatch(/Kategori\s+År 1\s+År 2\s+Totalt/);
    expect(text).toMatch(/Internationella resor\s+184 000 kr\s+182 000 kr\s+366 000 kr/);
    expect(text).toMatch(/Totalt\s+432 150 kr\s+406 500 kr\s+838 650 kr/);
    expect(text).toMatch(/Summa år 1\s+432 150 kr/);
    expect(text).toMatch(/Summa år 2\s+406 500 kr/);
    expect(text).toMatch(/Delaktighet\s+Projektets kärna/);
  });

  it('numbers every page after the title page "Sida X av Y" under the project title', () => {
    const n = pages.length;
    pages.slice(1).forEach((p, i) => {
      expect(p).toContain(`Sida ${i + 2} av ${n}`);
      expect(p.split('\n').find((l) => l.trim() !== '')?.trim()).toBe('Unga röster i lokala beslut – Västerås och Kisumu');
    });
  });
});

describe.skipIf(missing)('a long generated draft through LibreOffice', () => {
  it('has every contents entry on the page its heading is on, 40 pages in', async () => {
    const draft = generateDraft({ words: 32_000, budgetLines: 60, seed: 3 });
    // Put the generated sub-headings in the contents too (heading-one is listed, heading-two not).
    for (const blocks of Object.values(draft.sections)) for (const b of blocks) if (b.type === 'heading-two') (b as { type: string }).type = 'heading-one';
    const docx = join(dir, 'long.docx');
    expect((await exportDocx(draft, docx, { allowErrors: true }, { now })).ok).toBe(true);
    const pages = (await pdfPages(await docxToPdf(docx, dir))).map(flat);
    expect(pages.length).toBeGreaterThan(40);
    const { entries, actual } = contents(pages);
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) expect({ title: e.title, page: actual(e.title) }).toEqual(e);
  }, 240_000);
});

describe.skipIf(missing)('English document through LibreOffice', () => {
  it('uses English labels and "Page X of Y"', async () => {
    const pages = await exportAndRead('sample-en', 'en-GB');
    expect(pages[0]).toContain('MUNICIPAL PARTNERSHIP APPLICATION');
    expect(pages[0]).toContain('Amount applied for SEK 838,650');
    expect(pages[0]).toContain('Project period 1 September 2026 – 31 August 2028');
    expect(pages[1]).toContain('Contents');
    expect(pages[1]).toContain(`Page 2 of ${pages.length}`);
    const { entries, actual } = contents(pages);
    expect(entries.map((e) => e.title)).toContain('Challenge');
    for (const e of entries) expect({ title: e.title, page: actual(e.title) }).toEqual(e);
  }, 240_000);
});

describe.skipIf(missing)('review comments through LibreOffice', () => {
  it('exports each comment and reply as a PDF note when asked to include comments', async () => {
    const docx = join(dir, 'with-comments.docx');
    const r = await exportDocx(sampleApplication(), docx, { withComments: true }, { now });
    expect(r.ok).toBe(true);
    const pdf = await docxToPdf(docx, join(dir), { exportNotes: true });
    const notes = await pdfNotes(pdf);
    expect(notes.map((n) => n.text).sort()).toEqual([
      'Behövs tolkning till dholuo vid alla möten?',
      'Ja, rapporten från demokratiberedningen. Jag lägger till den.',
      'Kan vi ange källan till utvärderingen i Västerås?',
      'Kontrollera att resorna ryms inom taket per år.',
      'Kontrollerat: 432 150 kr år 1, under taket på 500 000 kr.',
    ]);
    expect(notes.find((n) => n.text.startsWith('Kan vi'))?.title).toMatch(/^Karin Holm/);
    expect(notes.find((n) => n.text.startsWith('Ja, rapporten'))?.title).toMatch(/^Lena Persson/);
    // LibreOffice reads the resolved state (Word's commentsExtended) into the note's title.
    const resolved = notes.filter((n) => n.title.includes('RESOLVED')).map((n) => n.text);
    expect(resolved).toEqual(expect.arrayContaining(['Kontrollera att resorna ryms inom taket per år.']));
    expect(resolved).not.toContain('Kan vi ange källan till utvärderingen i Västerås?');
  }, 240_000);
});
