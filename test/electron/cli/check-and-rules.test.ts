import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraft } from '../../../core/draft/file-format';
import { main } from '../../../electron/cli/index';

const root = join(__dirname, '../../..');
const samples = join(root, 'test/fixtures/samples');

async function kp(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: root });
  return { code, stdout, stderr };
}

/** A copy of a sample with a change, written to a temporary .kpdraft file. */
function variant(name: string, change: (d: ReturnType<typeof load>) => void): string {
  const d = load(name);
  change(d);
  const path = join(mkdtempSync(join(tmpdir(), 'kp-check-')), `${name}.kpdraft`);
  writeFileSync(path, serializeDraft(d));
  return path;
}
function load(name: string) {
  const r = parseDraftFile(readFileSync(join(samples, `${name}.kpdraft`), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('kp check', () => {
  it('exits 0 on a valid sample and prints the counts', async () => {
    const r = await kp('check', 'test/fixtures/samples/icld-kp-2020.kpdraft');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^test\/fixtures\/samples\/icld-kp-2020\.kpdraft \(icld-kp-2020\): 0 errors, 0 warnings, 1 info\n/);
    expect(r.stdout).toContain('REP-01');
  });

  it('exits 1 on errors and groups findings by severity, errors first', async () => {
    const file = variant('icld-kp-2020', (d) => { d.partners[0]!.country = 'Vitryssland'; d.annexes = d.annexes.filter((a) => a.kind !== 'letter_of_intent'); });
    const r = await kp('check', file);
    expect(r.code).toBe(1);
    const errors = r.stdout.indexOf('\nErrors\n');
    const warnings = r.stdout.indexOf('\nWarnings\n');
    const info = r.stdout.indexOf('\nInfo\n');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(info).toBeGreaterThan(warnings);
    expect(r.stdout.slice(errors, warnings)).toMatch(/CTY-02 +partner p1 \(country\) +Belarus was removed/);
    expect(r.stdout.slice(warnings, info)).toContain('DOC-02');
    expect(r.stdout.slice(info)).toContain('CTY-03');
  });

  it('reports a budget line linked to a deleted activity, at the line\'s activity', async () => {
    const file = variant('icld-kp-2020', (d) => { d.budget[2]!.activityId = 'deleted'; d.activities = [{ id: 'a1', title: 'Partnerbesök', description: '', resultIds: [], startMonth: 1, endMonth: 1, place: 'partner_country', parties: ['swedish'], kind: 'partner_visit', participants: 4 }]; });
    const r = await kp('check', file);
    expect(r.stdout).toMatch(/AP-09 +budget line b3 \(activityId\) +The line is linked to an activity that is no longer in the activity plan/);
  });

  it('prints JSON with edition and findings, in Swedish and English', async () => {
    const file = variant('icld-kp-2020', (d) => { d.budget[0]!.category = 'salaries'; });
    const r = await kp('check', file, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.edition).toBe('icld-kp-2020');
    const f = out.findings.find((x: { ruleId: string }) => x.ruleId === 'BUD-09');
    expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'message', 'location']);
    expect(f.severity).toBe('error');
    expect(f.message.sv).toMatch(/^Löner finansieras inte/);
    expect(f.message.en).toMatch(/^Salaries are not financed/);
    expect(f.location).toEqual({ kind: 'budget-line', lineId: 'b1', field: 'category' });
  });

  it('checks against another edition with --edition, and prints Swedish with --lang sv', async () => {
    const r = await kp('check', 'test/fixtures/samples/icld-kp-2016.kpdraft', '--edition', 'icld-kp-2023', '--lang', 'sv');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('(icld-kp-2023)');
    expect(r.stdout).toMatch(/CTY-05 .*Nordmakedonien finns inte med bland partnerländerna från 2023/);
  });

  it('exits 2 with one line for an unknown edition, from the flag or from the draft', async () => {
    const flag = await kp('check', 'test/fixtures/samples/icld-kp-2020.kpdraft', '--edition', 'icld-kp-1999');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^kp: unknown edition "icld-kp-1999" \(known: icld-kp-2016, [^\n]+\n$/);
    const file = variant('icld-kp-2020', (d) => { d.editionId = 'icld-kp-2031'; });
    const own = await kp('check', file);
    expect(own.code).toBe(2);
    expect(own.stdout).toBe('');
    expect(own.stderr).toMatch(/^kp: [^\n]+: the draft targets an unknown edition "icld-kp-2031" [^\n]+\n$/);
  });

  it('exits 2 for a bad language and for a missing file', async () => {
    expect((await kp('check', 'test/fixtures/samples/icld-kp-2020.kpdraft', '--lang', 'de')).code).toBe(2);
    const missing = await kp('check', 'nope.kpdraft');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^kp: nope\.kpdraft: /);
  });
});

