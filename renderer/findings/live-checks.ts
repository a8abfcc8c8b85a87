import { currentDraft } from '../actions/draft-commands';
import { checkAll } from '../rules/engine';
import { docStore } from '../state/doc-state';
import { setFindings } from './findings-state';
import { refreshStats } from '../editor/stats';

/** Checks wait for a pause this long; with the check itself, findings show well within 150 ms. */
export const CHECK_DEBOUNCE_MS = 60;

/** Re-checks the draft against its edition's rules shortly after every change. */
export function installLiveChecks(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seen = -1;
  let generation = docStore.get().generation;
  const run = () => {
    const draft = currentDraft();
    const findings = draft ? checkAll(draft) : [];
    setFindings(findings);
    refreshStats();
    document.documentElement.dataset.kpCheckedRevision = String(docStore.get().revision);
  };
  const unsub = docStore.subscribe(() => {
    const { revision } = docStore.get();
    if (revision === seen) return;
    const first = seen === -1;
    seen = revision;
    clearTimeout(timer);
    const loaded = docStore.get().generation !== generation;
    generation = docStore.get().generation;
    // A draft just opened is shown first and checked right after: its text can be read (and
    // typed into) a frame sooner, and the findings follow at once.
    if (loaded) requestAnimationFrame(() => (timer = setTimeout(run, 0)));
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
  setFindings(draft ? checkAll(draft) : []);
  refreshStats();
}
