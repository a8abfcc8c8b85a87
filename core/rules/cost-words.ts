import type { CostKeywords } from './pack-schema';

/** What a scan found: the words as the user wrote them, and the keyword list they belong to. */
export interface CostWordMatch {
  word: string;
  keywords: CostKeywords;
}

// A word is letters and digits; anything else (space, hyphen, slash, punctuation) separates words,
// so "lön" is found in "Lön, projektassistent" and "projekt-lön" but not in "lönsam" or "Alön".
const LETTER = '[\\p{L}\\p{M}\\p{N}]';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One term as a pattern: whole words, with `*` at either end standing for the rest of a compound. */
export function termPattern(term: string): string {
  const t = term.normalize('NFC').toLowerCase();
  const head = t.startsWith('*') ? `${LETTER}*` : '';
  const tail = t.endsWith('*') ? `${LETTER}*` : '';
  const core = t.replace(/^\*|\*$/g, '').split(/\s+/).map(escape).join('\\s+');
  return `${head}${core}${tail}`;
}

const compiled = new WeakMap<CostKeywords, { find: RegExp; ignore: RegExp[] }>();

function compile(k: CostKeywords): { find: RegExp; ignore: RegExp[] } {
  let c = compiled.get(k);
  if (!c) {
    // Longest first, so that "per diems" is reported whole rather than as "per diem".
    const terms = [...k.terms.sv, ...k.terms.en].sort((a, b) => b.length - a.length).map(termPattern);
    const ignore = [...(k.ignore?.sv ?? []), ...(k.ignore?.en ?? [])].map((p) => new RegExp(`(?<!${LETTER})${termPattern(p)}(?!${LETTER})`, 'gu'));
    c = { find: new RegExp(`(?<!${LETTER})(?:${terms.join('|') || '(?!)'})(?!${LETTER})`, 'gu'), ignore };
    compiled.set(k, c);
  }
  return c;
}

/** Blanks out the ignored phrases (same length, so match positions map back to the original text). */
function blankIgnored(text: string, ignore: RegExp[]): string {
  let out = text;
  for (const re of ignore) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

/**
 * The first keyword of any list found in a description, case-insensitively and as whole words
 * (or compound parts where a term says so), or null. The word is returned as written.
 */
export function findCostWord(description: string, lists: readonly CostKeywords[]): CostWordMatch | null {
  // Composed, so that an "o" followed by a combining diaeresis is the "ö" of "lön".
  const original = description.normalize('NFC');
  // toLowerCase keeps the length of Swedish and English text, so indices carry over to `original`.
  const lower = original.toLowerCase();
  if (lower.length !== original.length) return findIn(lower, lower, lists);
  return findIn(original, lower, lists);
}

function findIn(original: string, lower: string, lists: readonly CostKeywords[]): CostWordMatch | null {
  let best: { at: number; match: CostWordMatch } | null = null;
  for (const k of lists) {
    const c = compile(k);
    const text = blankIgnored(lower, c.ignore);
    c.find.lastIndex = 0;
    const m = c.find.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, match: { word: original.slice(m.index, m.index + m[0].length), keywords: k } };
  }
  return best?.match ?? null;
}
