import { textStats, type TextStats } from '../../core/rules/word-count';
import type { RichText } from '../../core/draft/rich-text';
import { createStore } from '../state/create-store';
import { sectionIds, sectionValue } from './session';

/**
 * Word and character counts per text section, refreshed with the live checks (same counter as the
 * rules: one pass gives both).
 */
export const statsStore = createStore<{ words: Record<string, number>; characters: Record<string, number>; total: number }>({ words: {}, characters: {}, total: 0 });

const cache = new WeakMap<RichText, TextStats>();

export function refreshStats(): void {
  const words: Record<string, number> = {};
  const characters: Record<string, number> = {};
  let total = 0;
  for (const id of sectionIds()) {
    const value = sectionValue(id)!;
    let n = cache.get(value);
    if (n === undefined) {
      n = textStats(value);
      cache.set(value, n);
    }
    words[id] = n.words;
    characters[id] = n.characters;
    total += n.words;
  }
  const prev = statsStore.get();
  const same = (a: Record<string, number>, b: Record<string, number>) => Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);
  const sameWords = same(words, prev.words);
  const sameCharacters = same(characters, prev.characters);
  if (sameWords && sameCharacters) return;
  // Unchanged maps keep their identity: views of the word counts only (sidebar, status bar) skip re-rendering.
  statsStore.set({ words: sameWords ? prev.words : words, characters: sameCharacters ? prev.characters : characters, total });
}
