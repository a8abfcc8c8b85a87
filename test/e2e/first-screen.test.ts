import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraft } from '../../core/draft/file-format';
import { generateDraft } from '../helpers/generate-draft';
import { launchChromium, openApp, screenshot, startAppServer, type AppServer } from './support';

// A draft opened again paints its kept first screen before the app's code has run, takes what is
// typed into it meanwhile, and hands it all to the editor when the app takes over. The app's code
// is held back (the page's script request waits) so the test types into the first screen for sure.

let server: AppServer;
let browser: Browser;
let file: string;
const screensDir = () => join(server.userDataDir, 'first-screens');

/** The page of the server, with the app's script held until `release()`. */
async function loadHeld(o: { width?: number } = {}): Promise<{ page: Page; context: BrowserContext; release: () => void; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: o.width ?? 1280, height: 800 }, locale: 'sv-SE' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(server.url, { waitUntil: 'commit' });
  return { page, context, release, problems };
}

/**
 * Waits until the first screen takes keys: it is painted not editable, and its small script (loaded
 * after it) makes it editable once it can keep what is typed. A key before that shows nothing.
 */
async function screenTakesKeys(page: Page): Promise<void> {
  await page.locator('#kp-first-screen [data-slate-editor][contenteditable="true"]').first().waitFor();
}

/** Puts the caret at the end of the first paragraph of the first screen's first text section, as a click there would. */
async function caretAtEndOfFirstParagraph(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>('#kp-first-screen [data-slate-editor]')!;
    const strings = editor.querySelector('[data-slate-node="element"]')!.querySelectorAll('[data-slate-string]');
    const last = strings[strings.length - 1]!.firstChild as Text;
    editor.focus();
    document.getSelection()!.collapse(last, last.data.length);
    return editor.closest('[data-kp-section]')!.getAttribute('data-kp-section')!;
  });
}

/** True when the kept first screen was drawn from what the file holds now. */
function keptMatchesFile(): boolean {
  const kept = existsSync(screensDir()) ? readdirSync(screensDir()) : [];
  if (kept.length !== 1) return false;
  const screen = JSON.parse(readFileSync(join(screensDir(), kept[0]!), 'utf8')) as { sha256: string };
  return screen.sha256 === createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The draft opened again with the app held back, the caret at the end of the first screen's first paragraph. */
async function heldAtFirstParagraph() {
  server = await server.restart();
  const held = await loadHeld();
  await screenTakesKeys(held.page);
  const section = await caretAtEndOfFirstParagraph(held.page);
  const before = (await held.page.locator('#kp-first-screen [data-slate-editor] [data-slate-node="element"]').first().textContent())!;
  return { ...held, section, before };
}

const firstParagraphs = (page: Page, section: string) =>
  page.evaluate((id) => [...document.querySelectorAll(`#root [data-kp-section="${id}"] [data-slate-editor] > * [data-slate-node="element"], #root [data-kp-section="${id}"] [data-slate-editor] > [data-slate-node="element"]`)].slice(0, 3).map((p) => p.textContent), section);

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'kp-e2e-first-screen-'));
  mkdirSync(join(root, 'drafts'));
  file = join(root, 'drafts', 'förra-veckan.kpdraft');
  writeFileSync(file, serializeDraft(generateDraft({ words: 3000 })));
  server = await startAppServer({ root, args: [file] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the first screen of a draft opened again', () => {
  it('is kept once the draft has been open a moment', async () => {
    const { page, context, problems } = await openApp(browser, server);
    await page.locator('html[data-kp-editor-ready]').waitFor();
    await expect.poll(() => existsSync(screensDir()) && readdirSync(screensDir()).length, { timeout: 20_000 }).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the text before the app runs, keeps what is typed into it, and hands it to the editor', async () => {
    server = await server.restart();
    const { page, context, release, problems } = await loadHeld();
    await screenTakesKeys(page);
    expect(await page.locator('#root').innerHTML()).toBe('');
    const section = await caretAtEndOfFirstParagraph(page);
    await page.keyboard.type(' Tillägg');
    // Typed inside a paragraph: the browser shows it at once, before the app is there.
    expect(await page.locator('#kp-first-screen [data-slate-editor]').first().innerText()).toContain(' Tillägg');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ny rad');
    await screenshot(page, 'first-screen-typed');
    release();
    await page.locator('html[data-kp-editor-ready]').waitFor();
    expect(await page.locator('#kp-first-screen').count()).toBe(0);
    const [first, second] = await firstParagraphs(page, section);
    expect(first).toMatch(/ Tillägg$/);
    expect(second).toBe('Ny rad');
    // The caret is where typing left it, in the app's own editor.
    await page.keyboard.type('!');
    expect((await firstParagraphs(page, section))[1]).toBe('Ny rad!');
    await screenshot(page, 'first-screen-taken-over');
    await page.keyboard.press('Control+s');
    await expect.poll(() => JSON.stringify(parseDraftFile(readFileSync(file, 'utf8')))).toContain('Ny rad!');
    // Saved and left alone, the window keeps its screen again: the next open shows the saved text.
    await expect.poll(keptMatchesFile, { timeout: 20_000 }).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes what was typed into it back with one undo, as typing in the editor would be', async () => {
    const { page, context, release, section, before } = await heldAtFirstParagraph();
    await page.keyboard.type(' Ångra mig');
    release();
    await page.locator('html[data-kp-editor-ready]').waitFor();
    expect((await firstParagraphs(page, section))[0]).toBe(`${before} Ångra mig`);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await firstParagraphs(page, section))[0]).toBe(before);
    await context.close();
  });

  it('holds a shortcut and what is typed after it until the editor can do them, then does them in order', async () => {
    const { page, context, release, section, before } = await heldAtFirstParagraph();
    await page.keyboard.press('Control+b');
    await page.keyboard.type('fet');
    // Held: nothing shows until the editor has it (it would otherwise show unformatted).
    expect(await page.locator('#kp-first-screen [data-slate-editor] [data-slate-node="element"]').first().textContent()).toBe(before);
    release();
    await page.locator('html[data-kp-editor-ready]').waitFor();
    expect((await firstParagraphs(page, section))[0]).toBe(`${before}fet`);
    const last = page.locator(`#root [data-kp-section="${section}"] [data-slate-editor] [data-slate-node="element"]`).first().locator('strong').last();
    expect(await last.textContent()).toBe('fet');
    await context.close();
  });

  it('is not shown in a window too narrow for the layout it was drawn in, and the app opens as usual', async () => {
    server = await server.restart();
    const { page, context, release } = await loadHeld({ width: 1000 });
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#kp-first-screen').count()).toBe(0);
    release();
    await page.locator('html[data-kp-editor-ready]').waitFor();
    expect(await page.locator('#root [data-slate-editor]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('is not shown once the file holds something else than the screen was drawn from', async () => {
    const draft = generateDraft({ words: 3000 });
    draft.title = 'Ändrad i ett annat program';
    writeFileSync(file, serializeDraft(draft));
    server = await server.restart();
    const { page, context, release } = await loadHeld();
    await page.locator('#root').waitFor({ state: 'attached' });
    expect(await page.locator('#kp-first-screen').count()).toBe(0);
    release();
    await page.locator('html[data-kp-editor-ready]').waitFor();
    expect(await page.getByRole('textbox', { name: 'Projektets titel' }).inputValue()).toBe('Ändrad i ett annat program');
    await context.close();
  });
});
