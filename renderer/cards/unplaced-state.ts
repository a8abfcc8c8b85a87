import type { BlockElement } from '../../core/draft/rich-text';
import { createStore } from '../state/create-store';

/**
 * The "Inte placerat" tray's own state: which blocks are chosen (by identity: a block object stays
 * the same while it waits in `draft.unplaced`), the block the keyboard is on, and whether the
 * section picker is open, and for which blocks.
 */
export interface UnplacedState {
  selected: readonly BlockElement[];
  focused: BlockElement | null;
  picking: readonly BlockElement[] | null;
}

export const unplacedStore = createStore<UnplacedState>({ selected: [], focused: null, picking: null });

/** The blocks a command acts on: the chosen ones, else the one the keyboard is on. */
export function unplacedSubjects(): readonly BlockElement[] {
  const { selected, focused } = unplacedStore.get();
  if (selected.length > 0) return selected;
  return focused ? [focused] : [];
}

export function toggleSelected(block: BlockElement): void {
  unplacedStore.set((s) => ({ selected: s.selected.includes(block) ? s.selected.filter((b) => b !== block) : [...s.selected, block] }));
}
