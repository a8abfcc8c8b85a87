import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../../../core/import/plan';
import { importDocx } from '../../../../electron/services/import-docx';
import { encrypted, fiftyMegabytes, renamedWorkbook, withMacros, zipBomb } from './hostile';

const fixture = (name: string) => join(__dirname, '../../../fixtures/docx', name);

async function plan(name: string): Promise<ImportPlan> {
  const r = await importDocx(fixture(name));
  if (!r.ok || r.value.kind !== 'plan') throw new Error(`${name} was not imported: ${JSON.stringify(r)}`);
  return r.value.plan;
}

type Node = { text?: string; children?: Node[] };
const text = (blocks: readonly unknown[] | undefined) => (blocks ?? []).map((b) => flat(b as Node)).join('\n');
const flat = (n: Node): string => (typeof n.text === 'string' ? n.text : (n.children ?? []).map(flat).join(''));

describe('a Word application lands in the sections its headings name', () => {
  it('Swedish: numbered and shortened headings ("3. Problem/utmaning", "4. Mål", "2. Bakgrund")', async () => {
    const p = await plan('sv-application.docx');
    expect(text(p.sections.summary)).toContain('förbättra medborgardialogen');
    expect(text(p.sections.background)).toContain('inleddes 2019');
    expect(text(p.sections.challenge)).toContain('informella bosättningar');
    expect(text(p.sections.challenge)).toContain('Kvinnor och unga');
    expect(text(p.sections.objectives)).toContain('öppet system');
    expect(text(p.sections.risks)).toContain('Val i Kenya');
    // Before the first heading: not placed.
    expect(text(p.unplaced)).toContain('Ansökan till Kommunalt Partnerskap');
    expect(p.language).toBe('sv-SE');
    expect(p.title).toBe('Jämlik vattenförsörjning i Kisumu');
  });

  it('English: the form’s English titles and variants ("The challenge")', async () => {
    const p = await plan('en-application.docx');
    expect(text(p.sections.summary)).toContain('participatory budgeting');
    expect(text(p.sections.background)).toContain('inception project in 2022');
    expect(text(p.sections.challenge)).toContain('district budgets');
    expect(text(p.sections.target_groups)).toContain('16 to 25');
    expect(text(p.sections.sustainability)).toContain('fund the method');
    expect(p.unplaced).toEqual([]);
    expect(p.language).toBe('en-GB');
  });

  it('unrecognised headings and what follows them are not placed; a subheading stays in its section', async () => {
    const p = await plan('unrecognised-headings.docx');
    expect(text(p.unplaced)).toContain('Inledning');
    expect(text(p.unplaced)).toContain('utkast från partnern');
    expect(text(p.unplaced)).toContain('Övrigt att diskutera');
    expect(text(p.unplaced)).toContain('kaffet');
    expect(text(p.sections.summary)).toContain('Delmål för första året');
    expect(text(p.sections.summary)).toContain('Tio skolor');
    expect(text(p.sections.mutual_learning)).toContain('elevinflytande');
  });

  it('a budget table is offered as budget lines (totals left out); another table is text', async () => {
    const p = await plan('budget-table.docx');
    expect(p.budget).toHaveLength(1);
    expect(p.budget[0]!.lines).toEqual([
      { year: 1, category: 'international_travel', side: '', amountOre: 8_500_000, description: 'Studieresa till Växjö' },
      { year: 1, category: 'interpretation', side: '', amountOre: 1_200_000, description: 'Tolk vid workshops' },
      { year: 2, category: 'local_travel', side: '', amountOre: 850_000, description: 'Resor inom Mombasa' },
    ]);
    expect(text(p.sections.activities)).toContain('Workshop i Mombasa – mars 2025');
  });

  it('tracked changes are taken as accepted and a comment keeps its author, date and quoted text', async () => {
    const p = await plan('tracked-changes.docx');
    expect(text(p.sections.summary)).toBe('Projektet pågår i tre år.');
    expect(p.comments).toEqual([{ author: 'Eva Lind', initials: 'EL', date: '2024-03-02T09:30:00Z', body: 'Vilka möten gäller det? Ange siffror från 2023.', quote: 'planeringsmöten' }]);
  });

  it('javascript: and file: links never survive; web links do', async () => {
    const p = await plan('links.docx');
    const json = JSON.stringify(p.sections);
    expect(json).toContain('https://icld.se');
    expect(json).not.toMatch(/javascript:|file:/i);
    expect(text(p.sections.summary)).toContain('klicka här');
    expect(p.droppedLinks).toBe(2);
  });
});

describe('hostile or wrong files are refused before conversion', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kp-import-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const cases: Array<[string, string, () => Buffer | Promise<Buffer>]> = [
    ['zip-bomb', 'bomb.docx', zipBomb],
    ['too-large', 'huge.docx', fiftyMegabytes],
    ['spreadsheet', 'budget.docx', renamedWorkbook],
    ['encrypted', 'locked.docx', encrypted],
    ['macros', 'macros.docx', withMacros],
    ['not-docx', 'notes.docx', () => Buffer.from('just some text, not a document')],
  ];
  it.each(cases)('%s', async (reason, name, make) => {
    const path = join(dir, name);
    await writeFile(path, await make());
    const r = await importDocx(path);
    expect(r).toEqual({ ok: true, value: { kind: 'refused', reason } });
  });

  it('a macro-enabled .docm is refused by its name', async () => {
    const path = join(dir, 'plan.docm');
    await writeFile(path, await withMacros());
    expect(await importDocx(path)).toEqual({ ok: true, value: { kind: 'refused', reason: 'macros' } });
  });
});

describe('the app’s own Word document', () => {
  it('imports into its sections by their marks even where a heading was reworded in Word', async () => {
    const p = await plan('app-export-edited.docx');
    expect(p.ownExport).toBe(true);
    expect(text(p.sections.challenge)).toContain('lågt deltagande i kommunala samråd');
    expect(text(p.sections.mutual_learning)).toContain('lär sig av');
    // The title page and contents are made from the draft: nothing to place.
    expect(p.unplaced).toEqual([]);
    expect(p.budget.length).toBeGreaterThan(0);
  });
});
