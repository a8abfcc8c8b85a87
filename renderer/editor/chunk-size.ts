/**
 * Top-level blocks per chunk of a section's text. The lowest chunks get `content-visibility: auto`
 * (editor.css), so off-screen text costs nothing to lay out or paint; the chunk on screen is laid
 * out whole, so a small chunk keeps the first frame of a long draft and each keystroke cheap.
 */
export const CHUNK_SIZE = 25;
