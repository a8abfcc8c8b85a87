import { z } from 'zod';

/**
 * The structured plan of a results-oriented application (Logical Framework Approach, as ICLD
 * teaches it): the results framework (overall objective → project objectives → expected results,
 * each with indicators and assumptions), the activity plan, the risk register and the Agenda 2030
 * goals. The free-text sections stay beside them; these parts are what can be checked and linked.
 *
 * As elsewhere in the model, what is *complete* or *allowed* is reported by the rule engine; the
 * schema only refuses what could not be a draft (wrong types, impossible values).
 */

const Id = z.string().min(1).max(100);
const ShortText = z.string().max(1000);
const LongText = z.string().max(20000);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** A month of the project, 1 = the month the project period starts (shown to users as dates). */
export const ProjectMonth = z.number().int().min(1).max(120);

/** How a change is measured: from a baseline (value, year) to a target (value, date). */
export const Indicator = z.strictObject({
  id: Id,
  text: LongText,
  unit: ShortText,
  baseline: z.strictObject({ value: ShortText, year: z.number().int().min(1900).max(2200).nullable() }),
  target: z.strictObject({ value: ShortText, date: IsoDate.nullable() }),
  /** Means (source) of verification: where the value will be read, e.g. council minutes. */
  verification: ShortText,
  /** Who collects the value. */
  collectedBy: ShortText,
});
export type Indicator = z.infer<typeof Indicator>;

/** What every level of the matrix holds. Text is in the document language. */
const levelFields = {
  text: LongText,
  note: LongText,
  indicators: z.array(Indicator).max(50),
  /** What must hold, outside the project's control, for this level to lead to the next one up. */
  assumptions: LongText,
};

/** An expected result (delmål / resultat): what the project itself delivers. */
export const ExpectedResult = z.strictObject({ id: Id, ...levelFields });
export type ExpectedResult = z.infer<typeof ExpectedResult>;

/** A project objective (projektmål): the situation at project end, at the organisations' level. */
export const ProjectObjective = z.strictObject({ id: Id, ...levelFields, results: z.array(ExpectedResult).max(99) });
export type ProjectObjective = z.infer<typeof ProjectObjective>;

/** The overall objective (övergripande mål): the long-term change the project contributes to. */
export const OverallObjective = z.strictObject(levelFields);
export type OverallObjective = z.infer<typeof OverallObjective>;

export const ResultsFramework = z.strictObject({
  overallObjective: OverallObjective,
  projectObjectives: z.array(ProjectObjective).max(99),
});
export type ResultsFramework = z.infer<typeof ResultsFramework>;

export const ActivityKind = z.enum(['partner_visit', 'workshop', 'study_visit', 'meeting', 'communication', 'other']);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const ActivityPlace = z.enum(['sweden', 'partner_country', 'digital']);
export type ActivityPlace = z.infer<typeof ActivityPlace>;

/** One activity of the plan. Budget lines point at it by `BudgetLine.activityId`. */
export const Activity = z.strictObject({
  id: Id,
  title: ShortText,
  description: LongText,
  /** The expected results it serves (ids of `ExpectedResult`s). */
  resultIds: z.array(Id).max(99),
  startMonth: ProjectMonth.nullable(),
  endMonth: ProjectMonth.nullable(),
  place: ActivityPlace.nullable(),
  /** Who takes part: "swedish" for the applicant, otherwise partner ids (as `TeamMember.side`). */
  parties: z.array(Id).max(21),
  kind: ActivityKind.nullable(),
  participants: z.number().int().min(0).max(100000).nullable(),
});
export type Activity = z.infer<typeof Activity>;

/** Likelihood and impact on a three-step scale: 1 low, 2 medium, 3 high. */
export const RiskLevel = z.number().int().min(1).max(3);

export const Risk = z.strictObject({
  id: Id,
  text: LongText,
  likelihood: RiskLevel.nullable(),
  impact: RiskLevel.nullable(),
  mitigation: LongText,
  owner: ShortText,
  /** The expected result (or project objective) it threatens, or null for the project as a whole. */
  threatens: Id.nullable(),
});
export type Risk = z.infer<typeof Risk>;

/** The Sustainable Development Goals (1–17) and, optionally, targets ("5.5", "16.b") the project contributes to. */
export const Agenda2030 = z.strictObject({
  goals: z.array(z.number().int().min(1).max(17)).max(17),
  targets: z.array(z.string().regex(/^([1-9]|1[0-7])\.([1-9]\d?|[a-d])$/, 'expected a target such as 5.5 or 16.b')).max(169),
});
export type Agenda2030 = z.infer<typeof Agenda2030>;

/** The parts a new draft, and a draft upgraded from format 3, starts with. */
export function emptyPlan(): { framework: ResultsFramework; activities: Activity[]; risks: Risk[]; agenda2030: Agenda2030 } {
  return {
    framework: { overallObjective: { text: '', note: '', indicators: [], assumptions: '' }, projectObjectives: [] },
    activities: [],
    risks: [],
    agenda2030: { goals: [], targets: [] },
  };
}

/** Where the indicator with this id sits in the framework (its path from `framework`), or null. */
export function indicatorPath(fw: ResultsFramework, id: string): { indicator: Indicator; path: Array<string | number> } | null {
  const levels: Array<{ level: { indicators: Indicator[] }; path: Array<string | number> }> = [{ level: fw.overallObjective, path: ['overallObjective'] }];
  fw.projectObjectives.forEach((o, i) => {
    levels.push({ level: o, path: ['projectObjectives', i] });
    o.results.forEach((r, j) => levels.push({ level: r, path: ['projectObjectives', i, 'results', j] }));
  });
  for (const { level, path } of levels) {
    const k = level.indicators.findIndex((x) => x.id === id);
    if (k !== -1) return { indicator: level.indicators[k]!, path: [...path, 'indicators', k] };
  }
  return null;
}

/** The ids of the indicators an objective, result or indicator holds, its own included. */
export function indicatorIdsWithin(item: { id: string; indicators?: Indicator[]; results?: ExpectedResult[] }): string[] {
  if (!item.indicators) return [item.id];
  return [...item.indicators.map((x) => x.id), ...(item.results ?? []).flatMap((r) => r.indicators.map((x) => x.id))];
}
