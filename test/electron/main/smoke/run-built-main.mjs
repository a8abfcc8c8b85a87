// Starts the built main process (out/main/index.js) under plain Node with a stand-in `electron`,
// drives it a little, and prints what it did as JSON. Used by built-main.test.ts.
// Usage: node run-built-main.mjs <out folder> <home folder> [file.kpdraft]
import { register, syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

register('./hooks.mjs', import.meta.url);

// Which worker the export starts: the built file, or the from-sources fallback (eval'd code).
const workersStarted = [];
const NodeWorker = workerThreads.Worker;
workerThreads.Worker = class extends NodeWorker {
  constructor(what, options) {
    workersStarted.push(options?.eval ? 'eval' : String(what));
    super(what, options);
  }
};
syncBuiltinESMExports();
const [outDir, home, file] = process.argv.slice(2);
process.env.KP_SMOKE_HOME = home;
process.argv = ['/opt/KP Drafter/kp-drafter', ...(file ? [file] : [])];

const electron = await import('electron');
await import(pathToFileURL(join(outDir, 'main', 'index.js')).href);
const rec = globalThis.__smoke;
const beforeReady = { windows: rec.windows.length, protocols: rec.protocols.size };
electron.__becomeReady();
await new Promise((r) => setTimeout(r, 100));

const win = rec.windows[0];
const serve = rec.protocols.get('app');
const page = await serve(new Request('app://kp/index.html'));
const html = await page.text();
const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
const served = await Promise.all(assets.map(async (a) => (await serve(new Request(`app://kp/${a}`))).status));
const escape = (await serve(new Request('app://kp/..%2fmain%2findex.js'))).status;

const trusted = { sender: win.webContents, senderFrame: { url: 'app://kp/index.html', parent: null } };
const foreign = { sender: win.webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
const info = await rec.handlers.get('app:info')(trusted, {});
const forbidden = await rec.handlers.get('app:info')(foreign, {});
const malformed = await rec.handlers.get('draft:open')(trusted, { path: 42 });
const created = await rec.handlers.get('draft:new')(trusted, {});
// Main accepts only paths it handed out: the export goes where the (stand-in) dialog said.
const docx = (await rec.handlers.get('dialog:export-docx')(trusted, { suggestedName: 'export' })).value.path;
const exported = await rec.handlers.get('export:docx')(trusted, { draft: created.value.draft, path: docx, allowErrors: true });
let docxMagic = null;
try {
  docxMagic = readFileSync(docx).subarray(0, 2).toString('latin1');
} catch {
  // reported as null
}
win.webContents.emit('did-finish-load');

// The built preload, run the way a sandboxed preload runs: its own context, and a require()
// that knows nothing but 'electron'.
const exposed = {};
const preloadElectron = {
  contextBridge: { exposeInMainWorld: (key, api) => (exposed[key] = api) },
  ipcRenderer: { on() {}, invoke: async (channel) => ({ ok: true, value: { channel } }) },
};
const preloadCode = readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8');
const required = [];
vm.runInNewContext(preloadCode, {
  require: (name) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return preloadElectron;
  },
  module: { exports: {} },
  exports: {},
  queueMicrotask,
});
const viaPreload = await exposed.kp.invoke('settings:get', {});

console.log(
  JSON.stringify({
    beforeReady,
    privileged: rec.privileged,
    privilegedBeforeReady: rec.privilegedBeforeReady,
    sandbox: rec.sandbox,
    lockData: rec.lockData,
    windows: rec.windows.map((w) => ({ loaded: w.loaded, webPreferences: w.options.webPreferences })),
    menuTop: rec.menu?.template.map((m) => m.label),
    session: Object.keys(rec.session).sort(),
    dictionaryDownloadURL: rec.dictionaryDownloadURL ?? null,
    page: { status: page.status, csp: page.headers.get('content-security-policy'), assets, served, escape },
    ipc: { channels: [...rec.handlers.keys()].sort(), info, forbidden, malformed, createdOk: created.ok },
    exported: { result: exported, magic: docxMagic, workers: workersStarted },
    sent: win.webContents.sent,
    preload: { required, keys: Object.keys(exposed.kp ?? {}).sort(), viaPreload },
  }),
);
process.exit(0);
