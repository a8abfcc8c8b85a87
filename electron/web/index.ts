// Browser mode: serves the built renderer and the app's services on 127.0.0.1 behind a per-run
// token, and opens the default browser. Bundled into out/main/serve-web.js and run by `npm run
// start:web` (through scripts/start.mjs):
//   node out/main/serve-web.js [--port N] [--no-browser] [FILE.kpdraft …]
// Environment: KP_USER_DATA (settings, recent files, recovery), KP_DRAFTS_DIR (the picker's
// folder), KP_PORT, KP_NO_BROWSER=1.
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Conf from 'conf';
import { AppStore } from '../services/app-store';
import { openBrowser } from '../services/web/open-browser';
import { startWebServer } from '../services/web/server';
import { draftsDirFor, webUserDataDir } from '../services/web/user-dirs';
import { createWebHandlers } from '../services/web/web-handlers';
import { readDraftAhead } from '../services/draft-read-ahead';
import { createFirstScreenStore, findAhead } from '../services/first-screen';

// Two folders below the project both as source (electron/web/) and as bundle (out/main/).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fail = (message: string): never => {
  process.stderr.write(`KP Drafter: ${message}\n`);
  process.exit(1);
};

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let port = Number(process.env.KP_PORT ?? 0);
  let browser = process.env.KP_NO_BROWSER !== '1';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--port') port = Number(argv[++i]);
    else if (a === '--no-browser') browser = false;
    else if (a.startsWith('-')) fail(`unknown option ${a} (usage: serve-web [--port N] [--no-browser] [FILE.kpdraft …])`);
    else files.push(resolve(a));
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('the port must be a number from 0 to 65535');
  return { files, port, browser };
}

/** The settings store; a damaged settings file is set aside (and named) rather than stopping the app. */
function openStore(cwd: string): AppStore {
  const make = () => new Conf<Record<string, unknown>>({ cwd, configName: 'config', projectName: 'kp-drafter-web' });
  try {
    return new AppStore(make());
  } catch {
    const file = join(cwd, 'config.json');
    const aside = `${file}.damaged-${Date.now()}`;
    renameSync(file, aside);
    process.stderr.write(`KP Drafter: the settings file was damaged; it was kept as ${aside} and settings start fresh\n`);
    return new AppStore(make());
  }
}

const args = parseArgs(process.argv.slice(2));
const rendererDir = join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) fail('the renderer is not built yet (run: npm run build)');

const userDataDir = webUserDataDir();
const draftsDir = draftsDirFor();
try {
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(draftsDir, { recursive: true });
} catch (e) {
  fail(`cannot create ${(e as NodeJS.ErrnoException).path ?? 'the data folders'}: ${(e as Error).message}`);
}

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const store = openStore(userDataDir);
const handlers = createWebHandlers({
  store,
  version,
  draftsDir,
  userDataDir,
  extraRoots: args.files.map((f) => dirname(f)),
});

// The first page loaded opens the first file named at launch: it may paint that draft's kept
// first screen, looked up while the browser starts.
const launchFile = args.files[0];
const roleOf = (path: string) => store.getReviewRoles().find((r) => r.path === path)?.role ?? 'author';
let launchScreen = launchFile ? findAhead(createFirstScreenStore(userDataDir), launchFile, () => ({ uiLanguage: store.getSettings().uiLanguage, role: roleOf(launchFile) })) : undefined;
const firstScreen = async () => {
  const take = launchScreen;
  launchScreen = undefined;
  return take ? take() : null;
};

const server = await startWebServer({ handlers, rendererDir, port: args.port, firstScreen }).catch((e: NodeJS.ErrnoException) =>
  fail(e.code === 'EADDRINUSE' ? `port ${args.port} is already in use` : `the server could not start: ${e.message}`),
);
for (const path of args.files) {
  readDraftAhead(path);
  server.emit('app:open-file', { path });
}

console.log(`KP Drafter (browser mode): ${server.url}`);
console.log(`Drafts folder: ${draftsDir} · press Ctrl+C to stop`);
if (args.browser) openBrowser(server.url);

const stop = () => {
  void server.close().then(() => process.exit(0));
  // A stuck connection must not keep Ctrl+C from working.
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
