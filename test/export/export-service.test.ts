import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNewDraft } from '../../core/draft/new-draft';
import { err } from '../../core/result';
import { exportDocx, type ExportRules, stopExportWorker } from '../../electron/services/export-docx';
import { loadApplicationTemplate } from '../../electron/services/templates';
import { sampleApplication } from './sample-application';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-export-svc-'));
});
afterAll(() => stopExportWorker());
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rulesWith = (errors: number): ExportRules => ({ errorCount: () => errors, packInfo: () => undefined });
const partOf = async (path: string, part: string) => (await JSZip.loadAsync(await readFile(path))).file(part)!.async('string');
const emptyDraft = () =>
  buildNewDraft({ template: loadApplicationTemplate(), editionId: 'icld-kp-2020', component: 'project', documentLanguage: 'sv-SE', now: new Date('2026-03-01T09:00:00Z'), newId: () => 'x' });

describe('exportDocx: errors against the programme rules', () => {
  it('refuses a draft with errors and writes nothing', async () => {
    const path = join(dir, 'out.docx');
    const r = await exportDocx(sampleApplication(), path, {}, { rules: rulesWith(2) });
    expect(r).toMatchObject({ ok: false, error: { code: 'export-refused', path } });
    expect(r.ok || r.error.message).toContain('2 errors');
    expect(await readdir(dir)).toEqual([]);
  });

  it('exports anyway when allowed, and the document says it is a draft with open errors', async () => {
    const path = join(dir, 'out.docx');
    expect(await exportDocx(sampleApplication(), path, { allowErrors: true }, { rules: rulesWith(2) })).toEqual({ ok: true, value: { path } });
    expect(await partOf(path, 'docProps/core.xml')).toContain('<cp:contentStatus>Utkast med 2 öppna fel</cp:contentStatus>');
    expect(await partOf(path, 'word/document.xml')).toContain('UTKAST – 2 öppna fel enligt programreglerna');
  });

  it('checks against the draft’s own edition by default: an empty draft is refused, the complete sample is not', async () => {
    expect(await exportDocx(emptyDraft(), join(dir, 'empty.docx'))).toMatchObject({ ok: false, error: { code: 'export-refused' } });
    const path = join(dir, 'sample.docx');
    expect((await exportDocx(sampleApplication(), path)).ok).toBe(true);
    // The rule pack names the partner country.
    expect(await partOf(path, 'word/document.xml')).toContain('Kisumu County Government (County/län), Kenya');
  });
});

describe('exportDocx: review comments', () => {
  it('marks a resolved comment done even when no comment has replies', async () => {
    const draft = sampleApplication();
    draft.annotations = draft.annotations.map((a) => ({ ...a, replies: [] }));
    const path = join(dir, 'review.docx');
    expect((await exportDocx(draft, path, { withComments: true }, { rules: rulesWith(0) })).ok).toBe(true);
    const ex = await partOf(path, 'word/commentsExtended.xml');
    expect([...ex.matchAll(/<w15:commentEx w15:paraId="([0-9A-F]{8})" w15:done="(\d)"\/>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['00000001', '0'],
      ['00000002', '1'],
      ['00000003', '0'],
    ]);
    // The ids are those of the comments' paragraphs, and the part is registered with the package.
    const comments = await partOf(path, 'word/comments.xml');
    expect(comments).toMatch(/<w:comment w:id="1"[^>]*><w:p w14:paraId="00000002"/);
    expect(await partOf(path, '[Content_Types].xml')).toContain('PartName="/word/commentsExtended.xml"');
    expect(await partOf(path, 'word/_rels/document.xml.rels')).toContain('Target="commentsExtended.xml"');
  });
});

describe('exportDocx: the file at the target path', () => {
  it('never writes a Word document over something that is not a .docx', async () => {
    const draftFile = join(dir, 'ansokan.kpdraft');
    await writeFile(draftFile, 'the user’s draft');
    const r = await exportDocx(sampleApplication(), draftFile, {}, { rules: rulesWith(0) });
    expect(r).toMatchObject({ ok: false, error: { code: 'wrong-extension' } });
    expect(await readFile(draftFile, 'utf8')).toBe('the user’s draft');
  });

  it('leaves an existing document as it was when building fails, with no temporary files left', async () => {
    const path = join(dir, 'out.docx');
    await writeFile(path, 'previous export');
    const r = await exportDocx(sampleApplication(), path, {}, { rules: rulesWith(0), build: async () => err('export-failed', 'boom') });
    expect(r).toMatchObject({ ok: false, error: { code: 'export-failed', path } });
    expect(await readFile(path, 'utf8')).toBe('previous export');
    expect(await readdir(dir)).toEqual(['out.docx']);
  });

  it('replaces an existing document whole, with no temporary files left', async () => {
    const path = join(dir, 'out.docx');
    await writeFile(path, 'previous export');
    expect((await exportDocx(sampleApplication(), path, {}, { rules: rulesWith(0) })).ok).toBe(true);
    expect(await partOf(path, 'word/document.xml')).toContain('Unga röster i lokala beslut');
    expect(await readdir(dir)).toEqual(['out.docx']);
  });

  it('reports a folder that does not exist, naming the file', async () => {
    const path = join(dir, 'gone', 'out.docx');
    const r = await exportDocx(sampleApplication(), path, {}, { rules: rulesWith(0) });
    expect(r).toMatchObject({ ok: false, error: { code: 'folder-not-found', path } });
  });
});
