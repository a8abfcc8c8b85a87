import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDraftJsonSchema } from '../../../core/draft/json-schema';
import { serializeDraft } from '../../../core/draft/file-format';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

/** The real `kp` command, run as a user would run it. */
const root = join(__dirname, '../../..');
function kp(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'bin/kp.mjs'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (e, stdout, stderr) =>
      resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const bad = join(root, 'test/fixtures/drafts/bad');
/** What `kp check` must say about each bad-input fixture. Every file in bad/ must be listed here. */
const expected: Record<string, RegExp> = {
  'binary-garbage.kpdraft': /binary data/,
  'empty.kpdraft': /the file is empty/,
  'invalid-utf8.kpdraft': /not UTF-8 text/,
  'nested-too-deep.kpdraft': /nested too deeply/,
  'newer-version.kpdraft': /newer KP Drafter \(format 99;.*update KP Drafter/,
  'not-a-draft.kpdraft': /not a KP Drafter draft/,
  'truncated.kpdraft': /truncated or damaged/,
  'unknown-field.kpdraft': /unknown field "website" in partners\[0\]/,
  'v1-fractional-kronor.kpdraft': /budget\[1\]\.amountSek: expected a whole number/,
  'wrong-extension.json': /only \.kpdraft files can be opened/,
  'wrong-types.kpdraft': /budget\[0\]\.year: expected a number/,
};

const fingerprint = (path: string) => {
  const s = statSync(path);
  return { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), size: s.size, mtimeMs: s.mtimeMs };
};

/** One line on stderr naming the file and the problem, nothing on stdout, exit code 2. */
async function expectOneLineRefusal(arg: string, path: string, message: RegExp) {
  const before = fingerprint(path);
  const r = await kp('check', arg);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^kp: [^\n]+\n$/);
  expect(r.stderr.startsWith(`kp: ${arg}: `)).toBe(true);
  expect(r.stderr).toMatch(message);
  expect(fingerprint(path)).toEqual(before);
}

// Each case starts the real `kp` (a few seconds through tsx on a busy machine).
describe('kp check on bad input', { timeout: 120_000 }, () => {
  it('has an expectation for every bad-input fixture', () => {
    expect(readdirSync(bad).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s → exit 2, one line, file unchanged', async (name, message) => {
    await expectOneLineRefusal(relative(root, join(bad, name)), join(bad, name), message);
  });

  let tmp: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => (tmp = await tempFolder('kp-cli-')));
  afterAll(async () => tmp.cleanup());

  it('a 50 MB draft (generated here, not committed) → exit 2, one line, file unchanged', async () => {
    const path = join(tmp.dir, 'femtio-megabyte.kpdraft');
    const d = generateDraft({ words: 100, budgetLines: 1 });
    d.sections['summary'] = [{ type: 'paragraph', children: [{ text: 'ö'.repeat(25 * 1024 * 1024) }] }];
    await writeFile(path, serializeDraft(d));
    expect(statSync(path).size).toBeGreaterThan(50 * 1024 * 1024);
    await expectOneLineRefusal(path, path, /is 50\.\d MB; drafts larger than 25\.0 MB are not opened/);
  });

  it('a missing file → exit 2, one line', async () => {
    const r = await kp('check', 'finns-inte.kpdraft');
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^kp: finns-inte\.kpdraft: the file does not exist[^\n]*\n$/) });
  });

  it('kp new refuses to save under a name without .kpdraft', async () => {
    const out = join(tmp.dir, 'ny.json');
    const r = await kp('new', '-o', out);
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^kp: .*ny\.json: drafts are saved only under names ending in \.kpdraft\n$/) });
    expect(() => statSync(out)).toThrow();
  });
});

describe('kp schema', { timeout: 120_000 }, () => {
  it('prints the JSON Schema of the draft file', async () => {
    const r = await kp('schema');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const printed = JSON.parse(r.stdout) as { $schema: string; properties: { draft: { properties: Record<string, unknown> } } };
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(printed.properties.draft.properties)).toEqual(expect.arrayContaining(['title', 'partners', 'sections', 'budget']));
    expect(printed).toEqual(buildDraftJsonSchema());
  });
});