describe('kp check: text typed into an amount or date that could not be read', () => {
  it('reports each as an error at its field, quoting the text, and exits 1', async () => {
    const file = join(root, 'test/fixtures/drafts/versions/invalid-inputs.v3.kpdraft');
    const r = await kp('check', file);
    expect(r.code).toBe(1);
    const errors = r.stdout.slice(r.stdout.indexOf('\nErrors\n'), r.stdout.indexOf('\nWarnings\n'));
    expect(errors).toMatch(/FLD-01 +budget line b2 \(amount\) +The amount "tjugotusen" on budget line 2 .*could not be read as an amount and is left out of the total/);
    expect(errors).toMatch(/FLD-01 +field period\.end +"2027-02-30" could not be read as the project end date/);
  });

  it('says so in Swedish with --lang sv', async () => {
    const file = variant('icld-kp-2020', (d) => { d.budget[0]!.amountOre = 0; d.invalidInputs = { [`budget.${d.budget[0]!.id}.amount`]: '-500' }; });
    const r = await kp('check', file, '--lang', 'sv');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/: 1 error, /);
    expect(r.stdout).toMatch(/FLD-01 +budget line b1 \(amount\) +Beloppet ”-500” på budgetrad 1 .*Ett belopp kan inte vara negativt/);
  });
});

describe('kp rules', () => {
  it('lists all 77 rules with severity, editions and sources', async () => {
    const r = await kp('rules', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.edition).toBeNull();
    expect(out.rules).toHaveLength(77);
    expect(out.rules.find((x: { id: string }) => x.id === 'FLD-01')).toMatchObject({ severity: 'error', editions: ['icld-kp-2016', 'icld-kp-2019', 'icld-kp-2020', 'icld-kp-2023', 'icld-kp-2023b'] });
    const bud13 = out.rules.find((x: { id: string }) => x.id === 'BUD-13');
    expect(bud13).toMatchObject({ severity: 'error', editions: ['icld-kp-2016'], sources: ['S3'] });
    const bud09 = out.rules.find((x: { id: string }) => x.id === 'BUD-09');
    expect(bud09.byEdition.find((e: { edition: string }) => e.edition === 'icld-kp-2020').severity).toBe('error');
    expect(bud09.byEdition.find((e: { edition: string }) => e.edition === 'icld-kp-2023').severity).toBe('warning');
  });

  it('gives the severity findings really get: a rule resting on an uncertain figure is a warning', async () => {
    const out = JSON.parse((await kp('rules', '--edition', 'icld-kp-2020', '--json')).stdout);
    const bud06 = out.rules.find((x: { id: string }) => x.id === 'BUD-06');
    expect(bud06.byEdition).toEqual([{ edition: 'icld-kp-2020', severity: 'warning', sources: ['S2'], uncertainData: false, confidence: 'U' }]);
  });

  it('says where a rule applies by inference rather than by the fact sheet, and why', async () => {
    const out = JSON.parse((await kp('rules', '--json')).stdout);
    const bud14 = out.rules.find((x: { id: string }) => x.id === 'BUD-14');
    const inferred = bud14.byEdition.filter((e: { confidence: string }) => e.confidence === 'I');
    expect(inferred.map((e: { edition: string }) => e.edition)).toEqual(['icld-kp-2016', 'icld-kp-2019', 'icld-kp-2020']);
    expect(inferred.every((e: { note?: string }) => /cannot be read/.test(e.note ?? ''))).toBe(true);
    const stated = bud14.byEdition.filter((e: { confidence: string }) => e.confidence === 'S');
    expect(stated).toMatchObject([{ edition: 'icld-kp-2023', sources: ['S7', 'S2'] }, { edition: 'icld-kp-2023b', sources: ['S7', 'S2'] }]);
    const text = (await kp('rules', '--lang', 'sv')).stdout;
    expect(text).toMatch(/BUD-14[^\n]*\n[^\n]*editions[^\n]*\n +inferred \(2016, 2019, 2020\): Faktabladet anger regeln för 2023/);
  });

  it('lists one edition\'s rules as text', async () => {
    const r = await kp('rules', '--edition', 'icld-kp-2023b');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ rules in icld-kp-2023b\n/);
    expect(r.stdout).toMatch(/CTY-06 +warning +The later cluster list/);
    expect(r.stdout).not.toContain('BUD-04');
  });

  it('exits 2 for an unknown edition', async () => {
    const r = await kp('rules', '--edition', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kp: unknown edition "x"/);
  });
});

describe('the real kp command', { timeout: 120_000 }, () => {
  it('exits 0 for a valid sample and 1 when the check finds errors', async () => {
    const run = (file: string) => new Promise<number>((resolve) =>
      execFile(process.execPath, [join(root, 'bin/kp.mjs'), 'check', file, '--json'], { cwd: root }, (e) => resolve(e ? Number((e as { code?: number }).code) : 0)));
    expect(await run('test/fixtures/samples/icld-kp-2023b.kpdraft')).toBe(0);
    expect(await run(variant('icld-kp-2023b', (d) => { d.coreAreas = []; }))).toBe(1);
  });

  it('stops quietly with its own exit code when the reader closes the pipe early (kp check | head -1)', async () => {
    const failing = variant('icld-kp-2023b', (d) => { d.coreAreas = []; });
    const child = spawn(process.execPath, [join(root, 'bin/kp.mjs'), 'check', failing], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Close our end before anything is read, as `head -1` does once it has its line: every write
    // then finds the pipe closed, whatever the timing.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    // The check found errors: that is still what the exit code says.
    expect(code).toBe(1);
  });
});
