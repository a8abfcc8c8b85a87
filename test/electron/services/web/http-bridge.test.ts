import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpBridge } from '../../../../renderer/bridge/http-bridge';
import { startFixture, type Fixture } from './web-fixture';

// The renderer's HTTP bridge against the real server (Node's fetch stands in for the page's).
let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.dispose();
});

const bridgeFor = (fx: Fixture, token = fx.server.token) => createHttpBridge({ token, base: `http://127.0.0.1:${fx.server.port}` });

describe('HTTP bridge', () => {
  it('round-trips a new draft through save and open', async () => {
    const kp = bridgeFor(f);
    const created = await kp.invoke('draft:new', {});
    if (!created.ok) throw new Error(created.error.message);
    const path = join(f.draftsDir, 'bridge.kpdraft');
    const saved = await kp.invoke('draft:save', { path, draft: { ...created.value.draft, title: 'Över bron' } });
    expect(saved).toMatchObject({ ok: true, value: { path } });
    expect(await kp.invoke('draft:open', { path })).toMatchObject({ ok: true, value: { draft: { title: 'Över bron' } } });
  });

  it('passes error values through unchanged', async () => {
    const kp = bridgeFor(f);
    expect(await kp.invoke('draft:open', { path: join(f.draftsDir, 'saknas.kpdraft') })).toMatchObject({
      ok: false,
      error: { code: 'file-not-found' },
    });
  });

  it('turns a stale token (the app started again) and a stopped server into app-gone values, without throwing', async () => {
    expect(await bridgeFor(f, 'stale').invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'app-gone' } });
    const kp = bridgeFor(f);
    // A refusal by a handler is about the request, not the app: it stays what it is.
    expect(await kp.invoke('draft:open', { path: join(f.outsideDir, 'x.kpdraft') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await f.server.close();
    expect(await kp.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'app-gone' } });
  });

  it('delivers events to subscribers until they unsubscribe', async () => {
    const kp = bridgeFor(f);
    const got: unknown[] = [];
    const first = new Promise<void>((resolve) => {
      const off = kp.on('app:open-file', (p) => {
        got.push(p);
        off();
        resolve();
      });
    });
    // Sent before or after the stream connects: the server holds events until a page listens.
    f.server.emit('app:open-file', { path: '/tmp/x.kpdraft' });
    await first;
    expect(got).toEqual([{ path: '/tmp/x.kpdraft' }]);
  });
});
