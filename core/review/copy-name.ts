/**
 * The file name of a reviewer's own copy of a draft: "<title> – granskning <name>.kpdraft", beside
 * the file that was opened, so a reviewer's save never writes over the author's original. Pure:
 * which names are taken is asked of the caller.
 */

const EXT = '.kpdraft';
/** Most file systems allow 255 bytes per name; the parts are capped well below that. */
const TITLE_BYTES = 120;
const PERSON_BYTES = 60;
const LABEL_BYTES = 30;
/** Names Windows reserves for devices, whatever follows them after a dot. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** What a copy's name is made of. */
export interface ReviewCopyNaming {
  /** The draft's title (the name's first part). */
  title: string;
  /** The opened file's name, used when the draft has no title. */
  originalName: string;
  /** The reviewer's name from the settings (may be empty). */
  reviewer: string;
  /** The word that marks the copy, in the UI language: "granskning", "review". */
  label: string;
}

/** A piece of text made fit for a file name: no folders, no characters Windows forbids, no leading or trailing dots. */
export function fileNamePart(text: string, maxBytes: number): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[. ]+/, '');
  let out = '';
  let bytes = 0;
  for (const ch of cleaned) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out.replace(/[. ]+$/, '');
}

/** Bytes a code point takes in UTF-8. */
function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

const stemOf = (name: string) => name.replace(/\.kpdraft$/i, '');

/** "<title> – <label> <reviewer>", the copy's name without its number and extension. */
export function reviewCopyStem(n: ReviewCopyNaming): string {
  const title = fileNamePart(n.title, TITLE_BYTES) || fileNamePart(stemOf(n.originalName), TITLE_BYTES) || 'KP Drafter';
  const label = fileNamePart(n.label, LABEL_BYTES) || 'granskning';
  const person = fileNamePart(n.reviewer, PERSON_BYTES);
  const stem = `${title} – ${person ? `${label} ${person}` : label}`;
  // "CON.x – …" is a device name on Windows: only the part before the first dot counts.
  return RESERVED.test(stem.split('.')[0]!.trim()) ? `_${stem}` : stem;
}

/** The copy's file name; the first is unnumbered, then " (2)", " (3)" … */
export function reviewCopyName(n: ReviewCopyNaming, index = 1): string {
  return `${reviewCopyStem(n)}${index > 1 ? ` (${index})` : ''}${EXT}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `fileName` is a copy this reviewer saved ("… – granskning Greta Ek.kpdraft", "… (2).kpdraft"). */
export function isReviewCopyName(fileName: string, reviewer: string, label: string): boolean {
  const person = fileNamePart(reviewer, PERSON_BYTES);
  const mark = `${fileNamePart(label, LABEL_BYTES) || 'granskning'}${person ? ` ${person}` : ''}`;
  return new RegExp(` – ${escape(mark)}( \\(\\d+\\))?\\.kpdraft$`, 'iu').test(fileName.normalize('NFC'));
}

const same = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/**
 * The first copy name that is free in the folder and is not the opened file itself (compared
 * without case, as Windows and macOS do); null when a thousand are taken.
 */
export function chooseReviewCopyName(n: ReviewCopyNaming, isTaken: (name: string) => boolean, max = 1000): string | null {
  for (let i = 1; i <= max; i++) {
    const name = reviewCopyName(n, i);
    if (!same(name, n.originalName) && !isTaken(name)) return name;
  }
  return null;
}
