import { ok, type Result } from '../../result';

/**
 * Format 6 → format 7.
 *
 * Format 7 lets a list item carry a suggested break (`suggestion` on a `list-item`: a new item a
 * reviewer started, or a proposed join with the item before), and lets a comment propose a row of
 * the activity plan or the risk register (`proposal.table` `activity` / `risk`, on a comment on
 * `activity` / `activity:<id>`, `risk` / `risk:<id>`). These are additions a format 6 file does
 * not have, so every format 6 draft is a format 7 draft as it is; the step exists so that the
 * version says which readers understand the file (a format 6 reader would refuse the new keys).
 */
export function migrateV6ToV7(draft: unknown): Result<unknown> {
  return ok(draft);
}
