/**
 * How an exported Word document marks where each template section starts: a bookmark around the
 * section's heading named after the section id. Word and LibreOffice keep bookmarks through edits
 * of the heading text, so a document exported here and edited elsewhere imports back into the
 * same sections even when its headings were reworded or translated.
 */

const PREFIX = 'kp_sec_';

/** The bookmark name for a section (section ids are [a-z][a-z0-9_]*, well within Word's 40 characters). */
export function sectionBookmark(sectionId: string): string {
  return PREFIX + sectionId;
}

/** The section id a bookmark name marks, or null when it is not a section mark. */
export function sectionOfBookmark(name: string): string | null {
  return name.startsWith(PREFIX) && /^[a-z][a-z0-9_]*$/.test(name.slice(PREFIX.length)) ? name.slice(PREFIX.length) : null;
}
