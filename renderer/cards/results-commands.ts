import { indicatorIdsWithin, indicatorPath, type ResultsFramework } from '../../core/draft/framework';
import { indicatorDateKey, inputsUnder, withInputs, withInvalidInput } from '../../core/draft/invalid-inputs';
import { planNumbers } from '../../core/draft/framework-numbers';
import { i18next } from '../i18n';
import { docStore, updateFields } from '../state/doc-state';
import { newId } from './ids';
import { emptyIndicator, emptyObjective, emptyResult, insertedAt, listOf, moved, movedTo, patched, placeOf, refKey, removed, type ListRef } from './results-edits';
import { focusAfterRemoval, followMove, offerUndoRemoval, type MoveFocus, type RowKeys } from './row-list';
import { focusAfterRender } from './focus-after-render';

/**
 * The results matrix's commands on the open draft: each edit of results-edits.ts as one undo
 * step, and where the keyboard goes after it. Fields carry `data-kp-fw-item` (the item's id) and
 * `data-kp-fw-col`; row buttons `data-kp-fw-item` and `data-kp-fw-action`; add buttons
 * `data-kp-fw-add` (the list's key, refKey).
 */

const framework = (): ResultsFramework | undefined => docStore.get().draft?.framework;

function edit(change: (fw: ResultsFramework) => ResultsFramework, coalesceKey?: string): void {
  updateFields((d) => {
    const fw = change(d.framework);
    return fw === d.framework ? d : { ...d, framework: fw };
  }, coalesceKey);
}

const q = (s: string) => CSS.escape(s);

export function focusItem(id: string, col: string): void {
  focusAfterRender(`[data-kp-fw-item="${q(id)}"][data-kp-fw-col="${q(col)}"]`);
}

function focusAction(id: string, action: string): void {
  focusAfterRender(`[data-kp-fw-item="${q(id)}"][data-kp-fw-action="${q(action)}"]`);
}

/** Changes fields of an objective, result or indicator (`OVERALL` for the overall objective). */
export function patchItem<T extends object>(id: string, patch: Partial<T>, coalesceKey?: string): void {
  edit((fw) => patched(fw, id, patch as never), coalesceKey);
}

/** An indicator's target date, with the text typed kept when it could not be read (one undo step per field edit). */
export function setIndicatorDate(id: string, date: string | null, invalid: string | null, coalesceKey: string): void {
  updateFields((d) => {
    const found = indicatorPath(d.framework, id);
    if (!found) return d;
    const fw = patched(d.framework, id, { target: { ...found.indicator.target, date } } as never);
    return withInvalidInput(fw === d.framework ? d : { ...d, framework: fw }, indicatorDateKey(id), invalid);
  }, coalesceKey);
}

function newItem(ref: ListRef) {
  if (ref.level === 'objective') return emptyObjective(newId('o'));
  if (ref.level === 'result') return emptyResult(newId('r'));
  return emptyIndicator(newId('i'));
}

/** Adds an empty item at position `at` of a list and puts the caret in its first field. */
export function addItem(ref: ListRef, at: number): void {
  const item = newItem(ref);
  edit((fw) => insertedAt(fw, ref, at, item));
  focusItem(item.id, 'text');
}

/** Adds an item after `id` in its own list (Ctrl+Enter). */
export function addAfter(id: string): void {
  const place = framework() && placeOf(framework()!, id);
  if (place) addItem(place.ref, place.index + 1);
}

/** Enter: the same field of the next item of the same list; after the last, a new one. */
export function nextItem(id: string, col: string): void {
  const fw = framework();
  const place = fw && placeOf(fw, id);
  if (!fw || !place) return;
  const next = listOf(fw, place.ref)[place.index + 1];
  if (next) focusItem(next.id, col);
  else addItem(place.ref, place.count);
}

