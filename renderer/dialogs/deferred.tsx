import { lazy, Suspense, useState, type ComponentType } from 'react';

/** A component whose module is loaded when it is first needed, or earlier by `preload()`. */
export type Deferred<P> = ComponentType<P> & { preload(): Promise<void> };

/**
 * Keeps a component that the first frame does not show (a dialog, say) out of the start-up
 * bundle: its module is fetched and compiled on first use or at `preload()`, which the app calls
 * once the window is idle after its first paint, so it is normally in place before it is asked
 * for. Once loaded, it renders at once, with no empty frame; before that, nothing is shown until
 * the module is in (a few milliseconds from disk). An instance keeps the way it started, so a
 * mounted dialog is never swapped for a fresh copy and its state kept.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): Deferred<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () => (loading ??= load().then((c) => void (loaded = c)));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  function DeferredComponent(props: P) {
    const [Now] = useState(() => loaded);
    return Now ? <Now {...props} /> : <Suspense fallback={null}><Lazy {...props} /></Suspense>;
  }
  return Object.assign(DeferredComponent, { preload });
}
