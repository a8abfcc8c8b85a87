import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { root } from '../../../scripts/build-if-stale.mjs';

/**
 * A blank Chromium page with one renderer module loaded as `globalThis[name]`, for code that needs
 * a real DOM (DOMParser, layout-free element APIs) but not the app: the unit project runs in Node
 * without one. The module is bundled from source with esbuild, so it is the code the app ships.
 *
 *   const page = await modulePage(browser, 'renderer/editor/paste-html.ts', 'kpPaste');
 *   const out = await page.evaluate((h) => (globalThis as any).kpPaste.cleanPastedHtml(h), html);
 */
export async function modulePage(browser: Browser, modulePath: string, name: string): Promise<Page> {
  const bundle = await build({
    entryPoints: [join(root, modulePath)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: name,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  return page;
}
