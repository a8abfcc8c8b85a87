import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { main } from '../../../electron/cli/index';

const root = join(__dirname, '../../..');

async function kp(...args: string[]) {
  let stdout = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: () => {}, cwd: root });
  return { code, stdout };
}

/** The valid sample with 400 more words at the end of its summary: suggested by a reviewer, or the author's own. */
function withLongSummary(suggested: boolean): string {
  const r = parseDraftFile(readFileSync(join(root, 'test/fixtures/samples/icld-kp-2020.kpdraft'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  const d: Draft = r.value;
  const more = ` ${Array.from({ length: 400 }, () => 'delaktighet').join(' ')}`;
  const suggestion = { id: 's-long', kind: 'insert' as const, author: { name: 'Karin Ek', initials: 'KE' }, createdAt: '2026-11-20T10:15:00+01:00' };
  d.sections.summary = [...d.sections.summary!, { type: 'paragraph', children: [suggested ? { text: more, suggestion } : { text: more }] }];
  const path = join(mkdtempSync(join(tmpdir(), 'kp-check-')), 'sample.kpdraft');
  writeFileSync(path, serializeDraft(d));
  return path;
}

describe('kp check and open suggestions', () => {
  it('checks the author’s text: words a reviewer suggests adding do not count toward the limit', async () => {
    const own = await kp('check', '--json', withLongSummary(false));
    const suggested = await kp('check', '--json', withLongSummary(true));
    const summaryRules = (out: string) => (JSON.parse(out) as { findings: Array<{ ruleId: string; location: { kind: string; sectionId?: string } }> })
      .findings.filter((f) => f.location.kind === 'section' && f.location.sectionId === 'summary').map((f) => f.ruleId);
    expect(summaryRules(own.stdout).length).toBeGreaterThan(0);
    expect(summaryRules(suggested.stdout)).toEqual([]);
    const plain = await kp('check', 'test/fixtures/samples/icld-kp-2020.kpdraft');
    const marked = await kp('check', withLongSummary(true));
    expect(marked.stdout.split('\n').slice(1)).toEqual(plain.stdout.split('\n').slice(1));
  });
});
