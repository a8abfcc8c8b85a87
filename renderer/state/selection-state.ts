import { createStore } from './create-store';

/** Which section editor the toolbar acts on, and a tick that moves with its selection. */
export const selectionStore = createStore<{ active: string | null; tick: number }>({ active: null, tick: 0 });
