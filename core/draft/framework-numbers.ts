import type { Activity, ResultsFramework } from './framework';

/**
 * The numbers shown for the parts of the plan, derived from their position and never typed, so
 * that they follow every move: project objectives 1, 2 …; their results 1.1, 1.2 …; indicators a
 * letter after their level's number (1.1 a, 1.1 b; the overall objective's just a, b); activities
 * numbered under the first result they serve (1.1.1, 1.1.2 …, the convention that keeps a work
 * plan linked to its outputs), those serving none A1, A2 … in plan order.
 */
export interface PlanNumbers {
  /** Objective, result or indicator id → its number ("" for the overall objective). */
  of: ReadonlyMap<string, string>;
  /**
   * Activity id → its number. Apart from `of`, so that an activity whose id happens to equal a
   * result's (a merged or hand-edited file) never takes that result's number away.
   */
  activity: ReadonlyMap<string, string>;
  /** Result id → the project objective it sits under. */
  objectiveOfResult: ReadonlyMap<string, string>;
}

/** a, b … z, then aa, ab …: enough for any number of indicators on one level. */
export function indicatorLetter(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return index < 26 ? letters[index]! : indicatorLetter(Math.floor(index / 26) - 1) + letters[index % 26]!;
}

const withLetter = (level: string, index: number) => (level === '' ? indicatorLetter(index) : `${level} ${indicatorLetter(index)}`);

export function planNumbers(framework: ResultsFramework, activities: readonly Activity[]): PlanNumbers {
  const of = new Map<string, string>();
  const objectiveOfResult = new Map<string, string>();
  framework.overallObjective.indicators.forEach((ind, k) => of.set(ind.id, withLetter('', k)));
  framework.projectObjectives.forEach((p, i) => {
    const pn = String(i + 1);
    of.set(p.id, pn);
    p.indicators.forEach((ind, k) => of.set(ind.id, withLetter(pn, k)));
    p.results.forEach((r, j) => {
      const rn = `${pn}.${j + 1}`;
      of.set(r.id, rn);
      objectiveOfResult.set(r.id, p.id);
      r.indicators.forEach((ind, k) => of.set(ind.id, withLetter(rn, k)));
    });
  });
  const activity = new Map<string, string>();
  const perResult = new Map<string, number>();
  let unlinked = 0;
  for (const a of activities) {
    const first = a.resultIds.find((id) => objectiveOfResult.has(id));
    if (first === undefined) {
      activity.set(a.id, `A${++unlinked}`);
    } else {
      const k = (perResult.get(first) ?? 0) + 1;
      perResult.set(first, k);
      activity.set(a.id, `${of.get(first)}.${k}`);
    }
  }
  return { of, activity, objectiveOfResult };
}

/** Every expected result, in matrix order, with the objective it belongs to. */
export function allResults(framework: ResultsFramework) {
  return framework.projectObjectives.flatMap((objective) => objective.results.map((result) => ({ objective, result })));
}
