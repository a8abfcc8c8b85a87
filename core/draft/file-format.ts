import { Draft } from './schema';
import { err, ok, type Result } from '../result';

/** Marker that identifies a KP Drafter file, whatever its version. */
export const FORMAT_MARKER = 'kp-drafter/draft';
/** The version this build writes. Older versions are migrated on open; newer ones are refused. */
export const CURRENT_VERSION = 2;

/** Serialises a draft to the text of a `.kpdraft` file (UTF-8 JSON, stable key order). */
export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ format: FORMAT_MARKER, version: CURRENT_VERSION, draft }, null, 2) + '\n';
}

/**
 * Parses the text of a `.kpdraft` file into a valid draft, or a coded error.
 * Total: never throws, whatever the input.
 */
export function parseDraftFile(text: string): Result<Draft> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err('file-corrupt', 'the file seems truncated or damaged (not readable JSON)');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FORMAT_MARKER) {
    return err('file-not-draft', 'the file is not a KP Drafter draft');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err('file-corrupt', 'the file has no valid format version');
  }
  if (version > CURRENT_VERSION) {
    return err('draft-too-new', `the file was written by a newer version of KP Drafter (format ${version})`);
  }
  const parsed = Draft.safeParse((data as { draft?: unknown }).draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || 'draft' : 'draft';
    return err('draft-invalid', `the draft is invalid at ${where}: ${issue?.message ?? 'unknown problem'}`);
  }
  return ok(parsed.data);
}
