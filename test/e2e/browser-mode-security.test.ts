import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp, screenshot, startAppServer, type AppServer } from './support';

// Browser mode's defences, seen from a real browser: another site on this machine (here a page on
// another localhost port, which shares cookies with the app) must not be able to read or drive the
// API, frame the app, or reach it under another host name; and the page itself runs under the CSP.

let server: AppServer;
let browser: Browser;
let evil: Server;
let evilOrigin: string;

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchChromium(['--host-resolver-rules=MAP rebound.test 127.0.0.1']);
  evil = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>elsewhere</title><body>another site</body>');
  });
  await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
  evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await new Promise((r) => evil?.close(r));
});

/** A page on another origin in the same browser profile as an open app (so it holds the cookie). */
async function evilPageBesideApp(): Promise<Page> {
  const { context } = await openApp(browser, server);
  const page = await context.newPage();
  await page.goto(`${evilOrigin}/`);
  return page;
}

describe('browser mode, seen from another origin', () => {
  it('cannot read the API, not even with the token', async () => {
    const page = await evilPageBesideApp();
    const outcome = await page.evaluate(
      async ({ origin, token }) => {
        const attempt = async (headers: Record<string, string>) => {
          try {
            const r = await fetch(`${origin}/api/invoke/app:info`, { method: 'POST', headers, body: '{}', credentials: 'include' });
            return `read ${r.status}: ${await r.text()}`;
          } catch {
            return 'blocked';
          }
        };
        return {
          withoutToken: await attempt({ 'content-type': 'application/json' }),
          withToken: await attempt({ 'content-type': 'application/json', 'x-kp-token': token }),
          simple: await attempt({ 'content-type': 'text/plain' }),
        };
      },
      { origin: server.origin, token: server.token },
    );
    expect(outcome).toEqual({ withoutToken: 'blocked', withToken: 'blocked', simple: 'blocked' });
    await page.context().close();
  });

  it('cannot make the server write a file with a fire-and-forget request', async () => {
    const page = await evilPageBesideApp();
    const target = join(server.draftsDir, 'planted.kpdraft');
    const body = JSON.stringify({ path: target, draft: {} });
    // no-cors requests need no preflight; their answers are opaque, but they do reach the server
    // (the fetch settles only once the answer is back, so nothing is still on its way afterwards).
    await page.evaluate(
      ({ origin, token, body }) =>
        fetch(`${origin}/api/invoke/draft:save?token=${token}`, { method: 'POST', mode: 'no-cors', body, credentials: 'include' }).then(
          () => 'answered',
          () => 'failed',
        ),
      { origin: server.origin, token: server.token, body },
    );
    // A cross-site form post is a top-level navigation: it carries cookies and needs no preflight.
    const answer = page.waitForResponse((r) => r.url().includes('/api/invoke/draft:save') && r.request().method() === 'POST');
    await page.evaluate(
      ({ origin, body }) => {
        const form = Object.assign(document.createElement('form'), { method: 'POST', action: `${origin}/api/invoke/draft:save`, enctype: 'text/plain' });
        const field = Object.assign(document.createElement('input'), { type: 'hidden', name: body.slice(0, -1), value: '}' });
        form.append(field);
        document.body.append(form);
        form.submit();
      },
      { origin: server.origin, body },
    );
    expect((await answer).status()).toBe(403);
    expect(existsSync(target)).toBe(false);
    await page.context().close();
  });

  it('cannot frame the app (and so cannot read anything of its page)', async () => {
    const page = await evilPageBesideApp();
    await page.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
      return new Promise((r) => frame.addEventListener('load', r));
    }, server.url);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(framed).toBeDefined();
    expect(await framed!.content().catch(() => '')).not.toContain(server.token);
    await page.context().close();
  });

  it('cannot load the app under another host name that resolves to 127.0.0.1 (DNS rebinding)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`http://rebound.test:${server.port}/?token=${server.token}`);
    expect(res?.status()).toBe(403);
    expect(await page.content()).not.toContain(server.token);
    await context.close();
  });
});

