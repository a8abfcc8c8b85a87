import { z } from 'zod';
import { ok, type Result } from '../../result';
import { draftValidationError } from '../validation-message';

/**
 * Format 5 → format 6.
 *
 * Format 6 names the people of each party (a contact person and the authorised signatory, for
 * the applicant and for every partner) and the partner's organisation type; it can name another
 * draft submitted together with this one (`linkedDraft`), keep blocks of an imported document not
 * yet placed in a section (`unplaced`) and remember where reused text came from (`reused`).
 * A format 5 file had none of these: people are added blank, the rest empty.
 *
 * Format 6 also replaces format 5's yes/no `declarations` by `annexes` (each with a state and
 * optionally a file) and `prerequisites` (with year and ICLD reference): a ticked "Letter of
 * Intent attached", "planning tool completed" or "steering-group application submitted" becomes
 * that annex marked signed (unticked: missing); a ticked prior inception or existing partnership
 * becomes that prerequisite held, with no year or reference yet.
 *
 * The schemas below are frozen copies of format 5's shapes. They must never be changed or derived
 * from the current schema: old files stay readable forever.
 */

const ApplicantV5 = z.strictObject({ organisation: z.unknown(), type: z.unknown() });
const PartnerV5 = z.strictObject({ id: z.unknown(), organisation: z.unknown(), country: z.unknown(), role: z.unknown() });

const DeclarationsV5 = z.strictObject({
  planningToolCompleted: z.boolean(),
  letterOfIntentAttached: z.boolean(),
  priorInception: z.boolean(),
  steeringGroupApplication: z.boolean(),
  existingPartnership: z.boolean(),
});
type DeclarationsV5 = z.infer<typeof DeclarationsV5>;

const DraftV5 = z.looseObject({
  applicant: ApplicantV5,
  partners: z.array(PartnerV5),
  declarations: DeclarationsV5,
  annotations: z.unknown(),
});

/** The format 6 annex kind each format 5 attachment declaration stood for. */
const ANNEX_OF: readonly [keyof DeclarationsV5, string][] = [
  ['letterOfIntentAttached', 'letter_of_intent'],
  ['planningToolCompleted', 'planning_tool'],
  ['steeringGroupApplication', 'steering_group_application'],
];

const annexesOf = (d: DeclarationsV5) => ANNEX_OF.map(([key, kind]) => ({ kind, state: d[key] ? 'signed' : 'missing', file: null }));
const prerequisite = (held: boolean) => ({ held, year: null, reference: '' });

const blankPerson = () => ({ name: '', title: '', email: '', phone: '' });
const withPeople = <T extends object>(party: T) => ({ ...party, contact: blankPerson(), signatory: blankPerson() });

/** Rewrites a format 5 draft as a format 6 draft. Pure; the input is not modified. */
export function migrateV5ToV6(draft: unknown): Result<unknown> {
  const parsed = DraftV5.safeParse(draft);
  if (!parsed.success) return draftValidationError(parsed.error);
  const { annotations, ...before } = parsed.data;
  const { declarations, ...rest } = before;
  // Same key order as the current schema, so that a re-saved file differs only where it must.
  return ok({
    ...rest,
    applicant: withPeople(parsed.data.applicant),
    partners: parsed.data.partners.map((p) => withPeople({ ...p, type: '' })),
    annexes: annexesOf(declarations),
    prerequisites: { priorInception: prerequisite(declarations.priorInception), existingPartnership: prerequisite(declarations.existingPartnership) },
    linkedDraft: null,
    unplaced: [],
    reused: [],
    annotations,
  });
}
