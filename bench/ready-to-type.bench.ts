// Ready to type: how long after the app's page starts loading a draft can be typed into.
// Browser mode in Debian's Chromium, the draft named on the command line (as when a .kpdraft is
// opened from the file manager), timed in the page from navigation start (performance.now()):
//   editor ready     <html data-kp-editor-ready> set by the renderer (draft loaded, editor mounted)
//   text painted     the frame after the first section's text is on the page
//   first keystroke  a click into the first section's text and one key typed, painted on screen
//   first check      the draft's findings on screen (<html data-kp-checked-revision>): the check
//                    waits for an idle moment after the first paint, so it is reported apart
// (The click and key go through Playwright; their round trips, a few ms each, are included.)
// The floor (bench/static-floor.ts): the same text sections in the same layout, style sheet and
// window size as a static page with no script, fetched over HTTP from 127.0.0.1 and timed the
// same way (text painted, then the same click and key into its bare contenteditable). App and
// floor loads alternate, so both see the same load on a shared machine; the ratio of their
// medians is the figure to compare between runs.
// Server start-up is reported apart: the renderer can't affect it.
// KP_READY_SIZES=10000,120000 limits the draft sizes (words, comma-separated).
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serializeDraft } from '../core/draft/file-format';
import { generateDraft } from '../test/helpers/generate-draft';
import { ensureRendererBuilt, launchChromium, startAppServer } from '../test/e2e/support';
import { captureAppLayout, KEEP_NAMES_SHIM, serveFloor } from './static-floor';
import { median, type Row } from './support';

const SIZES = (process.env.KP_READY_SIZES ?? '10000,30000,120000').split(',').map(Number);
const RUNS = 3;
/** One key whose character the generated text never contains. */
const MARK = 'Z';
/** Ready to type within 1 s at 120k words. */
const TARGET_MS: Record<number, number> = { 120_000: 1000 };
/** A typical application (5–10k words): ready to type within twice the floor's time. */
const RATIO_TARGET: Record<number, number> = { 10_000: 2 };

/** Where the first section's text is, in the app and in the floor. */
interface Selectors {
  editable: string;
  text: string;
}
const APP: Selectors = { editable: '[data-slate-editor]', text: '[data-slate-editor] [data-slate-string]' };
const FLOOR: Selectors = { editable: '[data-bare-editable]', text: '[data-bare-editable] p' };

interface Times {
  textMs: number;
  typedMs: number;
  readyMs?: number;
  checkedMs?: number;
}

/** Watches the whole document from before <html> exists; each mark counts at the next animation frame. */
async function installProbe(page: Page, sel: Selectors, app: boolean): Promise<void> {
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.addInitScript(({ sel, mark, app }) => {
    const w = window as unknown as { __kp: Record<string, number> };
    w.__kp = {};
    const at = (name: string) => {
      if (w.__kp[name] !== undefined) return;
      w.__kp[name] = -1;
      requestAnimationFrame(() => (w.__kp[name] = performance.now()));
    };
    new MutationObserver(() => {
      const html = document.documentElement;
      if (app && html?.hasAttribute('data-kp-editor-ready')) at('ready');
      if (app && html?.hasAttribute('data-kp-checked-revision')) at('checked');
      const text = document.querySelector(sel.text);
      if (text?.textContent) at('text');
      if (w.__kp.text !== undefined && document.querySelector(sel.editable)?.textContent?.includes(mark)) at('typed');
    }).observe(document, { attributes: true, characterData: true, childList: true, subtree: true });
  }, { sel, mark: MARK, app });
}

/** Clicks into the first section's text and types one key, with as few round trips as possible. */
async function typeOneKey(page: Page, sel: Selectors): Promise<void> {
  const at = await page.evaluate((selector) => {
    const text = document.querySelector(selector);
    text?.scrollIntoView({ block: 'center' });
    const r = text?.getBoundingClientRect();
    return r ? { x: r.left + Math.min(20, r.width / 2), y: r.top + Math.min(10, r.height / 2) } : null;
  }, sel.text);
  if (!at) throw new Error('the first section shows no text');
  await page.mouse.click(at.x, at.y);
  await page.keyboard.press(MARK);
}

async function times(page: Page, names: string[]): Promise<Record<string, number>> {
  await page.waitForFunction((names) => names.every((n) => ((window as unknown as { __kp: Record<string, number> }).__kp[n] ?? 0) > 0), names, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __kp: Record<string, number> }).__kp);
}

