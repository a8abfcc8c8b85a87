import { z } from 'zod';
import { ok, type Result } from '../../result';
import { draftValidationError } from '../validation-message';

/**
 * Format 2 (0.1.0) → format 3.
 *
 * Format 2 could only hold a field's value once it had been read: an amount typed as "abc" or
 * "tjugotusen" was never stored, and the field went on holding (and the total, the checks and the
 * Word file went on using) whatever it held before. Format 3 adds `invalidInputs`, the text typed
 * into an amount or date field that could not be read, keyed by the field. A format 2 file never
 * held any, so the step adds an empty record.
 *
 * The schema below is a frozen copy of format 2's top level. It must never be changed or derived
 * from the current schema: old files stay readable forever. Its parts are passed on unchanged and
 * checked by the current schema afterwards.
 */

const DraftV2 = z.strictObject({
  id: z.unknown(),
  title: z.unknown(),
  editionId: z.unknown(),
  component: z.unknown(),
  applicant: z.unknown(),
  partners: z.unknown(),
  period: z.unknown(),
  submissionDate: z.unknown(),
  sections: z.unknown(),
  coreAreas: z.unknown(),
  team: z.unknown(),
  budget: z.unknown(),
  declarations: z.unknown(),
  annotations: z.unknown(),
  documentLanguage: z.unknown(),
  createdAt: z.unknown(),
  modifiedAt: z.unknown(),
});

/** Rewrites a format 2 draft as a format 3 draft. Pure; the input is not modified. */
export function migrateV2ToV3(draft: unknown): Result<unknown> {
  const parsed = DraftV2.safeParse(draft);
  if (!parsed.success) return draftValidationError(parsed.error);
  const { documentLanguage, createdAt, modifiedAt, ...rest } = parsed.data;
  // Same key order as the current schema, so that a re-saved file differs only where it must.
  return ok({ ...rest, invalidInputs: {}, documentLanguage, createdAt, modifiedAt });
}
