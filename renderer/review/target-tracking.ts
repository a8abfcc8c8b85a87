import { createStore } from '../state/create-store';

/**
 * The part of the document the user last clicked or focused: what "Ny kommentar" comments on
 * when no text is selected. Read from the page's `data-kp-loc` / `data-kp-section` marks.
 */
export const targetStore = createStore<{ loc: string | null; sectionId: string | null }>({ loc: null, sectionId: null });

function note(target: EventTarget | null): void {
  const el = target instanceof Element ? target : null;
  if (!el?.closest('.kp-document')) return;
  const loc = el.closest('[data-kp-loc]')?.getAttribute('data-kp-loc') ?? null;
  const sectionId = el.closest('[data-kp-section]')?.getAttribute('data-kp-section') ?? null;
  const cur = targetStore.get();
  if (cur.loc !== loc || cur.sectionId !== sectionId) targetStore.set({ loc, sectionId });
}

/** Starts following clicks and focus in the document. Returns the unsubscribe function. */
export function installTargetTracking(): () => void {
  const onEvent = (e: Event) => note(e.target);
  document.addEventListener('focusin', onEvent, true);
  document.addEventListener('pointerdown', onEvent, true);
  return () => {
    document.removeEventListener('focusin', onEvent, true);
    document.removeEventListener('pointerdown', onEvent, true);
  };
}

/** Forgets the target (a draft was opened). */
export function resetTarget(): void {
  targetStore.set({ loc: null, sectionId: null });
}
