// A floor for start-up benchmarks: the app's page as a browser shows it with no app script at
// all. The layout is taken from the app once it is open (its style sheet, window layout and each
// text section's blocks, chunked as the editor chunks them, as bench/typing.bench.ts builds its
// floor) and written out as a static HTML page and style sheet, which a small local HTTP server
// hands out, so the browser fetches, parses and paints it the way it loads the app.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { CHUNK_SIZE } from '../renderer/editor/chunk-size';

interface Block {
  tag: string;
  items: string[];
}

export interface AppLayout {
  css: string;
  sections: Block[][];
  panelClosed: boolean;
}

/**
 * tsx compiles bench files keeping function names, which wraps named helpers inside the functions
 * handed to page.evaluate in a `__name()` call that exists only in Node; pages get a stand-in.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (f) => f';

/** The open app's style sheet, layout and text sections (call once every section is mounted). */
export async function captureAppLayout(app: Page): Promise<AppLayout> {
  await app.evaluate(KEEP_NAMES_SHIM);
  return app.evaluate(() => {
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    // A section's top-level blocks, as tag and text (a list keeps its items, flattened).
    const top = (editor: Element) => [...editor.querySelectorAll('[data-slate-node="element"]')]
      .filter((el) => !el.parentElement?.closest('[data-slate-node="element"]'))
      .map((el) => ({ tag: el.tagName.toLowerCase(), items: el.matches('ul, ol') ? [...el.querySelectorAll('li')].map((li) => li.textContent ?? '') : [el.textContent ?? ''] }));
    return {
      css: rules.join('\n'),
      sections: [...document.querySelectorAll('[data-slate-editor]')].map(top),
      panelClosed: document.querySelector('.kp-editor-screen')?.classList.contains('panel-closed') ?? false,
    };
  });
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blockHtml(b: Block): string {
  if (b.tag === 'ul' || b.tag === 'ol') return `<${b.tag}>${b.items.map((i) => `<li><p>${escape(i)}</p></li>`).join('')}</${b.tag}>`;
  return `<${b.tag}>${escape(b.items[0] ?? '')}</${b.tag}>`;
}

function sectionHtml(blocks: Block[], i: number): string {
  const chunks: string[] = [];
  for (let at = 0; at < blocks.length; at += CHUNK_SIZE) chunks.push(`<div class="kp-chunk kp-chunk-lowest">${blocks.slice(at, at + CHUNK_SIZE).map(blockHtml).join('')}</div>`);
  return `<section class="kp-section kind-text"><h2>Avsnitt ${i + 1}</h2><div class="kp-editable" contenteditable="true" data-bare-editable>${chunks.join('')}</div></section>`;
}

/** The floor page: the app's style sheet (linked, as the app links its own) and text; no script. */
export function floorHtml(layout: AppLayout): string {
  return [
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,"><title>KP Drafter</title><link rel="stylesheet" href="/floor.css"></head><body><div id="root">',
    `<div class="kp-editor-screen${layout.panelClosed ? ' panel-closed' : ''}"><header class="kp-toolbar"> </header><nav class="kp-sidebar"></nav>`,
    `<main class="kp-document"><div class="kp-document-column">${layout.sections.map(sectionHtml).join('')}</div></main>`,
    '<aside class="kp-sidepanel"></aside><footer class="kp-statusbar"> </footer></div></div></body></html>',
  ].join('');
}

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the floor page and its style sheet on 127.0.0.1 (a fresh port). */
export async function serveFloor(layout: AppLayout): Promise<FloorServer> {
  const html = floorHtml(layout);
  const server: Server = createServer((req, res) => {
    const css = req.url === '/floor.css';
    res.writeHead(200, { 'content-type': css ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(css ? layout.css : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
