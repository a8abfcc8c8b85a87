/**
 * Approximate string search for re-anchoring quotes. Short patterns use Sellers' dynamic
 * programming (edit distance to any substring) with Ukkonen's cut-off, so the cost is about
 * text length × allowed errors. Long patterns (whole paragraphs) are found by exact probes spread
 * over the pattern that must agree on where it starts: that stays fast on large sections and
 * still finds a paragraph whose middle was rewritten.
 *
 * Not approx-string-match (Myers' bit-parallel search, as annotation tools use): it returns only
 * the matches with the fewest errors in the whole text, and one start for each, so a quote edited
 * in its own place loses to a less edited copy elsewhere before the context is even looked at.
 * Re-anchoring needs every occurrence within the allowed errors, each with its equally good readings.
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
  let row = new Int32Array(b.length + 1).map((_, j) => j);
  let next = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (ac === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [row, next] = [next, row];
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
  const codes = Int32Array.from(pattern, (_, i) => pattern.charCodeAt(i));
  const col = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let lastActive = k; // last row whose value is ≤ k (Ukkonen's cut-off)

  // A run of adjacent end positions is one occurrence seen with a few more or fewer characters;
  // each run keeps its fewest errors and the ends that reach them.
  const runs: Array<{ fewest: number; ends: number[] }> = [];
  let run: { fewest: number; ends: number[] } | null = null;
  let previousEnd = -2;

  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let diag = 0; // col[0] stays 0: a match may start anywhere
    const top = Math.min(lastActive + 1, m);
    for (let i = 1; i <= top; i++) {
      const up = col[i]!;
      const viaDiag = diag + (codes[i - 1] === c ? 0 : 1);
      const viaGap = (up < col[i - 1]! ? up : col[i - 1]!) + 1;
      col[i] = viaDiag < viaGap ? viaDiag : viaGap;
      diag = up;
    }
    lastActive = top;
    while (lastActive > 0 && col[lastActive]! > k) lastActive--;
    if (lastActive !== m) continue;
    const end = j + 1;
    const errors = col[m]!;
    if (!run || end !== previousEnd + 1) {
      run = { fewest: errors, ends: [end] };
      runs.push(run);
    } else if (errors < run.fewest) {
      run.fewest = errors;
      run.ends = [end];
    } else if (errors === run.fewest && run.ends.length < MAX_READINGS) run.ends.push(end);
    previousEnd = end;
  }

  // Only the closest occurrences are worth aligning (in repetitive text there can be thousands),
  // and aligning costs m × (m + k) each: keep the work bounded whatever the pattern's length.
  const perAlignment = m * (m + k);
  const readings = Math.max(1, Math.min(MAX_READINGS, Math.floor(ALIGNMENT_BUDGET / perAlignment / 16)));
  const occurrences = Math.max(4, Math.min(MAX_OCCURRENCES, Math.floor(ALIGNMENT_BUDGET / perAlignment / readings)));
  const kept = runs.length > occurrences ? [...runs].sort((a, b) => a.fewest - b.fewest).slice(0, occurrences) : runs;
  const matches: ApproxMatch[] = [];
  for (const r of kept) {
    // Every equally good reading of an occurrence is returned, so that the context can choose.
    for (const e of r.ends.slice(0, readings)) {
      for (const start of findStarts(text, pattern, e, k)) matches.push({ start, end: e, errors: r.fewest });
    }
  }
  return matches;
}

/** Approximate occurrences aligned and returned at most; the ones with fewest errors are kept. */
const MAX_OCCURRENCES = 64;
/** Cells of alignment work allowed per search (a few milliseconds). */
const ALIGNMENT_BUDGET = 2_000_000;

/** Equally good readings of one approximate occurrence that are looked at (per end, per start). */
const MAX_READINGS = 4;

/** Where an occurrence ending at `end` may start: the pattern aligned backwards from `end`. */
function findStarts(text: string, pattern: string, end: number, k: number): number[] {
  const m = pattern.length;
  const from = Math.max(0, end - m - k);
  const width = end - from;
  // Row i: pattern's last i characters against text read backwards from `end`; the text length
  // used (j) is free, so the best columns of the last row give the starts.
  let row = new Int32Array(width + 1).map((_, j) => j);
  let next = new Int32Array(width + 1);
  for (let i = 1; i <= m; i++) {
    next[0] = i;
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= width; j++) {
      const viaDiag = row[j - 1]! + (text.charCodeAt(end - j) === pc ? 0 : 1);
      const viaGap = (row[j]! < next[j - 1]! ? row[j]! : next[j - 1]!) + 1;
      next[j] = viaDiag < viaGap ? viaDiag : viaGap;
    }
    [row, next] = [next, row];
  }
  let fewest = Number.POSITIVE_INFINITY;
  for (let j = 1; j <= width; j++) if (row[j]! < fewest) fewest = row[j]!;
  const lengths: number[] = [];
  for (let j = 1; j <= width; j++) if (row[j] === fewest) lengths.push(j);
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
