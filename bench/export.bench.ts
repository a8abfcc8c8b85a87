// Word export: time and peak memory of exporting 50-, 200- and 800-page drafts (about 500 words a
// page, test/helpers/generate-draft.ts, 200 budget lines), and pandoc converting equivalent
// Markdown to .docx in the same run.
//   export         exportDocx() with the export worker already running (the app starts it when the
//                  export dialog opens): rule check, build and pack in the worker, atomic write
//   export after the dialog opened  the same in a fresh process whose worker was started (and
//                  primed with an empty draft's build) by warmExportWorker, as when the export dialog
//                  opens, 1.5 s before the export (the dialog is read and confirmed)
//   first export   the same in a fresh process whose worker starts with this export (`kp export`):
//                  the worker is the built out/main/export-docx-worker.js, as in the app and `kp`
//                  (the bench's own process runs the TypeScript sources through tsx, the worker
//                  does not); the build is brought up to date first
//   export CPU     the CPU time of an export, all threads, for comparing runs on a busy machine
//                  (for the export and for the first export)
//   peak RSS       the whole exporting process, worker thread included (process.resourceUsage().maxRSS
//                  in the child process, after the export)
//   pandoc         `pandoc draft.md -o draft.docx`, wall time
// Each figure is the median of three fresh processes.
// KP_BENCH_PAGES=50 limits the draft sizes (pages, comma-separated; default 50,200,800).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isListElement, type InlineNode, type ListElement, type RichText } from '../core/draft/rich-text';
import type { Draft } from '../core/draft/schema';
import { generateDraft } from '../test/helpers/generate-draft';
import { buildIfStale } from '../scripts/build-if-stale.mjs';
import { median, type Row } from './support';

const exec = promisify(execFile);
const PAGES = (process.env.KP_BENCH_PAGES ?? '50,200,800').split(',').map(Number);
const RUNS = 3;
const WORDS_PER_PAGE = 500;
const draftFor = (pages: number) => generateDraft({ words: pages * WORDS_PER_PAGE, budgetLines: 200, seed: pages });

/** The same content as Markdown, for pandoc. */
function markdown(d: Draft): string {
  const inline = (nodes: InlineNode[]): string =>
    nodes.map((n) => ('type' in n ? `[${inline(n.children)}](${n.url})` : `${n.bold ? '**' : ''}${n.italic ? '*' : ''}${n.text}${n.italic ? '*' : ''}${n.bold ? '**' : ''}`)).join('');
  const list = (l: ListElement, depth: number): string =>
    l.children
      .map((item, i) => item.children.map((c) => (isListElement(c) ? list(c, depth + 1) : `${'  '.repeat(depth)}${l.type === 'numbered-list' ? `${i + 1}.` : '-'} ${inline([c])}`)).join('\n'))
      .join('\n');
  const blocks = (v: RichText) =>
    v.map((b) => {
      if (isListElement(b)) return list(b, 0);
      const text = inline(b.children);
      return b.type === 'heading-one' ? `## ${text}` : b.type === 'heading-two' ? `### ${text}` : b.type === 'block-quote' ? `> ${text}` : text;
    }).join('\n\n');
  const out = [`% ${d.title}`, ''];
  for (const [id, v] of Object.entries(d.sections)) out.push(`# ${id}`, '', blocks(v), '');
  out.push('# budget', '', '| Kategori | Part | År | Beskrivning | Belopp |', '|---|---|---|---|---:|');
  for (const l of d.budget) out.push(`| ${l.category} | ${l.side} | ${l.year} | ${l.description} | ${l.amountOre / 100} kr |`);
  return out.join('\n') + '\n';
}

/**
 * Child process: export one generated draft and print the time and the process's peak memory.
 * `warm`: a one-page export first starts the export worker, as the app does when the export dialog
 * opens (warmExportWorker); `cold`: the worker starts with this export, as in a one-off `kp export`.
 */