/** Moves an item one step within its list and keeps the keyboard on it. */
export function moveItem(id: string, step: number, focus: MoveFocus): void {
  const fw = framework();
  const place = fw && placeOf(fw, id);
  if (!place) return;
  const j = place.index + step;
  if (j < 0 || j >= place.count) return;
  edit((f) => moved(f, id, step));
  followMove(j, place.count, focus, { field: (_row, col) => focusItem(id, col), action: (_row, name) => focusAction(id, name) });
}

/** Whether two items sit in the same list (a drag moves an item only within its own level). */
export function sameList(a: string, b: string): boolean {
  const fw = framework();
  const pa = fw && placeOf(fw, a);
  const pb = fw && placeOf(fw, b);
  return !!pa && !!pb && refKey(pa.ref) === refKey(pb.ref);
}

/** A drop: item `id` takes the place of `onto` in their list, one undo step, the keyboard on its text. */
export function dropOnto(id: string, onto: string): void {
  const fw = framework();
  const target = fw && placeOf(fw, onto);
  if (!target || !sameList(id, onto)) return;
  edit((f) => movedTo(f, id, target.index));
  focusItem(id, 'text');
}

const LEVEL_NAME = { objective: 'results.objectiveN', result: 'results.resultN', indicator: 'results.indicatorN' } as const;
const REMOVED = { objective: 'results.removedObjective', result: 'results.removedResult', indicator: 'results.removedIndicator' } as const;

/**
 * Removes an item (an objective with its results and indicators) as one undo step, says how to
 * get it back, and puts the keyboard on its neighbour. Activities and risks that name it keep the
 * link, so that undoing brings the whole plan back as it was.
 */
export function removeItem(id: string, col = 'text'): void {
  const before = framework();
  const place = before && placeOf(before, id);
  if (!before || !place) return;
  const item = listOf(before, place.ref)[place.index]!;
  const number = planNumbers(before, []).of.get(id) ?? '';
  // Dates typed into its indicators that could not be read go with it, and come back with it.
  const keys = indicatorIdsWithin(item).map(indicatorDateKey);
  const kept = inputsUnder(docStore.get().draft!, keys);
  updateFields((d) => withInputs({ ...d, framework: removed(d.framework, id) }, Object.fromEntries(keys.map((k) => [k, null]))));
  const after = framework();
  const left = after ? listOf(after, place.ref) : [];
  focusAfterRemoval(place.index, left.length, col, (row, c) => focusItem(left[row]!.id, c), `[data-kp-fw-add="${q(refKey(place.ref))}"]`);
  const t = i18next.t.bind(i18next);
  const name = item.text.trim() || t(LEVEL_NAME[place.ref.level], { n: number });
  offerUndoRemoval(t(REMOVED[place.ref.level], { name }), t('results.undoRemove'), () => {
    updateFields((d) => {
      const fw = insertedAt(d.framework, place.ref, place.index, item);
      return fw === d.framework ? d : withInputs({ ...d, framework: fw }, kept);
    });
    focusItem(id, col);
  }, () => { const fw = framework(); return fw ? placeOf(fw, id) !== null : true; });
}

/** The row keys (row-list.ts) of an objective, result or indicator. */
export function itemKeys(id: string): Omit<RowKeys, 'context' | 'commands' | 'colOf'> {
  return {
    add: () => addAfter(id),
    remove: (col) => removeItem(id, col),
    focusNext: (col) => nextItem(id, col),
    move: (step, col) => moveItem(id, step, { col }),
  };
}

/** The overall objective's keys: the next item and a new one are project objectives; it cannot move or go. */
export function overallKeys(): Omit<RowKeys, 'context' | 'commands' | 'colOf'> {
  const first = () => framework()?.projectObjectives[0];
  return {
    add: () => addItem({ level: 'objective' }, 0),
    remove: () => undefined,
    focusNext: (col) => { const o = first(); if (o) focusItem(o.id, col); else addItem({ level: 'objective' }, 0); },
    move: () => undefined,
  };
}
