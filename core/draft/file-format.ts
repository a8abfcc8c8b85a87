import { z } from 'zod';
import { Draft } from './schema';
import { migrateDraftData } from './migrations';
import { draftValidationError } from './validation-message';
import { err, ok, type Result } from '../result';

/** Marker that identifies a KP Drafter file, whatever its version. */
export const FORMAT_MARKER = 'kp-drafter/draft';
/** The version this build writes. Older versions are migrated on open; newer ones are refused. */
export const CURRENT_VERSION = 7;
/** The only extension KP Drafter opens or saves drafts under. */
export const DRAFT_FILE_EXTENSION = '.kpdraft';
/**
 * Files above this size are refused before they are read. A 480,000-word application with a full
 * budget and hundreds of comments is about 6 MB, so anything this large is not a real draft, and
 * reading it would freeze the app.
 */
export const MAX_DRAFT_FILE_BYTES = 25 * 1024 * 1024;
/**
 * Deepest JSON nesting a draft may have. Real drafts stay below 60 (lists nested ten deep); the
 * limit keeps validation's recursion far from the stack's end on hostile input.
 */
export const MAX_NESTING_DEPTH = 200;

/**
 * JSON levels a file needs around a section's blocks and inside a list item's deepest text
 * (file, draft, sections, section | item children, link, link children, text), and per list level
 * (list, list children, item, item children).
 */
const JSON_LEVELS_AROUND_LISTS = 7;
const JSON_LEVELS_PER_LIST = 4;
/** Word's nine list levels, which the Word export's numbering also has. */
const WORD_LIST_LEVELS = 9;
/**
 * How deep lists may be nested: Word's nine levels, and never more than a file can hold
 * (MAX_NESTING_DEPTH). Indenting stops here and deeper pasted lists are lifted to this level.
 */
export const MAX_LIST_DEPTH = Math.min(WORD_LIST_LEVELS, Math.floor((MAX_NESTING_DEPTH - JSON_LEVELS_AROUND_LISTS) / JSON_LEVELS_PER_LIST));

/** The current file layout: what `serializeDraft` writes and `kp schema` describes. */
export const DraftFile = z.strictObject({
  format: z.literal(FORMAT_MARKER),
  version: z.literal(CURRENT_VERSION),
  draft: Draft,
});
export type DraftFile = z.infer<typeof DraftFile>;

const ENVELOPE_KEYS = new Set(['format', 'version', 'draft']);

/** True when the path or name ends in `.kpdraft` (any letter case, as file systems and users vary). */
export function hasDraftExtension(pathOrName: string): boolean {
  return pathOrName.toLowerCase().endsWith(DRAFT_FILE_EXTENSION);
}

/** Serialises a draft to the text of a `.kpdraft` file (UTF-8 JSON, stable key order). */
export function serializeDraft(draft: Draft): string {
  const file: DraftFile = { format: FORMAT_MARKER, version: CURRENT_VERSION, draft };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Parses the text of a `.kpdraft` file into a valid draft of the current format, migrating older
 * formats, or returns a coded error. Total: never throws, whatever the input.
 */
export function parseDraftFile(text: string): Result<Draft> {
  if (text.trim() === '') return err('file-corrupt', 'the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err('file-corrupt', 'the file seems truncated or damaged (not readable JSON)');
  }
  return parseDraftData(data);
}

/**
 * Checks already-parsed JSON (a whole file: `{format, version, draft}`), migrates it to the current
 * format and validates it. Total: never throws; never modifies `data`.
 */
export function parseDraftData(data: unknown): Result<Draft> {
  try {
    return parseEnvelope(data);
  } catch (e) {
    // Only pathological input gets here (e.g. recursion limits); report it, never crash the caller.
    if (e instanceof RangeError) return err('draft-invalid', 'the draft is nested too deeply to be a real draft');
    return err('unexpected', 'the file could not be checked; nothing was changed');
  }
}

function parseEnvelope(data: unknown): Result<Draft> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return err('file-not-draft', 'the file is not a KP Drafter draft');
  }
  const file = data as Record<string, unknown>;
  if (file.format !== FORMAT_MARKER) {
    return err('file-not-draft', `the file is not a KP Drafter draft (no "format": "${FORMAT_MARKER}" marker)`);
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return err('file-corrupt', 'the file has no valid format version');
  }
  if (version > CURRENT_VERSION) {
    return err(
      'draft-too-new',
      `the file was saved by a newer KP Drafter (format ${version}; this version reads formats up to ${CURRENT_VERSION}); update KP Drafter to open it`,
    );
  }
  const unknown = Object.keys(file).filter((k) => !ENVELOPE_KEYS.has(k));
  if (unknown.length > 0) {
    const keys = unknown.slice(0, 3).map((k) => JSON.stringify(k.slice(0, 40))).join(', ');
    return err('draft-unknown-field', `unknown ${unknown.length === 1 ? 'field' : 'fields'} ${keys} in the file header; the file may have been edited outside KP Drafter`);
  }
  if (!('draft' in file)) return err('draft-invalid', 'the file holds no draft');
  if (exceedsNestingDepth(file.draft, MAX_NESTING_DEPTH)) {
    return err('draft-invalid', 'the draft is nested too deeply to be a real draft');
  }
  const migrated = migrateDraftData(file.draft, version, CURRENT_VERSION);
  if (!migrated.ok) return migrated;
  const parsed = Draft.safeParse(migrated.value);
  return parsed.success ? ok(parsed.data) : draftValidationError(parsed.error);
}

/**
 * True when `root` nests objects and arrays more than `limit` deep (`root` itself is level 1).
 * Iterative, so that checking depth cannot itself overflow the stack.
 */
export function exceedsNestingDepth(root: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(value)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
