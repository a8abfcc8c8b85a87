import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../services/web/csp';
import { contentTypeOf } from '../services/web/static-files';
import type { FirstScreen } from '../../core/ipc/first-screen-contract';
import { FIRST_SCREEN_SCRIPT, pageWithFirstScreen } from '../services/first-screen';

/** The first screen the page being loaded may paint (see first-screen-tickets.ts). */
export type FirstScreenFor = (url: string) => Promise<FirstScreen | null>;

/** The renderer is served from app://kp/… — a privileged scheme of our own, never http(s) or file. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kp';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Must run before `app` is ready. `standard` gives the scheme an origin (so 'self' in the CSP and
 * relative URLs work), `secure` makes it a secure context, and `corsEnabled` + `supportFetchAPI`
 * let Chromium load the bundle's `<script type="module" crossorigin>` from it. `codeCache` lets
 * V8 keep the bundle compiled between starts (Chromium does so only for http(s) unless asked):
 * parsing and compiling it is the largest fixed cost of opening a window.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/** True when `url` is a page or resource of the app itself. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}


/**
 * Maps an app:// URL to a file inside `rootDir`, or null when the URL is foreign or would escape
 * the folder (`..`, encoded separators, absolute paths).
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const rel = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const full = resolve(root, rel);
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return full;
}

const notFound = () => new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain' } });

/**
 * The app:// handler: static files of the built renderer, each with the CSP and security headers;
 * the page itself with a kept first screen when the window loading it opens that draft.
 */
export function createAppProtocolHandler(rootDir: string, firstScreen?: FirstScreenFor): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      const type = contentTypeOf(file);
      const isPage = file === resolve(rootDir, 'index.html') && existsSync(resolve(rootDir, FIRST_SCREEN_SCRIPT));
      const screen = firstScreen && isPage ? await firstScreen(request.url) : null;
      const page = screen && pageWithFirstScreen(body.toString(), screen);
      return new Response(request.method === 'HEAD' ? null : page ? page.html : new Uint8Array(body), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'content-type': type },
      });
    } catch {
      return notFound();
    }
  };
}

/** Serves the renderer on app://kp from `rootDir` (call once the app is ready). */
export function handleAppProtocol(rootDir: string, firstScreen?: FirstScreenFor): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir, firstScreen));
}
