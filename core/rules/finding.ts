import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** How severe a severity is, for comparing: info < warning < error. */
export const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A sort order, most severe first. */
export const mostSevereFirst = (a: { severity: Severity }, b: { severity: Severity }): number => severityRank[b.severity] - severityRank[a.severity];

/** Where a finding points, so the editor can jump there and mark it. */
export const FindingLocation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('draft') }),
  z.strictObject({ kind: z.literal('section'), sectionId: z.string(), /** optional text range inside it */ range: z.strictObject({ start: z.number().int(), end: z.number().int() }).optional() }),
  z.strictObject({ kind: z.literal('field'), field: z.string() }),
  z.strictObject({ kind: z.literal('partner'), partnerId: z.string(), field: z.string().optional() }),
  z.strictObject({ kind: z.literal('budget-line'), lineId: z.string(), field: z.string().optional() }),
  z.strictObject({ kind: z.literal('budget-total'), year: z.number().int().optional(), category: z.string().optional() }),
  z.strictObject({ kind: z.literal('team-member'), memberId: z.string() }),
  z.strictObject({ kind: z.literal('team') }),
  z.strictObject({ kind: z.literal('core-area'), coreAreaId: z.string().optional() }),
  /** An objective, expected result or indicator of the results framework ("overall" for the overall objective). */
  z.strictObject({ kind: z.literal('framework-item'), itemId: z.string(), field: z.string().optional() }),
  z.strictObject({ kind: z.literal('framework') }),
  z.strictObject({ kind: z.literal('activity'), activityId: z.string(), field: z.string().optional() }),
  z.strictObject({ kind: z.literal('activity-plan') }),
  z.strictObject({ kind: z.literal('risk'), riskId: z.string(), field: z.string().optional() }),
  /** The Agenda 2030 goals, or (field "targets") the targets typed by number. */
  z.strictObject({ kind: z.literal('agenda2030'), field: z.literal('targets').optional() }),
]);
export type FindingLocation = z.infer<typeof FindingLocation>;

/** A step in a quick fix's path: a key, an array index, or the array element with this id. */
const PathStep = z.union([z.string(), z.number(), z.strictObject({ id: z.string() })]);

/** A quick fix: a description and a JSON-patch-like set of field assignments on the draft. */
export const QuickFix = z.strictObject({
  label: z.strictObject({ sv: z.string(), en: z.string() }),
  /**
   * Assignments applied to the draft, e.g. { path: ['partners', 0, 'country'], value: 'MK' }, or
   * removals of an array element ({ path: ['budget', { id: 'b3' }], remove: true }). An element named
   * by id is found wherever it has moved to since the check.
   */
  edits: z.array(z.union([
    z.strictObject({ path: z.array(PathStep).min(1), remove: z.literal(true) }),
    z.strictObject({ path: z.array(PathStep), value: z.unknown() }),
  ])),
});
export type QuickFix = z.infer<typeof QuickFix>;

/** One result of checking a draft against a programme rule. */
export const Finding = z.strictObject({
  /** The fact sheet's rule id: APP-01, CTY-02, BUD-04 … */
  ruleId: z.string(),
  severity: Severity,
  message: z.strictObject({ sv: z.string(), en: z.string() }),
  location: FindingLocation,
  /** The edition the finding rests on and the fact-sheet source ids (S1, S2 …). */
  editionId: z.string(),
  sources: z.array(z.string()),
  fix: QuickFix.optional(),
});
export type Finding = z.infer<typeof Finding>;
