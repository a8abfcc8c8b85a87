import { ok, type Result } from '../../result';

/**
 * Format 4 → format 5.
 *
 * Format 5 lets text carry a reviewer's suggested change (`suggestion` on a text leaf: an
 * insertion or a deletion, with its author and time) and lets a comment on a field carry a
 * proposed value (`proposal`). Both are optional additions a format 4 file simply does not have,
 * so every format 4 draft is a format 5 draft as it is; the step exists so that the version says
 * which readers understand the file (a format 4 reader would refuse the new keys).
 */
export function migrateV4ToV5(draft: unknown): Result<unknown> {
  return ok(draft);
}
