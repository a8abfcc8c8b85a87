import { z } from 'zod';

/**
 * The rows of the draft's team and budget tables. Kept apart from the draft itself so that a
 * reviewer's proposed row (core/draft/annotation.ts) is checked by the very schema of a real row.
 */

const Id = z.string().min(1).max(100);
const ShortText = z.string().max(1000);

export const TeamMember = z.strictObject({
  id: Id,
  name: ShortText,
  role: ShortText,
  /** "swedish" for the applicant, otherwise the id of a partner. */
  side: z.string().min(1).max(100),
  kind: z.enum(['politician', 'civil_servant', 'cso', 'other']),
  politicalSide: z.enum(['majority', 'opposition']).nullable(),
  coordinator: z.boolean(),
  icldContact: z.boolean(),
  projectManager: z.boolean(),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const BudgetLine = z.strictObject({
  id: Id,
  /** Cost category id from the edition's rule pack, e.g. "international_travel". */
  category: z.string().max(100),
  side: z.string().min(1).max(100),
  /** Project year, 1-based. */
  year: z.number().int().min(1).max(10),
  /** Amount in öre (1 SEK = 100 öre), so that sums are exact. */
  amountOre: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  description: ShortText,
  activityId: z.string().max(100).nullable(),
});
export type BudgetLine = z.infer<typeof BudgetLine>;
