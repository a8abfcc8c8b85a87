import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FirstScreen } from '../../core/ipc/first-screen-contract';
import { err, ok, type Result } from '../../core/result';

/**
 * A draft's first screen, kept per file in the user's data folder so that the next window opening
 * the file can paint it before the app's code runs (see renderer/first-screen/). It is handed out
 * only while the file holds exactly the bytes it was drawn from: never a screen that differs from
 * what the app is about to show.
 */
export interface FirstScreenStore {
  keep(screen: FirstScreen): Promise<Result<Record<string, never>>>;
  /** The kept screen of `path`, or null when there is none that matches the file, language and role now. */
  find(path: string, now: { uiLanguage: string; role: string }): Promise<FirstScreen | null>;
}

/** How many drafts' first screens are kept; the least recently kept go first. */
const KEPT_SCREENS = 30;

/**
 * What a first screen may not contain. It is the window's own markup (React escapes the draft's
 * text) and the page's policy forbids inline scripts anyway; this refuses anything that could be
 * active content should a request not come from the window.
 */
const ACTIVE = /<\s*\/?\s*(script|iframe|frame|object|embed|link|meta|base|style|form|template|foreignobject)\b|\son[a-z]+\s*=|javascript:|srcdoc/i;

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

export function createFirstScreenStore(userDataDir: string): FirstScreenStore {
  const dir = join(userDataDir, 'first-screens');
  const fileOf = (path: string) => join(dir, `${sha256(path).slice(0, 32)}.json`);
  const fileHash = (path: string) => readFile(path).then(sha256, () => null);

  async function prune(): Promise<void> {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
    if (names.length <= KEPT_SCREENS) return;
    const dated = await Promise.all(names.map(async (n) => ({ n, at: (await stat(join(dir, n)).catch(() => null))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => b.at - a.at);
    await Promise.all(dated.slice(KEPT_SCREENS).map(({ n }) => rm(join(dir, n), { force: true })));
  }

  return {
    async keep(screen) {
      if (ACTIVE.test(screen.html)) return err('invalid-request', 'a first screen may hold only the window\'s text and layout; it was not kept');
      // The file must still hold what the screen shows: a save meanwhile makes it another screen's.
      if ((await fileHash(screen.path)) !== screen.sha256) return err('conflict', 'the file changed since this screen was drawn; it was not kept', screen.path);
      const target = fileOf(screen.path);
      const part = `${target}.${process.pid}.part`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(part, JSON.stringify(screen));
        await rename(part, target);
      } catch (e) {
        await rm(part, { force: true });
        return err('write-failed', `the first screen could not be kept: ${(e as Error).message}`);
      }
      await prune();
      return ok({});
    },

    async find(path, now) {
      const text = await readFile(fileOf(path), 'utf8').catch(() => null);
      if (text === null) return null;
      let screen: FirstScreen;
      try {
        const parsed = FirstScreen.safeParse(JSON.parse(text));
        if (!parsed.success) return null;
        screen = parsed.data;
      } catch {
        return null;
      }
      if (screen.path !== path || screen.uiLanguage !== now.uiLanguage || screen.role !== now.role || ACTIVE.test(screen.html)) return null;
      return (await fileHash(path)) === screen.sha256 ? screen : null;
    },
  };
}

/**
 * Looks up the first screen of a draft a window is about to open, while the browser or window is
 * still starting, so the page is answered at once. What it found is handed out only if the file
 * has not changed since (same size and modification time) and the language and role still match;
 * otherwise it is looked up again.
 */
export function findAhead(screens: FirstScreenStore, path: string, now: () => { uiLanguage: string; role: string }): () => Promise<FirstScreen | null> {
  const statOf = () => stat(path).then((s) => `${s.size}:${s.mtimeMs}`, () => null);
  const ahead = Promise.all([statOf(), screens.find(path, now())]);
  return async () => {
    const [before, screen] = await ahead;
    const { uiLanguage, role } = now();
    const same = before !== null && before === (await statOf()) && (!screen || (screen.uiLanguage === uiLanguage && screen.role === role));
    return same ? screen : screens.find(path, { uiLanguage, role });
  };
}

const attribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The script that keeps what is typed into a first screen and starts the app (renderer/public/). */
export const FIRST_SCREEN_SCRIPT = 'first-screen.js';

/** Where the first screen goes in the built page: in place of the empty root the app renders into. */
const ROOT = '<div id="root"></div>';
/** The app's own script and style sheet, as the build writes them into the page. */
const APP_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const APP_STYLE = /<link rel="stylesheet" crossorigin href="([^"]+)">/;

/** The style sheet the page links, by its address in the page (e.g. "./assets/index-….css"). */
export const styleSheetOf = (indexHtml: string): string | null => APP_STYLE.exec(indexHtml)?.[1] ?? null;

export interface FirstScreenPage {
  html: string;
  /** The hash of a style sheet written into the page, for the page's policy to allow ('sha256-…'). */
  styleHash?: string;
}

/**
 * The app's page with a first screen in it: painted at once, above the (still empty) root, with
 * the small script that keeps what is typed into it until the app takes over. That script also
 * starts the app, at the first pause in the user's typing once the first screen is on show, so
 * that a key typed into the first screen never waits behind the app's start.
 * Given the style sheet's text, the page carries it (allowed by its hash, see `styleHash`) instead
 * of linking it, so nothing has to be fetched before the first paint. Null when the page is not as
 * the build writes it.
 */
export function pageWithFirstScreen(indexHtml: string, screen: FirstScreen, o: { styleSheet?: string } = {}): FirstScreenPage | null {
  const app = APP_SCRIPT.exec(indexHtml);
  if (!indexHtml.includes(ROOT) || !app) return null;
  const open = `<div id="kp-first-screen" data-kp-path="${attribute(screen.path)}" data-kp-panel-open="${screen.panelOpen}" data-kp-app="${attribute(app[1]!)}" lang="${screen.uiLanguage}">`;
  let html = indexHtml
    .replace(APP_SCRIPT, '')
    .replace(ROOT, () => `${open}${screen.html}</div>${ROOT}<script defer src="./${FIRST_SCREEN_SCRIPT}"></script>`);
  const css = o.styleSheet;
  if (css === undefined || /<\/style/i.test(css) || !APP_STYLE.test(html)) return { html };
  html = html.replace(APP_STYLE, () => `<style>${css}</style>`);
  return { html, styleHash: `sha256-${createHash('sha256').update(css).digest('base64')}` };
}
