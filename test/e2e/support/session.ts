import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAppServer, type AppServer, type AppServerOptions } from './app-server';
import { launchChromium } from './chromium';

export interface AppSession {
  /** The running browser-mode server; assign the result of `restart()` back so afterAll disposes that one. */
  server: AppServer;
  readonly browser: Browser;
}

export interface AppSessionOptions {
  server?: AppServerOptions;
  /** Extra Chromium switches (see launchChromium). */
  chromiumArgs?: string[];
  /** Runs once the server is up, e.g. to write sample drafts into `server.draftsDir`. */
  prepare?: (server: AppServer) => void | Promise<void>;
}

/**
 * Registers the file's beforeAll/afterAll: starts browser mode and Chromium once for all its tests,
 * then closes the browser and disposes whichever server the session holds at the end.
 * Read `server` and `browser` inside hooks and tests, not at collection time (they are set in beforeAll).
 */
export function useAppSession(o: AppSessionOptions = {}): AppSession {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the app session's ${what} is not running (read it inside a test or hook)`);
    return value;
  };
  beforeAll(async () => {
    server = await startAppServer(o.server);
    browser = await launchChromium(o.chromiumArgs);
    await o.prepare?.(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });
  return {
    get server() { return started(server, 'server'); },
    set server(next: AppServer) { server = next; },
    get browser() { return started(browser, 'browser'); },
  };
}
