import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../../core/draft/file-format';
import { raw, startFixture, type Fixture } from './web-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture({ maxBodyBytes: 64 * 1024 });
});
afterEach(async () => {
  await f.dispose();
});

/** The cookie the token URL sets, as a browser would send it back (`name=value`). */
async function staticCookie(): Promise<string> {
  const page = await raw(f.server.port, { path: `/?token=${f.server.token}` });
  return String([page.headers['set-cookie']].flat()[0]).split(';')[0]!;
}

describe('browser-mode server: access', () => {
  it('refuses the page, assets and the API without the token', async () => {
    expect((await raw(f.server.port, { path: '/' })).status).toBe(403);
    expect((await raw(f.server.port, { path: '/assets/app.js' })).status).toBe(403);
    expect((await raw(f.server.port, { path: '/?token=wrong' })).status).toBe(403);
    const api = await f.invoke('app:info', {}, { 'x-kp-token': 'wrong' });
    expect(api.status).toBe(403);
    expect(api.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await raw(f.server.port, { path: '/api/events' })).status).toBe(403);
  });

  it('answers a page request without the key with a self-contained Swedish and English page, and the API still with JSON', async () => {
    const key = (await staticCookie()).split('=')[1]!;
    for (const path of ['/', '/?token=wrong', '/assets/app.js']) {
      const page = await raw(f.server.port, { path });
      expect(page.status, path).toBe(403);
      expect(page.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(page.text).toContain('<html lang="sv">');
      expect(page.text).toContain('Öppna adressen som KP Drafter skrev ut');
      expect(page.text).toContain('<section lang="en"><h2>Open the address KP Drafter printed</h2>');
      expect(page.text).toContain('<code>?token=…</code>');
      expect(page.text.indexOf('lang="sv"')).toBeLessThan(page.text.indexOf('lang="en"'));
      // Nothing to run and nothing to fetch; no secret of this run.
      expect(page.text).not.toMatch(/<script|<link|<img|src=|href=/i);
      expect(page.text).not.toContain(f.server.token);
      expect(page.text).not.toContain(key);
      expect(page.headers['set-cookie']).toBeUndefined();
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    }
    const api = await f.invoke('app:info', {}, { 'x-kp-token': 'wrong' });
    expect(api.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('serves the page for the token URL without the token in it, an HttpOnly SameSite=Strict cookie and a strict CSP', async () => {
    const page = await raw(f.server.port, { path: `/?token=${f.server.token}` });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    expect(page.text).not.toContain(f.server.token);
    const cookie = String([page.headers['set-cookie']].flat()[0]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(f.server.token);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:/);
  });

  it('lets a request that carries only the cookie reach the static files and nothing else', async () => {
    const cookie = await staticCookie();
    const index = await raw(f.server.port, { path: '/', headers: { cookie } });
    expect(index.status).toBe(200);
    expect(index.text).toContain('<div id="root">');
    expect(index.text).not.toContain(f.server.token);
    const asset = await raw(f.server.port, { path: '/assets/app.js', headers: { cookie } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);

    // What another local service that received our cookie could try: none of it reaches the API.
    const { value } = (await f.invoke('draft:new', {})).json() as { value: { draft: unknown } };
    const target = join(f.draftsDir, 'planted.kpdraft');
    for (const [channel, body] of [['app:info', {}], ['recent:list', {}], ['draft:save', { path: target, draft: value.draft }]] as const) {
      const r = await f.invoke(channel, body, { 'x-kp-token': '', cookie });
      expect(r.status, channel).toBe(403);
      expect(r.json(), channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(existsSync(target)).toBe(false);
    const stream = await raw(f.server.port, { path: '/api/events', headers: { cookie } });
    expect(stream.status).toBe(403);
    expect(stream.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Nor does the cookie's key stand in for the token in the header or the address.
    const key = cookie.slice(cookie.indexOf('=') + 1);
    expect((await f.invoke('app:info', {}, { 'x-kp-token': key })).status).toBe(403);
    expect((await raw(f.server.port, { path: `/api/events?token=${f.server.token}` })).status).toBe(403);
  });

  it('answers 403 to a foreign Origin even with the right token', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${f.server.port + 1}`, `https://127.0.0.1:${f.server.port}`]) {
      const r = await f.invoke('app:info', {}, { origin });
      expect(r.status, origin).toBe(403);
    }
    const page = await raw(f.server.port, { path: `/?token=${f.server.token}`, headers: { origin: 'http://evil.example' } });
    expect(page.status).toBe(403);
    expect((await f.invoke('app:info', {}, { origin: `http://127.0.0.1:${f.server.port}` })).status).toBe(200);
  });

  it('answers 403 to a request for another Host (DNS rebinding) even with the right token', async () => {
    for (const host of ['evil.example', `evil.example:${f.server.port}`, `127.0.0.1:${f.server.port + 1}`, `0.0.0.0:${f.server.port}`]) {
      const r = await f.invoke('app:info', {}, { host });
      expect(r.status, host).toBe(403);
    }
    expect((await f.invoke('app:info', {}, { host: `localhost:${f.server.port}` })).status).toBe(200);
  });

  it('refuses API calls that the browser marks as cross-site', async () => {
    expect((await f.invoke('app:info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await f.invoke('app:info', {}, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('does not honour the cookie on requests another origin makes (other localhost ports share cookies)', async () => {
    const cookie = await staticCookie();
    for (const site of ['same-site', 'cross-site']) {
      const r = await raw(f.server.port, { path: '/assets/app.js', headers: { cookie, 'sec-fetch-site': site } });
      expect(r.status, site).toBe(403);
    }
    for (const site of ['same-origin', 'none']) {
      const r = await raw(f.server.port, { path: '/assets/app.js', headers: { cookie, 'sec-fetch-site': site } });
      expect(r.status, site).toBe(200);
    }
  });

  it('listens on loopback only', async () => {
    const external = Object.values(networkInterfaces()).flat().find((a) => a && !a.internal)?.address ?? '::1';
    const reached = await new Promise<string>((resolve) => {
      const req = request({ host: external, port: f.server.port, path: '/' }, () => resolve('connected'));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      req.end();
    });
    expect(reached, external).not.toBe('connected');
  });

  it('serves nothing outside the renderer folder', async () => {
    const cookie = await staticCookie();
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt']) {
      const r = await raw(f.server.port, { path, headers: { cookie } });
      expect(r.status, path).toBe(404);
    }
  });
});

describe('browser-mode server: the API', () => {
  it('answers a malformed body with an invalid-request value and keeps serving', async () => {
    for (const body of ['{"broken', '', 'null', '[1,2]', '{"unexpected":true}']) {
      const r = await f.invoke('app:info', body);
      expect(r.status, body).toBe(200);
      expect(r.json(), body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    const wrongShape = await f.invoke('draft:save', { path: join(f.draftsDir, 'a.kpdraft'), draft: { title: 5 } });
    expect(wrongShape.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = await f.invoke('fs:delete-everything', {});
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

    const next = await f.invoke('app:info', {});
    expect(next.json()).toMatchObject({ ok: true, value: { mode: 'web', draftsDir: f.draftsDir } });
  });

  it('refuses an oversized body and keeps serving', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(100 * 1024) });
    const r = await f.invoke('app:info', big);
    expect(r.status).toBe(413);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'draft-too-large' } });
    expect((await f.invoke('app:info', {})).json()).toMatchObject({ ok: true });
  });

  it('refuses a body that is not declared as JSON', async () => {
    const r = await f.invoke('app:info', '{}', { 'content-type': 'text/plain' });
    expect(r.status).toBe(415);
  });

  it('saves a new draft into the drafts folder, and the file reopens with the same content', async () => {
    const created = (await f.invoke('draft:new', {})).json() as { ok: true; value: { draft: { title: string } } };
    expect(created.ok).toBe(true);
    const draft = { ...created.value.draft, title: 'Vatten i Kisumu' };
    const path = join(f.draftsDir, 'kisumu.kpdraft');
    const saved = await f.invoke('draft:save', { path, draft });
    expect(saved.json()).toMatchObject({ ok: true, value: { path } });
    const onDisk = parseDraftFile(readFileSync(path, 'utf8'));
    expect(onDisk).toMatchObject({ ok: true, value: { title: 'Vatten i Kisumu' } });

    const reopened = await f.invoke('draft:open', { path });
    expect(reopened.json()).toMatchObject({ ok: true, value: { path, draft: { title: 'Vatten i Kisumu' } } });
    const recent = await f.invoke('recent:list', {});
    expect(recent.json()).toMatchObject({ ok: true, value: [{ path, title: 'Vatten i Kisumu' }] });
  });

  it('refuses to save, open or export outside the drafts folder and the folders of recent files', async () => {
    const { value } = (await f.invoke('draft:new', {})).json() as { value: { draft: unknown } };
    for (const path of [join(f.outsideDir, 'a.kpdraft'), join(f.draftsDir, '..', 'outside', 'b.kpdraft'), 'relative.kpdraft']) {
      const r = await f.invoke('draft:save', { path, draft: value.draft });
      expect(r.json(), path).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(existsSync(join(f.outsideDir, 'a.kpdraft'))).toBe(false);
    expect(existsSync(join(f.outsideDir, 'b.kpdraft'))).toBe(false);
    const open = await f.invoke('draft:open', { path: join(f.dir, 'secret.txt') });
    expect(open.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const exp = await f.invoke('export:docx', { path: join(f.outsideDir, 'a.docx'), draft: value.draft });
    expect(exp.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('has no native dialogs: they answer not-available so the page shows its own picker', async () => {
    for (const [channel, body] of [['dialog:open-draft', {}], ['dialog:save-draft', { suggestedName: 'a' }], ['dialog:export-docx', { suggestedName: 'a' }]] as const) {
      expect((await f.invoke(channel, body)).json(), channel).toMatchObject({ ok: false, error: { code: 'not-available' } });
    }
    expect((await f.invoke('window:state', { title: 'x', dirty: true })).json()).toEqual({ ok: true, value: {} });
  });

  it('streams events to a page that holds the token', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: f.server.port, path: '/api/events', headers: { host: `127.0.0.1:${f.server.port}`, 'x-kp-token': f.server.token } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes(': connected')) f.server.emit('menu:action', { action: 'draft.save' });
            if (text.includes('event: menu:action')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('data: {"action":"draft.save"}');
  });
});
