import { z } from 'zod';
import { PLAN_PARTS } from '../draft/plan-parts';
import { ComponentId } from '../draft/schema';
import { Localized } from '../template/schema';
import { Severity } from './finding';

/**
 * The shape of a programme rule pack: one edition of ICLD's Kommunalt Partnerskap rules as data.
 * Every datum carries the fact sheet's source ids (S1, S2 …) and a confidence tag; a datum tagged
 * "U" (uncertain) never yields an error, whatever the rule's severity (see `capSeverity`).
 */

/** A fact-sheet source id such as "S2". */
export const SourceId = z.string().regex(/^S\d+$/);
/** An edition's pack id such as "icld-kp-2020" or "icld-kp-2023b". */
export const EditionId = z.string().regex(/^icld-kp-\d{4}[a-z]?$/);
/** A fact-sheet rule id such as "BUD-04". */
export const RuleId = z.string().regex(/^[A-Z]+-\d{2}$/);
/** S = stated in the source, I = inferred, U = uncertain. */
export const Confidence = z.enum(['S', 'I', 'U']);
export type Confidence = z.infer<typeof Confidence>;

const Sources = z.array(SourceId);
const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const Slug = z.string().regex(/^[a-z][a-z0-9_]*$/);

/** Eligible, not eligible, or not known for this edition. */
export const Status = z.enum(['eligible', 'ineligible', 'unknown']);
export type Status = z.infer<typeof Status>;

/** Fields every datum has: where it comes from and how sure we are. */
const sourced = { sources: Sources, confidence: Confidence, note: Localized.optional() };

export const NamedRegion = z.strictObject({ id: Slug, sv: z.string().min(1), en: z.string().min(1) });

export const Country = z.strictObject({
  /** ISO 3166-1 alpha-2, or XK for Kosovo (user-assigned, not official). */
  code: z.string().regex(/^[A-Z]{2}$/),
  sv: z.string().min(1),
  en: z.string().min(1),
  /** Other spellings users type or old drafts hold (Makedonien, Vitryssland, Türkiye …). */
  aliases: z.array(z.string().min(1)),
  /** Budget region id (pack.budgetRegions), when the edition's ceilings depend on it. */
  budgetRegion: Slug.nullable(),
  /** Cluster id (pack.clusters), for editions that group countries in clusters. */
  cluster: Slug.nullable(),
  status: Status,
  /** The rule that reports choosing this country when it is not eligible (default CTY-01). */
  reportedBy: RuleId.optional(),
  ...sourced,
});
export type Country = z.infer<typeof Country>;

export const ApplicantType = z.strictObject({
  id: Slug,
  sv: z.string().min(1),
  en: z.string().min(1),
  status: Status,
  /** The rule that reports this type when it is not eligible (default APP-01). */
  reportedBy: RuleId.optional(),
  /** The type to suggest instead (e.g. county_council → region), offered as a quick fix. */
  replacedBy: Slug.optional(),
  ...sourced,
});
export type ApplicantType = z.infer<typeof ApplicantType>;

/** A prerequisite (draft.prerequisites) a component asks about, and the rule that checks it. */
export const Prerequisite = z.strictObject({
  ruleId: RuleId,
  prerequisite: z.enum(['priorInception', 'existingPartnership']),
  /** Another prerequisite that makes this one unnecessary (e.g. an existing partnership needs no inception). */
  unless: z.enum(['priorInception', 'existingPartnership']).optional(),
  ...sourced,
});
export type Prerequisite = z.infer<typeof Prerequisite>;

/** A kind of annex uploaded with an application (Letter of Intent, planning tool output, ...). */
export const AnnexKind = z.strictObject({ id: Slug, sv: z.string().min(1), en: z.string().min(1), ...sourced });
export type AnnexKind = z.infer<typeof AnnexKind>;

/** An annex a component's application comes with, and the rule that checks it (none: listed, not checked). */
export const ComponentAnnex = z.strictObject({ kind: Slug, ruleId: RuleId.optional(), ...sourced });
export type ComponentAnnex = z.infer<typeof ComponentAnnex>;

