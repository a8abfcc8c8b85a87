import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../core/draft/framework';
import type { Draft } from '../../core/draft/schema';
import { exportParts, paragraphs } from '../core/docx/helpers';
import { orientationAt, tablesOf, textRows, type XmlTable } from './docx-tables';
import { sampleApplication } from './sample-application';

// The structured plan in the exported document.xml: the results matrix, the Gantt table with the
// budget per activity, the risk register and the Agenda 2030 goals, in both document languages.

const NBSP = '\u00A0';
const kr = (n: string) => `${n.replace(/ /g, NBSP)}${NBSP}kr`;
const MONTH_FILL = '2E75B6';

async function documentOf(draft: Draft, language: 'sv-SE' | 'en-GB' = 'sv-SE'): Promise<string> {
  return (await exportParts(draft, { language }))['word/document.xml']!;
}
const byHeader = (doc: string, ...header: string[]): XmlTable | undefined =>
  tablesOf(doc).find((t) => header.every((h, i) => t.rows[0]?.[i]?.text === h));

describe('the results matrix', () => {
  it('has ICLD\'s columns and the levels in order, overall objective first, numbered as in the app', async () => {
    const doc = await documentOf(sampleApplication());
    const m = byHeader(doc, 'Nivå')!;
    expect(m.rows[0]!.map((c) => c.text)).toEqual(['Nivå', 'Mål och resultat', 'Indikator', 'Utgångsvärde', 'Målvärde', 'Verifikationskälla', 'Antaganden']);
    expect(m.headerRows).toBe(1);
    expect(textRows(m).slice(1).map((r) => r[0])).toEqual([
      'Övergripande mål', 'Projektmål 1', 'Resultat 1.1', 'Resultat 1.2', 'Resultat 1.3', 'Projektmål 2', 'Resultat 2.1', 'Resultat 2.2',
    ]);
    expect(textRows(m)[3]).toEqual([
      'Resultat 1.1', 'En rutin för återkoppling är utformad och prövad i två pilotdialoger per part.',
      '1.1 a Antal pilotdialoger med återkoppling enligt rutinen\nEnhet: dialoger', '0 (2025)', '4 (31 augusti 2027)',
      'Pilotrapporter\nSamlas in av: Demokratiutvecklare, Västerås', 'Förvaltningarna avsätter tid för piloterna.',
    ]);
    expect(textRows(m)[1]![2]).toMatch(/^a Andel unga/);
  });

  it('follows the framework when results move, and gives each indicator a row beside its level\'s merged cells', async () => {
    const draft = sampleApplication();
    const o1 = draft.framework.projectObjectives[0]!;
    o1.results.reverse();
    o1.results[0]!.indicators.push({ ...o1.results[0]!.indicators[0]!, id: 'extra', text: 'Antal protokoll som nämner återkopplingen' });
    const m = byHeader(await documentOf(draft), 'Nivå')!;
    const rows = textRows(m);
    expect(rows[3]!.slice(0, 3)).toEqual(['Resultat 1.1', 'Rutinen är beslutad i kommunstyrelsen och i county executive.', '1.1 a Antal fattade beslut om rutinen\nEnhet: beslut']);
    expect(rows[4]![2]).toMatch(/^1\.1 b Antal protokoll som nämner återkopplingen/);
    expect([m.rows[3]![0]!.merge, m.rows[4]![0]!.merge, m.rows[4]![1]!.merge, m.rows[4]![6]!.merge]).toEqual(['restart', 'continue', 'continue', 'continue']);
    expect(rows[5]![0]).toBe('Resultat 1.2');
    expect(rows[6]!.slice(0, 2)).toEqual(['Resultat 1.3', 'En rutin för återkoppling är utformad och prövad i två pilotdialoger per part.']);
  });

  it('is on a page on its side, with English headings in an English document', async () => {
    const doc = await documentOf(sampleApplication(), 'en-GB');
    const m = byHeader(doc, 'Level')!;
    expect(m.rows[0]!.map((c) => c.text)).toEqual(['Level', 'Objectives and results', 'Indicator', 'Baseline', 'Target', 'Means of verification', 'Assumptions']);
    expect(textRows(m).slice(1, 4).map((r) => r[0])).toEqual(['Overall objective', 'Project objective 1', 'Result 1.1']);
    expect(textRows(m)[3]![4]).toBe('4 (31 August 2027)');
    expect(orientationAt(doc, m.at)).toBe('landscape');
  });
});