describe('browser mode, seen from the app itself', () => {
  it('refuses the page without the token and serves it with the token, on 127.0.0.1 and localhost', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    expect((await page.goto(`${server.origin}/`))?.status()).toBe(403);
    expect((await page.goto(server.url))?.status()).toBe(200);
    expect((await page.goto(`http://localhost:${server.port}/?token=${server.token}`))?.status()).toBe(200);
    await context.close();
  });

  it('shows a fresh browser without the key a page in Swedish and English that says which address to open, with nothing to run and no secret', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    const reply = await page.goto(`${server.origin}/`);
    expect(reply?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('Öppna adressen som KP Drafter skrev ut');
    expect(await page.locator('section[lang="sv"]').innerText()).toContain('öppna hela adressen som slutar på ?token=…');
    expect(await page.locator('section[lang="en"]').innerText()).toContain('open the whole address that ends in ?token=…');
    expect(await page.locator('script, link, img, iframe').count()).toBe(0);
    expect(await page.content()).not.toContain(server.token);
    // Its one stylesheet is allowed by the policy (a blocked one would leave the browser's defaults).
    expect(await page.locator('main').evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(console.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    await screenshot(page, 'browser-mode-no-key-page');
    await context.close();
  });

  it('answers the page that carries the token, and only with the token header', async () => {
    const { page, context } = await openApp(browser, server);
    const results = await page.evaluate(async () => {
      const token = sessionStorage.getItem('kp-token') ?? '';
      const call = (headers: Record<string, string>) =>
        fetch('/api/invoke/app:info', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' }).then(async (r) => ({
          status: r.status,
          body: await r.json(),
        }));
      return { withHeader: await call({ 'x-kp-token': token }), cookieOnly: await call({}) };
    });
    expect(results.withHeader).toMatchObject({ status: 200, body: { ok: true, value: { mode: 'web' } } });
    expect(results.cookieOnly).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden' } } });
    await context.close();
  });

  it('takes the token out of the address bar once loaded, keeps it for the tab, and still works after a reload', async () => {
    const { page, context, problems } = await openApp(browser, server);
    await page.waitForFunction(() => !location.search.includes('token='));
    expect(page.url()).toBe(`${server.origin}/`);
    await page.getByRole('heading', { name: 'Ny ansökan' }).waitFor();
    // The reload asks for the page with the cookie alone; what comes back must not carry the token.
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    expect(await reloaded!.text()).not.toContain(server.token);
    await page.getByRole('heading', { name: 'Ny ansökan' }).waitFor();
    const info = await page.evaluate(async () => {
      const r = await fetch('/api/invoke/app:info', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kp-token': sessionStorage.getItem('kp-token') ?? '' },
        body: '{}',
      });
      return r.json();
    });
    expect(info).toMatchObject({ ok: true, value: { mode: 'web' } });
    expect(page.url()).toBe(`${server.origin}/`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells a new tab opened without the token where the working address is', async () => {
    const { context } = await openApp(browser, server);
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
    expect((await tab.goto(`${server.origin}/`))?.status()).toBe(200);
    await tab.getByRole('heading', { name: 'Öppna adressen som KP Drafter skrev ut' }).waitFor();
    expect(await tab.getByRole('alert').textContent()).toContain('?token=');
    await screenshot(tab, 'browser-mode-missing-key');
    expect(requests.filter((p) => p.startsWith('/api/'))).toEqual([]);
    await context.close();
  });

  it('runs under a CSP that stops inline scripts and eval', async () => {
    const { page, context } = await openApp(browser, server);
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean; __stringRan?: boolean };
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      // Code from a string, compiled by the page later (outside the test's own privileged call).
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__stringRan = true', 0);
      await new Promise((r) => setTimeout(r, 200));
      return { inline: w.__inlineRan === true, evalRan: w.__stringRan === true, violations: [...new Set(violations)].sort() };
    });
    expect(outcome).toEqual({ inline: false, evalRan: false, violations: ['script-src-elem', 'script-src'].sort() });
    await context.close();
  });
});
