/**
 * Word and character counting of Slate rich text, shared by the rule engine and the editor's live
 * counter so the two never disagree.
 *
 * A word is a run of non-space characters holding at least one letter or digit (so a lone dash or
 * bullet is not a word, "e-post" is one word and "12 000" is two, as in Word). Words never span
 * blocks, but do span adjacent text leaves inside a block ("**fet**stil" is one word). One pass over
 * the char codes, no regular expressions and no string building: this runs on every keystroke.
 */

/** Counts of one rich-text value or string. */
export interface TextStats {
  words: number;
  /** Unicode code points, spaces included, block breaks excluded. */
  characters: number;
}

// Deeper than any real document; stops pathological input from exhausting the stack.
const MAX_DEPTH = 200;

// Character classes, looked up per UTF-16 code unit (a table beats branching on this hot path).
const SEP = 0; // whitespace: ends a token
const WORD = 1; // letter or digit: makes its token a word
const NEUTRAL = 2; // punctuation and symbols: part of a token, but not enough for a word
const LOW_SURROGATE = 3; // second half of a pair: a word character that adds no code point

function buildClasses(): Uint8Array {
  const t = new Uint8Array(65536).fill(WORD);
  for (let c = 0; c <= 32; c++) t[c] = SEP;
  for (let c = 33; c < 128; c++) {
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    t[c] = alnum ? WORD : NEUTRAL;
  }
  for (let c = 128; c < 0xc0; c++) t[c] = NEUTRAL;
  t[0xaa] = t[0xb5] = t[0xba] = WORD;
  t[0xd7] = t[0xf7] = NEUTRAL;
  // General punctuation, arrows, maths, box drawing, dingbats; CJK punctuation.
  t.fill(NEUTRAL, 0x2000, 0x2c00);
  t.fill(NEUTRAL, 0x3000, 0x3040);
  for (const c of [0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) t[c] = SEP;
  t.fill(SEP, 0x2000, 0x200c);
  t.fill(LOW_SURROGATE, 0xdc00, 0xe000);
  return t;
}
const CLASSES = buildClasses();

interface ScanState {
  words: number;
  characters: number;
  /** The current token holds a letter or digit. */
  inWord: boolean;
  /** Stop once this many words are found (checks like "at least one word" need no full count). */
  stopAt: number;
}

function scanString(s: string, st: ScanState): void {
  const table = CLASSES;
  let inWord = st.inWord;
  let words = st.words;
  let low = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const k = table[s.charCodeAt(i)]!;
    if (k === SEP) {
      if (inWord) {
        words++;
        inWord = false;
        if (words >= st.stopAt) break;
      }
    } else if (k !== NEUTRAL) {
      inWord = true;
      if (k === LOW_SURROGATE) low++;
    }
  }
  st.inWord = inWord;
  st.words = words;
  st.characters += n - low;
}

function endBlock(st: ScanState): void {
  if (st.inWord) st.words++;
  st.inWord = false;
}

function scanNode(node: unknown, st: ScanState, depth: number): void {
  if (typeof node !== 'object' || node === null || depth > MAX_DEPTH) return;
  const text = (node as { text?: unknown }).text;
  if (typeof text === 'string') {
    scanString(text, st);
    return;
  }
  const children = (node as { children?: unknown }).children;
  if (!Array.isArray(children) || st.words >= st.stopAt) return;
  // Links are inline: their text runs on with the surrounding text. Every other element is a block.
  const inline = (node as { type?: unknown }).type === 'link';
  if (!inline) endBlock(st);
  for (let i = 0; i < children.length && st.words < st.stopAt; i++) scanNode(children[i], st, depth + 1);
  if (!inline) endBlock(st);
}

function scan(richText: unknown, stopAt: number): ScanState {
  const st: ScanState = { words: 0, characters: 0, inWord: false, stopAt };
  if (Array.isArray(richText)) {
    for (let i = 0; i < richText.length && st.words < stopAt; i++) {
      scanNode(richText[i], st, 0);
      endBlock(st);
    }
  } else if (typeof richText === 'string') {
    scanString(richText, st);
    endBlock(st);
  }
  return st;
}

/** Words and characters of a section's rich text. Total: any input (even malformed) gives a count. */
export function textStats(richText: unknown): TextStats {
  const st = scan(richText, Infinity);
  return { words: st.words, characters: st.characters };
}

/** True when the text has at least `n` words; stops reading as soon as it knows. */
export function hasAtLeastWords(richText: unknown, n: number): boolean {
  return n <= 0 || scan(richText, n).words >= n;
}

/** The number of words in a section's rich text (or in a plain string). */
export function countWords(richText: unknown): number {
  return scan(richText, Infinity).words;
}

/** Word counts that remember each block, for counting again after small edits. */
export interface WordCounter {
  /** Words in a section's rich text. */
  count(richText: unknown): number;
  /** True when the text has at least `n` words. */
  atLeast(richText: unknown, n: number): boolean;
}

/**
 * A counter that caches the count of every top-level block by object identity. Words never span
 * blocks, so a section's count is the sum of its blocks'; after a keystroke only the edited block
 * (a new object) is scanned again. For the editor's live counter and the incremental checker.
 */
export function createWordCounter(): WordCounter {
  const blocks = new WeakMap<object, number>();
  const block = (node: unknown): number => {
    if (typeof node !== 'object' || node === null) return 0;
    let n = blocks.get(node);
    if (n === undefined) blocks.set(node, (n = scan([node], Infinity).words));
    return n;
  };
  return {
    count(richText) {
      if (!Array.isArray(richText)) return countWords(richText);
      let sum = 0;
      for (let i = 0; i < richText.length; i++) sum += block(richText[i]);
      return sum;
    },
    atLeast(richText, n) {
      if (n <= 0) return true;
      if (!Array.isArray(richText)) return hasAtLeastWords(richText, n);
      let sum = 0;
      for (let i = 0; i < richText.length; i++) if ((sum += block(richText[i])) >= n) return true;
      return false;
    },
  };
}
