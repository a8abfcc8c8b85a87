import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FirstScreen } from '../../../core/ipc/first-screen-contract';
import { createFirstScreenStore, findAhead, pageWithFirstScreen } from '../../../electron/services/first-screen';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kp-first-screen-'));
  file = join(dir, 'utkast.kpdraft');
  writeFileSync(file, '{"format":"kp-drafter","version":7}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const screenOf = (o: Partial<FirstScreen> = {}): FirstScreen => ({
  path: file, sha256: sha('{"format":"kp-drafter","version":7}'), html: '<div class="kp-editor-screen"><p>Sammanfattning</p></div>',
  uiLanguage: 'sv', role: 'author', panelOpen: true, ...o,
});
const now = { uiLanguage: 'sv', role: 'author' };

describe('the kept first screens', () => {
  it('hands a kept screen out while the file holds the bytes it was drawn from, in the same language and role', async () => {
    const store = createFirstScreenStore(join(dir, 'user'));
    expect(await store.keep(screenOf())).toEqual({ ok: true, value: {} });
    expect(await store.find(file, now)).toEqual(screenOf());
    expect(await store.find(file, { uiLanguage: 'en', role: 'author' })).toBeNull();
    expect(await store.find(file, { uiLanguage: 'sv', role: 'reviewer' })).toBeNull();
    writeFileSync(file, '{"format":"kp-drafter","version":7,"title":"Ändrad"}');
    expect(await store.find(file, now)).toBeNull();
  });

  it('keeps nothing for a file that changed since the screen was drawn', async () => {
    const store = createFirstScreenStore(join(dir, 'user'));
    const r = await store.keep(screenOf({ sha256: sha('något annat') }));
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await store.find(file, now)).toBeNull();
  });

  it('refuses markup that could act: scripts, frames, handlers, javascript: addresses', async () => {
    const store = createFirstScreenStore(join(dir, 'user'));
    for (const html of ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '<a href="javascript:alert(1)">x</a>', '<iframe srcdoc="x"></iframe>', '<STYLE>*{}</STYLE>', '<svg><foreignObject></foreignObject></svg>']) {
      expect(await store.keep(screenOf({ html })), html).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await store.keep(screenOf({ html: '<button><svg class="kp-icon" viewBox="0 0 24 24"><path d="M0 0"/></svg>Länk</button>' }))).toMatchObject({ ok: true });
  });

  it('ignores a kept file someone edited by hand into something that is not a first screen', async () => {
    const store = createFirstScreenStore(join(dir, 'user'));
    await store.keep(screenOf());
    const [name] = readdirSync(join(dir, 'user', 'first-screens'));
    writeFileSync(join(dir, 'user', 'first-screens', name!), JSON.stringify({ ...screenOf(), html: '<script>x</script>' }));
    expect(await store.find(file, now)).toBeNull();
    writeFileSync(join(dir, 'user', 'first-screens', name!), '{not json');
    expect(await store.find(file, now)).toBeNull();
  });

  it('keeps the screens of the 30 drafts kept last', async () => {
    const store = createFirstScreenStore(join(dir, 'user'));
    const paths = Array.from({ length: 32 }, (_, i) => join(dir, `utkast-${i}.kpdraft`));
    for (const [i, path] of paths.entries()) {
      writeFileSync(path, `draft ${i}`);
      expect(await store.keep(screenOf({ path, sha256: sha(`draft ${i}`) }))).toMatchObject({ ok: true });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(readdirSync(join(dir, 'user', 'first-screens'))).toHaveLength(30);
    expect(await store.find(paths[0]!, now)).toBeNull();
    expect(await store.find(paths[31]!, now)).not.toBeNull();
  });
});

describe('looking a first screen up ahead', () => {
  it('hands out what it found while nothing changed, and looks again once the file or the language has', async () => {
    const store = createFirstScreenStore(join(dir, 'user'));
    await store.keep(screenOf());
    let language = 'sv';
    const now = () => ({ uiLanguage: language, role: 'author' });
    expect(await findAhead(store, file, now)()).toEqual(screenOf());
    const ahead = findAhead(store, file, now);
    writeFileSync(file, '{"format":"kp-drafter","version":7,"title":"Ändrad medan webbläsaren startade"}');
    expect(await ahead()).toBeNull();
    writeFileSync(file, '{"format":"kp-drafter","version":7}');
    const again = findAhead(store, file, now);
    language = 'en';
    expect(await again()).toBeNull();
  });
});

const INDEX = [
  '<!doctype html><html lang="sv"><head><title>KP Drafter</title>',
  '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/index-abc.css">',
  '</head><body><div id="root"></div></body></html>',
].join('');

describe('the page with a first screen', () => {
  it('paints the screen above the empty root and leaves starting the app to the first-screen script', () => {
    const page = pageWithFirstScreen(INDEX, screenOf({ path: '/hem/"lena"/<utkast>.kpdraft' }))!;
    expect(page.html).toContain('<div id="kp-first-screen" data-kp-path="/hem/&quot;lena&quot;/&lt;utkast>.kpdraft" data-kp-panel-open="true" data-kp-app="./assets/index-abc.js" lang="sv"><div class="kp-editor-screen"><p>Sammanfattning</p></div></div><div id="root"></div><script defer src="./first-screen.js"></script>');
    expect(page.html).not.toContain('<script type="module"');
    expect(page.html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-abc.css">');
    expect(page.styleHash).toBeUndefined();
  });

  it('carries the style sheet itself when given it, with the hash the page policy must allow', () => {
    const css = 'body { color: red }';
    const page = pageWithFirstScreen(INDEX, screenOf(), { styleSheet: css })!;
    expect(page.html).toContain(`<style>${css}</style>`);
    expect(page.html).not.toContain('rel="stylesheet"');
    expect(page.styleHash).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
    // A sheet that would end the element early is linked as before.
    expect(pageWithFirstScreen(INDEX, screenOf(), { styleSheet: 'a{}</style><p>' })!.styleHash).toBeUndefined();
  });

  it('is not made from a page that is not as the build writes it', () => {
    expect(pageWithFirstScreen('<html><body><main></main></body></html>', screenOf())).toBeNull();
    expect(pageWithFirstScreen(INDEX.replace(/<script[^>]*><\/script>/, ''), screenOf())).toBeNull();
  });
});
