/**
 * Approximate string search for re-anchoring quotes. Short patterns use Sellers' dynamic
 * programming (edit distance to any substring) with Ukkonen's cut-off, so the cost is about
 * text length × allowed errors. Long patterns (whole paragraphs) are found by exact probes spread
 * over the pattern that must agree on where it starts: that stays fast on large sections and
 * still finds a paragraph whose middle was rewritten.
 */

/** An approximate occurrence: text[start, end) is within `errors` edits of the pattern. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Patterns longer than this are searched by probes instead of full dynamic programming. */
export const LONG_PATTERN = 256;
const PROBE_LENGTH = 32;
const PROBE_COUNT = 8;
/** At least this many probes must be found, consistently placed, for a long pattern to match. */
const PROBES_NEEDED = 3;
/** Occurrences of one probe looked at; a probe more frequent than this is no evidence anyway. */
const MAX_PROBE_HITS = 200;

/** Levenshtein distance (insertions, deletions, substitutions), for short strings such as context. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * Every approximate occurrence of `pattern` in `text` with at most `maxErrors` edits, one per
 * cluster of overlapping end positions (the best of the cluster). Patterns up to LONG_PATTERN
 * characters; see searchLong for longer ones.
 */
export function searchApprox(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  const k = Math.max(0, Math.min(maxErrors, m));
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let lastActive = k; // last row whose value is ≤ k (Ukkonen's cut-off)
  const ends: Array<{ end: number; errors: number }> = [];

  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let diag = 0; // col[0] stays 0: a match may start anywhere
    const top = Math.min(lastActive + 1, m);
    for (let i = 1; i <= top; i++) {
      const up = col[i]!;
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      col[i] = Math.min(up + 1, col[i - 1]! + 1, diag + cost);
      diag = up;
    }
    lastActive = top;
    while (lastActive > 0 && col[lastActive]! > k) lastActive--;
    if (lastActive === m) ends.push({ end: j + 1, errors: col[m]! });
  }

  const matches: ApproxMatch[] = [];
  for (let i = 0; i < ends.length; ) {
    // A run of adjacent end positions is one occurrence seen with a few more or fewer characters.
    // Every equally good reading of it is returned, so that the context can choose.
    let j = i + 1;
    while (j < ends.length && ends[j]!.end === ends[j - 1]!.end + 1) j++;
    const run = ends.slice(i, j);
    const fewest = Math.min(...run.map((e) => e.errors));
    for (const e of run.filter((x) => x.errors === fewest).slice(0, MAX_READINGS)) {
      for (const start of findStarts(text, pattern, e.end, k)) matches.push({ start, end: e.end, errors: e.errors });
    }
    i = j;
  }
  return matches;
}

/** Equally good readings of one approximate occurrence that are looked at (per end, per start). */
const MAX_READINGS = 4;

/** Where an occurrence ending at `end` may start: the pattern aligned backwards from `end`. */
function findStarts(text: string, pattern: string, end: number, k: number): number[] {
  const m = pattern.length;
  const from = Math.max(0, end - m - k);
  const width = end - from;
  // Row i: pattern's last i characters against text read backwards from `end`; the text length
  // used (j) is free, so the best column of the last row gives the start.
  let row = Array.from({ length: width + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const next = [i];
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= width; j++) {
      const cost = text.charCodeAt(end - j) === pc ? 0 : 1;
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
    }
    row = next;
  }
  const fewest = Math.min(...row);
  const lengths = row.flatMap((errors, j) => (errors === fewest && j > 0 ? [j] : []));
  // Nearest to the pattern's own length first.
  lengths.sort((a, b) => Math.abs(a - m) - Math.abs(b - m));
  return lengths.slice(0, MAX_READINGS).map((j) => end - j);
}

function allIndexes(text: string, probe: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(probe); i !== -1 && out.length < MAX_PROBE_HITS; i = text.indexOf(probe, i + 1)) out.push(i);
  return out;
}

/**
 * Occurrences of a long pattern: PROBE_COUNT exact probes taken evenly across it; where at least
 * PROBES_NEEDED of them sit, in order, where the pattern would put them (give or take a quarter of
 * its length), the span from the first to the last found probe, stretched to the pattern's ends,
 * is a match. `errors` is an estimate: the share of the pattern not covered by found probes.
 */
export function searchLong(text: string, pattern: string): ApproxMatch[] {
  const m = pattern.length;
  const tolerance = Math.max(PROBE_LENGTH, Math.floor(m / 4));
  const probes = Array.from({ length: PROBE_COUNT }, (_, i) => {
    const at = Math.round((i * (m - PROBE_LENGTH)) / (PROBE_COUNT - 1));
    return { at, hits: allIndexes(text, pattern.slice(at, at + PROBE_LENGTH)) };
  });
  // Each hit implies where the pattern would start; hits implying nearby starts vote together.
  const votes = probes
    .flatMap((p, index) => p.hits.map((hit) => ({ index, hit, implied: hit - p.at })))
    .sort((a, b) => a.implied - b.implied);
  const matches: ApproxMatch[] = [];
  let lo = 0;
  while (lo < votes.length) {
    let hi = lo;
    while (hi + 1 < votes.length && votes[hi + 1]!.implied - votes[lo]!.implied <= tolerance) hi++;
    const byProbe = new Map<number, number>();
    for (const v of votes.slice(lo, hi + 1)) if (!byProbe.has(v.index)) byProbe.set(v.index, v.hit);
    const found = [...byProbe.entries()].sort((a, b) => a[0] - b[0]);
    const inOrder = found.every(([, hit], i) => i === 0 || hit > found[i - 1]![1]);
    if (found.length >= PROBES_NEEDED && inOrder) {
      const [firstIndex, firstHit] = found[0]!;
      const [lastIndex, lastHit] = found[found.length - 1]!;
      const start = Math.max(0, firstHit - probes[firstIndex]!.at);
      const end = Math.min(text.length, lastHit + m - probes[lastIndex]!.at);
      const errors = Math.round((m * (PROBE_COUNT - found.length)) / PROBE_COUNT);
      matches.push({ start, end, errors });
      lo = hi + 1;
    } else lo++;
  }
  return matches;
}
