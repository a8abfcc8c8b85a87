import { z } from 'zod';
import { ok, type Result } from '../../result';
import { draftValidationError } from '../validation-message';

/**
 * Format 3 → format 4.
 *
 * Format 3 held objectives, indicators, activities and risks only as free text, which nothing
 * could check or link (budget lines had an `activityId` no activity could answer to). Format 4
 * adds the structured plan beside the text: `framework` (overall objective, project objectives,
 * expected results, each with indicators and assumptions), `activities`, `risks` and `agenda2030`.
 * A format 3 file held none of them, so the step adds them empty; its text sections are untouched.
 *
 * The schema below is a frozen copy of format 3's top level. It must never be changed or derived
 * from the current schema: old files stay readable forever.
 */

const DraftV3 = z.strictObject({
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
  invalidInputs: z.unknown(),
  documentLanguage: z.unknown(),
  createdAt: z.unknown(),
  modifiedAt: z.unknown(),
});

/** Rewrites a format 3 draft as a format 4 draft. Pure; the input is not modified. */
export function migrateV3ToV4(draft: unknown): Result<unknown> {
  const parsed = DraftV3.safeParse(draft);
  if (!parsed.success) return draftValidationError(parsed.error);
  const { declarations, annotations, invalidInputs, documentLanguage, createdAt, modifiedAt, ...rest } = parsed.data;
  // Same key order as the current schema, so that a re-saved file differs only where it must.
  return ok({
    ...rest,
    framework: { overallObjective: { text: '', note: '', indicators: [], assumptions: '' }, projectObjectives: [] },
    activities: [],
    risks: [],
    agenda2030: { goals: [], targets: [] },
    declarations, annotations, invalidInputs, documentLanguage, createdAt, modifiedAt,
  });
}
