import type { BudgetLine, Draft } from '../../core/draft/schema';
import { i18next } from '../i18n';
import { notify } from '../state/app-state';
import { docStore, updateFields } from '../state/doc-state';
import { newId } from './ids';
import { amountKey, invalidInput, withInvalidInput } from '../../core/draft/invalid-inputs';

/** Budget table commands: add, move, remove and restore lines, and where the keyboard focus goes after each. */

/** Cells carry `data-kp-row` and `data-kp-col`; the row buttons `data-kp-row` and `data-kp-action`. */
export function focusBudgetControl(row: number, attr: 'col' | 'action', name: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-kp-row="${row}"][data-kp-${attr}="${name}"]`)?.focus());
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
  const j = i + step;
  if (i < 0 || j < 0 || i >= d.budget.length || j >= d.budget.length) return d;
  const budget = [...d.budget];
  [budget[i], budget[j]] = [budget[j]!, budget[i]!];
  return { ...d, budget };
}

/** Changes fields of one line; no undo step when nothing changes or the line is gone. */
export function patchLine(d: Draft, id: string, patch: Partial<BudgetLine>): Draft {
  const i = d.budget.findIndex((l) => l.id === id);
  const line = d.budget[i];
  if (!line || (Object.keys(patch) as Array<keyof BudgetLine>).every((k) => line[k] === patch[k])) return d;
  const budget = [...d.budget];
  budget[i] = { ...line, ...patch };
  return { ...d, budget };
}

/** The draft with `line` back at position `at`, unless it is already there. */
export function restoreLine(d: Draft, line: BudgetLine, at: number): Draft {
  if (d.budget.some((l) => l.id === line.id)) return d;
  const i = Math.min(Math.max(0, at), d.budget.length);
  return { ...d, budget: [...d.budget.slice(0, i), line, ...d.budget.slice(i)] };
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
  if (left === 0) requestAnimationFrame(() => document.querySelector<HTMLElement>('.kp-budget .kp-add')?.focus());
  else focusCell(Math.min(at, left - 1), col);
  const t = i18next.t.bind(i18next);
  const name = line.description.trim() || t('budget.lineN', { n: at + 1 });
  notify('info', t('budget.removed', { name }), [{ label: t('budget.undoRemove'), run: () => {
    updateFields((d) => {
      const back = restoreLine(d, line, at);
      return back === d ? d : withInvalidInput(back, amountKey(id), typed);
    });
    focusCell(docStore.get().draft?.budget.findIndex((l) => l.id === id) ?? at, col);
  } }], { staleWhen: () => docStore.get().draft?.budget.some((l) => l.id === id) ?? true });
}
