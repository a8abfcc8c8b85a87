import { useSyncExternalStore } from 'react';

/** A tiny observable store: one value, replaced (never mutated) by named updates. */
export interface Store<S> {
  get(): S;
  set(update: Partial<S> | ((s: S) => Partial<S>)): void;
  subscribe(fn: () => void): () => void;
  /** Back to the initial value (listeners are told), e.g. between tests. */
  reset(): void;
}

const everyStore = new Set<Store<object>>();

/**
 * `onReset` puts back module state that belongs with the store's value (e.g. what an undo step
 * would coalesce with), so that reset() leaves the module as a fresh start would.
 */
export function createStore<S extends object>(initial: S, onReset?: () => void): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of [...listeners]) l();
  };
  const store: Store<S> = {
    get: () => state,
    set(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      state = { ...state, ...patch };
      notify();
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    reset() {
      onReset?.();
      state = initial;
      notify();
    },
  };
  everyStore.add(store as Store<object>);
  return store;
}

/** Resets every store created so far: a window's state as at start, without reloading its modules. */
export function resetAllStores(): void {
  for (const s of everyStore) s.reset();
}

/** Subscribes a component to a slice of a store. The selector must return a stable value. */
export function useStore<S extends object, T>(store: Store<S>, select: (s: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
