import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { main } from '../../../electron/cli/index';

const root = join(__dirname, '../../..');
const SAMPLE = 'test/fixtures/samples/icld-kp-2020.kpdraft';

async function kp(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

function sample(): Draft {
  const r = parseDraftFile(readFileSync(join(root, SAMPLE), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A project without its steering-group annex in a folder of its own, linked to `file`; `beside` is written next to it. */
function projectFolder(file: string, beside?: Draft): { dir: string; ruleIds: () => Promise<string[]> } {
  const dir = mkdtempSync(join(tmpdir(), 'kp-linked-'));
  const project = sample();
  project.annexes = project.annexes.filter((a) => a.kind !== 'steering_group_application');
  project.linkedDraft = { file, title: 'Styrgruppen' };
  writeFileSync(join(dir, 'projekt.kpdraft'), serializeDraft(project));
  if (beside) writeFileSync(join(dir, 'styrgrupp.kpdraft'), serializeDraft(beside));
  const ruleIds = async () => {
    const r = await kp(dir, 'check', 'projekt.kpdraft', '--json');
    return (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; message: { en: string } }> }).findings.map((f) => `${f.ruleId} ${f.message.en}`);
  };
  return { dir, ruleIds };
}

describe('kp check on a project with a linked steering-group draft', () => {
  it('reads the linked draft next to it (a relative path): PRE-03 is gone and the combined total is shown', async () => {
    const steering = { ...sample(), title: 'Styrgrupp Kisumu', component: 'steering_group' as const };
    const found = await projectFolder('styrgrupp.kpdraft', steering).ruleIds();
    expect(found.filter((f) => f.startsWith('PRE-03') || f.startsWith('LNK-01'))).toEqual([]);
    expect(found.find((f) => f.startsWith('LNK-02'))).toMatch(/Together with the steering-group application “Styrgrupp Kisumu”: year 1 SEK/);
  });

  it('keeps PRE-03 and warns when the linked file is not there', async () => {
    const found = await projectFolder('styrgrupp.kpdraft').ruleIds();
    expect(found.some((f) => f.startsWith('PRE-03'))).toBe(true);
    expect(found).toContainEqual(expect.stringMatching(/^LNK-01 The linked application “Styrgruppen” cannot be read/));
  });

  it('keeps PRE-03 and warns when the linked draft is not a steering-group application', async () => {
    const found = await projectFolder('styrgrupp.kpdraft', { ...sample(), title: 'Ett annat projekt' }).ruleIds();
    expect(found.some((f) => f.startsWith('PRE-03'))).toBe(true);
    expect(found).toContainEqual(expect.stringMatching(/^LNK-01 The linked application “Ett annat projekt” is not a steering-group application/));
  });
});