describe('the activity plan as a Gantt table', () => {
  it('has a column per month under a header per project year, and shades exactly each activity\'s months', async () => {
    const doc = await documentOf(sampleApplication());
    const g = byHeader(doc, 'Nr', 'Aktivitet', 'Resultat')!;
    expect(g.headerRows).toBe(2);
    expect(g.rows[0]!.slice(3).map((c) => [c.text, c.span])).toEqual([['År 1: sep 2026 – aug 2027', 12], ['År 2: sep 2027 – aug 2028', 12]]);
    expect(g.rows[1]!.slice(3).map((c) => c.text).join('')).toBe('SONDJFMAMJJA'.repeat(2));
    const rows = textRows(g).slice(2);
    expect(rows.map((r) => r[0])).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.2.1', '1.2.2', '1.3.1', '2.2.1']);
    const pilots = g.rows.find((r) => r[1]!.text === 'Pilotdialoger med återkoppling, två per part')!;
    expect(pilots[2]!.text).toBe('1.1, 2.1, 2.2');
    const shaded = pilots.slice(3).flatMap((c, k) => (c.fill === MONTH_FILL ? [k + 1] : []));
    expect(shaded).toEqual([7, 8, 9, 10, 11, 12]); // March – August 2027
    expect(pilots.slice(3).filter((c) => c.fill !== undefined && c.fill !== MONTH_FILL)).toEqual([]);
  });

  it('is on a page on its side when it has more than twelve months, and upright for a one-year plan', async () => {
    const doc = await documentOf(sampleApplication());
    expect(orientationAt(doc, byHeader(doc, 'Nr', 'Aktivitet', 'Resultat')!.at)).toBe('landscape');
    expect(orientationAt(doc, byHeader(doc, 'Aktivitet', 'År 1')!.at)).toBe('portrait');

    const short = sampleApplication();
    short.period = { start: '2026-09-01', end: '2027-08-31' };
    short.activities = short.activities.filter((a) => (a.endMonth ?? 0) <= 12);
    const oneYear = await documentOf(short);
    const g = byHeader(oneYear, 'Nr', 'Aktivitet', 'Resultat')!;
    expect(g.rows[1]!.length).toBe(3 + 12);
    expect(g.width).toBe(9026);
    expect(orientationAt(oneYear, g.at)).toBe('portrait');
  });

  it('continues a plan longer than three years in a table per group of years, each with every activity', async () => {
    const draft = sampleApplication();
    draft.activities.push({ ...draft.activities[7]!, id: 'late', title: 'Uppföljning efter fem år', startMonth: 58, endMonth: 60 });
    const doc = await documentOf(draft);
    const gantts = tablesOf(doc).filter((t) => t.rows[0]?.[1]?.text === 'Aktivitet' && t.rows[0]?.[2]?.text === 'Resultat');
    expect(gantts.map((g) => g.rows[0]!.slice(3).map((c) => c.text.split(':')[0]))).toEqual([['År 1', 'År 2', 'År 3'], ['År 4', 'År 5']]);
    expect(gantts.map((g) => [g.width, g.rows[1]!.length - 3, g.rows.length - 2])).toEqual([[13958, 36, 9], [13958, 24, 9]]);
    const late = gantts[1]!.rows.find((r) => r[1]!.text === 'Uppföljning efter fem år')!;
    expect(late.slice(3).flatMap((c, k) => (c.fill ? [37 + k] : []))).toEqual([58, 59, 60]);
    expect(gantts[0]!.rows.find((r) => r[1]!.text === 'Uppföljning efter fem år')!.slice(3).some((c) => c.fill)).toBe(false);
  });

  it('names months by number, and says so for an activity without dates, when the period has no start yet', async () => {
    const draft = sampleApplication();
    draft.period = { start: null, end: null };
    draft.activities[1] = { ...draft.activities[1]!, startMonth: null, endMonth: null };
    const g = byHeader(await documentOf(draft), 'Nr', 'Aktivitet', 'Resultat')!;
    expect(g.rows[0]!.slice(3).map((c) => c.text)).toEqual(['År 1', 'År 2']);
    expect(g.rows[1]!.slice(3, 6).map((c) => c.text)).toEqual(['1', '2', '3']);
    const undated = g.rows.find((r) => r[1]!.text.startsWith('Kartläggning'))!;
    expect(undated[1]!.text).toBe('Kartläggning av befintliga dialogprocesser (datum saknas)');
    expect(undated.slice(3).some((c) => c.fill)).toBe(false);
  });
});

describe('the budget per activity', () => {
  it('totals each activity per year from its lines, with unlinked lines on their own row and the budget\'s total', async () => {
    const doc = await documentOf(sampleApplication());
    const b = textRows(byHeader(doc, 'Aktivitet', 'År 1')!);
    expect(b[0]).toEqual(['Aktivitet', 'År 1', 'År 2', 'Totalt']);
    expect(b).toContainEqual(['1.1.3 Partnerbesök i Kisumu: workshop om återkopplingsrutiner', kr('135 000'), '–', kr('135 000')]);
    expect(b).toContainEqual(['1.2.1 Partnerbesök i Västerås: utvärdering av piloterna', '–', kr('96 400'), kr('96 400')]);
    expect(b).toContainEqual(['1.1.2 Kartläggning av befintliga dialogprocesser', '–', '–', '–']);
    expect(b.at(-2)).toEqual(['Ej kopplat till någon aktivitet', kr('184 250'), kr('184 100'), kr('368 350')]);
    const summary = textRows(byHeader(doc, 'Kategori', 'År 1')!);
    expect(b.at(-1)).toEqual(summary.at(-1));
    expect(b.at(-1)).toEqual(['Totalt', kr('432 150'), kr('406 500'), kr('838 650')]);
  });

  it('counts a line whose activity was removed as unlinked, so the total still holds', async () => {
    const draft = sampleApplication();
    draft.activities = draft.activities.filter((a) => a.id !== 'a3');
    const b = textRows(byHeader(await documentOf(draft), 'Aktivitet', 'År 1')!);
    expect(b.some((r) => r[0]!.includes('workshop om återkopplingsrutiner'))).toBe(false);
    expect(b.at(-2)).toEqual(['Ej kopplat till någon aktivitet', kr('319 250'), kr('184 100'), kr('503 350')]);
    expect(b.at(-1)).toEqual(['Totalt', kr('432 150'), kr('406 500'), kr('838 650')]);
  });
});

