import type { BudgetLine, Draft } from '../../core/draft/schema';
import { i18next } from '../i18n';
import { docStore, updateFields } from '../state/doc-state';
import { newId } from './ids';
import { focusAfterRemoval, offerUndoRemoval, patchedById, restoredAt, swapped } from './row-list';
import { amountKey, invalidInput, withInvalidInput } from '../../core/draft/invalid-inputs';
import { focusAfterRender } from './focus-after-render';

/** Budget table commands: add, move, remove and restore lines, and where the keyboard focus goes after each. */

/** Cells carry `data-kp-row` and `data-kp-col`; the row buttons `data-kp-row` and `data-kp-action`. */
export function focusBudgetControl(row: number, attr: 'col' | 'action', name: string): void {
  focusAfterRender(`[data-kp-row="${row}"][data-kp-${attr}="${name}"]`);
}

export function focusCell(row: number, col: string): void {
  focusBudgetControl(row, 'col', col);
}

/** Adds a line after line `after` (taking its category, side and year) and puts the caret in its description. */
export function addLine(after: number): void {
  const line: BudgetLine = { id: newId('b'), category: '', side: 'swedish', year: 1, amountOre: 0, description: '', activityId: null };
  updateFields((d) => {
    const prev = d.budget[after];
    const next = prev ? { ...line, category: prev.category, side: prev.side, year: prev.year } : line;
    return { ...d, budget: [...d.budget.slice(0, after + 1), next, ...d.budget.slice(after + 1)] };
  });
  focusCell(after + 1, 'description');
}

/** The draft with line `i` swapped with its neighbour `step` away (the same draft at either end). */
export function moveLine(d: Draft, i: number, step: number): Draft {
  const budget = swapped(d.budget, i, step);
  return budget === d.budget ? d : { ...d, budget };
}

/** Changes fields of one line; no undo step when nothing changes or the line is gone. */
export function patchLine(d: Draft, id: string, patch: Partial<BudgetLine>): Draft {
  const budget = patchedById(d.budget, id, patch);
  return budget === d.budget ? d : { ...d, budget };
}

/** The draft with `line` back at position `at`, unless it is already there. */
export function restoreLine(d: Draft, line: BudgetLine, at: number): Draft {
  const budget = restoredAt(d.budget, line, at);
  return budget === d.budget ? d : { ...d, budget };
}

/**
 * Removes a line (one undo step), moves the focus to the same column of the line that took its
 * place, or of the one before it when it was last (the add button when none is left), and says
 * how to get it back.
 */
export function removeLine(id: string, col = 'description'): void {
  const before = docStore.get().draft;
  const at = before?.budget.findIndex((l) => l.id === id) ?? -1;
  const line = before?.budget[at];
  if (!line) return;
  // Text typed into its amount goes with the line, and comes back with it.
  const typed = invalidInput(before, amountKey(id)) ?? null;
  updateFields((d) => withInvalidInput({ ...d, budget: d.budget.filter((l) => l.id !== id) }, amountKey(id), null));
  const left = docStore.get().draft?.budget.length ?? 0;
  if (left === before.budget.length) return;
  focusAfterRemoval(at, left, col, focusCell, '.kp-budget .kp-add');
  const t = i18next.t.bind(i18next);
  const name = line.description.trim() || t('budget.lineN', { n: at + 1 });
  offerUndoRemoval(t('budget.removed', { name }), t('budget.undoRemove'), () => {
    updateFields((d) => {
      const back = restoreLine(d, line, at);
      return back === d ? d : withInvalidInput(back, amountKey(id), typed);
    });
    focusCell(docStore.get().draft?.budget.findIndex((l) => l.id === id) ?? at, col);
  }, () => docStore.get().draft?.budget.some((l) => l.id === id) ?? true);
}
