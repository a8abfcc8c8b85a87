// Where a window's start goes: opens a generated draft in browser mode (as bench/ready-to-type
// does) with Chromium's CPU profiler and tracing on, and prints
//   - the page's timeline: resources (script, style sheet, each bridge call) and paints, in ms
//     from navigation start;
//   - each long main-thread task up to the editor's first frame, with its CPU time by module
//     (self time, traced through the bundle's source map) and the app functions it spent most in.
// Not a benchmark (profiling slows the page down; compare proportions, not totals); run it when
// ready-to-type moves, to see what moved:
//   npx tsx bench/profile-start.ts [words, default 10000] [loads, default 3]
// It builds the app with source maps (KP_SOURCEMAP=1) first; `npm run build` makes the usual build again.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { serializeDraft } from '../core/draft/file-format';
import { generateDraft } from '../test/helpers/generate-draft';
import { launchChromium, startAppServer } from '../test/e2e/support';
import { root } from '../scripts/build-if-stale.mjs';
import { SourceMapLookup } from './source-map-lookup';

const WORDS = Number(process.argv[2] ?? 10_000);
const LOADS = Number(process.argv[3] ?? 3);
/** Tasks shorter than this are left out of the timeline. */
const LONG_TASK_MS = 15;

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }

function buildWithSourceMaps(): void {
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, env: { ...process.env, KP_SOURCEMAP: '1' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
}

function sourceMaps(): Map<string, SourceMapLookup> {
  const assets = join(root, 'out', 'renderer', 'assets');
  const maps = new Map<string, SourceMapLookup>();
  for (const f of readdirSync(assets).filter((f) => f.endsWith('.js.map'))) maps.set(f.slice(0, -4), new SourceMapLookup(readFileSync(join(assets, f), 'utf8')));
  return maps;
}

/** A profile frame as module and function: npm packages by name, the app's files by path. */
function locate(maps: Map<string, SourceMapLookup>, node: ProfileNode): { module: string; fn: string } {
  const cf = node.callFrame;
  const map = maps.get(cf.url.split('/').pop() ?? '');
  if (!map) return { module: `(${cf.functionName || 'native'})`, fn: cf.functionName };
  const p = map.find(cf.lineNumber, cf.columnNumber);
  if (!p) return { module: '(bundle: generated code, inlined data)', fn: cf.functionName };
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p.source);
  return { module: pkg ? pkg[1]! : p.source.replace(/^.*?\/(renderer|core|templates)\//, '$1/'), fn: p.name ?? cf.functionName };
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<{ events: TraceEvent[]; profile: CpuProfile }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await complete;
  return { events, profile: profile as unknown as CpuProfile };
}

/** Self time by module and time in app functions (inclusive) over the samples within [from, to] (µs). */
function cpuIn(profile: CpuProfile, maps: Map<string, SourceMapLookup>, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self: Record<string, number> = {};
  const app: Record<string, number> = {};
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]!;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < from || t > to || byId.get(id)!.callFrame.functionName === '(idle)') return;
    const leaf = locate(maps, byId.get(id)!);
    self[leaf.module] = (self[leaf.module] ?? 0) + ms;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = locate(maps, byId.get(at)!);
      const key = `${f.module} ${f.fn}`;
      if (/^(renderer|core)\//.test(f.module) && !seen.has(key)) app[key] = (app[key] ?? 0) + ms;
      seen.add(key);
    }
  });
  return { self, app };
}

const top = (r: Record<string, number>, n: number) => Object.entries(r).sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, v]) => v >= 0.5).map(([k, v]) => `${v.toFixed(1).padStart(6)} ms  ${k}`);

async function main(): Promise<void> {
  buildWithSourceMaps();
  const maps = sourceMaps();
  const dir = mkdtempSync(join(tmpdir(), 'kp-profile-start-'));
  const browser = await launchChromium();
  try {
    mkdirSync(join(dir, 'drafts'));
    const file = join(dir, 'drafts', `large-${WORDS}.kpdraft`);
    writeFileSync(file, serializeDraft(generateDraft({ words: WORDS, budgetLines: 200 })));
    for (let load = 1; load <= LOADS; load++) {
      const server = await startAppServer({ root: dir, args: [file] });
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        // The editor's first frame: a mark in the frame after <html data-kp-editor-ready> is set.
        await page.addInitScript(() => {
          const seen = new MutationObserver(() => {
            if (!document.documentElement?.hasAttribute('data-kp-editor-ready')) return;
            seen.disconnect();
            requestAnimationFrame(() => performance.mark('kp:editor-frame'));
          });
          seen.observe(document, { attributes: true, childList: true, subtree: true });
        });
        const cdp = await context.newCDPSession(page);
        const { events, profile } = await traced(cdp, async () => {
          await page.goto(server.url, { waitUntil: 'commit' });
          await page.locator('html[data-kp-editor-ready]').waitFor({ timeout: 60_000 });
          await page.waitForFunction(() => performance.getEntriesByName('kp:editor-frame').length > 0);
        });
        const timeline = await page.evaluate(() => performance.getEntries()
          .filter((e) => ['resource', 'paint', 'mark'].includes(e.entryType))
          .map((e) => `${decodeURIComponent(e.name.split('/').pop() ?? e.name)} ${e.startTime.toFixed(0)}${'responseEnd' in e ? `→${(e as PerformanceResourceTiming).responseEnd.toFixed(0)}` : ''}`));
        const nav = events.find((e) => e.name === 'navigationStart')?.ts ?? 0;
        const frame = events.find((e) => e.name === 'kp:editor-frame')?.ts ?? Number.POSITIVE_INFINITY;
        const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts > nav && e.ts < frame);
        // The renderer's main thread: the one that ran the most task time over the load.
        const busy: Record<string, number> = {};
        for (const e of tasks) busy[`${e.pid}:${e.tid}`] = (busy[`${e.pid}:${e.tid}`] ?? 0) + (e.dur ?? 0);
        const main = Object.entries(busy).sort((a, b) => b[1] - a[1])[0]?.[0];
        console.log(`\n=== load ${load} of ${LOADS}, ${WORDS} words: editor's first frame at ${((frame - nav) / 1000).toFixed(0)} ms`);
        console.log(`timeline (ms): ${timeline.join(' | ')}`);
        for (const task of tasks.filter((e) => `${e.pid}:${e.tid}` === main && (e.dur ?? 0) >= LONG_TASK_MS * 1000)) {
          const cpu = cpuIn(profile, maps, task.ts, task.ts + task.dur!);
          console.log(`\ntask at ${((task.ts - nav) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(0)} ms`);
          console.log(`  by module (self):\n    ${top(cpu.self, 12).join('\n    ')}`);
          if (Object.keys(cpu.app).length) console.log(`  app functions (inclusive):\n    ${top(cpu.app, 10).join('\n    ')}`);
        }
      } finally {
        await context.close();
        await server.kill();
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