describe('the risk register and the Agenda 2030 goals', () => {
  it('lists each risk with likelihood, impact, mitigation, owner and the number of what it threatens', async () => {
    const doc = await documentOf(sampleApplication());
    const r = textRows(byHeader(doc, 'Nr', 'Risk')!);
    expect(r[0]).toEqual(['Nr', 'Risk', 'Sannolikhet', 'Konsekvens', 'Åtgärd', 'Ansvarig', 'Hotar']);
    expect(r.slice(1).map((row) => [row[0], row[2], row[3], row[6]])).toEqual([
      ['R1', 'Medel (2)', 'Hög (3)', '1'], ['R2', 'Medel (2)', 'Medel (2)', '1.2'], ['R3', 'Hög (3)', 'Medel (2)', '2.2'], ['R4', 'Låg (1)', 'Hög (3)', 'Hela projektet'],
    ]);
    expect(r[2]!.slice(4, 6)).toEqual(['Varje nyckelroll har en ersättare som deltar i partnerbesöken.', 'Projektledarna']);
  });

  it('lists the goals with their short names and targets, in either language', async () => {
    expect(textRows(byHeader(await documentOf(sampleApplication()), 'Mål', 'Globalt mål')!)).toEqual([
      ['Mål', 'Globalt mål', 'Delmål'], ['5', 'Jämställdhet', '5.5'], ['11', 'Hållbara städer och samhällen', '11.3'], ['16', 'Fredliga och inkluderande samhällen', '16.7'],
    ]);
    const draft = sampleApplication();
    draft.agenda2030 = { goals: [16], targets: ['16.b', '16.10', '16.7', '4.7'] };
    expect(textRows(byHeader(await documentOf(draft, 'en-GB'), 'Goal')!).slice(1)).toEqual([
      ['4', 'Quality education', '4.7'], ['16', 'Peace, justice and strong institutions', '16.7, 16.10, 16.b'],
    ]);
  });
});

describe('the plan\'s sections', () => {
  it('are in the contents, and repeat their tables\' header rows on each page', async () => {
    const doc = await documentOf(sampleApplication());
    const toc = paragraphs(/<w:sdt>[\s\S]*?<\/w:sdt>/.exec(doc)![0]).map((p) => p.text.replace(/\d+$/, ''));
    expect(toc).toEqual(expect.arrayContaining(['Resultatramverk (LFA-matris)', 'Aktivitetsplan', 'Riskregister', 'Globala mål']));
    for (const t of [byHeader(doc, 'Nivå'), byHeader(doc, 'Nr', 'Risk'), byHeader(doc, 'Aktivitet', 'År 1'), byHeader(doc, 'Mål', 'Globalt mål')]) expect(t!.headerRows).toBe(1);
  });

  it('say that nothing is planned yet rather than print empty tables', async () => {
    const draft = { ...sampleApplication(), ...emptyPlan() };
    const doc = await documentOf(draft);
    const text = paragraphs(doc).map((p) => p.text);
    expect(text).toEqual(expect.arrayContaining(['Inga mål eller resultat är planerade än.', 'Inga aktiviteter är planerade än.', 'Inga risker är angivna än.', 'Inga globala mål är valda än.']));
    expect([byHeader(doc, 'Nivå'), byHeader(doc, 'Nr'), byHeader(doc, 'Aktivitet'), byHeader(doc, 'Mål')]).toEqual([undefined, undefined, undefined, undefined]);
    expect(doc).not.toContain('w:orient="landscape"');
    const en = paragraphs(await documentOf(draft, 'en-GB')).map((p) => p.text);
    expect(en).toEqual(expect.arrayContaining(['No objectives or results planned yet.', 'No activities planned yet.', 'No risks entered yet.', 'No goals chosen yet.']));
  });

  it('keep a section\'s own text before its table', async () => {
    const draft = sampleApplication();
    draft.sections.risk_register = [{ type: 'paragraph', children: [{ text: 'Riskerna ses över vid varje styrgruppsmöte.' }] }];
    const doc = await documentOf(draft);
    const at = doc.indexOf('Riskerna ses över vid varje styrgruppsmöte.');
    expect(at).toBeGreaterThan(doc.indexOf('>Riskregister<'));
    expect(at).toBeLessThan(byHeader(doc, 'Nr', 'Risk')!.at);
  });
});
