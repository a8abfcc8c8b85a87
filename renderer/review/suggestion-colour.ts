/**
 * Each person's suggestions have a colour of their own, the same wherever they appear: one of
 * SUGGESTION_COLOURS classes (`kp-author-<n>`, colours in styles/suggestions.css, chosen to stand
 * out from the page in light and dark themes). The kind never depends on colour: insertions are
 * underlined, removals struck through.
 */
export const SUGGESTION_COLOURS = 6;

/** The colour number of a person, from their name (case and spacing ignored). */
export function authorColour(name: string): number {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  // FNV-1a, then mixed (as MurmurHash3 ends) so that similar names still spread over the colours.
  let h = 0x811c9dc5;
  for (const ch of key) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) % SUGGESTION_COLOURS;
}
