import { textStats, type TextStats } from '../../core/rules/word-count';
import type { RichText } from '../../core/draft/rich-text';
import { decidedSection } from '../../core/review/decided-text';
import { createStore } from '../state/create-store';
import { sectionIds, sectionValue } from './session';

/**
 * Word and character counts per text section, refreshed with the live checks (same counter as the
 * rules: one pass gives both), of the author's text: open suggested insertions are not counted.
 */
export const statsStore = createStore<{ words: Record<string, number>; characters: Record<string, number>; total: number }>({ words: {}, characters: {}, total: 0 });

const cache = new WeakMap<RichText, TextStats>();

/**
 * How long typing must pause before a character count that changed alone is shown. Characters
 * change with every keystroke; shown after every check, the counter's new text cost a frame per
 * keystroke on a long draft (`npm run bench`: typing p95 from 12 to 18 ms at 120k words). Words
 * change less often and are shown at once, characters with them.
 */
const CHARACTERS_SETTLE_MS = 400;
let charactersTimer: ReturnType<typeof setTimeout> | undefined;

const sameCounts = (a: Record<string, number>, b: Record<string, number>) => Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

export function refreshStats(): void {
  const words: Record<string, number> = {};
  const characters: Record<string, number> = {};
  let total = 0;
  for (const id of sectionIds()) {
    const value = sectionValue(id)!;
    let n = cache.get(value);
    if (n === undefined) {
      n = textStats(decidedSection(value, 'author'));
      cache.set(value, n);
    }
    words[id] = n.words;
    characters[id] = n.characters;
    total += n.words;
  }
  const prev = statsStore.get();
  const sameWords = sameCounts(words, prev.words);
  clearTimeout(charactersTimer);
  if (sameWords) {
    if (!sameCharacters(characters)) charactersTimer = setTimeout(() => publishCharacters(characters), CHARACTERS_SETTLE_MS);
    return;
  }
  // Unchanged maps keep their identity: views of the word counts only (sidebar, status bar) skip re-rendering.
  statsStore.set({ words, characters: sameCharacters(characters) ? prev.characters : characters, total });
}

function sameCharacters(characters: Record<string, number>): boolean {
  return sameCounts(characters, statsStore.get().characters);
}

function publishCharacters(characters: Record<string, number>): void {
  if (!sameCharacters(characters)) statsStore.set({ ...statsStore.get(), characters });
}
