import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { encrypted, fiftyMegabytes, renamedWorkbook, withMacros, zipBomb } from '../services/import/hostile';

const fixtures = join(__dirname, '../../fixtures/docx');

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

describe('kp import', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kp-cli-import-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a draft with the document’s sections, budget lines and comments', async () => {
    const r = await run(['import', join(fixtures, 'budget-table.docx'), '-o', 'budget.kpdraft', '--component', 'project'], dir);
    expect(r.code).toBe(0);
    const file = JSON.parse(await readFile(join(dir, 'budget.kpdraft'), 'utf8'));
    expect(file.draft.component).toBe('project');
    expect(file.draft.budget.map((l: { amountOre: number }) => l.amountOre)).toEqual([8_500_000, 1_200_000, 850_000]);
    expect(JSON.stringify(file.draft.sections.summary)).toContain('avfallshantering');
    const t = await run(['import', join(fixtures, 'tracked-changes.docx'), '-o', 'tracked.kpdraft'], dir);
    expect(t.code).toBe(0);
    const tracked = JSON.parse(await readFile(join(dir, 'tracked.kpdraft'), 'utf8'));
    expect(tracked.draft.annotations[0]).toMatchObject({ author: { name: 'Eva Lind' }, body: 'Vilka möten gäller det? Ange siffror från 2023.', anchor: { kind: 'text', sectionId: 'challenge', quote: { exact: 'planeringsmöten' } } });
  });

  it('never replaces an existing file', async () => {
    await writeFile(join(dir, 'taken.kpdraft'), 'mine');
    const r = await run(['import', join(fixtures, 'sv-application.docx'), '-o', 'taken.kpdraft'], dir);
    expect(r.code).toBe(2);
    expect(await readFile(join(dir, 'taken.kpdraft'), 'utf8')).toBe('mine');
  });

  const hostile: Array<[string, string, () => Buffer | Promise<Buffer>, RegExp]> = [
    ['a zip bomb', 'bomb.docx', zipBomb, /zip bomb/],
    ['a 50 MB file', 'huge.docx', fiftyMegabytes, /larger than 30 MB/],
    ['a renamed workbook', 'sheet.docx', renamedWorkbook, /spreadsheet/],
    ['an encrypted document', 'locked.docx', encrypted, /lösenordsskyddad/],
    ['a macro-enabled document', 'macros.docm', withMacros, /macros/],
  ];
  it.each(hostile)('refuses %s on one line with exit 2', async (_what, name, make, message) => {
    await writeFile(join(dir, name), await make());
    const r = await run(['import', name, '-o', `${name}.kpdraft`], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a document with javascript: and file: links on one line with exit 2, and leaves them out when told to', async () => {
    const r = await run(['import', join(fixtures, 'links.docx'), '-o', 'links.kpdraft'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2 link\(s\) that would run code or open local files/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    const dropped = await run(['import', join(fixtures, 'links.docx'), '-o', 'links.kpdraft', '--drop-unsafe-links'], dir);
    expect(dropped.code).toBe(0);
    const text = await readFile(join(dir, 'links.kpdraft'), 'utf8');
    expect(text).not.toMatch(/javascript:|file:/i);
  });
});
