import type { Activity, ResultsFramework } from '../../core/draft/framework';
import { allResults, type PlanNumbers } from '../../core/draft/framework-numbers';
import type { KeyCommand } from '../../core/ipc/keybindings';

/** The activities under one result on the timeline (or those serving none), with the months they span together. */
export interface TimelineGroup {
  id: string;
  label: string;
  activities: Activity[];
  span: { from: number; to: number } | null;
}

/**
 * Groups the activities as their numbers do: under the first result each serves, in matrix
 * order, then those serving none. Groups without activities are left out.
 */
export function timelineGroups(framework: ResultsFramework, activities: readonly Activity[], numbers: PlanNumbers,
  resultLabel: (number: string, text: string) => string, noResult: string): TimelineGroup[] {
  const byResult = new Map<string, Activity[]>();
  const none: Activity[] = [];
  for (const a of activities) {
    const first = a.resultIds.find((id) => numbers.objectiveOfResult.has(id));
    if (first === undefined) none.push(a);
    else byResult.set(first, [...(byResult.get(first) ?? []), a]);
  }
  const groups = allResults(framework).map(({ result }) => ({ id: result.id, label: resultLabel(numbers.of.get(result.id) ?? '', result.text), activities: byResult.get(result.id) ?? [] }));
  return [...groups, { id: '', label: noResult, activities: none }]
    .filter((g) => g.activities.length > 0)
    .map((g) => ({ ...g, span: spanOfAll(g.activities) }));
}

function spanOfAll(activities: readonly Activity[]): { from: number; to: number } | null {
  const planned = activities.filter((a) => a.startMonth !== null && a.endMonth !== null);
  if (planned.length === 0) return null;
  return { from: Math.min(...planned.map((a) => a.startMonth!)), to: Math.max(...planned.map((a) => a.endMonth!)) };
}

/**
 * Where a timeline key moves a bar: ←/→ the whole bar a month, Shift+←/→ its end (never before
 * its start), within months 1–`last`. Null when the key does not move it (or it cannot go further).
 */
export function barMove(span: { from: number; to: number }, command: KeyCommand, last: number): { from: number; to: number } | null {
  const { from, to } = span;
  switch (command) {
    case 'plan.barEarlier': return from > 1 ? { from: from - 1, to: to - 1 } : null;
    case 'plan.barLater': return to < last ? { from: from + 1, to: to + 1 } : null;
    case 'plan.endEarlier': return to > from ? { from, to: to - 1 } : null;
    case 'plan.endLater': return to < last ? { from, to: to + 1 } : null;
    default: return null;
  }
}
