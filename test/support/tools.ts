import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The outside programs the interoperability tests read our files back with. A missing one skips
 * its tests with a line saying what to install, so that a developer without LibreOffice can still
 * run the suite; under CI (CI=true) a missing tool is a failure, never a silent skip.
 */
const probes: Record<string, { args: string[]; install: string }> = {
  soffice: { args: ['--version'], install: 'libreoffice-writer-nogui' },
  pdftotext: { args: ['-v'], install: 'poppler-utils' },
  pandoc: { args: ['--version'], install: 'pandoc' },
  'python-docx': { args: [], install: 'python3-docx' },
  // LibreOffice's spreadsheet part: without it soffice cannot load an .xlsx at all.
  'soffice-calc': { args: [], install: 'libreoffice-calc-nogui' },
  openpyxl: { args: [], install: 'python3-openpyxl' },
};

const found = new Map<string, boolean>();

function has(tool: string): boolean {
  if (!found.has(tool)) {
    if (tool === 'soffice-calc') {
      found.set(tool, has('soffice') && existsSync('/usr/lib/libreoffice/program/libsclo.so'));
      return found.get(tool)!;
    }
    const module = tool === 'python-docx' ? 'docx' : tool === 'openpyxl' ? 'openpyxl' : null;
    const r = module !== null
      ? spawnSync('/usr/bin/python3', ['-c', `import ${module}`], { stdio: 'ignore' })
      : spawnSync(tool, probes[tool]!.args, { stdio: 'ignore' });
    found.set(tool, r.status === 0);
  }
  return found.get(tool)!;
}

/**
 * True when the tests of `what` must be skipped: a tool is missing and this is not CI. Says so,
 * with what to install. Use as `describe.skipIf(missing)` and return early from shared hooks.
 */
export function toolsMissing(tools: Array<keyof typeof probes>, what: string): boolean {
  const missing = tools.filter((t) => !has(t));
  if (missing.length === 0 || process.env.CI === 'true') return false;
  const install = missing.map((t) => probes[t]!.install).join(' ');
  process.stderr.write(`skipped ${what}: ${missing.join(', ')} not installed (apt-get install ${install}; with CI=true they fail instead)\n`);
  return true;
}
