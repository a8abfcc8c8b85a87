import { describe, expect, it } from 'vitest';
import { buildCoreProperties, buildDocxWithLayout } from '../../../core/docx/build-docx';
import type { DocxPackInfo } from '../../../core/docx/pack-info';
import { programmeNames } from '../../../core/docx/programme-names';
import { exportedSections } from '../../../core/docx/build-docx';
import { sampleApplication } from '../../export/sample-application';
import { exportParts, paragraphs, partsOf, template } from './helpers';

const NBSP = '\u00A0';

describe('buildDocx: structure Word relies on', () => {
  it('gives every template section a Heading 1, in template order, and sub-headings Heading 2/3', async () => {
    const draft = sampleApplication();
    const body = paragraphs((await exportParts(draft))['word/document.xml']!);
    const h1 = body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(exportedSections(template, { component: 'project' }).map((s) => s.title.sv));
    expect(body.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(
      expect.arrayContaining(['Problemanalys', 'Projektmål', 'År 1 (september 2026 – augusti 2027)', 'Sammanställning per år och kategori']),
    );
    expect(body.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual(['Vad säger målgrupperna själva?']);
    expect(body.find((p) => p.style === 'Title')?.text).toBe(draft.title);
  });

  it('writes a table of contents that is already filled in, with page numbers, and never asks to update fields', async () => {
    const parts = await exportParts(sampleApplication());
    const doc = parts['word/document.xml']!;
    const sdt = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(doc)?.[0] ?? '';
    expect(sdt).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(sdt).toContain('<w:instrText xml:space="preserve"> TOC \\o &quot;1-2&quot; \\h \\z \\u </w:instrText>');
    expect(doc).not.toContain('w:dirty');
    expect(parts['word/settings.xml']).not.toContain('updateFields');
    const entries = paragraphs(sdt).map((p) => p.text);
    expect(entries[0]).toBe('Sammanfattning3');
    expect(entries).toContain('Budget13');
    // Every entry links to a bookmark on its heading.
    const anchors = [...sdt.matchAll(/w:anchor="([^"]+)"/g)].map((m) => m[1]!);
    expect(anchors.length).toBe(entries.length);
    for (const a of anchors) expect(doc).toMatch(new RegExp(`<w:bookmarkStart w:name="${a}" w:id="\\d+"/>`));
    for (const a of anchors) expect(sdt).toContain(`<w:instrText xml:space="preserve"> PAGEREF ${a} \\h </w:instrText>`);
  });

  it('starts every numbered list at 1 and nests bullets a level down', async () => {
    const parts = await exportParts(sampleApplication());
    const numbered = paragraphs(parts['word/document.xml']!).filter((p) => p.xml.includes('<w:numPr>'));
    const numIds = numbered.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p.xml)![1]!);
    const levels = numbered.map((p) => /<w:ilvl w:val="(\d+)"\/>/.exec(p.xml)![1]!);
    // The sample has five top-level numbered lists: each is its own instance …
    const numberedTexts = numbered.map((p) => p.text);
    const first = numIds[numberedTexts.indexOf('Dialogerna saknar en tydlig ägare i förvaltningen efter att de har genomförts.')];
    const second = numIds[numberedTexts.indexOf('Båda organisationerna har en antagen rutin för återkoppling efter varje medborgardialog.')];
    const third = numIds[numberedTexts.indexOf('Rutinen är utformad och prövad i två pilotdialoger per part.')];
    expect(new Set([first, second, third]).size).toBe(3);
    // … and each instance restarts its numbering at 1.
    const numbering = parts['word/numbering.xml']!;
    for (const id of [first, second, third]) {
      const num = new RegExp(`<w:num w:numId="${id}">([\\s\\S]*?)</w:num>`).exec(numbering)?.[1] ?? '';
      expect(num).toMatch(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/>/);
    }
    // Nested items sit one level down.
    expect(levels[numberedTexts.indexOf('i Västerås stadsdelar Skallberget och Bäckby')]).toBe('1');
    expect(levels[numberedTexts.indexOf('sms och lokalradio i Kisumu')]).toBe('1');
    expect(levels[numberedTexts.indexOf('Unga 16–25 år')]).toBe('0');
  });

  it('keeps bold, italic, underline, links and block quotes', async () => {
    const parts = await exportParts(sampleApplication());
    const doc = parts['word/document.xml']!;
    expect(doc).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><w:lang w:val="sv-SE"\/><\/w:rPr><w:t xml:space="preserve">Västerås stad<\/w:t><\/w:r>/);
    expect(doc).toMatch(/<w:i\/><w:iCs\/><w:lang w:val="sv-SE"\/><\/w:rPr><w:t xml:space="preserve">dialog med återkoppling<\/w:t>/);
    expect(doc).toMatch(/<w:u w:val="single"\/><w:lang w:val="sv-SE"\/><\/w:rPr><w:t xml:space="preserve">ingens uppgift<\/w:t>/);
    expect(paragraphs(doc).find((p) => p.style === 'Quote')?.text).toContain('Vi säger vad vi tycker varje år');
    const rel = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(?:(?!<\/w:hyperlink>)[\s\S])*om medborgardialoger/.exec(doc);
    expect(rel).not.toBeNull();
    const relation = [...parts['word/_rels/document.xml.rels']!.matchAll(/<Relationship [^>]*\/>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rel![1]}"`));
    expect(relation).toContain('Target="https://icld.se/publikationer/"');
    expect(relation).toContain('TargetMode="External"');
  });

  it('keeps the text of a link with an unsafe address but does not make it a hyperlink', async () => {
    const draft = sampleApplication();
    draft.sections.summary = [{ type: 'paragraph', children: [{ text: 'Se ' }, { type: 'link', url: 'javascript:alert(1)', children: [{ text: 'här' }] }] }];
    const parts = await exportParts(draft);
    expect(paragraphs(parts['word/document.xml']!).some((p) => p.text === 'Se här')).toBe(true);
    expect(parts['word/_rels/document.xml.rels']).not.toContain('javascript');
  });

  it('puts the proofing language on every run that holds text, in the document language', async () => {
    for (const language of ['sv-SE', 'en-GB'] as const) {
      const parts = await exportParts(sampleApplication(), { language, withComments: true });
      for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml', 'word/comments.xml']) {
        const runs = [...parts[part]!.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!).filter((r) => r.includes('<w:t'));
        expect(runs.length).toBeGreaterThan(0);
        for (const r of runs) expect(r, `${part}: ${r.slice(0, 200)}`).toContain(`<w:lang w:val="${language}"/>`);
      }
      expect(parts['word/styles.xml']).toContain(`<w:lang w:val="${language}"/>`);
    }
  });

  it('lays tables out with fixed, explicit widths that add up to the text width, upright or on its side', async () => {
    const doc = (await exportParts(sampleApplication()))['word/document.xml']!;
    const tables = [...doc.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    // Title page, parties, their people, the annexes, core areas, results matrix, Gantt, budget per activity, risks, team,
    // Agenda 2030 goals, budget summary, two years; the matrix, the Gantt and the risks on their side.
    expect(tables.length).toBe(14);
    const widths = tables.map((t) => Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(t)?.[1]));
    expect(widths).toEqual([9026, 9026, 9026, 9026, 9026, 13958, 13958, 9026, 13958, 9026, 9026, 9026, 9026, 9026]);
    tables.forEach((t, i) => {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(widths[i]);
      const cells = [...t.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]!);
      for (const c of cells) expect(c).toMatch(/<w:tcW w:type="dxa" w:w="\d+"\/>/);
    });
  });

  it('totals the budget per year and category, in Swedish number format', async () => {
    const body = paragraphs((await exportParts(sampleApplication()))['word/document.xml']!).map((p) => p.text);
    expect(body).toContain(`838${NBSP}650${NBSP}kr`); // overall, on the title page and in the summary
    expect(body).toContain(`432${NBSP}150${NBSP}kr`); // year 1
    expect(body).toContain(`406${NBSP}500${NBSP}kr`); // year 2
    expect(body).toContain(`366${NBSP}000${NBSP}kr`); // international travel, both years
    expect(body).toContain('Summa år 1');
  });

  it('never prints an amount that could not be read: the typed text, marked, outside every sum', async () => {
    const draft = sampleApplication();
    const line = draft.budget[0]!;
    const stale = line.amountOre;
    // Even a copy that still holds the amount from before the text was typed never prints it.
    draft.invalidInputs = { [`budget.${line.id}.amount`]: 'tjugotusen' };
    const body = paragraphs((await exportParts(draft))['word/document.xml']!).map((p) => p.text);
    expect(body).toContain('”tjugotusen” (ogiltigt belopp)');
    expect(body).toContain('Ett ogiltigt belopp är inte medräknat i summorna.');
    const total = (838_650_00 - stale) / 100;
    expect(body).toContain(`${String(total).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)}${NBSP}kr`);
    expect(body).not.toContain(`838${NBSP}650${NBSP}kr`);
  });

  it('shows the project title in the header and "Sida X av Y" in the footer, not on the title page', async () => {
    const parts = await exportParts(sampleApplication());
    const doc = parts['word/document.xml']!;
    expect(doc).toContain('<w:titlePg/>');
    const headerRef = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(doc)![1];
    const rels = parts['word/_rels/document.xml.rels']!;
    const headerFile = new RegExp(`Id="${headerRef}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${headerRef}"`).exec(rels)?.[1];
    expect(paragraphs(parts[`word/${headerFile}`]!)[0]?.text).toBe(sampleApplication().title);
    const footer = Object.entries(parts).filter(([p]) => p.startsWith('word/footer')).map(([, x]) => x).find((x) => x.includes('PAGE'))!;
    expect(footer).toMatch(/Sida [\s\S]*PAGE[\s\S]* av [\s\S]*NUMPAGES/);
  });

  it('writes title, subject, author, keywords, language and status into the document properties', async () => {
    const draft = sampleApplication();
    const o = { template, language: 'sv-SE' as const, names: programmeNames(), now: new Date('2026-03-10T09:00:00Z') };
    const core = buildCoreProperties(draft, o);
    expect(core).toContain(`<dc:title>${draft.title}</dc:title>`);
    expect(core).toContain('<dc:subject>Ansökan om Kommunalt Partnerskap – Projekt</dc:subject>');
    expect(core).toContain('<dc:creator>Västerås stad</dc:creator>');
    expect(core).toMatch(/<cp:keywords>ICLD, Kommunalt Partnerskap, Projekt, icld-kp-2020, KE<\/cp:keywords>/);
    expect(core).toContain('<dc:language>sv-SE</dc:language>');
    expect(core).not.toContain('contentStatus');
    const withErrors = buildCoreProperties(draft, { ...o, openErrors: 3 });
    expect(withErrors).toContain('<cp:contentStatus>Utkast med 3 öppna fel</cp:contentStatus>');
    const parts = await partsOf(buildDocxWithLayout(draft, { ...o, openErrors: 3 }).document);
    expect(paragraphs(parts['word/document.xml']!).find((p) => p.style === 'KpDraftBanner')?.text).toBe('UTKAST – 3 öppna fel enligt programreglerna. Inte klart att skicka in.');
    expect(parts['docProps/custom.xml']).toContain('KP Drafter status');
  });

  it('names countries, components and cost categories from the rule pack when given, else falls back', async () => {
    const pack: DocxPackInfo = {
      editionName: { sv: 'ICLD 2020', en: 'ICLD 2020' },
      countries: [{ id: 'KE', name: { sv: 'Kenya', en: 'Kenya' }, aliases: [] }],
      costCategories: [{ id: 'venue_rent', name: { sv: 'Lokalhyra', en: 'Venue hire' } }],
      budgetLimits: [{ amountOre: 500_000_00, per: 'year', kind: 'max' }],
    };
    const withPack = paragraphs((await exportParts(sampleApplication(), { pack }))['word/document.xml']!).map((p) => p.text);
    expect(withPack).toContain('Kisumu County Government (County/län), Kenya');
    expect(withPack).toContain('ICLD 2020');
    // The summary table's first category row follows its header (Kategori, År 1, År 2, Totalt): the pack's order comes first.
    expect(withPack[withPack.indexOf('Sammanställning per år och kategori') + 5]).toBe('Lokalhyra');
    expect(withPack).toContain(`Tak enligt programutgåvan: 500${NBSP}000${NBSP}kr per projektår.`);
    const without = paragraphs((await exportParts(sampleApplication()))['word/document.xml']!).map((p) => p.text);
    expect(without).toContain('Kisumu County Government (County/län), KE');
    expect(without).toContain('icld-kp-2020');
    expect(without).toContain('Internationella resor');
  });

  it('names programme items without a pack as the bundled rule packs do, not by their ids', async () => {
    const draft = sampleApplication();
    // Ids the packs added after the first built-in names were written, and a district-committee applicant.
    draft.budget = draft.budget.map((l, i) => ({ ...l, category: i === 0 ? 'venue_rent' : 'per_diem' }));
    draft.applicant.type = 'district_committee';
    const sv = paragraphs((await exportParts(draft))['word/document.xml']!).map((p) => p.text);
    expect(sv).toEqual(expect.arrayContaining(['Lokalhyra (mindre bidrag, t.ex. workshop)', 'Traktamente', 'Kommundelsnämnd / stadsdelsnämnd']));
    const en = paragraphs((await exportParts(draft, { language: 'en-GB' }))['word/document.xml']!).map((p) => p.text);
    expect(en).toContain('Venue rent (modest, e.g. workshops)');
  });

  it('uses English wording throughout an en-GB document', async () => {
    const parts = await exportParts(sampleApplication(), { language: 'en-GB' });
    const body = paragraphs(parts['word/document.xml']!).map((p) => p.text);
    expect(body).toEqual(expect.arrayContaining(['Contents', 'Applicant', 'Amount applied for', 'Summary', 'Total year 1', `SEK${NBSP}838,650`]));
    expect(Object.entries(parts).some(([p, x]) => p.startsWith('word/footer') && /Page [\s\S]*PAGE[\s\S]* of /.test(x))).toBe(true);
  });

  it('marks blank sections as not filled in rather than leaving them empty', async () => {
    const draft = sampleApplication();
    draft.sections.risks = [{ type: 'paragraph', children: [{ text: '  ' }] }];
    draft.risks = [];
    const body = paragraphs((await exportParts(draft))['word/document.xml']!);
    const i = body.findIndex((p) => p.text === 'Risker' && p.style === 'Heading1');
    expect(body[i + 1]).toMatchObject({ style: 'KpPlaceholder', text: 'Inte ifyllt' });
  });

  it('leaves out an empty text section whose structured part says it instead, and keeps it when it has text', async () => {
    const draft = sampleApplication();
    expect(draft.risks.length).toBeGreaterThan(0);
    draft.sections.risks = [{ type: 'paragraph', children: [{ text: '  ' }] }];
    const headings = async () => paragraphs((await exportParts(draft))['word/document.xml']!).filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(await headings()).not.toContain('Risker');
    expect(await headings()).toContain('Riskregister');
    draft.sections.risks = [{ type: 'paragraph', children: [{ text: 'Den största risken är valet.' }] }];
    expect(await headings()).toContain('Risker');
  });
});
