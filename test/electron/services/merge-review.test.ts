import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import { main } from '../../../electron/cli';
import { readDraftFile } from '../../../electron/services/draft-files';
import { mergeReviewFiles, mergeReviewFromFiles } from '../../../electron/services/merge-review';
import { tempFolder } from './draft-files-helpers';

const root = join(import.meta.dirname, '../../..');
const fixtures = join(root, 'test/fixtures/review');
const names = ['draft', 'omar', 'lena', 'kim'] as const;
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

let dir: string;
let cleanup: () => Promise<void>;
let f: Record<(typeof names)[number], string>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('kp-merge-comments-'));
  f = Object.fromEntries(names.map((n) => [n, join(dir, `${n}.kpdraft`)])) as typeof f;
  for (const n of names) copyFileSync(join(fixtures, `${n}.kpdraft`), f[n]);
});
afterEach(() => cleanup());

function cli(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io = { cwd: dir, stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) };
  return main(['merge-comments', ...args], io).then((code) => ({ code, ...out }));
}

describe('mergeReviewFiles', () => {
  it("writes the draft with the three reviewers' comments, leaving every input untouched", async () => {
    const before = names.map((n) => sha(f[n]));
    const out = join(dir, 'merged.kpdraft');
    const r = await mergeReviewFiles(f.draft, [f.omar, f.lena, f.kim], out, { now: () => new Date('2026-03-08T10:00:00Z') });
    expect(r).toMatchObject({ ok: true, value: { report: { comments: { added: 4, alreadyPresent: 1, orphaned: 1, repliesAdded: 4 }, suggestions: { added: 0 } } } });
    expect(names.map((n) => sha(f[n]))).toEqual(before);
    const merged = await readDraftFile(out);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.annotations.map((a) => a.id)).toEqual(['ab-1', 'os-2', 'le-3', 'kl-2', 'kl-3']);
    expect(merged.value.modifiedAt).toBe('2026-03-08T10:00:00.000Z');
    const original = parseDraftFile(readFileSync(f.draft, 'utf8'));
    if (!original.ok) throw new Error('fixture');
    expect(merged.value.sections).toEqual(original.value.sections); // text comes from the draft, never a copy
  });

  it('merges into the draft itself when OUT is DRAFT', async () => {
    const r = await mergeReviewFiles(f.draft, [f.lena], f.draft);
    expect(r.ok).toBe(true);
    const again = await mergeReviewFiles(f.draft, [f.lena], f.draft);
    expect(again).toMatchObject({ ok: true, value: { report: { comments: { added: 0, repliesAdded: 0 } } } });
  });

  it('stops at an unreadable copy, naming it, and writes nothing', async () => {
    writeFileSync(f.lena, '{"format":"kp-drafter/draft","version":2,"draft":{');
    const out = join(dir, 'merged.kpdraft');
    const r = await mergeReviewFiles(f.draft, [f.omar, f.lena, f.kim], out);
    expect(r).toMatchObject({ ok: false, error: { code: 'file-corrupt', path: f.lena } });
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a copy of another draft unless asked, and never overwrites a reviewer's copy", async () => {
    const other = readFileSync(f.kim, 'utf8').replace('"id": "review-fixture-draft"', '"id": "someone-else"');
    writeFileSync(f.kim, other);
    const out = join(dir, 'merged.kpdraft');
    expect(await mergeReviewFiles(f.draft, [f.kim], out)).toMatchObject({ ok: false, error: { code: 'invalid-request', path: f.kim } });
    expect(await mergeReviewFiles(f.draft, [f.kim], out, { allowOtherDrafts: true })).toMatchObject({ ok: true });
    const before = sha(f.omar);
    expect(await mergeReviewFiles(f.draft, [f.omar], f.omar)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(sha(f.omar)).toBe(before);
  });
});

describe('mergeReviewFromFiles (the open draft)', () => {
  it('returns the same draft, unmodified, when the copies bring nothing new', async () => {
    const draft = await readDraftFile(f.draft);
    if (!draft.ok) throw new Error('fixture');
    const once = await mergeReviewFromFiles(draft.value, [f.omar]);
    if (!once.ok) throw new Error(once.error.message);
    const twice = await mergeReviewFromFiles(once.value.draft, [f.omar]);
    expect(twice.ok && twice.value.draft).toBe(once.value.draft);
  });
});

describe('kp merge-comments (the older name of kp merge-review)', () => {
  it('prints the counts and the orphans, exit 0', async () => {
    const r = await cli('draft.kpdraft', 'omar.kpdraft', 'lena.kpdraft', 'kim.kpdraft', '-o', 'merged.kpdraft');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      'merged.kpdraft: 4 comments added, 1 already present, 1 orphaned, 4 replies added\n' +
        'merged.kpdraft: 0 suggestions added, 0 already present, 0 conflicting, 0 orphaned\n' +
        '  orphan kl-2 by Kim Lund on "Resor kan försenas av visumfrågor.": the quoted text is no longer in the draft\n',
    );
    const json = await cli('merged.kpdraft', 'kim.kpdraft', '-o', 'merged.kpdraft', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ out: 'merged.kpdraft', added: 0, alreadyPresent: 3 });
  });

  it('exit 2 with one line naming the unreadable file as typed', async () => {
    const missing = await cli('draft.kpdraft', 'omar.kpdraft', 'missing.kpdraft', '-o', 'merged.kpdraft');
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^kp: missing\.kpdraft: the file does not exist[^\n]*\n$/);
    writeFileSync(f.draft, 'not json');
    const broken = await cli('draft.kpdraft', 'omar.kpdraft', '-o', 'merged.kpdraft');
    expect(broken.stderr).toMatch(/^kp: draft\.kpdraft: [^\n]+\n$/);
    expect(existsSync(join(dir, 'merged.kpdraft'))).toBe(false);
  });

  it('exit 2 on wrong usage', async () => {
    expect((await cli('draft.kpdraft', '-o', 'merged.kpdraft')).code).toBe(2);
    expect((await cli('draft.kpdraft', 'omar.kpdraft')).code).toBe(2);
  });

  it('runs as the real kp command', async () => {
    const r = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, [join(root, 'bin/kp.mjs'), 'merge-comments', f.draft, f.lena, '-o', join(dir, 'out.kpdraft')], (e, stdout) =>
        resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, stdout }),
      ),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: 2 comments added, 1 already present, 0 orphaned, 3 replies added\n[^\n]*: 0 suggestions added[^\n]*\n$/);
    const out = await readDraftFile(join(dir, 'out.kpdraft'));
    expect(out.ok && out.value.annotations.map((a) => a.id)).toEqual(['ab-1', 'os-2', 'le-3']);
  });
});
