import { Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { sectionEditor } from '../editor/session';
import { i18next } from '../i18n';
import { appStore, notify } from '../state/app-state';
import { docStore } from '../state/doc-state';
import { firstScreenOnPage, isHeldKey, screenSelection, type FirstScreenLog, type ScreenRange } from './log';
import { replayHeld, replayKey, replayTyped, toRange } from './replay';

/** The sections the input and the selection name: the app takes over once all of them are on screen. */
function namedSections(log: FirstScreenLog, selection: ScreenRange | null): Set<string> {
  const ranges = [...log.typed, ...(log.heldAt ? [log.heldAt] : []), ...(selection ? [selection] : [])];
  return new Set(ranges.map((r) => r.start.section));
}

/** How long the screen waits for the app's first check once the editors are there: a slow check must not keep it up. */
const CHECK_WAIT_MS = 3000;

const mountedEditor = (section: string) => document.querySelector(`#root [data-kp-section="${CSS.escape(section)}"] [data-slate-editor]`);

interface Anchor {
  section: string;
  top: number;
}

/** Where the section the user is in (or the first one in view) stands in the first screen's view. */
function scrollAnchor(root: HTMLElement, selection: ScreenRange | null): Anchor | null {
  const view = root.querySelector('.kp-document')?.getBoundingClientRect();
  const sections = [...root.querySelectorAll<HTMLElement>('.kp-section[data-kp-section]')];
  const el = (selection && sections.find((s) => s.dataset.kpSection === selection.start.section))
    ?? sections.find((s) => view && s.getBoundingClientRect().bottom > view.top);
  return el ? { section: el.dataset.kpSection!, top: el.getBoundingClientRect().top } : null;
}

/** Scrolls the app's document so that the anchor's section stands where it stood in the first screen. */
function keepScrolled(anchor: Anchor | null): void {
  const doc = document.querySelector<HTMLElement>('#root .kp-document');
  const section = anchor && doc?.querySelector(`[data-kp-section="${CSS.escape(anchor.section)}"]`);
  if (doc && section) doc.scrollTop += section.getBoundingClientRect().top - anchor.top;
}

/**
 * Hands the first screen over to the app: what was typed into it is done in the editors, the
 * caret (or the selection) and the scroll position move to the same place in the app's own
 * editor, and the screen goes. Held inputs follow there, in the order they were made.
 */
function takeOver(root: HTMLElement, log: FirstScreenLog): void {
  const focused = root.contains(document.activeElement);
  const selection = log.held.length ? log.heldAt ?? null : focused ? screenSelection(log, root) : null;
  const anchor = scrollAnchor(root, selection);
  let lost = replayTyped(sectionEditor, log.typed);
  keepScrolled(anchor);
  root.remove();
  const at = selection && toRange(sectionEditor, selection);
  if (at) {
    Transforms.select(at.editor, at.range);
    ReactEditor.focus(at.editor as ReactEditor);
  }
  // A shortcut goes to the editor it was pressed in (its own keys, as Ctrl+B, are handled there),
  // else to the window, whose shortcuts work from anywhere.
  const keysTo = at ? ReactEditor.toDOMNode(at.editor as ReactEditor, at.editor) : document.body;
  for (const input of log.held) {
    if (isHeldKey(input)) replayKey(input, keysTo);
    else if (!at || !replayHeld(at.editor, input)) lost++;
  }
  if (lost > 0) notify('error', i18next.t('app.firstScreenLost'));
}

/**
 * A page that was loaded with a draft's first screen in it (electron/services/first-screen.ts)
 * shows it until the app shows that draft itself, then takes over. Should the app show anything
 * else (the file could not be opened after all), the screen goes, saying so if anything was
 * typed into it.
 */
export function installFirstScreenTakeover(): void {
  const page = firstScreenOnPage();
  if (!page) return;
  const { root, path, log } = page;
  let done = false;
  let readySince: number | undefined;
  const settle = () => {
    if (done || !root.isConnected) return;
    const { screen } = appStore.get();
    if (screen === 'loading') return;
    if (screen === 'editor' && docStore.get().path === path) {
      const sections = namedSections(log, root.contains(document.activeElement) ? screenSelection(log, root) : null);
      if (!document.querySelector('#root [data-slate-editor]') || ![...sections].every(mountedEditor)) return;
      // The screen shows the draft's findings: the app's document has them too once its first check is shown.
      readySince ??= Date.now();
      if (document.documentElement.dataset.kpCheckedRevision === undefined && Date.now() - readySince < CHECK_WAIT_MS) return;
      done = true;
      takeOver(root, log);
    } else {
      done = true;
      root.remove();
      if (log.typed.length || log.held.length) notify('error', i18next.t('app.firstScreenLost'));
    }
    stop();
    document.dispatchEvent(new Event('kp-first-screen-gone'));
  };
  const check = () => requestAnimationFrame(settle);
  const unsubscribe = [appStore.subscribe(check), docStore.subscribe(check)];
  // Sections mount a few at a time after the draft is on screen: look again until they are there.
  const poll = setInterval(check, 50);
  const stop = () => {
    clearInterval(poll);
    for (const u of unsubscribe) u();
  };
}

/** True while a first screen covers the app. */
export const firstScreenShown = () => document.getElementById('kp-first-screen') !== null;
