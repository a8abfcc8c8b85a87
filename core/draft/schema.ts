import { z } from 'zod';
import { BlockElement, RichText } from './rich-text';
import { Annotation } from './annotation';
import { BudgetLine, TeamMember } from './rows';

export { BudgetLine, TeamMember } from './rows';
import { invalidInputTarget } from './invalid-inputs';
import { Activity, Agenda2030, indicatorPath, ResultsFramework, Risk } from './framework';

/**
 * The draft model: everything a Kommunalt Partnerskap application holds.
 * Validated on every load (files are mailed around and sometimes edited by hand) and on every
 * IPC request that carries a draft. Identifiers of programme concepts (component, applicant type,
 * cost category, core area, country) are plain strings here: which values are *allowed* depends
 * on the programme edition and is reported by the rule engine, never by refusing the file.
 */

export const ComponentId = z.enum([
  'inception',
  'project',
  'steering_group',
  'tripartite_eu',
  'multiparty',
  'development_expansion',
  'dissemination',
]);
export type ComponentId = z.infer<typeof ComponentId>;

export const CoreAreaId = z.enum(['equity', 'participation', 'transparency', 'accountability']);
export type CoreAreaId = z.infer<typeof CoreAreaId>;

export const DocumentLanguage = z.enum(['sv-SE', 'en-GB']);
export type DocumentLanguage = z.infer<typeof DocumentLanguage>;

/** ISO date (YYYY-MM-DD) or null when not yet chosen. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const OptionalDate = IsoDate.nullable();

const Id = z.string().min(1).max(100);
const ShortText = z.string().max(1000);

/** A named person of one party: a contact person or the authorised signatory. "" = not given. */
export const Person = z.strictObject({
  name: ShortText,
  title: ShortText,
  email: ShortText,
  phone: ShortText,
});
export type Person = z.infer<typeof Person>;

export const emptyPerson = (): Person => ({ name: '', title: '', email: '', phone: '' });

export const Applicant = z.strictObject({
  organisation: ShortText,
  /** Applicant type id from the edition's rule pack, e.g. "municipality"; "" when not chosen. */
  type: z.string().max(100),
  contact: Person,
  signatory: Person,
});
export type Applicant = z.infer<typeof Applicant>;

export const Partner = z.strictObject({
  id: Id,
  organisation: ShortText,
  /**
   * ISO 3166-1 alpha-2 code (XK for Kosovo). Older or imported drafts may hold a country *name*
   * here ("Makedonien"); the rule engine reports those and offers the code as a quick fix.
   */
  country: z.string().max(100),
  /** partner: the foreign local government; eu_partner: the EU-country party of a tripartite. */
  role: z.enum(['partner', 'eu_partner', 'swedish_coapplicant']),
  /** Organisation type id from the edition's rule pack (e.g. "municipality", "region"); "" when not chosen. */
  type: z.string().max(100),
  contact: Person,
  signatory: Person,
});
export type Partner = z.infer<typeof Partner>;

export const Period = z.strictObject({ start: OptionalDate, end: OptionalDate });
export type Period = z.infer<typeof Period>;

export const CoreAreaSelection = z.strictObject({
  id: CoreAreaId,
  justification: z.string().max(20000),
});
export type CoreAreaSelection = z.infer<typeof CoreAreaSelection>;

export const AnnexState = z.enum(['missing', 'draft', 'signed']);
export type AnnexState = z.infer<typeof AnnexState>;

/**
 * One annex uploaded with the application (a Letter of Intent, the planning tool's output, ...):
 * which kind (an annex id from the edition's rule pack), how far it has come, and optionally the
 * file it lives in. The path is remembered, the file itself is never copied into the draft.
 * A kind the draft has no entry for is missing.
 */
export const Annex = z.strictObject({
  kind: z.string().min(1).max(100),
  state: AnnexState,
  file: z.string().min(1).max(4000).nullable(),
});
export type Annex = z.infer<typeof Annex>;

/** A prerequisite the programme asks about: whether it holds and, if so, when and under which ICLD reference. */
export const Prerequisite = z.strictObject({
  held: z.boolean(),
  /** The year of the inception or of the partnership's start; null when not given. */
  year: z.number().int().min(1990).max(2100).nullable(),
  /** ICLD's reference (diarienummer) of that earlier application; "" when not given. */
  reference: ShortText,
});
export type Prerequisite = z.infer<typeof Prerequisite>;

export const PrerequisiteKey = z.enum(['priorInception', 'existingPartnership']);
export type PrerequisiteKey = z.infer<typeof PrerequisiteKey>;

export const Prerequisites = z.strictObject({
  priorInception: Prerequisite,
  existingPartnership: Prerequisite,
});
export type Prerequisites = z.infer<typeof Prerequisites>;

export const emptyPrerequisite = (): Prerequisite => ({ held: false, year: null, reference: '' });

