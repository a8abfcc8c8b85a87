import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/index';
import { stopExportWorker } from '../../electron/services/export-docx';
import { writeDraftFile } from '../../electron/services/draft-files';
import { exportParts } from '../core/docx/helpers';
import { orientationAt, tablesOf, textRows, type XmlTable } from './docx-tables';
import { sampleApplication } from './sample-application';

// `kp export FILE -o OUT.docx [--lang sv-SE|en-GB] [--with-comments] [--allow-errors]`, run in-process.

let dir: string;
async function kp(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = await main(args, { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), cwd: dir });
  return { code, ...out };
}
const part = async (file: string, name: string) => (await JSZip.loadAsync(await readFile(join(dir, file)))).file(name)?.async('string');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-export-cli-'));
  expect((await writeDraftFile(join(dir, 'sample.kpdraft'), sampleApplication())).ok).toBe(true);
  expect((await kp('new', '-o', 'empty.kpdraft')).code).toBe(0);
});
afterAll(async () => {
  stopExportWorker();
  await rm(dir, { recursive: true, force: true });
});

describe('kp export', () => {
  it('exports a complete draft and prints the output path', async () => {
    const r = await kp('export', 'sample.kpdraft', '-o', 'sample.docx');
    expect(r).toMatchObject({ code: 0, stdout: 'sample.docx\n', stderr: '' });
    expect(await part('sample.docx', 'word/document.xml')).toContain('Unga röster i lokala beslut');
  });

  it('prints the plan\'s tables through the same builder as the app: matrix, Gantt, budget per activity, risks, goals', async () => {
    expect((await kp('export', 'sample.kpdraft', '-o', 'plan.docx')).code).toBe(0);
    const doc = (await part('plan.docx', 'word/document.xml'))!;
    const tables = tablesOf(doc);
    const first = (t: XmlTable) => t.rows[0]!.map((c) => c.text).slice(0, 3).join('|');
    const plan = ['Nivå|Mål och resultat|Indikator', 'Nr|Aktivitet|Resultat', 'Aktivitet|År 1|År 2', 'Nr|Risk|Sannolikhet', 'Mål|Globalt mål|Delmål'];
    const planTables = (ts: XmlTable[]) => ts.filter((t) => plan.includes(first(t)));
    expect(planTables(tables).map(first)).toEqual(plan);
    const gantt = tables.find((t) => first(t) === 'Nr|Aktivitet|Resultat')!;
    const pilots = gantt.rows.find((r) => r[1]!.text.startsWith('Pilotdialoger'))!;
    expect(pilots.slice(3).flatMap((c, k) => (c.fill ? [k + 1] : []))).toEqual([7, 8, 9, 10, 11, 12]);
    expect(orientationAt(doc, gantt.at)).toBe('landscape');
    // The same tables the builder makes from the same draft.
    const built = tablesOf((await exportParts(sampleApplication()))['word/document.xml']!);
    expect(planTables(tables).map(textRows)).toEqual(planTables(built).map(textRows));
  });

  it('refuses a draft with errors with exit code 1 and one line, and writes nothing', async () => {
    const r = await kp('export', 'empty.kpdraft', '-o', 'empty.docx');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kp: empty\.kpdraft: the draft has \d+ errors against the programme rules.*--allow-errors.*\n$/);
    expect(r.stderr.split('\n').length).toBe(2);
    expect(await readdir(dir)).not.toContain('empty.docx');
  });

  it('exports it anyway with --allow-errors, marked as a draft', async () => {
    const r = await kp('export', 'empty.kpdraft', '-o', 'empty.docx', '--allow-errors');
    expect(r.code).toBe(0);
    expect(await part('empty.docx', 'docProps/core.xml')).toMatch(/<cp:contentStatus>Utkast med \d+ öppna fel<\/cp:contentStatus>/);
  });

  it('writes English with --lang en-GB and Word comments with --with-comments', async () => {
    expect((await kp('export', 'sample.kpdraft', '-o', 'en.docx', '--lang', 'en-GB', '--with-comments')).code).toBe(0);
    expect(await part('en.docx', 'word/document.xml')).toContain('Amount applied for');
    expect(await part('en.docx', 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    expect(await part('en.docx', 'word/comments.xml')).toContain('Behövs tolkning till dholuo vid alla möten?');
    expect(await part('sample.docx', 'word/comments.xml')).toBeUndefined();
  });

  it('rejects bad usage with exit code 2', async () => {
    expect(await kp('export', 'sample.kpdraft', '-o', 'x.docx', '--lang', 'de-DE')).toMatchObject({ code: 2 });
    expect(await kp('export', 'sample.kpdraft')).toMatchObject({ code: 2 });
    const wrong = await kp('export', 'sample.kpdraft', '-o', 'sample.pdf');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('kp: sample.pdf: a Word document must be saved as a .docx file\n');
    expect((await kp('export', 'missing.kpdraft', '-o', 'x.docx')).code).toBe(2);
  });
});
