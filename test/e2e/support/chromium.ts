import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { root } from '../../../scripts/build-if-stale.mjs';
import type { AppServer } from './app-server';

/** Debian's Chromium; Playwright's own browsers are never downloaded. */
export const CHROMIUM_PATH = process.env.KP_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const RESULTS_DIR = join(root, 'test-results');

/** Starts headless Chromium; `extraArgs` adds switches (e.g. --host-resolver-rules for a rebinding test). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations seen so far (a clean run has none). */
  problems: string[];
}

/** Opens the app of a running server in a fresh browser context (its own cookies). */
export async function openApp(browser: Browser, server: AppServer, o: { width?: number; height?: number; locale?: string; now?: Date } = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: o.width ?? 1280, height: o.height ?? 800 }, locale: o.locale ?? 'sv-SE' });
  const page = await context.newPage();
  // A fixed date for what depends on today (the edition in force); timers still run.
  if (o.now) await page.clock.setFixedTime(o.now);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`http ${r.status()}: ${new URL(r.url()).pathname}`);
  });
  await page.goto(server.url);
  return { page, context, problems };
}

/** Saves a full-page screenshot as test-results/<name>.png (not committed) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
