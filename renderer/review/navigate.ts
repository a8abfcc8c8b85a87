import { adjacentThread, type ThreadItem } from '../../core/review/overview';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { reviewStore, showCommentsPanel } from './review-state';
import { targetSelectors } from './targets';
import { mountAllSections } from '../layout/progressive-mount';

/** Selecting a thread: its target is highlighted and scrolled into view, the panel shows the thread. */

/** The element showing a thread's target, if it is on the page. */
export function targetElement(threadId: string): HTMLElement | null {
  const thread = reviewStore.get().annotations.find((a) => a.id === threadId);
  const draft = docStore.get().draft;
  if (!thread || !draft) return null;
  for (const sel of targetSelectors(thread.anchor, threadId, templateSections(draft.component))) {
    const el = document.querySelector<HTMLElement>(sel);
    if (el) return el;
  }
  return null;
}

/** Selects a thread and shows where it belongs (after the highlight has been drawn). */
export function activateThread(threadId: string, o: { scroll?: boolean; focusCard?: boolean } = {}): void {
  if (o.scroll !== false) mountAllSections();
  reviewStore.set({ activeId: threadId });
  showCommentsPanel();
  requestAnimationFrame(() => {
    if (o.scroll !== false) targetElement(threadId)?.scrollIntoView({ block: 'center' });
    const card = document.querySelector<HTMLElement>(`[data-kp-thread="${CSS.escape(threadId)}"]`);
    card?.scrollIntoView({ block: 'nearest' });
    if (o.focusCard) card?.focus({ preventScroll: true });
  });
}

/** Next/previous thread in the listed order (wrapping around). */
export function stepThread(items: readonly ThreadItem[], direction: 'next' | 'previous'): void {
  const id = adjacentThread(items, reviewStore.get().activeId, direction);
  if (id) activateThread(id, { focusCard: true });
}

/** A click on highlighted text selects the comment under it (the innermost, when several overlap). */
export function installMarkClicks(): () => void {
  const onClick = (e: MouseEvent) => {
    const mark = (e.target as Element | null)?.closest?.('mark[data-kp-threads]');
    if (!mark) return;
    const ids = (mark.getAttribute('data-kp-threads') ?? '').split(' ').filter(Boolean);
    const current = reviewStore.get().activeId;
    // Clicking again on shared words cycles through the comments on them.
    const next = ids.length > 1 && current && ids.includes(current) ? ids[(ids.indexOf(current) + 1) % ids.length]! : ids.at(-1);
    if (next) activateThread(next, { scroll: false });
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
