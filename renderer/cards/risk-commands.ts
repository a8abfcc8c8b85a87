import { i18next } from '../i18n';
import { docStore, updateFields } from '../state/doc-state';
import { newId } from './ids';
import { focusAfterRemoval, followMove, offerUndoRemoval, type MoveFocus } from './row-list';
import { emptyRisk, insertRisk, moveRisk, restoreRisk, withoutRisk } from './risk-list';
import { focusAfterRender } from './focus-after-render';

/**
 * The risk register's commands: add, move, remove and restore risks, each one undo step, and where
 * the keyboard goes after each (the budget table's habits).
 */

/** A risk's fields carry `data-kp-risk-row` and `data-kp-risk-col`; its buttons `data-kp-risk-row` and `data-kp-risk-action`. */
export function focusRiskControl(row: number, attr: 'col' | 'action', name: string): void {
  focusAfterRender(`[data-kp-risk-row="${row}"][data-kp-risk-${attr}="${name}"]`);
}

export function focusRiskField(row: number, col: string): void {
  focusRiskControl(row, 'col', col);
}

/** Adds a risk after risk `after` and puts the caret in its text. */
export function addRisk(after: number): void {
  updateFields((d) => insertRisk(d, emptyRisk(newId('r')), after));
  focusRiskField(after + 1, 'text');
}

/** Moves risk `i` one step and keeps the keyboard on it: the same field, or the same button while it still applies. */
export function moveRiskAndFollow(i: number, step: number, focus: MoveFocus): void {
  const count = docStore.get().draft?.risks.length ?? 0;
  const j = i + step;
  if (j < 0 || j >= count) return;
  updateFields((d) => moveRisk(d, i, step));
  followMove(j, count, focus, { field: focusRiskField, action: (row, name) => focusRiskControl(row, 'action', name) });
}

/** Removes a risk (one undo step) and offers it back in a notice. */
export function removeRisk(id: string, col = 'text'): void {
  const before = docStore.get().draft;
  const at = before?.risks.findIndex((r) => r.id === id) ?? -1;
  const risk = before?.risks[at];
  if (!risk) return;
  updateFields((d) => withoutRisk(d, id));
  const left = docStore.get().draft?.risks.length ?? 0;
  if (left === before.risks.length) return;
  focusAfterRemoval(at, left, col, focusRiskField, '.kp-risks .kp-add');
  const t = i18next.t.bind(i18next);
  const name = risk.text.trim() || t('risks.number', { n: at + 1 });
  offerUndoRemoval(t('risks.removed', { name }), t('risks.undoRemove'), () => {
    updateFields((d) => restoreRisk(d, risk, at));
    focusRiskField(docStore.get().draft?.risks.findIndex((r) => r.id === id) ?? at, col);
  }, () => docStore.get().draft?.risks.some((r) => r.id === id) ?? true);
}
