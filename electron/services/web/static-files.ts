import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** The content types of the files the renderer is built into (served by browser mode and by app://). */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticFile {
  body: Buffer | string;
  type: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Adds the per-run token to index.html as `<meta name="kp-token">`, where the HTTP bridge reads
 * it for API calls (the token cookie is HttpOnly, so scripts cannot read it).
 */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="kp-token" content="${escapeAttr(token)}">`;
  const close = html.search(/<\/head>/i);
  if (close >= 0) return html.slice(0, close) + meta + html.slice(close);
  return meta + html;
}

/**
 * Reads a file of the built renderer for a URL path, or undefined when there is none. Paths that
 * would leave the renderer folder (`..`, encoded separators, NUL) find nothing.
 */
export async function readStatic(rootDir: string, pathname: string, token: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const root = resolve(rootDir);
  const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    if (!(await stat(file)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const ext = extname(file).toLowerCase();
  const type = contentTypeOf(file);
  if (ext === '.html') return { body: injectToken(await readFile(file, 'utf8'), token), type };
  return { body: await readFile(file), type };
}