/**
 * Another draft submitted together with this one (a project and its steering-group application):
 * the path is remembered, never the other draft's content, so both stay separate files.
 */
export const LinkedDraft = z.strictObject({
  file: z.string().min(1).max(4000),
  title: ShortText,
});
export type LinkedDraft = z.infer<typeof LinkedDraft>;

/**
 * Where text, team members or budget lines taken from an earlier draft came from, so that a
 * reviewer can see what was reused. `part` is a section id, "team" or "budget"; `ids` are the
 * team member or budget line ids inserted (empty for a section).
 */
export const ReuseRecord = z.strictObject({
  id: Id,
  part: z.string().min(1).max(100),
  ids: z.array(Id).max(5000),
  sourceFile: z.string().max(4000),
  sourceTitle: ShortText,
  /** When the source draft was last modified, as it said itself. */
  sourceModifiedAt: z.iso.datetime({ offset: true }),
  reusedAt: z.iso.datetime({ offset: true }),
});
export type ReuseRecord = z.infer<typeof ReuseRecord>;

/**
 * Where a value typed into a field that must be read (an amount, a date, the SDG targets) lives in
 * `invalidInputs`: `budget.<line id>.amount`, `framework.<indicator id>.targetDate`, `period.start`,
 * `period.end`, `submissionDate` or `agenda2030.targets`.
 */
export const InvalidInputKey = z.string().regex(/^(period\.start|period\.end|submissionDate|agenda2030\.targets|budget\.[\s\S]{1,100}\.amount|framework\.[\s\S]{1,100}\.targetDate)$/, 'expected budget.<line id>.amount, framework.<indicator id>.targetDate, period.start, period.end, submissionDate or agenda2030.targets');

/**
 * Text typed into such a field that could not be read, exactly as typed, so that it stays in the
 * field (after saving, reopening and mailing the file) instead of the field silently showing an
 * older value. The field's own value is then empty (amount 0, date null); the rule engine reports
 * every entry as an error.
 */
export const InvalidInputs = z.record(InvalidInputKey, z.string().min(1).max(1000));
export type InvalidInputs = z.infer<typeof InvalidInputs>;

export const Draft = z.strictObject({
  id: Id,
  title: ShortText,
  editionId: z.string().min(1).max(100),
  component: ComponentId,
  applicant: Applicant,
  partners: z.array(Partner).max(20),
  period: Period,
  submissionDate: OptionalDate,
  /** Section id (from the template) → rich text. Unknown ids are kept, never dropped. */
  sections: z.record(z.string().max(100), RichText),
  coreAreas: z.array(CoreAreaSelection).max(4),
  team: z.array(TeamMember).max(500),
  budget: z.array(BudgetLine).max(5000),
  /** The results framework (LFA matrix), the activity plan, the risk register and the SDGs. */
  framework: ResultsFramework,
  activities: z.array(Activity).max(500),
  risks: z.array(Risk).max(500),
  agenda2030: Agenda2030,
  annexes: z.array(Annex).max(100),
  prerequisites: Prerequisites,
  linkedDraft: LinkedDraft.nullable(),
  /** Blocks brought in from an imported document that the user has not yet placed in a section. */
  unplaced: z.array(BlockElement).max(5000),
  reused: z.array(ReuseRecord).max(1000),
  annotations: z.array(Annotation),
  invalidInputs: InvalidInputs,
  documentLanguage: DocumentLanguage,
  createdAt: z.iso.datetime({ offset: true }),
  modifiedAt: z.iso.datetime({ offset: true }),
}).superRefine((d, ctx) => {
  // While a field holds unreadable text its value is empty, so nothing can use a value the field no longer shows.
  for (const key of Object.keys(d.invalidInputs)) {
    const target = invalidInputTarget(key);
    if (target?.kind === 'amount') {
      const i = d.budget.findIndex((l) => l.id === target.lineId);
      if (i !== -1 && d.budget[i]!.amountOre !== 0) ctx.addIssue({ code: 'custom', path: ['budget', i, 'amountOre'], message: 'must be 0 while invalidInputs holds the text typed for it' });
    } else if (target?.kind === 'indicatorDate') {
      const found = indicatorPath(d.framework, target.indicatorId);
      if (found && found.indicator.target.date !== null) ctx.addIssue({ code: 'custom', path: ['framework', ...found.path, 'target', 'date'], message: 'must be null while invalidInputs holds the text typed for it' });
    } else if (target?.kind === 'date') {
      const value = target.field === 'submissionDate' ? d.submissionDate : d.period[target.field === 'period.start' ? 'start' : 'end'];
      if (value !== null) ctx.addIssue({ code: 'custom', path: target.field.split('.'), message: 'must be null while invalidInputs holds the text typed for it' });
    }
  }
});
export type Draft = z.infer<typeof Draft>;
