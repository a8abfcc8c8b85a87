import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfStale, root } from '../../../scripts/build-if-stale.mjs';

export interface AppServer {
  /** The URL to open, token included, e.g. http://127.0.0.1:41234/?token=… */
  url: string;
  token: string;
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The temp folder holding both of the following; removed by dispose(). */
  root: string;
  /** KP_USER_DATA: settings, recent files, recovery area. */
  userDataDir: string;
  /** KP_DRAFTS_DIR: the folder the in-app picker opens on. */
  draftsDir: string;
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Sends a signal (default SIGTERM) and waits until the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Kills this server if it still runs, then starts a new one (new port and token) on the same folders. */
  restart(): Promise<AppServer>;
  /** Kills the server and removes its temp folder. */
  dispose(): Promise<void>;
}

export interface AppServerOptions {
  /** Reuse folders (restart does); by default a fresh temp folder. */
  root?: string;
  env?: Record<string, string>;
  /** More arguments for browser mode's server (out/main/serve-web.js), e.g. a file to open. */
  args?: string[];
  /** How long to wait for the URL line (ms). */
  timeoutMs?: number;
}

let built = false;

/** Builds the app once per test run if out/ is older than the sources: the server runs built, as `npm start` does. */
export function ensureRendererBuilt(): void {
  if (built) return;
  const problem = buildIfStale(['out/renderer/index.html', 'out/main/serve-web.js']);
  if (problem) throw new Error(`the renderer could not be built:\n${problem}`);
  built = true;
}

const URL_LINE = /KP Drafter \(browser mode\): (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/;

/** Starts browser mode as a child process (like `npm run start:web`, without opening a browser). */
export async function startAppServer(o: AppServerOptions = {}): Promise<AppServer> {
  ensureRendererBuilt();
  const dir = o.root ?? mkdtempSync(join(tmpdir(), 'kp-e2e-'));
  const userDataDir = join(dir, 'user-data');
  const draftsDir = join(dir, 'drafts');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(draftsDir, { recursive: true });

  const child = spawn(process.execPath, [join(root, 'out', 'main', 'serve-web.js'), '--no-browser', ...(o.args ?? [])], {
    cwd: root,
    env: { ...process.env, KP_USER_DATA: userDataDir, KP_DRAFTS_DIR: draftsDir, KP_NO_BROWSER: '1', KP_PORT: '0', ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not print its URL within ${o.timeoutMs ?? 30_000} ms:\n${output}`)), o.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = URL_LINE.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code ?? signal}) before printing its URL:\n${output}`));
    });
  });

  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (running) child.kill(signal);
    await exited;
  };
  const server: AppServer = {
    url: match[1]!,
    port: Number(match[2]),
    token: match[3]!,
    origin: `http://127.0.0.1:${match[2]}`,
    root: dir,
    userDataDir,
    draftsDir,
    child,
    output: () => output,
    kill,
    restart: async () => {
      await kill('SIGTERM');
      return startAppServer({ ...o, root: dir });
    },
    dispose: async () => {
      await kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
