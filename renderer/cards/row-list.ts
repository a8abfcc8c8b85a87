import type React from 'react';
import { commandFor } from '../../core/ipc/key-match';
import type { KeyCommand, KeyContext } from '../../core/ipc/keybindings';
import { notify } from '../state/app-state';
import { focusAfterRender } from './focus-after-render';

/**
 * What the budget table and the activity plan share: pure list edits that give back the same list
 * when nothing changes (so no empty undo step is recorded), the keyboard focus following a moved
 * row, and the spreadsheet keys of a row.
 */

/** The list with item `i` swapped with its neighbour `step` away (the same list at either end). */
export function swapped<T>(list: T[], i: number, step: number): T[] {
  const j = i + step;
  if (i < 0 || j < 0 || i >= list.length || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** The list with fields of item `id` changed (the same list when nothing changes or it is gone). */
export function patchedById<T extends { id: string }>(list: T[], id: string, patch: Partial<T>, same: (a: unknown, b: unknown) => boolean = (a, b) => a === b): T[] {
  const i = list.findIndex((x) => x.id === id);
  const item = list[i];
  if (!item || (Object.keys(patch) as Array<keyof T>).every((k) => same(item[k], patch[k]))) return list;
  const next = [...list];
  next[i] = { ...item, ...patch };
  return next;
}

/** The list with `item` back at position `at` (the same list when it is already there). */
export function restoredAt<T extends { id: string }>(list: T[], item: T, at: number): T[] {
  if (list.some((x) => x.id === item.id)) return list;
  const i = Math.min(Math.max(0, at), list.length);
  return [...list.slice(0, i), item, ...list.slice(i)];
}

/** Where the keyboard goes after a move: the same field, or the same row button while it still applies. */
export type MoveFocus = { col: string } | { action: 'up' | 'down' };

export interface RowFocus {
  field(row: number, col: string): void;
  action(row: number, name: string): void;
}

/** After row `i` moved to `j` in a list of `count`, puts the keyboard back on it. */
export function followMove(j: number, count: number, focus: MoveFocus, to: RowFocus): void {
  if ('col' in focus) return to.field(j, focus.col);
  // At the top (bottom) its own button is disabled and cannot hold the focus; the other one moves it back.
  const atEnd = focus.action === 'up' ? j === 0 : j === count - 1;
  to.action(j, atEnd ? (focus.action === 'up' ? 'down' : 'up') : focus.action);
}

/** A row's commands in its key context. */
export interface RowKeys {
  context: KeyContext;
  commands: { add: KeyCommand; remove: KeyCommand; next: KeyCommand; moveUp: KeyCommand; moveDown: KeyCommand };
  /** The field a key was pressed in (undefined on the row's buttons). */
  colOf(target: HTMLElement): string | undefined;
  add(): void;
  remove(col: string | undefined): void;
  focusNext(col: string): void;
  move(step: number, col: string): void;
}

/**
 * Spreadsheet keys inside a row: Enter to the same field of the next row (a new row after the
 * last), Ctrl/Cmd+Enter adds a row, Ctrl/Cmd+Delete removes this one, Alt+Shift+↑/↓ moves it.
 */
export function onRowKey(e: React.KeyboardEvent, isLast: boolean, k: RowKeys): void {
  const target = e.target as HTMLElement;
  const col = k.colOf(target);
  const command = commandFor(e, [k.context]);
  if (command === k.commands.add) { e.preventDefault(); k.add(); return; }
  if (command === k.commands.remove) { e.preventDefault(); k.remove(col); return; }
  if (!col) return;
  if (command === k.commands.next) {
    if (isLast) k.add();
    else k.focusNext(col);
    if (target.tagName !== 'INPUT') e.preventDefault();
  } else if (command === k.commands.moveUp || command === k.commands.moveDown) {
    e.preventDefault();
    k.move(command === k.commands.moveUp ? -1 : 1, col);
  }
}

/**
 * After a row at `at` was removed, `left` rows remain: the keyboard goes to the same field of the
 * row that took its place, or of the one before it when it was last, or to the add button.
 */
export function focusAfterRemoval(at: number, left: number, col: string, field: RowFocus['field'], addButton: string): void {
  if (left === 0) focusAfterRender(addButton);
  else field(Math.min(at, left - 1), col);
}

/** The notice after a removal, with its Undo; it goes stale once the row is back by other means (Ctrl+Z). */
export function offerUndoRemoval(text: string, undoLabel: string, undo: () => void, isBack: () => boolean): void {
  notify('info', text, [{ label: undoLabel, run: undo }], { staleWhen: isBack });
}
