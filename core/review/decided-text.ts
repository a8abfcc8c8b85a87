import type { RichText } from '../draft/rich-text';
import type { Draft } from '../draft/schema';
import { acceptAll, rejectAll } from './suggestions';

/**
 * The text a draft stands for while suggestions are open. Rules and counts read the author's text
 * (every suggestion rejected: suggested insertions do not count, suggested deletions still do); a
 * preview reads the reviewers' text (every suggestion accepted). Sections without suggestions, and
 * a draft without any, are returned as the very same objects, so checks that compare by identity
 * (the incremental checker, the word-count caches) see nothing new.
 */
export type TextVersion = 'author' | 'accepted';

const memo: Record<TextVersion, WeakMap<object, RichText>> = { author: new WeakMap(), accepted: new WeakMap() };

function decide(value: RichText, version: TextVersion): RichText {
  try {
    // Deciding gives back the very value when it has no suggestion.
    return version === 'author' ? rejectAll(value) : acceptAll(value);
  } catch {
    // Checks never throw on a malformed draft: text of a shape nothing can decide is checked as it is.
    return value;
  }
}

/** One section's text as `version` has it (the same object when it has no suggestions). */
export function decidedSection(value: RichText, version: TextVersion): RichText {
  const cache = memo[version];
  let out = cache.get(value);
  if (!out) {
    out = decide(value, version);
    cache.set(value, out);
  }
  return out;
}

/** A draft whose sections are as `version` has them; the same draft when no section changes. */
export function decidedDraft(draft: Draft, version: TextVersion): Draft {
  const sections = draft.sections as Record<string, RichText | undefined> | undefined;
  if (!sections || typeof sections !== 'object') return draft;
  let changed = false;
  const next: Record<string, RichText> = {};
  for (const [id, value] of Object.entries(sections)) {
    if (!Array.isArray(value)) {
      next[id] = value as unknown as RichText;
      continue;
    }
    next[id] = decidedSection(value, version);
    if (next[id] !== value) changed = true;
  }
  return changed ? { ...draft, sections: next } : draft;
}
