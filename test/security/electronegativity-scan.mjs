// Runs electronegativity over one folder, offline, and writes its findings to
// <out>/electronegativity.json (plus its own SARIF report). Run as a child process by
// electronegativity.test.ts, so the tool's globals and patches stay out of the test process.
//
// Why not the CLI's --output: its CSV writer starts the header and the rows as two concurrent
// writes, and the header can truncate the first finding away; its SARIF has no severities. The
// runner API returns the findings with their severities, and nothing gets lost.
// Usage: node electronegativity-scan.mjs <input folder> <output folder>
import Module, { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The tool downloads translations on every run, and one check downloads Electron's release list.
// The suite never touches the network: `got`, its HTTP client, fails every request at once.
const loadModule = Module._load;
Module._load = function loadOffline(request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('offline: network disabled in tests'));
  return loadModule.call(this, request, ...rest);
};

const load = createRequire(import.meta.url);
const run = load('@doyensec/electronegativity');
const [input, outDir] = process.argv.slice(2);

try {
  const result = await run(
    {
      input,
      output: join(outDir, 'electronegativity.sarif'),
      isSarif: true,
      customScan: [],
      // The one online check (newer Electron releases with security fixes).
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
      parserPlugins: [],
    },
    false,
  );
  const issues = result.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    line: i.location.line,
    column: i.location.column,
    description: i.description,
  }));
  const report = { checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues };
  writeFileSync(join(outDir, 'electronegativity.json'), JSON.stringify(report, null, 2));
} catch (e) {
  console.error(e?.stack ?? e);
  process.exit(1);
}
