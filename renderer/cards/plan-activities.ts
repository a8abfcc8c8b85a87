import type { Activity } from '../../core/draft/framework';
import type { BudgetLine, Draft } from '../../core/draft/schema';
import { i18next } from '../i18n';
import { docStore, updateFields } from '../state/doc-state';
import { newId } from './ids';
import { focusAfterRemoval, offerUndoRemoval, patchedById, restoredAt, swapped } from './row-list';
import { focusAfterRender } from './focus-after-render';

/**
 * Activity plan commands: add, change, move, remove and restore activities, and where the
 * keyboard focus goes after each (the budget table's habits, budget-lines.ts). Every change is
 * one undo step.
 */

/** An activity's fields carry `data-kp-act-row` and `data-kp-act-col`; its buttons `data-kp-act-row` and `data-kp-act-action`. */
export function focusActivityControl(row: number, attr: 'col' | 'action', name: string): void {
  focusAfterRender(`[data-kp-act-row="${row}"][data-kp-act-${attr}="${name}"]`);
}

export function focusActivityField(row: number, col: string): void {
  focusActivityControl(row, 'col', col);
}

export function emptyActivity(): Activity {
  return { id: newId('a'), title: '', description: '', resultIds: [], startMonth: null, endMonth: null, place: null, parties: [], kind: null, participants: null };
}

/** Adds an activity after activity `after` (serving the same results, with the same parties) and puts the caret in its title. */
export function addActivity(after: number): void {
  const activity = emptyActivity();
  updateFields((d) => {
    const prev = d.activities[after];
    const next = prev ? { ...activity, resultIds: prev.resultIds, parties: prev.parties } : activity;
    return { ...d, activities: [...d.activities.slice(0, after + 1), next, ...d.activities.slice(after + 1)] };
  });
  focusActivityField(after + 1, 'title');
}

/** The draft with activity `i` swapped with its neighbour `step` away (the same draft at either end). */
export function moveActivity(d: Draft, i: number, step: number): Draft {
  const activities = swapped(d.activities, i, step);
  return activities === d.activities ? d : { ...d, activities };
}

const same = (a: unknown, b: unknown) => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, k) => x === b[k]));

/** Changes fields of one activity; no undo step when nothing changes or the activity is gone. */
export function patchActivity(d: Draft, id: string, patch: Partial<Activity>): Draft {
  const activities = patchedById(d.activities, id, patch, same);
  return activities === d.activities ? d : { ...d, activities };
}

/**
 * Sets the first or last month. A start after the end takes the end along, an end before the
 * start the start: the activity never ends before it begins.
 */
export function monthsPatch(a: Activity, which: 'startMonth' | 'endMonth', month: number | null): Partial<Activity> {
  if (month === null) return { [which]: null };
  if (which === 'startMonth') return a.endMonth !== null && a.endMonth < month ? { startMonth: month, endMonth: month } : { startMonth: month };
  return a.startMonth !== null && a.startMonth > month ? { startMonth: month, endMonth: month } : { endMonth: month };
}

/** The draft with `activity` back at position `at`, unless it is already there. */
export function restoreActivity(d: Draft, activity: Activity, at: number): Draft {
  const activities = restoredAt(d.activities, activity, at);
  return activities === d.activities ? d : { ...d, activities };
}

/**
 * Removes an activity (one undo step) and says how to get it back. Budget lines linked to it keep
 * their link, which then names a removed activity (the budget table says so), so that undoing
 * brings the whole plan back as it was.
 */
export function removeActivity(id: string, col = 'title'): void {
  const before = docStore.get().draft;
  const at = before?.activities.findIndex((a) => a.id === id) ?? -1;
  const activity = before?.activities[at];
  if (!activity) return;
  updateFields((d) => ({ ...d, activities: d.activities.filter((a) => a.id !== id) }));
  const left = docStore.get().draft?.activities.length ?? 0;
  if (left === before.activities.length) return;
  focusAfterRemoval(at, left, col, focusActivityField, '.kp-plan .kp-add');
  const t = i18next.t.bind(i18next);
  const name = activity.title.trim() || t('plan.activityN', { n: at + 1 });
  offerUndoRemoval(t('plan.removed', { name }), t('plan.undoRemove'), () => {
    updateFields((d) => restoreActivity(d, activity, at));
    focusActivityField(docStore.get().draft?.activities.findIndex((a) => a.id === id) ?? at, col);
  }, () => docStore.get().draft?.activities.some((a) => a.id === id) ?? true);
}

/** Each activity's budget: the sum of the lines linked to it, leaving out amounts that could not be read. */
export function activityBudgets(lines: readonly BudgetLine[], unreadable: ReadonlySet<string>): Map<string, { total: number; lines: number }> {
  const out = new Map<string, { total: number; lines: number }>();
  for (const l of lines) {
    if (l.activityId === null) continue;
    const sum = out.get(l.activityId) ?? { total: 0, lines: 0 };
    out.set(l.activityId, { total: sum.total + (unreadable.has(l.id) ? 0 : l.amountOre), lines: sum.lines + 1 });
  }
  return out;
}
