#!/usr/bin/env node
// Exports the sample application (test/export/sample-application.ts) through the real export
// service and renders its pages as PNGs under docs/export/ (LibreOffice → PDF → pdftoppm -r 60),
// for the README. Usage: node scripts/render-sample-export.mjs [--lang sv-SE|en-GB]
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { buildIfStale } from './build-if-stale.mjs';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The export runs in the built worker, as in the app: build it first when the sources are newer.
const problem = buildIfStale(['out/main/export-docx-worker.js'], { onBuild: () => console.log('building the app first…') });
if (problem) throw new Error(`the app could not be built:\n${problem}`);
const { sampleApplication } = await import('../test/export/sample-application.ts');
const { docxToPdf, pdfToPngs } = await import('../test/export/readers.ts');
const { exportDocx } = await import('../electron/services/export-docx.ts');

const lang = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : 'sv-SE';
const out = join(root, 'docs', 'export');
const work = await mkdtemp(join(tmpdir(), 'kp-render-'));
try {
  const docx = join(work, `sample-${lang}.docx`);
  const r = await exportDocx(sampleApplication(), docx, { language: lang }, { now: () => new Date('2026-03-10T09:00:00Z') });
  if (!r.ok) throw new Error(r.error.message);
  const pdf = await docxToPdf(docx, work);
  await mkdir(out, { recursive: true });
  for (const f of await readdir(out)) if (f.startsWith(`sample-${lang}-`) && f.endsWith('.png')) await rm(join(out, f));
  await pdfToPngs(pdf, join(out, `sample-${lang}`));
  console.log((await readdir(out)).filter((f) => f.startsWith(`sample-${lang}-`)).map((f) => `docs/export/${f}`).join('\n'));
} finally {
  await rm(work, { recursive: true, force: true });
}
