// Ready to type: how long after the app's page starts loading a draft can be typed into.
// Browser mode in Debian's Chromium, the draft named on the command line (as when a .kpdraft is
// opened from the file manager), timed in the page from navigation start (performance.now()):
//   editor ready     <html data-kp-editor-ready> set by the renderer (draft loaded, editor mounted,
//                    a first screen handed over)
//   text painted     the frame after the first section's text is on the page
//   first keystroke  a click into the first section's text and one key typed, painted on screen
//                    (typed as soon as the text is there, as into the floor; the key must then be
//                    in the app's own editor once it is ready, or the run fails)
// Two ways of opening: "opened again", the usual case of a draft worked on over weeks, where the
// page paints the draft's kept first screen before the app's code runs (renderer/first-screen/),
// and "first open", a file this app has not shown before (no first screen kept).
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
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serializeDraft } from '../core/draft/file-format';
import { generateDraft } from '../test/helpers/generate-draft';
import { ensureRendererBuilt, launchChromium, startAppServer } from '../test/e2e/support';
import { captureAppLayout, KEEP_NAMES_SHIM, serveFloor } from './static-floor';
import { median, type Row } from './support';

const SIZES = (process.env.KP_READY_SIZES ?? '10000,30000,120000').split(',').map(Number);
const RUNS = 5;
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
// The first editor on the page: a first screen's while it is there, then the app's own.
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

async function appOnce(browser: Browser, file: string, root: string, o: { firstOpen: boolean }): Promise<AppTimes> {
  if (o.firstOpen) rmSync(join(root, 'user-data', 'first-screens'), { recursive: true, force: true });
  const started = performance.now();
  const server = await startAppServer({ root, args: [file] });
  const serverMs = performance.now() - started;
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await installProbe(page, APP, true);
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.locator(APP.text).first().waitFor({ timeout: 60_000 });
    await typeOneKey(page, APP);
    const t = await times(page, ['text', 'typed', 'ready', 'checked']);
    const kept = await page.evaluate((mark) => document.querySelector('#root [data-slate-editor]')?.textContent?.includes(mark) ?? false, MARK);
    if (!kept) throw new Error('the key typed before the app was ready is not in its editor');
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
    const layout = await captureAppLayout(page);
    // The window keeps its first screen once it has been left alone a moment.
    const kept = join(root, 'user-data', 'first-screens');
    while (!existsSync(kept) || readdirSync(kept).length === 0) await page.waitForTimeout(100);
    return layout;
  } finally {
    await context.close();
    await server.kill();
  }
}

type AppTimes = Times & { serverMs: number };

function rowsFor(words: number, label: string, again: AppTimes[], first: AppTimes[], floor: Times[]): Row[] {
  const m = (xs: Times[], k: keyof Times) => median(xs.map((x) => x[k]!));
  const row = (c: string, metric: string, value: number, unit = 'ms', target?: number): Row =>
    ({ bench: 'ready-to-type', case: `${label}${c}`, metric, value, unit, ...(target ? { target: { op: '≤' as const, value: target } } : {}) });
  const of = `(median of ${RUNS})`;
  const opened = (c: string, app: AppTimes[], ratioTarget?: number): Row[] => [
    row(c, `page load → text painted ${of}`, m(app, 'textMs')),
    row(c, `page load → first keystroke shown ${of}`, m(app, 'typedMs'), 'ms', TARGET_MS[words]),
    row(c, `page load → editor ready ${of}`, m(app, 'readyMs')),
    row(c, `page load → first check's findings shown ${of}`, m(app, 'checkedMs')),
    row(`${c} ÷ floor`, 'first keystroke shown', m(app, 'typedMs') / m(floor, 'typedMs'), '×', ratioTarget),
    row(`${c} ÷ floor`, 'text painted', m(app, 'textMs') / m(floor, 'textMs'), '×'),
  ];
  return [
    ...opened(': opened again (first screen kept)', again, RATIO_TARGET[words]),
    ...opened(': first open (no first screen)', first),
    row(': static page, no script (floor)', `page load → text painted ${of}`, m(floor, 'textMs')),
    row(': static page, no script (floor)', `page load → first keystroke shown ${of}`, m(floor, 'typedMs')),
    row('', `browser-mode server start ${of}`, median([...again, ...first].map((a) => a.serverMs))),
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
        const again: AppTimes[] = [];
        const first: AppTimes[] = [];
        const floor: Times[] = [];
        try {
          // All "opened again" runs first: a first open forgets the kept screen.
          for (let i = 0; i < RUNS; i++) {
            again.push(await appOnce(browser, file, root, { firstOpen: false }));
            floor.push(await floorOnce(browser, floorServer.url));
          }
          for (let i = 0; i < RUNS; i++) first.push(await appOnce(browser, file, root, { firstOpen: true }));
        } finally {
          await floorServer.close();
        }
        const label = `${words / 1000}k words (${(statSync(file).size / 1e6).toFixed(1)} MB file)`;
        rows.push(...rowsFor(words, label, again, first, floor));
        const ms = (xs: Times[]) => xs.map((a) => a.typedMs.toFixed(0)).join(' / ');
        process.stderr.write(`ready-to-type ${label}: opened again ${ms(again)} ms, first open ${ms(first)} ms, floor ${ms(floor)} ms\n`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
