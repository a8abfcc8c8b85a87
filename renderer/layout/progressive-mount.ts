import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TemplateSection } from '../../core/template/schema';
import { sectionEditor } from '../editor/session';
import { docStore } from '../state/doc-state';

/**
 * A draft opens section by section: the first frame mounts the sections at the top (about this
 * much work: blocks of text, rows of a table; a little more than a window shows), so the
 * coordinator can type at once; each following section is mounted in a transition of its own,
 * which React renders in slices between keystrokes. A short draft is mounted whole in the first
 * frame. (A first frame of a typical 10k-word application whole, some 150 blocks and the cards,
 * took longer to render and lay out than everything else before the text showed.)
 */
const FIRST_FRAME_COST = 40;
const CARD_COST = 5;

function cost(section: TemplateSection): number {
  const draft = docStore.get().draft;
  if (section.kind === 'text') return sectionEditor(section.id)?.children.length ?? 1;
  if (section.kind === 'budget') return draft?.budget.length ?? CARD_COST;
  if (section.kind === 'team') return draft?.team.length ?? CARD_COST;
  return CARD_COST;
}

/** How many leading sections fit in the first frame (at least one). */
export function firstFrameCount(sections: readonly TemplateSection[]): number {
  let total = 0;
  for (let i = 0; i < sections.length; i++) {
    total += cost(sections[i]!);
    if (total > FIRST_FRAME_COST && i > 0) return i;
  }
  return sections.length;
}

let mountAll: (() => void) | null = null;

/**
 * Mounts every section now. Whatever is about to scroll to, focus or measure a section (the
 * sidebar, a finding, a find match, a comment) calls this first; it is a no-op once all are in.
 */
export function mountAllSections(): void {
  mountAll?.();
}

/** The number of `sections` whose bodies are mounted; grows to all of them. */
export function useMountedSections(sections: readonly TemplateSection[]): number {
  const [shown, setShown] = useState(() => firstFrameCount(sections));
  const total = sections.length;
  useEffect(() => {
    mountAll = () => flushSync(() => setShown(Number.POSITIVE_INFINITY));
    return () => {
      mountAll = null;
    };
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (shown >= total) {
      root.dataset.kpSectionsMounted = 'true';
      return;
    }
    delete root.dataset.kpSectionsMounted;
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}
