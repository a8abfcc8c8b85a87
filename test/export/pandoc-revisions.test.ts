import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { RichText } from '../../core/draft/rich-text';
import { suggestSplit } from '../../core/review/block-edits';
import { suggestDelete, suggestFormat, suggestInsert } from '../../core/review/suggest-edits';
import { exportDocx, stopExportWorker } from '../../electron/services/export-docx';
import { sampleApplication } from './sample-application';
import { convertDocx, docxToPdf, pdfPages, readWithPythonDocx } from './readers';
import { toolsMissing } from '../support/tools';

const missing = toolsMissing(['pandoc', 'soffice', 'pdftotext'], 'the Word revisions reading test');

// A reviewer's suggestions in the export as Word revisions (w:ins / w:del with name and time),
// read back by independent readers: pandoc, LibreOffice and python-docx.

const run = promisify(execFile);
const karin = { id: 'k1', author: { name: 'Karin Ek', initials: 'KE' }, createdAt: '2026-11-30T10:15:00.000Z' };
const blockText = (b: RichText[number]) => (b.children as Array<{ text?: string; children?: Array<{ text: string }> }>).map((c) => c.text ?? c.children!.map((l) => l.text).join('')).join('');
let dir: string | undefined;
afterAll(async () => {
  stopExportWorker();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The sample with "gemensam" replaced by "delad", "modell" in bold and a whole sentence suggested for removal. */
function reviewed() {
  const draft = sampleApplication();
  let summary = draft.sections.summary!;
  const word = blockText(summary[1]!).indexOf('gemensam');
  summary = suggestDelete(summary, 1, word, word + 'gemensam'.length, karin, () => true);
  summary = suggestInsert(summary, { block: 1, offset: word + 'gemensam'.length }, 'delad', { ...karin, id: 'k2' });
  const model = blockText(summary[1]!).indexOf('modell');
  summary = suggestFormat(summary, 1, model, model + 'modell'.length, { mark: 'bold', on: true }, { ...karin, id: 'k4' }, () => true);
  const sentence = blockText(summary[0]!).indexOf(' Partnerskapet bygger');
  summary = suggestDelete(summary, 0, sentence, blockText(summary[0]!).length, { ...karin, id: 'k3' }, () => true);
  return { ...draft, sections: { ...draft.sections, summary } };
}

describe.skipIf(missing)('suggestions exported as Word revisions', () => {
  it('pandoc sees the insertion and the deletions by the reviewer, beside the comments; LibreOffice shows both and the formatting change; python-docx opens it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kp-export-revisions-'));
    const docx = join(dir, 'review.docx');
    expect((await exportDocx(reviewed(), docx, { allowErrors: true, withSuggestions: true, withComments: true })).ok).toBe(true);

    const { stdout } = await run('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'html', '--wrap=none', docx]);
    const changes = [...stdout.matchAll(/<span class="(insertion|deletion)" data-author="([^"]+)" data-date="([^"]+)">([^<]*)<\/span>/g)]
      .map((m) => ({ kind: m[1], author: m[2], date: m[3], text: m[4] }));
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'deletion', author: 'Karin Ek', date: '2026-11-30T10:15:00Z', text: expect.stringMatching(/^ ?Partnerskapet bygger på en förberedelsefas 2025 .* beslut\.$/) }),
      { kind: 'deletion', author: 'Karin Ek', date: '2026-11-30T10:15:00Z', text: 'gemensam' },
      { kind: 'insertion', author: 'Karin Ek', date: '2026-11-30T10:15:00Z', text: 'delad' },
    ]);
    // Accepting every change in pandoc gives the reviewer's text; rejecting gives the author's.
    const accepted = (await run('pandoc', ['--track-changes=accept', '-f', 'docx', '-t', 'plain', '--wrap=none', docx])).stdout;
    const rejected = (await run('pandoc', ['--track-changes=reject', '-f', 'docx', '-t', 'plain', '--wrap=none', docx])).stdout;
    expect(accepted).toContain('en delad modell för');
    expect(accepted).not.toContain('Partnerskapet bygger');
    expect(rejected).toContain('en gemensam modell för');
    expect(rejected).toContain('Partnerskapet bygger på en förberedelsefas 2025');

    // LibreOffice shows recorded changes: the PDF has the deleted and the inserted words.
    const pages = (await pdfPages(await docxToPdf(docx, dir))).join('\n').replace(/\s+/g, ' ');
    expect(pages).toContain('gemensamdelad modell');
    expect(pages).toContain('Partnerskapet bygger på en förberedelsefas');
    // LibreOffice reads the bold "modell" as a recorded formatting change by the reviewer.
    const flat = await readFile(await convertDocx(docx, dir, 'fodt', '.fodt'), 'utf8');
    const regions = [...flat.matchAll(/<text:changed-region[\s\S]*?<\/text:changed-region>/g)].map((m) => m[0]);
    expect(regions.filter((r) => r.includes('<text:format-change>'))).toEqual([expect.stringContaining('<dc:creator>Karin Ek</dc:creator>')]);

    // The comments are there beside the revisions, on their words.
    const comments = (await run('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'html', '--wrap=none', docx])).stdout;
    expect(comments).toMatch(/<span class="comment-start"[^>]*data-author="Karin Holm"[^>]*>Kan vi ange källan/);

    const py = await readWithPythonDocx(docx);
    expect(py.paragraphs.some((p) => p.allText.includes('delad modell'))).toBe(true);
  }, 180_000);

  it('pandoc sees a suggested new paragraph as an inserted paragraph mark by the reviewer; rejected, the paragraph is whole again', async () => {
    dir ??= await mkdtemp(join(tmpdir(), 'kp-export-revisions-'));
    const docx = join(dir, 'paragraph.docx');
    const draft = sampleApplication();
    const original = draft.sections.summary!;
    const at = blockText(original[1]!).indexOf('gemensam');
    const meta = { ...karin, id: 'p1' };
    let summary = suggestSplit(original, { block: 1, offset: at }, meta);
    summary = suggestInsert(summary, { block: 2, offset: 0 }, 'Ett nytt stycke. ', meta);
    expect((await exportDocx({ ...draft, sections: { ...draft.sections, summary } }, docx, { allowErrors: true, withSuggestions: true })).ok).toBe(true);

    const all = (await run('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'html', '--wrap=none', docx])).stdout;
    expect(all).toMatch(/<span class="paragraph-insertion" data-author="Karin Ek" data-date="2026-11-30T10:15:00Z"><\/span>/);
    const paragraphs = async (mode: string) => (await run('pandoc', [`--track-changes=${mode}`, '-f', 'docx', '-t', 'plain', '--wrap=none', docx])).stdout.split(/\n\s*\n/).map((p) => p.trim());
    const whole = blockText(original[1]!);
    expect(await paragraphs('reject')).toContain(whole);
    const accepted = await paragraphs('accept');
    expect(accepted).toContain(whole.slice(0, at).trim());
    expect(accepted).toContain(`Ett nytt stycke. ${whole.slice(at)}`);
  }, 120_000);
});

