import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: string;
  file: string;
  line: number;
  column: number;
  description: string;
}
interface Report {
  checks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Finding[];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const scanner = fileURLToPath(new URL('./electronegativity-scan.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kp-electronegativity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs electronegativity over `src` (offline) and reads back the findings it wrote. */
function scan(src: string, name: string): Report {
  const out = join(work, `${name}-out`);
  mkdirSync(out, { recursive: true });
  const r = spawnSync(process.execPath, [scanner, src, out], { encoding: 'utf8', timeout: 170_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(readFileSync(join(out, 'electronegativity.json'), 'utf8')) as Report;
}

const serious = (report: Report) => report.issues.filter((i) => i.severity === 'HIGH' || i.severity === 'MEDIUM');
const describeFinding = (i: Finding) => `${i.severity} ${i.id} ${i.file}:${i.line}:${i.column} — ${i.description}`;

describe('electronegativity security scan', () => {
  it('finds no HIGH or MEDIUM issue in electron/ and renderer/', () => {
    // One scan over both trees, so the global checks (CSP, navigation limits, permission
    // handler) see main's guards together with the pages they protect.
    const src = join(work, 'app');
    for (const dir of ['electron', 'renderer']) cpSync(join(root, dir), join(src, dir), { recursive: true });
    cpSync(join(root, 'package.json'), join(src, 'package.json'));

    const report = scan(src, 'app');
    const findings = serious(report);
    if (findings.length > 0) console.error(findings.map(describeFinding).join('\n'));
    expect(findings.map(describeFinding)).toEqual([]);
    expect(report.errors.filter((e) => !e.tolerable), 'files the scanner could not parse').toEqual([]);
    expect(report.checks).toBeGreaterThan(30);
  }, 180_000);

  it('does flag an insecure window, so a clean result means something', () => {
    const src = join(work, 'insecure');
    mkdirSync(src, { recursive: true });
    writeFileSync(
      join(src, 'main.ts'),
      `import { BrowserWindow } from 'electron';
       const win: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
       void win.loadURL('http://example.com/');\n`,
    );
    const ids = serious(scan(src, 'insecure')).map((i) => i.id);
    // Without main's guards the global checks fire too: the same checks the app passes above.
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
  }, 180_000);
});
