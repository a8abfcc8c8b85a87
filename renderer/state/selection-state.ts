import { createStore } from './create-store';

/**
 * Which section editor the toolbar acts on, whether the focus is in it now (the toolbar shows its
 * formatting only then), and a tick that moves with its selection.
 */
export const selectionStore = createStore<{ active: string | null; focused: boolean; tick: number }>({ active: null, focused: false, tick: 0 });