const newContext = (browser: Browser) => browser.newContext({ viewport: { width: 1280, height: 800 } });

async function appOnce(browser: Browser, file: string, root: string): Promise<Times & { serverMs: number }> {
  const started = performance.now();
  const server = await startAppServer({ root, args: [file] });
  const serverMs = performance.now() - started;
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await installProbe(page, APP, true);
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.locator('html[data-kp-editor-ready]').waitFor({ timeout: 60_000 });
    await typeOneKey(page, APP);
    const t = await times(page, ['text', 'typed', 'ready', 'checked']);
    return { serverMs, textMs: t.text!, typedMs: t.typed!, readyMs: t.ready!, checkedMs: t.checked! };
  } finally {
    await context.close();
    await server.kill();
  }
}

async function floorOnce(browser: Browser, url: string): Promise<Times> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await installProbe(page, FLOOR, false);
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(FLOOR.text).first().waitFor({ timeout: 60_000 });
    await typeOneKey(page, FLOOR);
    const t = await times(page, ['text', 'typed']);
    return { textMs: t.text!, typedMs: t.typed! };
  } finally {
    await context.close();
  }
}

/** Opens the draft once, untimed, with every section mounted, and takes the floor's layout from it. */
async function layoutOf(browser: Browser, file: string, root: string) {
  const server = await startAppServer({ root, args: [file] });
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('html[data-kp-sections-mounted="true"]').waitFor({ timeout: 60_000 });
    return await captureAppLayout(page);
  } finally {
    await context.close();
    await server.kill();
  }
}

function rowsFor(words: number, label: string, app: (Times & { serverMs: number })[], floor: Times[]): Row[] {
  const m = (xs: Times[], k: keyof Times) => median(xs.map((x) => x[k]!));
  const row = (c: string, metric: string, value: number, unit = 'ms', target?: number): Row =>
    ({ bench: 'ready-to-type', case: `${label}${c}`, metric, value, unit, ...(target ? { target: { op: '≤' as const, value: target } } : {}) });
  const of = `(median of ${RUNS})`;
  return [
    row('', `page load → editor ready ${of}`, m(app, 'readyMs')),
    row('', `page load → text painted ${of}`, m(app, 'textMs')),
    row('', `page load → first keystroke shown ${of}`, m(app, 'typedMs'), 'ms', TARGET_MS[words]),
    row('', `page load → first check's findings shown ${of}`, m(app, 'checkedMs')),
    row('', `browser-mode server start ${of}`, median(app.map((a) => a.serverMs))),
    row(': static page, no script (floor)', `page load → text painted ${of}`, m(floor, 'textMs')),
    row(': static page, no script (floor)', `page load → first keystroke shown ${of}`, m(floor, 'typedMs')),
    row(': app ÷ floor', 'first keystroke shown', m(app, 'typedMs') / m(floor, 'typedMs'), '×', RATIO_TARGET[words]),
    row(': app ÷ floor', 'text painted', m(app, 'textMs') / m(floor, 'textMs'), '×'),
  ];
}

export async function run(): Promise<Row[]> {
  ensureRendererBuilt();
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const words of SIZES) {
      const root = mkdtempSync(join(tmpdir(), 'kp-bench-ready-'));
      try {
        const file = join(root, 'drafts', `large-${words}.kpdraft`);
        mkdirSync(join(root, 'drafts'), { recursive: true });
        writeFileSync(file, serializeDraft(generateDraft({ words, budgetLines: 200 })));
        const floorServer = await serveFloor(await layoutOf(browser, file, root));
        await floorOnce(browser, floorServer.url); // untimed, as the app's layout load is
        const app: Awaited<ReturnType<typeof appOnce>>[] = [];
        const floor: Times[] = [];
        try {
          for (let i = 0; i < RUNS; i++) {
            app.push(await appOnce(browser, file, root));
            floor.push(await floorOnce(browser, floorServer.url));
          }
        } finally {
          await floorServer.close();
        }
        const label = `${words / 1000}k words (${(statSync(file).size / 1e6).toFixed(1)} MB file)`;
        rows.push(...rowsFor(words, label, app, floor));
        process.stderr.write(`ready-to-type ${label}: app ${app.map((a) => a.typedMs.toFixed(0)).join(' / ')} ms, floor ${floor.map((f) => f.typedMs.toFixed(0)).join(' / ')} ms\n`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
