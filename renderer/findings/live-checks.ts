import { currentDraft } from '../actions/draft-commands';
import { checkAll } from '../rules/engine';
import { docStore } from '../state/doc-state';
import { findingsAreFor, setFindings } from './findings-state';
import { refreshStats } from '../editor/stats';

/** Checks wait for a pause this long; with the check itself, findings show well within 150 ms. */
export const CHECK_DEBOUNCE_MS = 60;

/**
 * A draft just opened is checked once the window is idle (at the latest this long after): the
 * text is on screen and typeable first, and the first check of a long draft (about 0.1 s with
 * its findings put in place) doesn't hold up the first click or keystroke.
 */
const FIRST_CHECK_LATEST_MS = 700;

const whenIdle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: FIRST_CHECK_LATEST_MS });
  else setTimeout(fn, 0);
};

/** Re-checks the draft against its edition's rules shortly after every change. */
export function installLiveChecks(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seen = -1;
  let generation = docStore.get().generation;
  const run = () => checkNow();
  const unsub = docStore.subscribe(() => {
    const { revision } = docStore.get();
    if (revision === seen) return;
    const first = seen === -1;
    seen = revision;
    clearTimeout(timer);
    const loaded = docStore.get().generation !== generation;
    generation = docStore.get().generation;
    // A draft just opened is shown first and checked when the window is idle (see above); an
    // edit before then is checked the usual way, and the idle check finds nothing new to do.
    if (loaded) whenIdle(() => seen === revision && run());
    else if (first || docStore.get().lastChange === 'choice') run();
    else timer = setTimeout(run, CHECK_DEBOUNCE_MS);
  });
  return () => {
    unsub();
    clearTimeout(timer);
  };
}

/** Runs the checks now (after a quick fix, an edition change or opening a draft). */
export function checkNow(): void {
  const draft = currentDraft();
  const { revision } = docStore.get();
  setFindings(draft ? checkAll(draft) : [], revision);
  refreshStats();
  document.documentElement.dataset.kpCheckedRevision = String(revision);
}

/**
 * Checks now unless the findings already belong to the draft as it is. What must be right at
 * once (the export's pre-flight list, which decides whether the export goes ahead with errors)
 * cannot wait for the idle or debounced check of the last change.
 */
export function checkIfStale(): void {
  if (!findingsAreFor(docStore.get().revision)) checkNow();
}
