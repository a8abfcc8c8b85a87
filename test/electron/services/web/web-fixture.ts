import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { AppStore } from '../../../../electron/services/app-store';
import { startWebServer, type WebServer } from '../../../../electron/services/web/server';
import { createWebHandlers } from '../../../../electron/services/web/web-handlers';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => unknown;
}

/** A raw HTTP request, so tests control Host, Origin and cookies exactly as a hostile page could. */
export function raw(port: number, o: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: o.method ?? 'GET', path: o.path ?? '/', headers: { host: `127.0.0.1:${port}`, ...o.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

export interface Fixture {
  server: WebServer;
  store: AppStore;
  dir: string;
  draftsDir: string;
  outsideDir: string;
  /** Calls an API channel the way the HTTP bridge does. */
  invoke: (channel: string, body: unknown, headers?: Record<string, string>) => Promise<Reply>;
  dispose: () => Promise<void>;
}

/** A server over a temp user-data folder, drafts folder and a fake built renderer. */
export async function startFixture(opts: { maxBodyBytes?: number } = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'kp-web-'));
  const draftsDir = join(dir, 'drafts');
  const outsideDir = join(dir, 'outside');
  const rendererDir = join(dir, 'renderer');
  for (const d of [draftsDir, outsideDir, join(rendererDir, 'assets'), join(dir, 'user-data')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>KP</title></head><body><div id="root"></div></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  const store = new AppStore(new Conf<Record<string, unknown>>({ cwd: join(dir, 'user-data'), configName: 'config', projectName: 'kp-test' }));
  const handlers = createWebHandlers({ store, version: '0.0.0-test', draftsDir, userDataDir: join(dir, 'user-data') });
  const server = await startWebServer({ handlers, rendererDir, maxBodyBytes: opts.maxBodyBytes, onBug: () => {} });
  const invoke = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    raw(server.port, {
      method: 'POST',
      path: `/api/invoke/${channel}`,
      headers: { 'content-type': 'application/json', 'x-kp-token': server.token, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    server, store, dir, draftsDir, outsideDir, invoke,
    dispose: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
