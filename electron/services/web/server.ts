import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName, EventPayload } from '../../../core/ipc/contract';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import { err, type Result } from '../../../core/result';
import { MAX_RECOVERY_COPY_BYTES } from '../recovery';
import { checkAccess, newToken, staticCookie } from './access';
import { cspWithStyleHash, SECURITY_HEADERS } from './csp';
import { NO_KEY_PAGE_CSP, noKeyPage } from './no-key-page';
import { EventHub } from './events';
import { readStatic } from './static-files';
import type { FirstScreen } from '../../../core/ipc/first-screen-contract';
import { FIRST_SCREEN_SCRIPT, pageWithFirstScreen, styleSheetOf, type FirstScreenPage } from '../first-screen';

/**
 * The largest request: the largest recovery copy plus room for the rest of the request (path,
 * key, options). So every draft that fits in a file gets through (a request carries it as compact
 * JSON, never longer than its file), and so does the unsaved work of a draft too large to save,
 * which autosave must still secure; the save itself refuses that one (draft-too-large). Larger
 * requests are refused here with the same code.
 */
export const MAX_BODY_BYTES = MAX_RECOVERY_COPY_BYTES + 1024 * 1024;
const INVOKE_PREFIX = '/api/invoke/';

export interface WebServerOptions {
  handlers: Partial<Handlers>;
  /** The built renderer (electron-vite's out/renderer). */
  rendererDir: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  /** Tests pass a fixed token; normally a fresh random one per run. */
  token?: string;
  onBug?: (e: unknown) => void;
  /** Defaults to MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  /** The first screen to paint in the page being loaded (a draft opened at launch), if one is kept for it. */
  firstScreen?: () => Promise<FirstScreen | null>;
}

export interface WebServer {
  port: number;
  token: string;
  /**
   * The URL to open. The page keeps the token from it (per tab) for API calls; the cookie that
   * first load sets holds a separate key that only opens the static files, so a reload works.
   */
  url: string;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

const sendResult = (res: ServerResponse, status: number, result: Result<unknown>, extra?: Record<string, string>) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result), extra);

/** Reads a request body up to a limit; undefined when the limit was passed. */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The browser-mode server: the built renderer and the IPC contract over loopback HTTP.
 * `POST /api/invoke/<channel>` takes the request as JSON and answers with the Result as JSON
 * (always 200: expected failures are values); `GET /api/events` streams events. Both need the
 * token in a header; the cookie opens only the static files. Anything without the token, from
 * another origin or for another host gets 403.
 */
export async function startWebServer(o: WebServerOptions): Promise<WebServer> {
  const token = o.token ?? newToken();
  const staticKey = newToken();
  const hub = new EventHub();
  const onBug = o.onBug ?? ((e: unknown) => console.error('KP Drafter: unexpected error in a handler:', e));
  let port = 0;

  async function invoke(req: IncomingMessage, res: ServerResponse, channel: string) {
    if (req.method !== 'POST') return sendResult(res, 405, err('invalid-request', 'use POST'), { allow: 'POST' });
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      req.resume();
      return sendResult(res, 415, err('invalid-request', 'the request body must be JSON'));
    }
    const limit = o.maxBodyBytes ?? MAX_BODY_BYTES;
    const text = await readBody(req, limit);
    if (text === undefined) {
      const tooLarge = `the request is larger than ${Math.round(limit / 1024)} kB, so the draft would be larger than a draft file may be; nothing was written`;
      return sendResult(res, 413, err('draft-too-large', tooLarge), { connection: 'close' });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return sendResult(res, 200, err('invalid-request', 'the request body is not valid JSON'));
    }
    let name: string;
    try {
      name = decodeURIComponent(channel);
    } catch {
      return sendResult(res, 200, err('invalid-request', 'unknown channel'));
    }
    sendResult(res, 200, await dispatch(o.handlers, name, body, onBug));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const isInvoke = url.pathname.startsWith(INVOKE_PREFIX);
    const verdict = checkAccess(req, url, { port, token, staticKey, api: isApi });
    if (!verdict.ok) {
      req.resume();
      if (isApi) return sendResult(res, 403, err('forbidden', verdict.reason));
      return send(res, 403, 'text/html; charset=utf-8', noKeyPage(verdict.reason), { 'content-security-policy': NO_KEY_PAGE_CSP });
    }
    if (isInvoke) return invoke(req, res, url.pathname.slice(INVOKE_PREFIX.length));
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendResult(res, 405, err('invalid-request', 'use GET'), { allow: 'GET' });
      res.setHeaders(new Map(Object.entries(SECURITY_HEADERS)));
      return hub.attach(res);
    }
    if (isApi) return sendResult(res, 404, err('invalid-request', 'no such API'));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'use GET\n', { allow: 'GET, HEAD' });
    const file = await readStatic(o.rendererDir, url.pathname);
    // Browsers ask for a favicon on their own; without one, answer "nothing" rather than log a 404.
    if (!file && url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    const extra: Record<string, string> = verdict.fromQuery ? { 'set-cookie': staticCookie(port, staticKey) } : {};
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.type, ...extra });
      return res.end();
    }
    const page = url.pathname === '/' || url.pathname === '/index.html';
    const screen = page && o.firstScreen ? await withFirstScreen(file.body.toString()) : null;
    if (screen?.styleHash) extra['content-security-policy'] = cspWithStyleHash(screen.styleHash);
    send(res, 200, file.type, screen?.html ?? file.body, extra);
  }

  /** The page with the launch file's first screen, when one is kept for it; its style sheet comes along. */
  async function withFirstScreen(indexHtml: string): Promise<FirstScreenPage | null> {
    const screen = await o.firstScreen?.();
    // The first screen's script starts the app: without it the page would never get going.
    if (!screen || !(await readStatic(o.rendererDir, `/${FIRST_SCREEN_SCRIPT}`))) return null;
    const href = styleSheetOf(indexHtml);
    const sheet = href ? await readStatic(o.rendererDir, new URL(href, 'http://127.0.0.1/').pathname) : undefined;
    return pageWithFirstScreen(indexHtml, screen, { styleSheet: sheet?.body.toString() });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      onBug(e);
      if (!res.headersSent) sendResult(res, 500, err('unexpected', 'an unexpected error occurred; nothing was changed'));
      else res.destroy();
    });
  });
  // Browsers keep idle connections open; don't let them hold a closing server.
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    emit: (name, payload) => hub.emit(name, payload),
    close: () =>
      new Promise<void>((resolve) => {
        hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
