import type React from 'react';
import { ariaKeyShortcuts } from '../../core/ipc/key-labels';
import { isMacPlatform } from '../layout/shortcut-label';
import { itemKeys, overallKeys } from './results-commands';
import { onRowKey } from './row-list';

/** The matrix's keys, for screen readers (the buttons they stand for are out of the Tab order). */
export const RESULTS_SHORTCUTS = ariaKeyShortcuts(['results.add', 'results.remove', 'results.moveUp', 'results.moveDown'], isMacPlatform());

/**
 * The budget table's keys inside an item's fields: Enter to the same field of the next item of
 * its level (a new one after the last), Ctrl/Cmd+Enter adds one after it, Ctrl/Cmd+Delete removes
 * it, Alt+Shift+↑/↓ moves it within its level. `id` null is the overall objective.
 */
export function onItemKey(e: React.KeyboardEvent, id: string | null, isLast: boolean): void {
  onRowKey(e, isLast, {
    context: 'results',
    commands: { add: 'results.add', remove: 'results.remove', next: 'results.next', moveUp: 'results.moveUp', moveDown: 'results.moveDown' },
    colOf: (el) => el.dataset.kpFwCol,
    ...(id === null ? overallKeys() : itemKeys(id)),
  });
}
