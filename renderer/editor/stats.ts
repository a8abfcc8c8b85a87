import { countWords } from '../../core/rules/word-count';
import type { RichText } from '../../core/draft/rich-text';
import { createStore } from '../state/create-store';
import { sectionIds, sectionValue } from './session';

/** Word counts per text section, refreshed with the live checks (same counter as the rules). */
export const statsStore = createStore<{ words: Record<string, number>; total: number }>({ words: {}, total: 0 });

const cache = new WeakMap<RichText, number>();

export function refreshStats(): void {
  const words: Record<string, number> = {};
  let total = 0;
  for (const id of sectionIds()) {
    const value = sectionValue(id)!;
    let n = cache.get(value);
    if (n === undefined) {
      n = countWords(value);
      cache.set(value, n);
    }
    words[id] = n;
    total += n;
  }
  const prev = statsStore.get();
  if (prev.total === total && Object.keys(words).every((k) => prev.words[k] === words[k])) return;
  statsStore.set({ words, total });
}
