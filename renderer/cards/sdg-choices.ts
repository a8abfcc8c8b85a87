import { goalOfTarget } from '../../core/draft/sdg-targets';
export { readTargets } from '../../core/draft/sdg-targets';
import type { Draft } from '../../core/draft/schema';

/**
 * The Agenda 2030 card's edits, pure: goals ticked and unticked, targets read from what was typed.
 * Each gives back the same draft when nothing changes, so no empty undo step is recorded.
 */

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The draft with `goals` chosen too (kept in goal order). */
export function withGoals(d: Draft, goals: readonly number[]): Draft {
  const next = [...new Set([...d.agenda2030.goals, ...goals])].sort((a, b) => a - b);
  return sameList(next, d.agenda2030.goals) ? d : { ...d, agenda2030: { ...d.agenda2030, goals: next } };
}

/**
 * The draft with goal `goal` ticked or unticked. Unticking keeps the goal's targets (nothing typed
 * is lost; the card says they belong to a goal not chosen, and ticking it again brings them home).
 */
export function withGoal(d: Draft, goal: number, on: boolean): Draft {
  if (on) return withGoals(d, [goal]);
  const goals = d.agenda2030.goals.filter((g) => g !== goal);
  return goals.length === d.agenda2030.goals.length ? d : { ...d, agenda2030: { ...d.agenda2030, goals } };
}

/** The draft with these targets. */
export function withTargets(d: Draft, targets: readonly string[]): Draft {
  return sameList(targets, d.agenda2030.targets) ? d : { ...d, agenda2030: { ...d.agenda2030, targets: [...targets] } };
}

/** How the targets are shown in the field. */
export const targetsText = (targets: readonly string[]): string => targets.join(', ');

/** The goals of `targets` that are not chosen, in goal order. */
export function goalsNotChosen(targets: readonly string[], goals: readonly number[]): number[] {
  return [...new Set(targets.map(goalOfTarget))].filter((g) => !goals.includes(g)).sort((a, b) => a - b);
}
