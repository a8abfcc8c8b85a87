import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { main } from '../../../electron/cli/index';

const root = join(__dirname, '../../..');
const SAMPLE = 'test/fixtures/samples/icld-kp-2020.kpdraft';
/** The sample's own planned submission date, inside the autumn window. */
const SUBMISSION_DAY = '2020-10-05';

async function kp(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: root });
  return { code, stdout, stderr };
}

function variant(change: (d: Draft) => void): string {
  const r = parseDraftFile(readFileSync(join(root, SAMPLE), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  change(r.value);
  const path = join(mkdtempSync(join(tmpdir(), 'kp-submit-')), 'ansokan.kpdraft');
  writeFileSync(path, serializeDraft(r.value));
  return path;
}

describe('kp check --submit', () => {
  it('exits 0 with an empty blocking list on a complete application', async () => {
    const r = await kp('check', SAMPLE, '--submit', '--json', '--today', SUBMISSION_DAY);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ edition: 'icld-kp-2020', today: SUBMISSION_DAY, ready: true, blocking: [] });
  });

  it('exits 1 naming the missing Letter of Intent and the open comment, in the order of the form', async () => {
    const file = variant((d) => {
      d.annexes = d.annexes.map((a) => (a.kind === 'letter_of_intent' ? { ...a, state: 'missing' as const } : a));
      d.annotations = [{ id: 'c1', author: { name: 'Karin Holm', initials: 'KH' }, body: 'Ange siffror.', createdAt: '2020-10-01T10:00:00.000Z', editedAt: null, anchor: { kind: 'section', sectionId: 'summary' }, resolved: false, replies: [] }];
    });
    const r = await kp('check', file, '--submit', '--json', '--today', SUBMISSION_DAY);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ready).toBe(false);
    expect(out.blocking.map((i: { kind: string; field: string }) => `${i.kind} ${i.field}`)).toEqual(['comment summary', 'annex annexes']);
    expect(out.blocking[1]).toMatchObject({ ruleId: 'DOC-02', location: { kind: 'field', field: 'annexes.letter_of_intent' } });
    expect(out.blocking[1].message.en).toMatch(/Letter of Intent/);
  });

  it('in text, names the blockers; a day outside the windows is one of them', async () => {
    const r = await kp('check', SAMPLE, '--submit', '--today', '2020-12-01');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^test\/fixtures\/samples\/icld-kp-2020\.kpdraft: 1 blocking, \d+ worth a look \(submitting 2020-12-01\)\n/);
    expect(r.stdout).toMatch(/\nBlocking\n {2}date {7}WIN-01 {2}field submissionDate/);
  });

  it('refuses a malformed --today', async () => {
    const r = await kp('check', SAMPLE, '--submit', '--today', '1 dec');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--today expects a date as YYYY-MM-DD');
  });
});