export async function child(mode: 'warm' | 'cold' | 'prepared', pages: number, out: string): Promise<void> {
  const { exportDocx, warmExportWorker } = await import('../electron/services/export-docx');
  const { workerUrl } = await import('../electron/services/export-docx-pool');
  const worker = fileURLToPath(workerUrl());
  if (!existsSync(worker)) throw new Error(`the built export worker is missing: ${worker}`);
  if (mode === 'warm') {
    const warm = await exportDocx(draftFor(1), out, { allowErrors: true });
    if (!warm.ok) throw new Error(warm.error.message);
  }
  if (mode === 'prepared') {
    warmExportWorker();
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  const draft = draftFor(pages);
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await exportDocx(draft, out, { allowErrors: true });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  if (!r.ok) throw new Error(r.error.message);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakMb: process.resourceUsage().maxRSS / 1024, bytes: statSync(out).size }) + '\n');
}

export async function run(): Promise<Row[]> {
  const childScript = fileURLToPath(new URL('./export-child.mjs', import.meta.url));
  const problem = buildIfStale(['out/main/export-docx-worker.js']);
  if (problem) throw new Error(`the export worker could not be built:\n${problem}`);
  const dir = mkdtempSync(join(tmpdir(), 'kp-bench-export-'));
  const rows: Row[] = [];
  try {
    for (const pages of PAGES) {
      type Measure = { ms: number; cpuMs: number; peakMb: number; bytes: number };
      const measure = async (mode: 'warm' | 'cold' | 'prepared'): Promise<Measure> => {
        const { stdout } = await exec(process.execPath, [childScript, mode, String(pages), join(dir, `ours-${pages}.docx`)], { maxBuffer: 1 << 20 });
        return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measure;
      };
      const ours: Measure[] = [];
      const cold: Measure[] = [];
      const prepared: Measure[] = [];
      // Alternated, so all see the same load on a shared machine.
      for (let i = 0; i < RUNS; i++) {
        ours.push(await measure('warm'));
        cold.push(await measure('cold'));
        prepared.push(await measure('prepared'));
      }
      const md = join(dir, `draft-${pages}.md`);
      writeFileSync(md, markdown(draftFor(pages)));
      const pandoc: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await exec('pandoc', [md, '-o', join(dir, `pandoc-${pages}.docx`)], { maxBuffer: 1 << 20 });
        pandoc.push(performance.now() - started);
      }
      const ms = median(ours.map((o) => o.ms));
      const c = `${pages} pages (${pages * WORDS_PER_PAGE / 1000}k words)`;
      rows.push(
        { bench: 'export', case: c, metric: 'export', value: ms, unit: 'ms', ...(pages === 800 ? { target: { op: '≤' as const, value: 1000 } } : {}) },
        { bench: 'export', case: c, metric: 'export CPU (all threads)', value: median(ours.map((o) => o.cpuMs)), unit: 'ms' },
        {
          bench: 'export', case: c, metric: `first export (worker start, median of ${RUNS})`, value: median(cold.map((o) => o.ms)), unit: 'ms',
          ...(pages === 50 ? { target: { op: '≤' as const, value: 400 } } : {}),
        },
        { bench: 'export', case: c, metric: 'first export CPU (all threads)', value: median(cold.map((o) => o.cpuMs)), unit: 'ms' },
        { bench: 'export', case: c, metric: `export after the dialog opened (median of ${RUNS})`, value: median(prepared.map((o) => o.ms)), unit: 'ms' },
        { bench: 'export', case: c, metric: 'peak RSS', value: median(ours.map((o) => o.peakMb)), unit: 'MB', ...(pages === 800 ? { target: { op: '≤' as const, value: 250 } } : {}) },
        { bench: 'export', case: c, metric: '.docx size', value: median(ours.map((o) => o.bytes)) / 1024, unit: 'KB' },
        { bench: 'export', case: c, metric: 'pandoc', value: median(pandoc), unit: 'ms' },
        { bench: 'export', case: c, metric: 'pandoc ÷ export', value: median(pandoc) / ms, unit: '×', ...(pages === 200 ? { target: { op: '≥' as const, value: 3 } } : {}) },
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