/** A kind of organisation a partner can be (a municipality, a county, ...). */
export const PartnerType = z.strictObject({ id: Slug, sv: z.string().min(1), en: z.string().min(1), ...sourced });
export type PartnerType = z.infer<typeof PartnerType>;

export const Component = z.strictObject({
  id: ComponentId,
  sv: z.string().min(1),
  en: z.string().min(1),
  status: Status,
  /** Allowed period length in months; exceeding max uses the rule's severity, falling short of min warns. */
  duration: z.strictObject({
    ruleId: RuleId,
    minMonths: z.number().int().positive().optional(),
    maxMonths: z.number().int().positive().optional(),
    ...sourced,
  }).nullable(),
  /** windows: only in the pack's windows; any_time: no window; unknown: not checked. */
  submission: z.enum(['windows', 'any_time', 'unknown']),
  annexes: z.array(ComponentAnnex),
  prerequisites: z.array(Prerequisite),
  ...sourced,
});
export type Component = z.infer<typeof Component>;

export const CoreArea = z.strictObject({
  id: z.enum(['equity', 'participation', 'transparency', 'accountability']),
  sv: z.string().min(1),
  svShort: z.string().min(1),
  en: z.string().min(1),
  enShort: z.string().min(1),
  sources: Sources,
});
export type CoreArea = z.infer<typeof CoreArea>;

/** A yearly application window (MM-DD to MM-DD, inclusive) for some components. */
export const Window = z.strictObject({ id: Slug, components: z.array(ComponentId).min(1), opens: MonthDay, closes: MonthDay, ...sourced });
export type Window = z.infer<typeof Window>;

/** A one-off change to one year's window (e.g. spring 2018 extended to 26 March). */
export const RoundOverride = z.strictObject({ windowId: Slug, year: z.number().int(), opens: Day, closes: Day, ...sourced });
export type RoundOverride = z.infer<typeof RoundOverride>;

/** A known last application day (MM-DD) whose year is not stated (2023+ spring rounds). */
export const Deadline = z.strictObject({ components: z.array(ComponentId).min(1), date: MonthDay, ...sourced });
export type Deadline = z.infer<typeof Deadline>;

/** A period in which no applications were accepted. */
export const Blackout = z.strictObject({ ruleId: RuleId, from: Day, to: Day, ...sourced });
export type Blackout = z.infer<typeof Blackout>;

/**
 * A budget ceiling or guide value. `amountSek` null means the row is known to exist but the
 * figure is not (the engine then says "ceiling unknown", never guesses).
 */
export const BudgetLimit = z.strictObject({
  ruleId: RuleId,
  components: z.array(ComponentId).min(1),
  /** Number of parties, the Swedish applicant included. */
  parties: z.strictObject({ min: z.number().int().min(2), max: z.number().int().min(2).optional() }),
  /** Budget region id, or null when the figure is the same for every region. */
  region: Slug.nullable(),
  amountSek: z.number().int().positive().nullable(),
  per: z.enum(['year', 'total']),
  /** max: hard ceiling; guide: riktpunkt, agreed with ICLD case by case. */
  kind: z.enum(['max', 'guide']),
  /** Guide value for the work-input (arbetsinsatser) share, in SEK, same period as `per`. */
  workInputSek: z.number().int().positive().optional(),
  ...sourced,
});
export type BudgetLimit = z.infer<typeof BudgetLimit>;

export const CostCategory = z.strictObject({
  id: Slug,
  sv: z.string().min(1),
  en: z.string().min(1),
  status: Status,
  /** The edition in which the category became eligible, when it is new. */
  since: z.string().optional(),
  /** The rule that reports a line of this category when it is not eligible (default BUD-12). */
  reportedBy: RuleId.optional(),
  /** Top-level budget group used in reports and grant decisions. */
  group: z.enum(['work_input', 'travel_activities', 'other']),
  /** An eligible category the amount of a line of this (ineligible) one can be moved to, offered as a quick fix. */
  moveTo: Slug.optional(),
  ...sourced,
});
export type CostCategory = z.infer<typeof CostCategory>;

