import { z } from 'zod';
import { ok, type Result } from '../../result';
import { draftValidationError } from '../validation-message';

/**
 * Format 1 (pre-release builds) → format 2 (0.1.0 and later).
 *
 * Format 1 held exactly one partner (`partner`, without id or role), so team members and budget
 * lines named their side as "swedish" or "partner"; amounts were whole kronor (`amountSek`); team
 * members had no project-manager flag; and there were no declarations and no review annotations.
 * Format 2 allows several partners (tripartite and multi-party components), refers to a partner by
 * id, keeps amounts in öre so that sums are exact, and adds `declarations` and `annotations`.
 *
 * The schemas below are frozen copies of what format 1 allowed for the parts this step rewrites.
 * They must never be changed or derived from the current schema: old files stay readable forever.
 * Parts the step does not touch are passed on and checked by the current schema afterwards.
 */

/** The id format 2 gives the single partner of a format 1 draft. */
export const V1_PARTNER_ID = 'partner-1';

const SideV1 = z.enum(['swedish', 'partner']);
const Text = z.string();

const PartnerV1 = z.strictObject({ organisation: Text, country: Text });

const TeamMemberV1 = z.strictObject({
  id: Text,
  name: Text,
  role: Text,
  side: SideV1,
  kind: Text,
  politicalSide: Text.nullable(),
  coordinator: z.boolean(),
  icldContact: z.boolean(),
});

const BudgetLineV1 = z.strictObject({
  id: Text,
  category: Text,
  side: SideV1,
  year: z.number(),
  /** Whole kronor. Bounded so that the amount in öre stays an exact integer. */
  amountSek: z.number().int().min(0).max(Math.floor(Number.MAX_SAFE_INTEGER / 100)),
  description: Text,
  activityId: Text.nullable(),
});

const DraftV1 = z.strictObject({
  id: z.unknown(),
  title: z.unknown(),
  editionId: z.unknown(),
  component: z.unknown(),
  applicant: z.unknown(),
  partner: PartnerV1,
  period: z.unknown(),
  submissionDate: z.unknown(),
  sections: z.unknown(),
  coreAreas: z.unknown(),
  team: z.array(TeamMemberV1),
  budget: z.array(BudgetLineV1),
  documentLanguage: z.unknown(),
  createdAt: z.unknown(),
  modifiedAt: z.unknown(),
});

const sideV2 = (side: z.infer<typeof SideV1>): string => (side === 'partner' ? V1_PARTNER_ID : 'swedish');

/** Rewrites a format 1 draft as a format 2 draft. Pure; the input is not modified. */
export function migrateV1ToV2(draft: unknown): Result<unknown> {
  const parsed = DraftV1.safeParse(draft);
  if (!parsed.success) return draftValidationError(parsed.error);
  const { partner, team, budget, ...rest } = parsed.data;
  return ok({
    ...rest,
    partners: [{ id: V1_PARTNER_ID, organisation: partner.organisation, country: partner.country, role: 'partner' }],
    team: team.map((m) => ({ ...m, side: sideV2(m.side), projectManager: false })),
    budget: budget.map(({ amountSek, ...line }) => ({ ...line, side: sideV2(line.side), amountOre: amountSek * 100 })),
    declarations: {
      planningToolCompleted: false,
      letterOfIntentAttached: false,
      priorInception: false,
      steeringGroupApplication: false,
      existingPartnership: false,
    },
    annotations: [],
  });
}
