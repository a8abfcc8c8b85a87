import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { main } from '../../../electron/cli/index';

// `kp check` on the results framework, the activity plan, the risks and their budget links.

const root = join(__dirname, '../../..');
const SAMPLE = 'test/fixtures/samples/icld-kp-2023.kpdraft';
const PLAN_RULE = /^(LF|AP|RK)-|^DOC-03$/;

async function kp(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: root });
  return { code, stdout, stderr };
}

function load(): Draft {
  const r = parseDraftFile(readFileSync(join(root, SAMPLE), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function write(d: Draft): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kp-check-plan-')), 'plan.kpdraft');
  writeFileSync(path, serializeDraft(d));
  return path;
}

/**
 * The sample with a broken plan: result 1.2 loses its indicator, the first travel line points at
 * an activity that is no longer in the plan, and a risk has no owner.
 */
function broken(): string {
  const d = load();
  d.framework.projectObjectives[0]!.results[1]!.indicators = [];
  d.budget.find((b) => b.id === 'b2')!.activityId = 'a99';
  d.risks[0]!.owner = '';
  return write(d);
}

interface JsonFinding { ruleId: string; severity: string; message: { sv: string; en: string }; location: Record<string, unknown> }

describe('kp check on the plan', () => {
  it('names each plan problem with its rule id, where it is and what to do, as text', async () => {
    const r = await kp('check', broken());
    // Plan rules rest on inference and are never errors: the check still passes.
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: 0 errors, 3 warnings, 3 info\n/);
    const warnings = r.stdout.slice(r.stdout.indexOf('\nWarnings\n'), r.stdout.indexOf('\nInfo\n'));
    expect(warnings).toMatch(/LF-05 +results framework r2 \(indicators\) +Result 1\.2 "Tjugo tjänstepersoner per part[^"]*…" has no indicator\./);
    expect(warnings).toMatch(/AP-09 +budget line b2 \(activityId\) +The line is linked to an activity that is no longer in the activity plan\./);
    expect(warnings).toMatch(/RK-01 +risk k1 \(owner\) +Risk R1 "Politiska skiften efter val[^"]*…" has no owner\./);
  });

  it('says the same in Swedish with --lang sv', async () => {
    const r = await kp('check', broken(), '--lang', 'sv');
    expect(r.stdout).toMatch(/LF-05 +results framework r2 \(indicators\) +Resultat 1\.2 ”Tjugo tjänstepersoner per part[^”]*…” har ingen indikator/);
    expect(r.stdout).toMatch(/AP-09 +budget line b2 \(activityId\) +Raden är kopplad till en aktivitet som inte längre finns i aktivitetsplanen/);
  });

  it('gives each plan finding with its location as --json, in both languages', async () => {
    const r = await kp('check', broken(), '--json');
    expect(r.code).toBe(0);
    const plan = (JSON.parse(r.stdout).findings as JsonFinding[]).filter((f) => PLAN_RULE.test(f.ruleId));
    expect(plan.map((f) => [f.ruleId, f.severity, f.location])).toEqual([
      ['LF-05', 'warning', { kind: 'framework-item', itemId: 'r2', field: 'indicators' }],
      ['AP-07', 'info', { kind: 'budget-total', year: 1 }],
      ['AP-09', 'warning', { kind: 'budget-line', lineId: 'b2', field: 'activityId' }],
      ['RK-01', 'warning', { kind: 'risk', riskId: 'k1', field: 'owner' }],
    ]);
    const ap07 = plan.find((f) => f.ruleId === 'AP-07')!;
    expect(ap07.message.en).toContain('SEK 90,000');
    expect(ap07.message.sv).toContain('90\u00a0000\u00a0kr');
  });

  it('finds nothing in a sample whose plan is complete', async () => {
    const r = await kp('check', SAMPLE, '--json');
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout).findings as JsonFinding[];
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => PLAN_RULE.test(f.ruleId))).toEqual([]);
    expect((await kp('check', SAMPLE)).stdout).not.toMatch(/\b(LF|AP|RK)-\d/);
  });

  it('says once that the plan is empty when a draft has none yet', async () => {
    const d = load();
    Object.assign(d, { framework: { overallObjective: { text: '', note: '', indicators: [], assumptions: '' }, projectObjectives: [] }, activities: [], risks: [] });
    d.budget = d.budget.map((b) => ({ ...b, activityId: null }));
    const r = await kp('check', write(d));
    expect(r.stdout.match(/\b(LF|AP|RK)-\d+/g)).toEqual(['LF-01']);
    expect(r.stdout).toMatch(/LF-01 +results framework +The results framework and the activity plan are empty/);
  });
});