/**
 * A word in a budget line's description that betrays a cost of `category` (e.g. "lön" → salaries).
 * A term matches whole words; a leading or trailing `*` lets it stand inside a compound
 * ("löne*" finds "lönekostnad", "*lön" finds "timlön"). Spaces match any white space.
 */
const Term = z.string().regex(/^\*?[\p{L}][\p{L}\p{N}' -]*[\p{L}]\*?$/u, 'expected a word or phrase, optionally with * at either end');
export const CostKeywords = z.strictObject({
  category: Slug,
  terms: z.strictObject({ sv: z.array(Term), en: z.array(Term) }),
  /** Phrases that contain a term but name an eligible cost ("visa fee"); they are passed over. */
  ignore: z.strictObject({ sv: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }).optional(),
  ...sourced,
});
export type CostKeywords = z.infer<typeof CostKeywords>;

/** A word requirement on one text section (ids from templates/applications/kp-standard.json). */
export const SectionRule = z.strictObject({
  sectionId: Slug,
  ruleId: RuleId,
  /** What the section must hold, for messages ("Risk analysis"). */
  label: Localized,
  components: z.array(ComponentId).min(1),
  minWords: z.number().int().positive().optional(),
  maxWords: z.number().int().positive().optional(),
  /** soft: over the limit warns; hard: over the limit is an error. */
  limit: z.enum(['soft', 'hard']),
  /** The part of the structured plan that may say it instead: with it filled in, an empty text is not missing. */
  orPlan: z.enum(PLAN_PARTS).optional(),
  ...sourced,
});
export type SectionRule = z.infer<typeof SectionRule>;

/** A rule as it applies in this edition: its severity, sources and parameters. */
export const RuleConfig = z.strictObject({
  id: RuleId,
  severity: Severity,
  sources: Sources,
  confidence: Confidence,
  /** Rule-specific parameters, validated by the rule itself when the pack is loaded. */
  params: z.record(z.string(), z.unknown()).optional(),
  /** Why the rule applies here when the fact sheet does not say so directly (confidence I). */
  note: Localized.optional(),
}).refine((r) => !(r.severity === 'error' && r.confidence === 'U'), {
  // It could never be one (capSeverity): the pack would say something the app does not do.
  message: 'a rule whose basis is uncertain (confidence U) cannot be an error; make it a warning',
  path: ['severity'],
});
export type RuleConfig = z.infer<typeof RuleConfig>;

export const RulePack = z.strictObject({
  format: z.literal('kp-drafter/rule-pack'),
  id: EditionId,
  name: Localized,
  effectiveFrom: Day.nullable(),
  /** How sure the start date is; U where the source gives only an approximate date ("≈ April 2023"). */
  effectiveFromConfidence: Confidence.optional(),
  effectiveTo: Day.nullable(),
  /** How sure the end date is; U where it is the day before an approximate start of the next edition. */
  effectiveToConfidence: Confidence.optional(),
  confidence: Confidence,
  sources: Sources,
  /** What characterises the edition, for the edition picker. */
  description: Localized,
  budgetRegions: z.array(NamedRegion),
  clusters: z.array(NamedRegion),
  countries: z.array(Country).min(1),
  applicantTypes: z.array(ApplicantType).min(1),
  partnerTypes: z.array(PartnerType).min(1),
  components: z.array(Component).min(1),
  annexKinds: z.array(AnnexKind).min(1),
  coreAreas: z.array(CoreArea).length(4),
  windows: z.array(Window),
  roundOverrides: z.array(RoundOverride),
  deadlines: z.array(Deadline),
  blackouts: z.array(Blackout),
  budgetLimits: z.array(BudgetLimit),
  costCategories: z.array(CostCategory).min(1),
  /** Words in line descriptions that point to a cost the edition does not pay for. */
  costKeywords: z.array(CostKeywords).optional(),
  sections: z.array(SectionRule),
  rules: z.array(RuleConfig).min(1),
});
export type RulePack = z.infer<typeof RulePack>;
